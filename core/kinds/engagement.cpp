// kind "engagement": engagement rate by followers, and by reach, impressions or views when given.
#include <algorithm>

#include "contract/kinds.hpp"
#include "data/lookup.hpp"
#include "model/verdict.hpp"

namespace est {

namespace {

// Adds benchmark and verdict for the rate by followers, and for the rate by reach, impressions or
// views when those were given and a published figure with that denominator exists.
void add_verdicts(json& out, double followers, const std::string& platform, const std::optional<Range>& own) {
  json sources = json::array();
  if (!out.contains("rate_by_followers_pct")) return;  // too large to be a number: nothing to judge
  const double rate = out["rate_by_followers_pct"].get<double>();
  if (own) {
    out["benchmark"] = to_json(*own);
    out["verdict"] = verdict(rate, *own, followers, true);
    out["overridden"] = json::array({"benchmark_rate_pct"});
  } else if (auto found = estimate(engagement_query(platform, followers)); !found.empty()) {
    out["benchmark"] = to_json(found.front());
    out["verdict"] = verdict(rate, found.front(), followers, true);
    sources = out["benchmark"]["sources"];
  } else {
    out["notes"] = json::array({"No published engagement rate by followers for " + find_platform(platform)->name +
                                "; give benchmark_rate_pct for a verdict."});
  }
  for (const char* by : {"reach", "impressions", "views"}) {
    const std::string rate_key = std::string("rate_by_") + by + "_pct";
    if (!out.contains(rate_key)) continue;
    if (auto found = estimate(engagement_query(platform, followers, by)); !found.empty()) {
      out[std::string("benchmark_by_") + by] = to_json(found.front());
      out[std::string("verdict_by_") + by] = verdict(out[rate_key].get<double>(), found.front(), followers, false);
      for (const Record* r : found.front().records) {
        if (std::find(sources.begin(), sources.end(), json(r->source)) == sources.end()) sources.push_back(r->source);
      }
    }
  }
  out["sources"] = std::move(sources);
}

}  // namespace

json run_engagement(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto followers = in.required("followers", rules::followers);
  double interactions = 0;
  for (const char* name : {"likes", "comments", "shares", "saves"}) {
    interactions += in.optional_or(name, rules::count, 0);
  }
  const double posts = in.optional_or("posts", rules::posts, 1);
  auto reach = in.optional("reach", rules::audience);
  auto impressions = in.optional("impressions", rules::audience);
  auto views = in.optional("views", rules::audience);
  auto platform = read_platform(in, "instagram");
  auto own_benchmark = in.range("benchmark_rate_pct", rules::percent, false);
  if (!errors.empty()) return {};

  const double per_post = interactions / posts;
  json out{{"followers", *followers},
           {"posts", posts},
           {"engagements_total", interactions},
           {"engagements_per_post", per_post},
           {"tier", *tier_of(*followers, standard_scheme())}};
  put(out, "rate_by_followers_pct", per_post / *followers * 100);
  // Same numerator for every rate; reach, impressions and views are per post (average).
  if (reach) put(out, "rate_by_reach_pct", per_post / *reach * 100);
  if (impressions) put(out, "rate_by_impressions_pct", per_post / *impressions * 100);
  if (views) put(out, "rate_by_views_pct", per_post / *views * 100);
  out["platform"] = *platform;
  add_verdicts(out, *followers, *platform, own_benchmark);
  out["method"] = method("engagement_rate@3",
                         "rate_by_followers_pct = (likes + comments + shares + saves) / posts / followers × 100; by "
                         "reach, impressions, views: the same per post / that figure per post × 100. Verdict against the "
                         "published range (one source: its figure ± 50%; typical from the strongest grade): suspiciously low < 0.25 × "
                         "low (10,000+ followers), suspiciously high > 3 × high");
  return out;
}

}  // namespace est
