// Dataset lookups by follower-band overlap: a point, a range (low..high) or a tier's band.
#include <algorithm>

#include "helpers.hpp"
#include "data/lookup.hpp"
#include "model/verdict.hpp"

namespace {
bool uses(const est::Estimate& e, const std::string& id) {
  return std::any_of(e.records.begin(), e.records.end(), [&](const est::Record* r) { return r->id == id; });
}
est::Query engagement_query(const std::string& platform) {
  est::Query q;
  q.metric = "engagement_rate_pct";
  q.platform = platform;
  q.denominators = {"followers"};
  return q;
}
}  // namespace

TEST_CASE("a follower range selects every record whose band overlaps it, not those it only touches") {
  est::Query q = engagement_query("instagram");
  q.follower_range = est::FollowerRange{10000, 50000};
  auto found = est::estimate(q);
  REQUIRE(!found.empty());
  for (const est::Record* r : found.front().records) {
    INFO(r->id);
    CHECK(r->min_followers < 50000);  // a band starting at 50,000 only touches the range's edge
    CHECK((!r->max_followers || *r->max_followers > 10000));
  }
  // A point is a range with low = high: the same records as a plain follower count.
  est::Query point = engagement_query("instagram");
  point.followers = 30000;
  est::Query as_range = engagement_query("instagram");
  as_range.follower_range = est::FollowerRange{30000, 30000};
  REQUIRE(!est::estimate(point).empty());
  CHECK(est::estimate(point).front().records == est::estimate(as_range).front().records);
}

TEST_CASE("a range spanning two tiers gets the records of both") {
  est::Query low = engagement_query("instagram");
  low.followers = 20000;
  est::Query high = engagement_query("instagram");
  high.followers = 500000;
  est::Query both = engagement_query("instagram");
  both.follower_range = est::FollowerRange{20000, 500000};
  const auto wide = est::estimate(both).front();
  for (const auto& part : {est::estimate(low).front(), est::estimate(high).front()}) {
    for (const est::Record* r : part.records) CHECK(uses(wide, r->id));
  }
}

TEST_CASE("per-followers rules scale over a range, low by its lowest and high by its highest count") {
  est::Query q;
  q.metric = "price_per_post";
  q.platform = "instagram";
  q.denominators = {"post"};
  q.follower_range = est::FollowerRange{10000, 50000};
  for (const auto& e : est::estimate(q)) {
    for (const est::Record* r : e.records) {
      if (r->denominator != "10000 followers") continue;
      const est::Range v = est::scaled(*r, *q.follower_range);
      CHECK(v.low == doctest::Approx(r->low));
      CHECK(v.high == doctest::Approx(r->high * 5));
    }
  }
}

TEST_CASE("a tier's band comes from the standard scheme, else the scheme that names it") {
  REQUIRE(est::tier_band("macro"));
  CHECK(est::tier_band("macro")->low == 100000);
  CHECK(est::tier_band("macro")->high == 1000000);
  REQUIRE(est::tier_band("mid"));  // Later x Fohr only
  CHECK(est::tier_band("mid")->low == 100000);
  CHECK(!std::isfinite(est::tier_band("mega")->high));
  CHECK(!est::tier_band("giant"));
}

TEST_CASE("a single-source benchmark is judged with the tolerance of verdict.hpp, a user's range without") {
  const est::Range figure{8.7, 8.7, 8.7};
  const est::Range band = est::judged_band(est::Benchmark{figure, true});
  CHECK(band.low == doctest::Approx(8.7 * (1 - est::kSingleSourceTolerance)));
  CHECK(band.high == doctest::Approx(8.7 * (1 + est::kSingleSourceTolerance)));
  CHECK(est::verdict(5.23, est::Benchmark{figure, true}, 80000, true)["rating"] == "typical");
  CHECK(est::verdict(5.23, figure, 80000, true)["rating"] == "below");  // the user's own range: as given
  CHECK(est::verdict(4, est::Benchmark{figure, true}, 80000, true)["rating"] == "below");
}
