// kind "benchmarks": the dataset, or a slice of it (platform, tier, metric), with the sources of
// the records returned. The methodology page lists it all.
#include <algorithm>

#include "contract/kinds.hpp"
#include "data/lookup.hpp"

namespace est {

json run_benchmarks(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto platform = in.get("platform") ? read_platform(in, "") : std::optional<std::string>();
  auto tier = read_tier(in);
  auto metric = in.text("metric", false);
  const char* metrics[] = {"engagement_rate_pct", "reach_rate_pct", "price_per_post", "price_per_ccv_hour", "cpm", "ctr_pct",
                           "return_per_dollar"};
  if (metric && std::none_of(std::begin(metrics), std::end(metrics), [&](const char* m) { return *metric == m; })) {
    errors.add("metric", ErrorCode::unknown_metric, "Unknown metric; use engagement_rate_pct, reach_rate_pct, price_per_post, "
                                           "price_per_ccv_hour, cpm, ctr_pct or return_per_dollar.");
  }
  if (!errors.empty()) return {};

  const Dataset& d = dataset();
  json records = json::array();
  json sources = json::object();
  for (std::size_t i = 0; i < d.records.size(); ++i) {
    const Record& r = d.records[i];
    if (platform && r.platform != *platform && r.platform != "all") continue;
    if (metric && r.metric != *metric) continue;
    if (tier && !tier_fits(r, *tier)) continue;
    records.push_back(d.raw["records"][i]);
    sources[r.source] = d.sources[r.source];
  }
  for (const auto& scheme : d.raw["tier_schemes"]) {
    const auto& id = scheme["source"].get_ref<const std::string&>();
    sources[id] = d.sources[id];
  }
  return {{"version", d.version},
          {"reviewed", d.reviewed},
          {"platforms", d.raw["platforms"]},
          {"tier_schemes", d.raw["tier_schemes"]},
          {"records", std::move(records)},
          {"sources", std::move(sources)},
          {"method", method("benchmarks@1", "the records of the dataset matching every filter given; records for "
                                            "\"all\" platforms match any platform")}};
}

}  // namespace est
