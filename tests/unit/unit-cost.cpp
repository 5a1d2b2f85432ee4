#include "helpers.hpp"

TEST_CASE("any two of cost, impressions and cpm give the third") {
  json r = result_of({{"kind", "cost"}, {"cost", 500}, {"impressions", 100000}});
  CHECK(r["cpm"].get<double>() == doctest::Approx(5));
  CHECK(r["derived"] == "cpm");
  r = result_of({{"kind", "cost"}, {"cpm", 5.13}, {"impressions", 3414400}});
  CHECK(r["cost"].get<double>() == doctest::Approx(17515.872));
  CHECK(r["derived"] == "cost");
  r = result_of({{"kind", "cost"}, {"cost", 300}, {"cpm", 6}});
  CHECK(r["impressions"].get<double>() == doctest::Approx(50000));
}

TEST_CASE("three values must agree") {
  CHECK(result_of({{"kind", "cost"}, {"cost", 17516}, {"impressions", 3414400}, {"cpm", 5.13}})["derived"] == "none");
  CHECK(has_error(errors_of({{"kind", "cost"}, {"cost", 100}, {"impressions", 1000}, {"cpm", 5}}), "cpm", "inconsistent"));
}

TEST_CASE("fewer than two of the three names what is missing") {
  json e = errors_of({{"kind", "cost"}, {"cost", 100}});
  CHECK(has_error(e, "impressions", "need_two_of"));
  CHECK(has_error(e, "cpm", "need_two_of"));
  CHECK(!has_error(e, "cost", "need_two_of"));
}

TEST_CASE("per-unit costs, ROI and ROAS") {
  json r = result_of({{"kind", "cost"}, {"cost", 1000}, {"impressions", 200000}, {"engagements", 4000},
                      {"clicks", 500}, {"conversions", 25}, {"views", 0}, {"revenue", 2500}});
  CHECK(r["cpe"].get<double>() == doctest::Approx(0.25));
  CHECK(r["cpc"].get<double>() == doctest::Approx(2));
  CHECK(r["cpa"].get<double>() == doctest::Approx(40));
  CHECK(!r.contains("cpv"));  // zero views: nothing to divide by
  CHECK(r["ctr_pct"].get<double>() == doctest::Approx(0.25));
  CHECK(r["cvr_pct"].get<double>() == doctest::Approx(5));
  CHECK(r["roi_pct"].get<double>() == doctest::Approx(150));
  CHECK(r["roas"].get<double>() == doctest::Approx(2.5));
  CHECK(all_finite(r));
}

TEST_CASE("bad cost inputs") {
  json e = errors_of({{"kind", "cost"}, {"cost", 0}, {"impressions", -5}, {"cpm", "cheap"}, {"revenue", -1}});
  CHECK(has_error(e, "cost", "must_be_positive"));
  CHECK(has_error(e, "impressions", "must_be_positive"));
  CHECK(has_error(e, "cpm", "not_a_number"));
  CHECK(has_error(e, "revenue", "must_be_non_negative"));
  CHECK(has_error(errors_of({{"kind", "cost"}, {"cost", 1e308}, {"cpm", 1}}), "cost", "too_large"));
}
