#include "helpers.hpp"

TEST_CASE("standard scheme: lower bounds inclusive") {
  auto tier = [](double f) { return result_of({{"kind", "tier"}, {"followers", f}})["tier"].get<std::string>(); };
  CHECK(tier(1) == "nano");
  CHECK(tier(9999) == "nano");
  CHECK(tier(10000) == "micro");
  CHECK(tier(99999.5) == "micro");
  CHECK(tier(100000) == "macro");
  CHECK(tier(999999) == "macro");
  CHECK(tier(1000000) == "mega");
  CHECK(tier(1e10) == "mega");
}

TEST_CASE("the result names the scheme and its bounds") {
  json r = result_of({{"kind", "tier"}, {"followers", 5000}});
  CHECK(r["scheme"]["id"] == "standard");
  CHECK(r["scheme"]["tiers"].size() == 4);
  CHECK(r["scheme"]["tiers"][0]["max_followers"] == 10000);
  CHECK(!r["scheme"]["tiers"][3].contains("max_followers"));
}

TEST_CASE("a custom scheme replaces the default, in any order") {
  json scheme = json::array({{{"name", "mid"}, {"min_followers", 100000}},
                             {{"name", "micro"}, {"min_followers", 1000}},
                             {{"name", "macro"}, {"min_followers", 500000}}});
  json r = result_of({{"kind", "tier"}, {"followers", 2000}, {"scheme", scheme}});
  CHECK(r["tier"] == "micro");
  CHECK(r["scheme"]["id"] == "custom");
  CHECK(r["scheme"]["tiers"][0]["name"] == "micro");
  CHECK(result_of({{"kind", "tier"}, {"followers", 250000}, {"scheme", scheme}})["tier"] == "mid");
  CHECK(has_error(errors_of({{"kind", "tier"}, {"followers", 500}, {"scheme", scheme}}), "followers", "below_lowest_tier"));
}

TEST_CASE("bad schemes name the element and field") {
  CHECK(has_error(errors_of({{"kind", "tier"}, {"followers", 5}, {"scheme", json::array()}}), "scheme", "too_few"));
  CHECK(has_error(errors_of({{"kind", "tier"}, {"followers", 5}, {"scheme", "big"}}), "scheme", "unknown_scheme"));
  CHECK(has_error(errors_of({{"kind", "tier"}, {"followers", 5}, {"scheme", 42}}), "scheme", "not_a_list"));
  json e = errors_of({{"kind", "tier"}, {"followers", 5}, {"scheme", json::array({
      {{"name", "a"}, {"min_followers", 0}}, {{"name", "a"}, {"min_followers", 10}},
      {{"name", "b"}, {"min_followers", 0}}, {{"min_followers", -1}}, 7})}});
  CHECK(has_error(e, "scheme.1.name", "duplicate"));
  CHECK(has_error(e, "scheme.2.min_followers", "duplicate"));
  CHECK(has_error(e, "scheme.3.name", "missing"));
  CHECK(has_error(e, "scheme.3.min_followers", "must_be_non_negative"));
  CHECK(has_error(e, "scheme.4", "not_an_object"));
}
