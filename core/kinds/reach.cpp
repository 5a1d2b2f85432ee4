// kind "reach": followers, platform and format -> reach and impressions as ranges, from the
// published reach rates (share of followers who see a post) or the user's own rate.
#include "contract/kinds.hpp"
#include "data/lookup.hpp"

namespace est {

json run_reach(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto followers = in.required("followers", rules::followers);
  auto platform = read_platform(in, "instagram");
  auto format = read_format(in, "post");
  auto tier = read_tier(in);  // optional: the published rates of this tier instead of the follower band
  const double posts = in.optional_or("posts", rules::posts, 1);
  auto own_rate = in.range("reach_rate_pct", rules::positive_percent, false);
  // No cited figure for impressions per reached account: 1 (each sees the post once) unless given.
  const double frequency = in.optional_or("impressions_per_reach", rules::frequency, 1);
  if (!errors.empty()) return {};

  json out{{"followers", *followers}, {"platform", *platform}, {"format", *format}, {"posts", posts},
           {"tier", tier ? *tier : *tier_of(*followers, standard_scheme())}, {"impressions_per_reach", frequency}};
  Range rate;
  if (own_rate) {
    rate = *own_rate;
    out["overridden"] = json::array({"reach_rate_pct"});
    out["sources"] = json::array();
  } else {
    auto found = estimate(reach_query(*platform, followers, tier.value_or(""), *format));
    if (found.empty()) {
      errors.add("reach_rate_pct", ErrorCode::no_benchmark, "No published reach rate for " + find_platform(*platform)->name + " " +
                                                      *format + "s; enter your own reach_rate_pct.");
      return {};
    }
    rate = found.front().range;
    out["records"] = record_ids(found.front().records);
    out["sources"] = source_ids(found.front().records);
  }
  const Range per_post = scaled(rate, *followers / 100);
  out["reach_rate_pct"] = to_json(rate);
  out["reach_per_post"] = to_json(per_post);
  out["reach_total"] = to_json(scaled(per_post, posts));
  out["impressions"] = to_json(scaled(per_post, posts * frequency));
  out["method"] = method("reach@2",
                         "reach_per_post = followers × reach_rate_pct / 100; reach_total = reach_per_post × posts (summed: "
                         "no de-duplication); impressions = reach_total × impressions_per_reach (default 1, a lower "
                         "bound). Published rates by band overlap: lowest low to highest high, typical = median of the strongest grade");
  return out;
}

}  // namespace est
