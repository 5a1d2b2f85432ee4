// kind "tier": followers -> the tier, under the standard scheme or one given in the request.
#include "data/dataset.hpp"
#include "contract/kinds.hpp"

namespace est {

json run_tier(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto followers = in.required("followers", rules::followers);
  auto scheme = read_scheme(in);
  if (!followers || !scheme) return {};
  auto tier = tier_of(*followers, *scheme);
  if (!tier) {
    errors.add("followers", ErrorCode::below_lowest_tier,
               "followers (" + format_number(*followers) + ") is below the scheme's lowest tier, " +
                   scheme->tiers.front().name + " from " + format_number(scheme->tiers.front().min_followers) + ".");
    return {};
  }
  json sources = json::array();
  for (const auto& s : dataset().raw["tier_schemes"]) {
    if (s["id"].get_ref<const std::string&>() == scheme->id) sources.push_back(s["source"]);
  }
  return {{"tier", *tier},
          {"sources", std::move(sources)},
          {"followers", *followers},
          {"scheme", to_json(*scheme)},
          {"method", method("tier@1", "the tier whose lower bound is the highest one at or below followers "
                                      "(lower bounds inclusive)")}};
}

}  // namespace est
