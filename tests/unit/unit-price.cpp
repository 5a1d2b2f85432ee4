// kind "price": published prices per currency, converted only at the visitor's rate.
#include "helpers.hpp"

namespace {
bool ordered(const json& range) {
  return range["low"].get<double>() <= range["typical"].get<double>() && range["typical"].get<double>() <= range["high"].get<double>();
}
}  // namespace

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

TEST_CASE("price: a tier, when given, picks the published band instead of the follower count") {
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

TEST_CASE("price: inputs are validated") {
  json e = errors_of({{"kind", "price"}, {"platform", "myspace"}, {"format", "hologram"}, {"currency", "BTC"}});
  CHECK(has_error(e, "platform", "unknown_platform"));
  CHECK(has_error(e, "format", "unknown_format"));
  CHECK(has_error(e, "currency", "unknown_currency"));
  CHECK(has_error(e, "followers", "missing"));
  CHECK(has_error(errors_of({{"kind", "price"}, {"followers", 5000}, {"exchange_rates", {{"USD", -1}}}}), "exchange_rates.USD", "must_be_positive"));
  CHECK(has_error(errors_of({{"kind", "price"}, {"tier", "foo"}}), "tier", "unknown_tier"));
}
