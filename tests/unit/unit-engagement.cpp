#include "helpers.hpp"

TEST_CASE("the source articles' example: 500 likes + 800 comments on 2,000 followers = 65%") {
  json r = result_of({{"kind", "engagement"}, {"followers", 2000}, {"likes", 500}, {"comments", 800}});
  CHECK(r["rate_by_followers_pct"].get<double>() == doctest::Approx(65));
  CHECK(r["engagements_per_post"].get<double>() == doctest::Approx(1300));
  CHECK(r["tier"] == "nano");
  CHECK(!r.contains("rate_by_reach_pct"));
  CHECK(r["method"]["id"] == "engagement_rate@3");
}

TEST_CASE("counts are totals over posts; every given denominator gets its rate") {
  json r = result_of({{"kind", "engagement"}, {"followers", 50000}, {"likes", 3000}, {"comments", 400},
                      {"shares", 100}, {"saves", 500}, {"posts", 4}, {"reach", 10000},
                      {"impressions", 20000}, {"views", 40000}});
  CHECK(r["engagements_per_post"].get<double>() == doctest::Approx(1000));
  CHECK(r["rate_by_followers_pct"].get<double>() == doctest::Approx(2));
  CHECK(r["rate_by_reach_pct"].get<double>() == doctest::Approx(10));
  CHECK(r["rate_by_impressions_pct"].get<double>() == doctest::Approx(5));
  CHECK(r["rate_by_views_pct"].get<double>() == doctest::Approx(2.5));
  CHECK(r["tier"] == "micro");
}

TEST_CASE("absent counts are zero") {
  json r = result_of({{"kind", "engagement"}, {"followers", 1000}});
  CHECK(r["rate_by_followers_pct"].get<double>() == 0);
}

TEST_CASE("bad engagement inputs are all reported at once, by field") {
  json e = errors_of({{"kind", "engagement"}, {"followers", 0}, {"likes", -3}, {"comments", "12"},
                      {"posts", 1.5}, {"reach", 0}, {"views", nullptr}, {"shares", 1e308}});
  CHECK(has_error(e, "followers", "must_be_positive"));
  CHECK(has_error(e, "likes", "must_be_non_negative"));
  CHECK(has_error(e, "comments", "not_a_number"));
  CHECK(has_error(e, "posts", "must_be_whole_number"));
  CHECK(has_error(e, "reach", "must_be_positive"));
  CHECK(has_error(e, "views", "not_a_number"));
  CHECK(has_error(e, "shares", "too_large"));
  CHECK(has_error(errors_of({{"kind", "engagement"}}), "followers", "missing"));
  CHECK(has_error(errors_of({{"kind", "engagement"}, {"followers", 10}, {"posts", 0}}), "posts", "too_small"));
}

TEST_CASE("the largest allowed inputs still give finite results") {
  json r = result_of({{"kind", "engagement"}, {"followers", 1e10}, {"likes", 1e12}, {"comments", 1e12},
                      {"shares", 1e12}, {"saves", 1e12}, {"reach", 1e13}});
  CHECK(all_finite(r));
  // Less than one follower is no account: refused, so no rate silently goes missing.
  CHECK(has_error(errors_of({{"kind", "engagement"}, {"followers", 1e-300}, {"likes", 1e12}}), "followers", "too_small"));
  CHECK(has_error(errors_of({{"kind", "cost"}, {"cost", 1e12}, {"impressions", 1e-300}}), "impressions", "too_small"));
  CHECK(has_error(errors_of({{"kind", "cost"}, {"cost", 0.001}, {"impressions", 100}}), "cost", "too_small"));
}

// Issue 9, single-figure benchmarks: TikTok at 80,000 followers rests on one published figure
// (PostAffiliatePro's 8.7%); a rate within the tolerance of verdict.hpp is typical, not "below".
TEST_CASE("a benchmark resting on one source says so and is judged with the documented tolerance") {
  json r = result_of({{"kind", "engagement"}, {"followers", 80000}, {"likes", 4184}, {"platform", "tiktok"}});  // 5.23%
  CHECK(r["rate_by_followers_pct"].get<double>() == doctest::Approx(5.23));
  CHECK(r["benchmark"]["single_source"] == true);
  CHECK(r["benchmark"]["low"].get<double>() == doctest::Approx(8.7));
  CHECK(r["verdict"]["rating"] == "typical");
  CHECK(r["verdict"]["reasons"][0].get<std::string>().find("single published figure") != std::string::npos);
  json low = result_of({{"kind", "engagement"}, {"followers", 80000}, {"likes", 3200}, {"platform", "tiktok"}});  // 4%
  CHECK(low["verdict"]["rating"] == "below");
  // Several sources: no tolerance, no flag.
  json ig = result_of({{"kind", "engagement"}, {"followers", 30000}, {"likes", 600}});
  CHECK(!ig["benchmark"].contains("single_source"));
}

// Issue 9, defaults prefer the strongest grade: the typical value comes from the measured records
// only, while the range still spans every source.
TEST_CASE("typical comes from the strongest grade present, the range from every record") {
  json r = result_of({{"kind", "engagement"}, {"followers", 30000}, {"likes", 600}});
  CHECK(r["benchmark"]["grade"] == "measured");
  // Measured for 20K-100K Instagram: HypeAuditor 2018 mean 1.62% and median 2.63% -> median 2.125.
  CHECK(r["benchmark"]["typical"].get<double>() == doctest::Approx(2.125));
  CHECK(r["benchmark"]["low"].get<double>() == doctest::Approx(0.54));  // HypeAuditor 2026 (vendor_blog) still widens it
}

// Issue 9, empty platforms: LinkedIn engagement by tier, per follower and per impression.
TEST_CASE("LinkedIn gets a benchmark by followers and, with impressions, by impressions") {
  json r = result_of({{"kind", "engagement"}, {"followers", 20000}, {"likes", 700}, {"impressions", 30000}, {"platform", "linkedin"}});
  REQUIRE(r.contains("benchmark"));
  CHECK(r["benchmark"]["low"].get<double>() == doctest::Approx(2.51));
  CHECK(r["benchmark"]["high"].get<double>() == doctest::Approx(5.64));
  REQUIRE(r.contains("benchmark_by_impressions"));
  CHECK(r["verdict_by_impressions"]["rating"].is_string());
  CHECK(r["sources"].size() >= 2);
}

// Verdicts against the published benchmarks (core/data/benchmarks.json).
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

TEST_CASE("engagement: a platform is read as people write it") {
  CHECK(result_of({{"kind", "engagement"}, {"followers", 50000}, {"platform", "Twitter"}})["platform"] == "x");
}
