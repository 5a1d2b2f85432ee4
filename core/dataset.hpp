// The cited benchmark dataset (data/benchmarks.json, compiled in). Parsed once on first use;
// the rest of the core only sees these structs.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "tiers.hpp"

namespace est {

struct Record {
  std::string id, metric, platform, tier, format, unit, denominator, statistic, source, note, industry;
  double min_followers = 0;
  std::optional<double> max_followers;  // none: open-ended band ("1M+")
  double low = 0, high = 0;
  std::optional<double> typical;  // only when published
  bool open_ended = false;        // the figure itself is open-ended ("$10K+")
  bool brand_accounts = false;    // measured on brands' own accounts, not creators: not a creator benchmark

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
  std::vector<Platform> platforms;
  std::vector<TierScheme> tier_schemes;
  std::vector<Record> records;
  nlohmann::json sources;  // id -> {publisher, title, year, sample, note, url}
  nlohmann::json raw;      // the whole file, for the "benchmarks" kind
};

// The dataset compiled into this build.
const Dataset& dataset();
// Parses dataset text (exposed for tests); throws nlohmann::json::exception when malformed.
Dataset parse_dataset(const std::string& text);

const Platform* find_platform(const std::string& id);
const TierScheme* find_scheme(const std::string& id);

}  // namespace est
