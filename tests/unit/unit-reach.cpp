// kind "reach": published reach rates, or the visitor's own.
#include "helpers.hpp"

namespace {
bool ordered(const json& range) {
  return range["low"].get<double>() <= range["typical"].get<double>() && range["typical"].get<double>() <= range["high"].get<double>();
}
}  // namespace

TEST_CASE("reach: published rates for the band and format, or the user's own") {
  json r = result_of({{"kind", "reach"}, {"followers", 50000}, {"platform", "instagram"}, {"format", "post"}, {"posts", 3}});
  CHECK(r["reach_rate_pct"]["low"].get<double>() == doctest::Approx(15));
  CHECK(r["reach_rate_pct"]["high"].get<double>() == doctest::Approx(30));
  CHECK(r["reach_per_post"]["low"].get<double>() == doctest::Approx(7500));
  CHECK(r["reach_total"]["high"].get<double>() == doctest::Approx(45000));
  CHECK(r["impressions"]["low"].get<double>() == doctest::Approx(22500));
  CHECK(ordered(r["reach_total"]));
  json story = result_of({{"kind", "reach"}, {"followers", 50000}, {"format", "story"}});
  CHECK(story["reach_rate_pct"]["high"].get<double>() < r["reach_rate_pct"]["high"].get<double>());
  CHECK(story["reach_rate_pct"]["typical"].get<double>() < r["reach_rate_pct"]["typical"].get<double>());
  json own = result_of({{"kind", "reach"}, {"followers", 50000}, {"platform", "tiktok"}, {"format", "video"},
                        {"reach_rate_pct", 40}, {"impressions_per_reach", 1.5}});
  CHECK(own["reach_per_post"]["typical"].get<double>() == doctest::Approx(20000));
  CHECK(own["impressions"]["typical"].get<double>() == doctest::Approx(30000));
  CHECK(has_error(errors_of({{"kind", "reach"}, {"followers", 50000}, {"platform", "tiktok"}}), "reach_rate_pct", "no_benchmark"));
}

TEST_CASE("reach: a tier, when given, picks the published band instead of the follower count") {
  json by_followers = result_of({{"kind", "reach"}, {"followers", 45000}});
  json by_tier = result_of({{"kind", "reach"}, {"followers", 45000}, {"tier", "mega"}});
  CHECK(by_tier["tier"] == "mega");
  CHECK(by_tier["reach_rate_pct"]["high"].get<double>() < by_followers["reach_rate_pct"]["high"].get<double>());
}

TEST_CASE("reach: inputs are validated") {
  CHECK(has_error(errors_of({{"kind", "reach"}, {"followers", 500}, {"reach_rate_pct", {{"low", 30}, {"high", 10}}}}), "reach_rate_pct", "low_above_high"));
  CHECK(has_error(errors_of({{"kind", "reach"}, {"followers", 500}, {"impressions_per_reach", 0.5}}), "impressions_per_reach", "too_small"));
  CHECK(has_error(errors_of({{"kind", "reach"}, {"followers", 100}, {"tier", "foo"}}), "tier", "unknown_tier"));
}
