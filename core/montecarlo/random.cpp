#include "montecarlo/random.hpp"

#include <algorithm>
#include <cmath>

namespace est {
namespace {

constexpr int kGrid = 4096;  // integration steps for the CDF

// ln of the grid's midpoints x_i = (i + 0.5) / kGrid, computed once. 1 - x_i is x_(kGrid-1-i)
// exactly, so the same table gives ln(1 - x): a density point costs one exp instead of two pow.
const std::vector<double>& log_midpoints() {
  static const std::vector<double> logs = [] {
    std::vector<double> l(kGrid);
    for (int i = 0; i < kGrid; ++i) l[i] = std::log((i + 0.5) / kGrid);
    return l;
  }();
  return logs;
}

std::shared_ptr<const std::vector<double>> build_table(double a, double b) {
  // CDF of Beta(a, b) on a grid, by the midpoint rule (exact enough for a ≥ 1, b ≥ 1); the
  // density x^(a-1) (1-x)^(b-1) as exp((a-1) ln x + (b-1) ln(1-x)).
  const std::vector<double>& ln = log_midpoints();
  std::vector<double> cdf(kGrid + 1, 0.0);
  for (int i = 0; i < kGrid; ++i) cdf[i + 1] = cdf[i] + std::exp((a - 1) * ln[i] + (b - 1) * ln[kGrid - 1 - i]);
  const double total = cdf[kGrid];
  auto quantiles = std::make_shared<std::vector<double>>(Pert::kTable + 1);
  int j = 0;
  for (int q = 0; q <= Pert::kTable; ++q) {
    const double target = total * q / Pert::kTable;
    while (j < kGrid && cdf[j + 1] < target) ++j;
    const double step = cdf[j + 1] - cdf[j];
    const double within = step > 0 ? (target - cdf[j]) / step : 0;
    (*quantiles)[q] = std::clamp((j + within) / kGrid, 0.0, 1.0);
  }
  return quantiles;
}

// The tables of the last few shapes: a request has a handful (ranges repeat across options).
std::shared_ptr<const std::vector<double>> table_for(double a, double b) {
  struct Entry {
    double a, b;
    std::shared_ptr<const std::vector<double>> table;
  };
  static std::vector<Entry> recent;
  for (const Entry& e : recent) {
    if (e.a == a && e.b == b) return e.table;
  }
  if (recent.size() == 32) recent.erase(recent.begin());
  recent.push_back({a, b, build_table(a, b)});
  return recent.back().table;
}

}  // namespace

Pert::Pert(const Range& range) : low_(range.low), mode_(range.centre()), high_(range.high) {
  if (!(high_ > low_)) return;  // a point: every draw is low
  table_ = table_for(1 + 4 * (mode_ - low_) / (high_ - low_), 1 + 4 * (high_ - mode_) / (high_ - low_));
}

}  // namespace est
