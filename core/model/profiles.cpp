#include "model/profiles.hpp"

#include <cmath>

#include "data/lookup.hpp"

namespace est {
namespace {

// Fills in the price, engagement rate and reach rate a profile leaves out from the published
// records (see ProfileNeeds::fill_currency).
// The published price per post in the request's currency; else one published in a currency the
// visitor gave a rate for, converted (low, typical and high × rate); else a no_benchmark error that
// names the currencies the price is published in.
void fill_price(Reader& item, RangedProfile& p, const std::string& currency, const std::vector<ExchangeRate>& rates,
                const std::string& where) {
  const Query query = price_query(p.platform, p.followers, "", p.format, p.band());
  if (auto found = estimate_in(query, currency)) {
    p.price = found->range;
    p.price_from = Published{found->unit, std::move(found->records), std::nullopt};
    return;
  }
  for (const ExchangeRate& r : rates) {
    if (r.from == currency) continue;
    auto found = estimate_in(query, r.from);
    if (!found) continue;
    const Range& at = found->range;
    p.price = Range{at.low * r.rate, at.typical ? std::optional<double>(*at.typical * r.rate) : std::nullopt, at.high * r.rate};
    p.price_from = Published{currency, std::move(found->records), r};
    return;
  }
  std::string published;
  for (const char* c : kCurrencies) {
    if (c != currency && estimate_in(query, c)) published += (published.empty() ? "" : " or ") + std::string(c);
  }
  item.errors().add(item.path("price_per_post"), ErrorCode::no_benchmark,
                    published.empty()
                        ? "No published price per post" + where + "; enter your own price_per_post."
                        : "The price per post" + where + " is published in " + published + ", not " + currency +
                              ": give exchange_rates." + published.substr(0, 3) + " (1 " + published.substr(0, 3) +
                              " in " + currency + ") or your own price_per_post.");
}

void fill_published(Reader& item, RangedProfile& p, const std::string& currency, const std::vector<ExchangeRate>& rates) {
  const Range& f = p.followers_range;
  const std::string where = " for " + find_platform(p.platform)->name + " " + p.format + "s at " + format_number(f.low) +
                            (f.high > f.low ? "–" + format_number(f.high) : "") + " followers";
  auto fill = [&](std::optional<Range>& figure, std::optional<Published>& from, std::optional<Estimate> found) {
    if (!found) return false;
    figure = found->range;
    from = Published{found->unit, std::move(found->records), std::nullopt};
    return true;
  };
  auto first = [](std::vector<Estimate> all) { return all.empty() ? std::nullopt : std::optional<Estimate>(std::move(all.front())); };
  // Only what was left out: a figure given but invalid has its own error.
  if (!item.get("price_per_post") && !p.price) fill_price(item, p, currency, rates, where);
  if (!item.get("engagement_rate_pct") && !p.engagement && !fill(p.engagement, p.engagement_from, first(estimate(engagement_query(p.platform, p.followers, "followers", p.band()))))) {
    item.errors().add(item.path("engagement_rate_pct"), ErrorCode::no_benchmark,
                      "No published engagement rate" + where + "; enter your own engagement_rate_pct.");
  }
  if (!item.get("reach_rate_pct") && !p.reach) fill(p.reach, p.reach_from, first(estimate(reach_query(p.platform, p.followers, "", p.format, p.band()))));
}

void read_platform_format(Reader& item, RangedProfile& p) {
  p.platform = read_platform(item, "instagram").value_or("");
  p.format = read_format(item, "post").value_or("");
}

}  // namespace

const PublishedFigures kPublishedFigures = {read_platform_format, fill_published};

std::optional<std::vector<RangedProfile>> read_ranged_profiles(Reader& in, const std::string& name, const char* prefix,
                                                               const ProfileNeeds& needs) {
  struct Rate {
    const char* key;
    const NumberRule* rule;
    bool required;
    std::optional<Range> RangedProfile::*field;
  };
  const Rate rates[] = {{"engagement_rate_pct", &rules::percent, needs.requires_rate(ProfileNeeds::kEngagementRate), &RangedProfile::engagement},
                        {"reach_rate_pct", &rules::positive_percent, needs.requires_rate(ProfileNeeds::kReachRate), &RangedProfile::reach},
                        {"ctr_pct", &rules::percent, needs.requires_rate(ProfileNeeds::kCtrRate), &RangedProfile::ctr},
                        {"cvr_pct", &rules::percent, needs.requires_rate(ProfileNeeds::kCvrRate), &RangedProfile::cvr},
                        {"aov", &rules::money, false, &RangedProfile::aov}};
  auto figure = [](Reader& r, const char* key, const NumberRule& rule, bool required) { return r.range(key, rule, required); };
  std::optional<Range> shared[5];
  for (int k = 0; k < 5; ++k) shared[k] = figure(in, rates[k].key, *rates[k].rule, false);
  const json* items = in.list(name, 1, 20);
  if (!items) return std::nullopt;
  std::vector<RangedProfile> profiles;
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const std::string at = in.path(name + "." + std::to_string(i));
    if (!(*items)[i].is_object()) {
      in.errors().add(at, ErrorCode::not_an_object, at + " must be an object describing a creator.");
      continue;
    }
    Reader item((*items)[i], at, in.errors());
    RangedProfile p;
    auto label = item.text("label", false);
    p.label = label && !label->empty() ? *label : std::string(prefix) + " " + std::to_string(i + 1);
    if (!first_time(labels, p.label)) in.errors().add(item.path("label"), ErrorCode::duplicate, "The label \"" + p.label + "\" is used twice.");
    if (needs.accepts(ProfileNeeds::kFollowersRange)) {
      p.followers_range = item.range("followers", rules::followers, true).value_or(Range{});
      p.followers = p.followers_range.centre();
    } else {
      p.followers = item.required("followers", rules::followers).value_or(0);
      p.followers_range = Range{p.followers, p.followers, p.followers};
    }
    if (needs.accepts(ProfileNeeds::kFixedCreators)) p.creators = item.optional_or("creators", NumberRule{1, false, kMaxCreators, true}, 0);
    if (needs.published) needs.published->read_platform_format(item, p);
    p.posts = item.optional_or("posts_per_creator", rules::posts, 1);
    if (needs.accepts(ProfileNeeds::kMaxCreators)) p.max_count = item.optional_or("max_creators", NumberRule{0, false, 1e9, true}, INFINITY);
    for (int k = 0; k < 5; ++k) {
      const Rate& r = rates[k];
      const bool required = r.required && !(needs.fill_currency && r.field == &RangedProfile::engagement);
      p.*r.field = item.get(r.key) || !shared[k] ? figure(item, r.key, *r.rule, required) : shared[k];
    }
    if (needs.accepts(ProfileNeeds::kCpmForPrice) && item.get("cpm") && !item.get("price_per_post")) {
      p.cpm = item.range("cpm", rules::money, true);
      if (!p.reach && !item.get("reach_rate_pct")) {
        in.errors().add(item.path("reach_rate_pct"), ErrorCode::missing, "reach_rate_pct is needed to turn a CPM into a price per post.");
      }
    } else if (needs.accepts(ProfileNeeds::kPointPrice)) {
      if (auto price = item.required("price_per_post", rules::money)) p.price = Range{*price, *price, *price};
    } else {
      p.price = figure(item, "price_per_post", rules::money, !needs.fill_currency);
    }
    if (needs.published && needs.fill_currency && p.followers > 0 && !p.platform.empty() && !p.format.empty()) {
      needs.published->fill(item, p, *needs.fill_currency, needs.fill_rates);
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
    const double per_post = p.price ? p.price->low : p.cpm->low * p.followers_range.low * p.reach->low / 100 / 1000;
    const double cost = per_post * p.posts + extra_per_creator;
    cheapest = std::fmin(cheapest, cost);
    if (!(budget / cost <= kMaxCreators)) {  // also catches infinity
      errors.add(list + "." + std::to_string(i) + (p.price ? ".price_per_post" : ".cpm"), ErrorCode::too_small,
                 "At this price the budget buys more than a billion creators; check the price.");
      ok = false;
    }
  }
  if (ok && cheapest > budget) {
    errors.add("budget", ErrorCode::too_small, "The budget (" + format_number(budget) + ") buys no creator; the cheapest costs " +
                                          format_number(cheapest) + ".");
    ok = false;
  }
  return ok;
}

}  // namespace est
