// kind "benchmarks": the dataset, or a slice of it with its sources.
#include "data/dataset.hpp"
#include "helpers.hpp"

TEST_CASE("benchmarks: the dataset, or a slice with its sources") {
  json all = result_of({{"kind", "benchmarks"}});
  CHECK(all["records"].size() == est::dataset().records.size());
  CHECK(all_finite(all));  // no nulls: unknown years and open bands are left out
  json slice = result_of({{"kind", "benchmarks"}, {"platform", "tiktok"}, {"metric", "cpm"}});
  REQUIRE(!slice["records"].empty());
  for (const auto& r : slice["records"]) {
    CHECK(r["metric"] == "cpm");
    CHECK((r["platform"] == "tiktok" || r["platform"] == "all"));
    CHECK(slice["sources"].contains(r["source"].get<std::string>()));
  }
  json e = errors_of({{"kind", "benchmarks"}, {"tier", "giga"}, {"platform", "myspace"}, {"metric", "vibes"}});
  CHECK(has_error(e, "tier", "unknown_tier"));  // every problem at once
  CHECK(has_error(e, "platform", "unknown_platform"));
  CHECK(has_error(e, "metric", "unknown_metric"));
}
