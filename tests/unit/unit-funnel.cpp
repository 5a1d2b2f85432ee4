// kind "funnel" through the contract.
#include "helpers.hpp"

TEST_CASE("funnel: identities hold, point and range") {
  json r = result_of({{"kind", "funnel"}, {"impressions", 200000}, {"ctr_pct", 1.5}, {"cvr_pct", 2}, {"aov", 60}, {"cost", 2000}});
  auto v = [&](const char* k) { return r[k]["typical"].get<double>(); };
  CHECK(v("clicks") == doctest::Approx(3000));
  CHECK(v("conversions") == doctest::Approx(60));
  CHECK(v("revenue") == doctest::Approx(3600));
  CHECK(v("cpc") * v("clicks") == doctest::Approx(2000));
  CHECK(v("cpa") * v("conversions") == doctest::Approx(2000));
  CHECK(v("roas") == doctest::Approx(v("revenue") / 2000));
  CHECK(v("roi_pct") == doctest::Approx((v("roas") - 1) * 100));
  CHECK(v("break_even_conversions") == doctest::Approx(2000.0 / 60));
  CHECK(v("break_even_cvr_pct") == doctest::Approx(v("break_even_conversions") / v("clicks") * 100));
  json ranged = result_of({{"kind", "funnel"}, {"reach", {{"low", 50000}, {"high", 80000}}}, {"frequency", 1.5},
                           {"ctr_pct", {{"low", 1}, {"high", 2}}}, {"cvr_pct", 2}, {"aov", 60}, {"cost", 2000}});
  for (const auto& item : ranged.items()) {
    const std::string k = item.key();
    const json& range = item.value();
    if (!range.is_object() || !range.contains("low")) continue;
    CAPTURE(k);
    CHECK(range["low"].get<double>() <= range["typical"].get<double>());
    CHECK(range["typical"].get<double>() <= range["high"].get<double>());
  }
  CHECK(ranged["impressions"]["low"].get<double>() == doctest::Approx(75000));
  CHECK(ranged["cpc"]["high"].get<double>() == doctest::Approx(2000.0 / 750));
}

TEST_CASE("funnel: bad inputs") {
  CHECK(has_error(errors_of({{"kind", "funnel"}, {"ctr_pct", 1}}), "impressions", "missing"));
  CHECK(has_error(errors_of({{"kind", "funnel"}, {"impressions", 5}, {"reach", 5}, {"ctr_pct", 1}}), "reach", "conflict"));
  CHECK(has_error(errors_of({{"kind", "funnel"}, {"impressions", 5}, {"ctr_pct", 150}}), "ctr_pct", "too_large"));
  CHECK(has_error(errors_of({{"kind", "funnel"}, {"impressions", 5}, {"ctr_pct", {{"low", 3}, {"high", 1}}}}), "ctr_pct", "low_above_high"));
}
