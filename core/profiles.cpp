#include "profiles.hpp"

#include <cmath>

namespace est {

std::optional<std::vector<RangedProfile>> read_ranged_profiles(Reader& in, const std::string& name, const char* prefix,
                                                               const ProfileNeeds& needs) {
  struct Rate {
    const char* key;
    const NumberRule* rule;
    bool required;
    std::optional<Range> RangedProfile::*field;
  };
  const Rate rates[] = {{"engagement_rate_pct", &rules::percent, needs.engagement, &RangedProfile::engagement},
                        {"reach_rate_pct", &rules::positive_percent, needs.reach, &RangedProfile::reach},
                        {"ctr_pct", &rules::percent, needs.ctr, &RangedProfile::ctr},
                        {"cvr_pct", &rules::percent, needs.cvr, &RangedProfile::cvr},
                        {"aov", &rules::money, false, &RangedProfile::aov}};
  // A figure of a profile: a range, or with needs.points a plain number (n reads as n..n).
  auto figure = [&](Reader& r, const char* key, const NumberRule& rule, bool required) -> std::optional<Range> {
    if (!needs.points) return r.range(key, rule, required);
    auto x = required ? r.required(key, rule) : r.optional(key, rule);
    return x ? std::optional<Range>(Range{*x, *x, *x}) : std::nullopt;
  };
  std::optional<Range> shared[5];
  for (int k = 0; k < 5; ++k) shared[k] = figure(in, rates[k].key, *rates[k].rule, false);
  const json* items = in.list(name, 1, 20);
  if (!items) return std::nullopt;
  std::vector<RangedProfile> profiles;
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const std::string at = in.path(name + "." + std::to_string(i));
    if (!(*items)[i].is_object()) {
      in.errors().add(at, "not_an_object", at + " must be an object describing a creator.");
      continue;
    }
    Reader item((*items)[i], at, in.errors());
    RangedProfile p;
    auto label = item.text("label", false);
    p.label = label && !label->empty() ? *label : std::string(prefix) + " " + std::to_string(i + 1);
    if (!first_time(labels, p.label)) in.errors().add(item.path("label"), "duplicate", "The label \"" + p.label + "\" is used twice.");
    p.followers = item.required("followers", rules::followers).value_or(0);
    p.posts = item.optional_or("posts_per_creator", rules::posts, 1);
    if (needs.max_count) p.max_count = item.optional_or("max_creators", NumberRule{0, false, 1e9, true}, INFINITY);
    for (int k = 0; k < 5; ++k) {
      const Rate& r = rates[k];
      p.*r.field = item.get(r.key) || !shared[k] ? figure(item, r.key, *r.rule, r.required) : shared[k];
    }
    if (needs.cpm_instead_of_price && item.get("cpm") && !item.get("price_per_post")) {
      p.cpm = item.range("cpm", rules::money, true);
      if (!p.reach && !item.get("reach_rate_pct")) {
        in.errors().add(item.path("reach_rate_pct"), "missing", "reach_rate_pct is needed to turn a CPM into a price per post.");
      }
    } else if (needs.price_is_point) {
      if (auto price = item.required("price_per_post", rules::money)) p.price = Range{*price, *price, *price};
    } else {
      p.price = figure(item, "price_per_post", rules::money, true);
    }
    profiles.push_back(std::move(p));
  }
  if (!in.errors().empty()) return std::nullopt;
  return profiles;
}

bool check_budget(Errors& errors, double budget, const std::vector<RangedProfile>& profiles, const std::string& list,
                  double extra_per_creator) {
  double cheapest = INFINITY;
  bool ok = true;
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    const RangedProfile& p = profiles[i];
    // Without a price, the lowest CPM over the lowest reach gives the lowest price per post.
    const double per_post = p.price ? p.price->low : p.cpm->low * p.followers * p.reach->low / 100 / 1000;
    const double cost = per_post * p.posts + extra_per_creator;
    cheapest = std::fmin(cheapest, cost);
    if (!(budget / cost <= kMaxCreators)) {  // also catches infinity
      errors.add(list + "." + std::to_string(i) + (p.price ? ".price_per_post" : ".cpm"), "too_small",
                 "At this price the budget buys more than a billion creators; check the price.");
      ok = false;
    }
  }
  if (ok && cheapest > budget) {
    errors.add("budget", "too_small", "The budget (" + format_number(budget) + ") buys no creator; the cheapest costs " +
                                          format_number(cheapest) + ".");
    ok = false;
  }
  return ok;
}

}  // namespace est
