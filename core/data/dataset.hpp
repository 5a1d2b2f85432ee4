// The cited benchmark dataset (data/benchmarks.json, compiled in). Parsed once on first use;
// the rest of the core only sees these structs.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/tiers.hpp"

namespace est {

// How strong a source is, strongest first: platform data with a stated sample, a survey, a rate
// card, a vendor's blog figure without a sample, an article that names no source.
enum class Grade { measured, survey, rate_card, vendor_blog, article };
// The grade of a source's "kind" text; article (the weakest) for anything else.
Grade grade_of(const std::string& kind);
const char* grade_name(Grade grade);

struct Record {
  std::string id, metric, platform, tier, format, unit, denominator, statistic, source, note, industry, quote;
  std::string band_unit = "followers";  // what min/max count: followers, or concurrent_viewers (Twitch)
  double min_followers = 0;
  std::optional<double> max_followers;  // none: open-ended band ("1M+")
  double low = 0, high = 0;
  std::optional<double> typical;  // only when published
  bool open_ended = false;        // the figure itself is open-ended ("$10K+")
  bool brand_accounts = false;    // measured on brands' own accounts, not creators: not a creator benchmark
  Grade grade = Grade::article;   // its source's grade

  bool band_holds(double followers) const {
    return followers >= min_followers && (!max_followers || followers < *max_followers);
  }
  bool band_is_general() const { return min_followers == 0 && !max_followers; }
};

struct Platform {
  std::string id, name, note;
};

struct Dataset {
  std::string version;
  std::string reviewed;  // the date every record was last checked against its source (YYYY-MM-DD)
  std::vector<Platform> platforms;
  std::vector<TierScheme> tier_schemes;
  std::vector<Record> records;
  nlohmann::json sources;  // id -> {publisher, title, kind, year | undated, sample, note, url}
  nlohmann::json raw;      // the whole file, for the "benchmarks" kind
};

// The dataset compiled into this build.
const Dataset& dataset();
// Parses dataset text (exposed for tests); throws nlohmann::json::exception when malformed.
Dataset parse_dataset(const std::string& text);

const Platform* find_platform(const std::string& id);
const TierScheme* find_scheme(const std::string& id);

}  // namespace est
