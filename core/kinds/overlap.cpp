// kind "overlap": how many different people several creators reach together.
//  - with a universe U (the audience they all draw from) and independent audiences:
//      unique = U × (1 − Π(1 − r_i / U)) (core/model/audience.hpp);
//  - with pairwise overlaps (o_ij = share of the smaller audience that also follows the other):
//      unique lies between Σr − Σ o_ij (Bonferroni) and Σr − the overlaps on a maximum spanning
//      tree (Hunter), clamped to [largest reach, Σr]; exact for two creators.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "model/audience.hpp"
#include "contract/kinds.hpp"

namespace est {

json run_overlap(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  const json* list = in.list("reaches", 1, 100);
  auto universe = in.optional("universe", rules::audience);
  std::vector<double> reaches;
  if (list) {
    Reader items(*list, "reaches", errors);
    for (std::size_t i = 0; i < list->size(); ++i) {
      if (auto r = items.check(std::to_string(i), (*list)[i], rules::audience)) reaches.push_back(*r);
    }
  }
  const json* matrix = in.get("overlaps_pct");
  if (universe && matrix) errors.add("overlaps_pct", ErrorCode::conflict, "Give universe or overlaps_pct, not both.");
  if (!universe && !matrix && !in.get("universe")) errors.add("universe", ErrorCode::missing, "Give universe (the audience size they draw from) or overlaps_pct.");
  if (!errors.empty() || !list) return {};

  const std::size_t n = reaches.size();
  const double sum = std::accumulate(reaches.begin(), reaches.end(), 0.0);
  const double largest = *std::max_element(reaches.begin(), reaches.end());
  json out{{"creators", n}, {"total_reach", sum}};
  double unique = 0;
  if (universe) {
    if (largest > *universe) {
      errors.add("universe", ErrorCode::too_small, "universe must be at least the largest reach (" + format_number(largest) + ").");
      return {};
    }
    double log_missed = 0;
    for (double r : reaches) log_missed += log_share_missed(*universe, r);
    unique = std::clamp(reached_at_least_once(*universe, log_missed), largest, sum);
    out["universe"] = *universe;
    out["method"] = method("overlap.independent@1", "unique_reach = universe × (1 − Π(1 − reach_i / universe)), assuming each "
                                                    "creator reaches a random part of the same universe, independently");
  } else {
    if (!matrix->is_array() || matrix->size() != n) {
      errors.add("overlaps_pct", ErrorCode::not_a_matrix, "overlaps_pct must be a list of " + std::to_string(n) + " rows of " + std::to_string(n) + " percentages.");
      return {};
    }
    std::vector<std::vector<double>> o(n, std::vector<double>(n, 0));
    for (std::size_t i = 0; i < n; ++i) {
      const json& row = (*matrix)[i];
      if (!row.is_array() || row.size() != n) {
        errors.add("overlaps_pct." + std::to_string(i), ErrorCode::not_a_list, "Each row of overlaps_pct must hold " + std::to_string(n) + " percentages.");
        continue;
      }
      Reader cells(row, "overlaps_pct." + std::to_string(i), errors);
      for (std::size_t j = i + 1; j < n; ++j) {  // the upper triangle is read; the diagonal ignored
        if (auto pct = cells.check(std::to_string(j), row[j], NumberRule{0, false, 100, false})) {
          o[i][j] = o[j][i] = *pct / 100 * std::min(reaches[i], reaches[j]);
        }
      }
    }
    if (!errors.empty()) return {};
    double pairs = 0;
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) pairs += o[i][j];
    }
    // Maximum spanning tree (Prim) over the overlaps.
    double tree = 0;
    std::vector<bool> in_tree(n, false);
    std::vector<double> link(n, -1);
    link[0] = 0;
    for (std::size_t step = 0; step < n; ++step) {
      std::size_t next = n;
      for (std::size_t v = 0; v < n; ++v) {
        if (!in_tree[v] && (next == n || link[v] > link[next])) next = v;
      }
      in_tree[next] = true;
      tree += step ? link[next] : 0;
      for (std::size_t v = 0; v < n; ++v) {
        if (!in_tree[v]) link[v] = std::max(link[v], o[next][v]);
      }
    }
    const double low = std::clamp(sum - pairs, largest, sum), high = std::clamp(sum - tree, largest, sum);
    unique = (low + high) / 2;
    out["unique_reach_bounds"] = {{"low", low}, {"high", high}};
    out["method"] = method("overlap.pairwise@1", "overlap_ij = overlaps_pct_ij / 100 × min(reach_i, reach_j); unique_reach "
                                                 "lies between Σ reach − Σ overlap_ij and Σ reach − the overlaps on a maximum "
                                                 "spanning tree, within [largest reach, Σ reach]; unique_reach is the middle "
                                                 "(exact for two creators)");
  }
  put(out, "unique_reach", unique);
  put(out, "duplicated_reach", sum - unique);
  put(out, "average_frequency", sum / unique);
  return out;
}

}  // namespace est
