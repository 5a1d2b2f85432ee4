// kind "overlap" through the contract.
#include "helpers.hpp"

TEST_CASE("overlap: independent audiences in a universe") {
  json r = result_of({{"kind", "overlap"}, {"reaches", {1000, 2000, 3000}}, {"universe", 10000}});
  CHECK(r["unique_reach"].get<double>() == doctest::Approx(10000 * (1 - 0.9 * 0.8 * 0.7)));
  CHECK(r["unique_reach"].get<double>() <= 6000);
  CHECK(r["average_frequency"].get<double>() == doctest::Approx(6000 / r["unique_reach"].get<double>()));
  // A huge universe: the product form would lose the digits that matter.
  json huge = result_of({{"kind", "overlap"}, {"reaches", {1000, 2000, 3000}}, {"universe", 9e12}});
  CHECK(huge["unique_reach"].get<double>() <= 6000);
  CHECK(huge["duplicated_reach"].get<double>() >= 0);
  CHECK(huge["average_frequency"].get<double>() >= 1);
  json one = result_of({{"kind", "overlap"}, {"reaches", {10000}}, {"universe", 10000}});
  CHECK(one["unique_reach"].get<double>() == doctest::Approx(10000));
}

TEST_CASE("overlap: pairwise shares, exact for two and bounded for more") {
  json two = result_of({{"kind", "overlap"}, {"reaches", {1000, 4000}}, {"overlaps_pct", {{0, 25}, {25, 0}}}});
  CHECK(two["unique_reach"].get<double>() == doctest::Approx(4750));
  json three = result_of({{"kind", "overlap"}, {"reaches", {1000, 2000, 3000}}, {"overlaps_pct", {{0, 50, 50}, {50, 0, 50}, {50, 50, 0}}}});
  const json& b = three["unique_reach_bounds"];
  CHECK(b["low"].get<double>() <= three["unique_reach"].get<double>());
  CHECK(three["unique_reach"].get<double>() <= b["high"].get<double>());
  CHECK(b["low"].get<double>() >= 3000);
  CHECK(b["high"].get<double>() <= 6000);
}

TEST_CASE("overlap: bad inputs") {
  CHECK(has_error(errors_of({{"kind", "overlap"}, {"reaches", {100, -5}}, {"universe", 1000}}), "reaches.1", "must_be_positive"));
  CHECK(has_error(errors_of({{"kind", "overlap"}, {"reaches", {5000}}, {"universe", 1000}}), "universe", "too_small"));
  CHECK(has_error(errors_of({{"kind", "overlap"}, {"reaches", {5000}}}), "universe", "missing"));
  CHECK(has_error(errors_of({{"kind", "overlap"}, {"reaches", {1, 2}}, {"overlaps_pct", {{0, 120}, {0, 0}}}}), "overlaps_pct.0.1", "too_large"));
  CHECK(has_error(errors_of({{"kind", "overlap"}, {"reaches", {1, 2}}, {"overlaps_pct", {{0}}}}), "overlaps_pct", "not_a_matrix"));
}
