// kind "compare": for one budget, how much each creator profile buys (several micros versus one
// macro), and which option is best on each metric.
#include <cmath>

#include "kinds.hpp"
#include "profiles.hpp"

namespace est {
namespace {

struct Metric {
  const char* key;
  bool higher_is_better;
};
// More creators than exist: the price is a typo (or 1e-308).
constexpr double kMaxCreators = 1e9;

constexpr Metric kRanked[] = {{"engagements", true}, {"reach", true}, {"followers_total", true},
                              {"cpe", false},        {"cpm", false}};

}  // namespace

json run_compare(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto budget = in.required("budget", rules::money);
  ProfileNeeds needs;
  needs.points = true;
  auto profiles = read_ranged_profiles(in, "options", "Option", needs);
  if (!budget || !profiles) return {};

  json options = json::array();
  double cheapest = INFINITY;
  for (std::size_t i = 0; i < profiles->size(); ++i) {
    const RangedProfile& p = (*profiles)[i];
    const double price = p.price->low * p.posts;  // per creator
    const double creators = creators_affordable(*budget, price);
    if (!(creators <= kMaxCreators)) {  // also catches infinity from a price of 1e-308
      errors.add("options." + std::to_string(i) + ".price_per_post", "too_small",
                 "At this price the budget buys more than a billion creators; check price_per_post.");
      continue;
    }
    cheapest = std::fmin(cheapest, price);
    const double spend = creators * price;
    const double engagements = creators * p.posts * p.followers * p.engagement->low / 100;
    json o{{"label", p.label}, {"creators", creators}, {"spend", spend}, {"unspent", *budget - spend},
           {"posts", creators * p.posts}, {"followers_total", creators * p.followers},
           {"engagements", engagements}};
    if (engagements > 0) put(o, "cpe", spend / engagements);
    if (p.reach) {
      const double reach = creators * p.posts * p.followers * p.reach->low / 100;
      put(o, "reach", reach);
      if (creators > 0) put(o, "cpm", spend / reach * 1000);
    }
    options.push_back(std::move(o));
  }
  if (!errors.empty()) return {};
  if (cheapest > *budget) {
    errors.add("budget", "too_small", "The budget (" + format_number(*budget) + ") buys no creator of any option; the cheapest costs " +
                                          format_number(cheapest) + ".");
    return {};
  }

  json out{{"budget", *budget}, {"options", options}};
  for (const auto& m : kRanked) {
    const json* winner = nullptr;
    for (const auto& o : options) {
      if (!o.contains(m.key) || o["creators"].get<double>() == 0) continue;
      const double v = o[m.key].get<double>();
      if (!winner || (m.higher_is_better ? v > (*winner)[m.key].get<double>() : v < (*winner)[m.key].get<double>())) {
        winner = &o;
      }
    }
    if (!winner) continue;
    out[std::string("best_by_") + m.key] = (*winner)["label"];
  }
  out["method"] = method("compare@1",
                         "creators = floor(budget / (price_per_post × posts_per_creator)); spend = creators × price × "
                         "posts; engagements = creators × posts × followers × engagement_rate_pct / 100; reach = the same "
                         "with reach_rate_pct (summed per post); cpe = spend / engagements; cpm = spend / reach × 1000");
  return out;
}

}  // namespace est
