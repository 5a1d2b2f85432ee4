// Finding the dataset records that apply to a question and combining them into a range.
// Rules (also stated in each result's method text):
//  - platform: the platform's own records; records for "all" platforms only when it has none;
//  - followers: records whose published band holds them; general records (no band) only when
//    no banded one matches; with a tier, the records published for that tier instead;
//  - records measured on brands' own accounts are not creator benchmarks and are skipped;
//  - format: feed formats (post, reel, video) share benchmarks, stories have their own; "any" fits all;
//  - combining: low = the lowest low, high = the highest high, typical = the median of the
//    records' central values (typical if published, else the middle of low..high).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "dataset.hpp"

namespace est {

struct Query {
  std::string metric;
  std::string platform;
  std::optional<double> followers;
  std::string tier;         // when given, selects the band instead of followers
  std::string format;       // empty: any
  std::vector<std::string> denominators;  // empty: any
  std::string industry;     // empty: any
};

struct Estimate {
  std::string unit;  // percent, EUR, USD, ratio
  Range range;
  bool open_ended = false;  // the top is "or more"
  std::vector<const Record*> records;
};

// One estimate per unit (prices come in EUR and USD); empty when no record applies.
// = combine(matching_records(query), query.followers).
std::vector<Estimate> estimate(const Query& query);
std::vector<const Record*> matching_records(const Query& query);
std::vector<Estimate> combine(const std::vector<const Record*>& records, std::optional<double> followers);
// The follower counts where some record's band starts or ends, ascending: for follower counts
// between two neighbours, matching_records gives the same records (a roster of 10,000 creators
// looks them up once per band, not once per creator).
const std::vector<double>& band_edges();

// Whether a record was published for this tier, or its band lies inside the tier's standard band.
bool tier_fits(const Record& record, const std::string& tier);

// The value of a record for the given followers: "per 10000 followers" figures scale.
Range scaled(const Record& record, std::optional<double> followers);

// {unit, low, typical, high, open_ended?, records: [ids], sources: [ids]}
json to_json(const Estimate& estimate);
// The distinct source ids behind some records, in first-seen order.
json source_ids(const std::vector<const Record*>& records);
json record_ids(const std::vector<const Record*>& records);

// The questions the kinds ask of the dataset, defined once: published engagement rates by followers
// (the verdict's benchmark), prices per post (per-collaboration prices left out) and reach rates,
// for a platform and a follower count or tier.
Query engagement_query(const std::string& platform, std::optional<double> followers);
Query price_query(const std::string& platform, std::optional<double> followers, const std::string& tier, const std::string& format);
Query reach_query(const std::string& platform, std::optional<double> followers, const std::string& tier, const std::string& format);

// The published engagement rates by followers for the platform and size (what the engagement
// verdict is measured against); nullopt when the platform has none.
std::optional<Estimate> engagement_benchmark(const std::string& platform, double followers);

// A platform id from its name as people write it: case-insensitive, spaces ignored, "twitter" is
// x, and the common short forms (ig, insta, tt, yt, fb). nullopt for an unknown platform.
std::optional<std::string> platform_id(const std::string& text);
// "instagram, tiktok, ...": the known platform ids, for messages.
std::string platform_ids();

// Reads an optional "platform": a known id (case-insensitive; "twitter" means x). Records an
// unknown_platform error otherwise. fallback when absent.
std::optional<std::string> read_platform(Reader& in, const char* fallback);
// Reads an optional "tier" (a name from the dataset's schemes); unknown_tier otherwise.
std::optional<std::string> read_tier(Reader& in);
// Reads an optional currency field (EUR, USD or GBP); unknown_currency otherwise.
std::optional<std::string> read_currency(Reader& in, const std::string& name);
// Reads an optional "format": post, story, reel or video.
std::optional<std::string> read_format(Reader& in, const char* fallback);

}  // namespace est
