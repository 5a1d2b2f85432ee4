// Estimates from the dataset: engagement verdicts, reach, price and the benchmarks slice.
#include <set>

#include "data/dataset.hpp"
#include "helpers.hpp"

namespace {
json engagement(double followers, double likes, const char* platform = "instagram") {
  return result_of({{"kind", "engagement"}, {"followers", followers}, {"likes", likes}, {"platform", platform}});
}
bool ordered(const json& range) {
  return range["low"].get<double>() <= range["typical"].get<double>() && range["typical"].get<double>() <= range["high"].get<double>();
}
}  // namespace

TEST_CASE("engagement verdicts against the Instagram micro band") {
  // 30,000 followers: the published micro records run from 0.54% to 3.86%.
  json r = engagement(30000, 600);  // 2%
  CHECK(r["verdict"]["rating"] == "typical");
  CHECK(ordered(r["benchmark"]));
  CHECK(r["benchmark"]["low"].get<double>() == doctest::Approx(0.54));
  CHECK(r["benchmark"]["high"].get<double>() == doctest::Approx(3.86));
  CHECK(!r["sources"].empty());
  CHECK(engagement(30000, 120)["verdict"]["rating"] == "below");              // 0.4%
  CHECK(engagement(30000, 30)["verdict"]["rating"] == "suspiciously_low");    // 0.1% < 0.25 × 0.54
  CHECK(engagement(30000, 1500)["verdict"]["rating"] == "above");             // 5%
  CHECK(engagement(30000, 3600)["verdict"]["rating"] == "suspiciously_high"); // 12% > 3 × 3.86
  CHECK(r["verdict"]["reasons"][0].get<std::string>().find("0.54") != std::string::npos);
}

TEST_CASE("a tiny account is never 'suspiciously low': the bought-followers signal needs a following") {
  CHECK(engagement(2000, 1)["verdict"]["rating"] == "below");
}

TEST_CASE("a platform without a published engagement rate by followers gives a note; the user's own benchmark a verdict") {
  json r = engagement(50000, 1000, "pinterest");
  CHECK(!r.contains("verdict"));
  CHECK(r["notes"].size() == 1);
  json own = result_of({{"kind", "engagement"}, {"followers", 2000000}, {"likes", 30000}, {"platform", "pinterest"},
                        {"benchmark_rate_pct", {{"low", 0.5}, {"high", 1}}}});
  CHECK(own["verdict"]["rating"] == "above");
  CHECK(own["overridden"][0] == "benchmark_rate_pct");
  CHECK(own["sources"].empty());
}

TEST_CASE("brand-account figures are not used as creator benchmarks") {
  json r = engagement(50000, 1000);
  for (const auto& id : r["benchmark"]["records"]) CHECK(id.get<std::string>().find("rivaliq") == std::string::npos);
}

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

TEST_CASE("price: one range per published currency, never converted without the user's rate") {
  // 50,000 followers: the published mid-tier band (50,000–500,000), $500–$5,000, and $100 per 10K = $500.
  json r = result_of({{"kind", "price"}, {"followers", 50000}, {"platform", "instagram"}});
  REQUIRE(r["prices"].size() == 1);
  CHECK(r["prices"][0]["unit"] == "USD");  // published in dollars: never shown as euros
  CHECK(ordered(r["prices"][0]));
  CHECK(r["prices"][0]["high"].get<double>() == doctest::Approx(5000));
  CHECK(!r.contains("converted"));
  json c = result_of({{"kind", "price"}, {"followers", 50000}, {"currency", "EUR"}, {"exchange_rates", {{"USD", 0.5}}}});
  REQUIRE(c["converted"].size() == 1);
  CHECK(c["converted"][0]["converted_from"] == "USD");
  CHECK(c["converted"][0]["unit"] == "EUR");
  CHECK(c["converted"][0]["high"].get<double>() == doctest::Approx(2500));
  json tier = result_of({{"kind", "price"}, {"tier", "mega"}, {"platform", "youtube"}, {"format", "video"}});
  CHECK(tier["prices"][0]["open_ended"] == true);
  CHECK(tier["prices"][0]["low"].get<double>() == doctest::Approx(20000));
}

TEST_CASE("a tier, when given, picks the published band instead of the follower count") {
  json by_followers = result_of({{"kind", "reach"}, {"followers", 45000}});
  json by_tier = result_of({{"kind", "reach"}, {"followers", 45000}, {"tier", "mega"}});
  CHECK(by_tier["tier"] == "mega");
  CHECK(by_tier["reach_rate_pct"]["high"].get<double>() < by_followers["reach_rate_pct"]["high"].get<double>());
  json price = result_of({{"kind", "price"}, {"followers", 25000}, {"tier", "mega"}, {"platform", "youtube"}, {"format", "video"}});
  CHECK(price["prices"][0]["low"].get<double>() == doctest::Approx(20000));
}

TEST_CASE("price: the $100 per 10K followers rule scales with followers") {
  json r = result_of({{"kind", "price"}, {"followers", 30000}, {"platform", "instagram"}});
  bool used = false;
  for (const auto& p : r["prices"]) {
    for (const auto& id : p["records"]) used = used || id == "pr-ig-rule-100-per-10k";
  }
  CHECK(used);
}

TEST_CASE("price and reach inputs are validated") {
  json e = errors_of({{"kind", "price"}, {"platform", "myspace"}, {"format", "hologram"}, {"currency", "BTC"}});
  CHECK(has_error(e, "platform", "unknown_platform"));
  CHECK(has_error(e, "format", "unknown_format"));
  CHECK(has_error(e, "currency", "unknown_currency"));
  CHECK(has_error(e, "followers", "missing"));
  CHECK(has_error(errors_of({{"kind", "price"}, {"followers", 5000}, {"exchange_rates", {{"USD", -1}}}}), "exchange_rates.USD", "must_be_positive"));
  CHECK(has_error(errors_of({{"kind", "reach"}, {"followers", 500}, {"reach_rate_pct", {{"low", 30}, {"high", 10}}}}), "reach_rate_pct", "low_above_high"));
  CHECK(has_error(errors_of({{"kind", "reach"}, {"followers", 500}, {"impressions_per_reach", 0.5}}), "impressions_per_reach", "too_small"));
  CHECK(result_of({{"kind", "engagement"}, {"followers", 50000}, {"platform", "Twitter"}})["platform"] == "x");
  CHECK(has_error(errors_of({{"kind", "price"}, {"tier", "foo"}}), "tier", "unknown_tier"));
  CHECK(has_error(errors_of({{"kind", "reach"}, {"followers", 100}, {"tier", "foo"}}), "tier", "unknown_tier"));
}

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

TEST_CASE("every kind's result carries method and sources") {
  for (const json& request : {json{{"kind", "engagement"}, {"followers", 100}},
                              json{{"kind", "tier"}, {"followers", 100}},
                              json{{"kind", "cost"}, {"cost", 100}, {"cpm", 5}},
                              json{{"kind", "compare"}, {"budget", 100}, {"options", {{{"followers", 5}, {"engagement_rate_pct", 1}, {"price_per_post", 10}}}}},
                              json{{"kind", "reach"}, {"followers", 100}},
                              json{{"kind", "price"}, {"followers", 5000}},
                              json{{"kind", "benchmarks"}}}) {
    json r = result_of(request);
    CAPTURE(request.dump());
    CHECK(r["method"]["id"].is_string());
    CHECK(!r["method"]["formula"].get<std::string>().empty());
    CHECK((r["sources"].is_array() || r["sources"].is_object()));
  }
}
