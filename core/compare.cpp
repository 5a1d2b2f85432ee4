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
constexpr Metric kRanked[] = {{"engagements", true}, {"reach", true}, {"followers_total", true},
                              {"cpe", false},        {"cpm", false}};

}  // namespace

json run_compare(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto budget = in.required("budget", rules::money);
  ProfileNeeds needs;
  needs.points = true;
  auto profiles = read_ranged_profiles(in, "options", "Option", needs);
  if (!budget || !profiles || !check_budget(errors, *budget, *profiles, "options")) return {};

  json options = json::array();
  for (std::size_t i = 0; i < profiles->size(); ++i) {
    const RangedProfile& p = (*profiles)[i];
    const double price = p.price->low * p.posts;  // per creator
    const double creators = creators_affordable(*budget, price);
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
