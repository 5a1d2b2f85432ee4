// kind "engagement": engagement rate by followers, and by reach, impressions or views when given.
#include "kinds.hpp"
#include "lookup.hpp"
#include "verdict.hpp"

namespace est {

namespace {

// Adds benchmark and verdict for the rate by followers (and by reach when reach was given).
void add_verdicts(json& out, double followers, const std::string& platform, const std::optional<Range>& own,
                  bool has_reach) {
  json sources = json::array();
  if (!out.contains("rate_by_followers_pct")) return;  // too large to be a number: nothing to judge
  const double rate = out["rate_by_followers_pct"].get<double>();
  if (own) {
    out["benchmark"] = to_json(*own);
    out["verdict"] = verdict(rate, *own, followers, true);
    out["overridden"] = json::array({"benchmark_rate_pct"});
  } else if (auto found = estimate(engagement_query(platform, followers)); !found.empty()) {
    out["benchmark"] = to_json(found.front());
    out["verdict"] = verdict(rate, found.front().range, followers, true);
    sources = out["benchmark"]["sources"];
  } else {
    out["notes"] = json::array({"No published engagement rate for " + find_platform(platform)->name +
                                "; give benchmark_rate_pct for a verdict."});
  }
  if (has_reach && out.contains("rate_by_reach_pct")) {
    if (auto found = estimate(engagement_query(platform, followers, "reach")); !found.empty()) {
      out["benchmark_by_reach"] = to_json(found.front());
      out["verdict_by_reach"] = verdict(out["rate_by_reach_pct"].get<double>(), found.front().range, followers, false);
      for (const auto& id : out["benchmark_by_reach"]["sources"]) sources.push_back(id);
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
  add_verdicts(out, *followers, *platform, own_benchmark, reach.has_value());
  out["method"] = method("engagement_rate@2",
                         "rate_by_followers_pct = (likes + comments + shares + saves) / posts / followers × 100; by "
                         "reach, impressions, views: the same per post / that figure per post × 100. Verdict against the "
                         "published range: suspiciously low < 0.25 × low (10,000+ followers), suspiciously high > 3 × high");
  return out;
}

}  // namespace est
