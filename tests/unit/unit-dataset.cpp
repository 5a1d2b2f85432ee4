// The cited dataset: every record complete, every range ordered, every citation resolvable.
#include <fstream>
#include <set>
#include <sstream>

#include "dataset.hpp"
#include "helpers.hpp"

namespace {
// The repository's file, with the notes and addresses the module leaves out.
const est::Dataset& full_file() {
  static const est::Dataset d = [] {
    std::ifstream in(DATASET_FILE);
    std::stringstream text;
    text << in.rdbuf();
    return est::parse_dataset(text.str());
  }();
  return d;
}
}  // namespace

namespace {
const std::set<std::string> kMetrics{"engagement_rate_pct", "reach_rate_pct", "price_per_post", "cpm", "ctr_pct", "roi"};
const std::set<std::string> kUnits{"percent", "EUR", "USD", "ratio"};
const std::set<std::string> kFormats{"post", "story", "reel", "video", "any"};
const std::set<std::string> kStatistics{"mean", "median", "range", "rule_of_thumb", "benchmark"};
const std::set<std::string> kPlatforms{"instagram", "tiktok", "youtube", "x", "facebook", "pinterest", "twitch", "linkedin"};
}  // namespace

TEST_CASE("the dataset parses and covers the eight platforms") {
  const est::Dataset& d = est::dataset();
  std::set<std::string> ids;
  for (const auto& p : d.platforms) ids.insert(p.id);
  CHECK(ids == kPlatforms);
  CHECK(d.records.size() > 50);
  CHECK(est::find_scheme("standard") != nullptr);
}

TEST_CASE("every record is complete, ordered and cited") {
  const est::Dataset& d = full_file();
  std::set<std::string> ids;
  for (const auto& r : d.records) {
    CAPTURE(r.id);
    CHECK(ids.insert(r.id).second);
    CHECK(kMetrics.count(r.metric) == 1);
    CHECK(kUnits.count(r.unit) == 1);
    CHECK(kFormats.count(r.format) == 1);
    CHECK(kStatistics.count(r.statistic) == 1);
    CHECK((kPlatforms.count(r.platform) == 1 || r.platform == "all"));
    CHECK(!r.denominator.empty());
    CHECK(d.sources.contains(r.source));
    CHECK(r.low >= 0);
    CHECK(r.low <= r.high);
    if (r.typical) CHECK((r.low <= *r.typical && *r.typical <= r.high));
    CHECK(r.min_followers >= 0);
    if (r.max_followers) CHECK(r.min_followers < *r.max_followers);
    const bool money = r.metric == "price_per_post" || r.metric == "cpm";
    CHECK(money == (r.unit == "EUR" || r.unit == "USD"));  // amounts keep their published currency
    if (r.metric == "ctr_pct") CHECK(!r.industry.empty());
  }
}

TEST_CASE("the module's copy holds the file's every figure and citation, without notes") {
  const auto& file = full_file();
  const auto& built = est::dataset();
  REQUIRE(file.records.size() == built.records.size());
  for (std::size_t i = 0; i < file.records.size(); ++i) {
    CHECK(file.records[i].id == built.records[i].id);
    CHECK(file.records[i].low == built.records[i].low);
    CHECK(file.records[i].high == built.records[i].high);
    CHECK(file.records[i].source == built.records[i].source);
    CHECK(built.records[i].note.empty());
  }
  CHECK(file.sources.size() == built.sources.size());
}

TEST_CASE("every source names publisher and title, and a year or why there is none") {
  for (const auto& item : full_file().sources.items()) {
    const json& s = item.value();
    CAPTURE(item.key());
    CHECK(!s.value("publisher", "").empty());
    CHECK(!s.value("title", "").empty());
    if (s.contains("year")) {
      CHECK(s["year"].get<int>() >= 2015);
      CHECK(s["year"].get<int>() <= 2026);
    } else {
      CHECK(s.value("note", "").find("not recorded") != std::string::npos);
    }
  }
}

TEST_CASE("tier schemes ascend and cite a source") {
  for (const auto& s : est::dataset().raw["tier_schemes"]) {
    CAPTURE(s["id"].get<std::string>());
    CHECK(est::dataset().sources.contains(s["source"].get<std::string>()));
    double previous = -1;
    for (const auto& t : s["tiers"]) {
      CHECK(t["min_followers"].get<double>() > previous);
      previous = t["min_followers"].get<double>();
    }
  }
}

TEST_CASE("platforms without a cited figure say so") {
  for (const auto& p : full_file().platforms) {
    bool has_records = false;
    for (const auto& r : est::dataset().records) has_records = has_records || r.platform == p.id;
    CAPTURE(p.id);
    if (!has_records) CHECK(!p.note.empty());
  }
}
