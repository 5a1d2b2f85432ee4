// kind "engagement": engagement rate by followers, and by reach, impressions or views when given.
#include "kinds.hpp"
#include "tiers.hpp"

namespace est {

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
  auto platform = in.text("platform", false);
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
  if (platform) out["platform"] = *platform;
  out["method"] = method("engagement_rate@1",
                         "rate_by_followers_pct = (likes + comments + shares + saves) / posts / followers × 100; "
                         "rate_by_reach_pct (impressions, views) = the same per-post engagements / reach (impressions, "
                         "views) per post × 100");
  return out;
}

}  // namespace est
