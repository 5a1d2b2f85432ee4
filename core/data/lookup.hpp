// Finding the dataset records that apply to a question and combining them into a range.
// Rules (also stated in each result's method text):
//  - platform: the platform's own records; records for "all" platforms only when it has none;
//  - followers: records whose published band overlaps the followers asked about (a point, a
//    range such as 10,000–50,000, or a tier's band in the standard scheme), never by tier name;
//    general records (no band) only when no banded one matches;
//  - records measured on brands' own accounts are not creator benchmarks and are skipped;
//  - format: feed formats (post, reel, video) share benchmarks, stories have their own; "any" fits all;
//  - combining: low = the lowest low, high = the highest high, typical = the median of the
//    central values (typical if published, else the middle of low..high) of the records of the
//    strongest grade present (measured > survey > rate_card > vendor_blog > article);
//  - records whose bands count something other than followers (Twitch viewers) never match.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "data/dataset.hpp"

namespace est {

// Followers asked about: a band low..high, or a point (low = high). high may be INFINITY.
struct FollowerRange {
  double low = 0;
  double high = 0;
  bool is_point() const { return low == high; }
};

struct Query {
  std::string metric;
  std::string platform;
  std::optional<double> followers;  // a point; the same as follower_range {followers, followers}
  std::string tier;         // when given (and no followers), the tier's band in the standard scheme
  std::string format;       // empty: any
  std::vector<std::string> denominators;  // empty: any
  std::optional<FollowerRange> follower_range = std::nullopt;  // a band (10,000–50,000); used instead of followers and tier
};

struct Estimate {
  std::string unit;  // percent, EUR, USD, ratio
  Range range;
  bool open_ended = false;  // the top is "or more"
  std::vector<const Record*> records;
  bool single_source = false;  // every record comes from one source: the verdict widens it (verdict.hpp)
  Grade grade = Grade::article;  // the strongest grade among the records
};

// One estimate per unit (prices come in EUR and USD); empty when no record applies.
// = combine(matching_records(query), the followers it scales per-followers rules by).
std::vector<Estimate> estimate(const Query& query);
std::vector<const Record*> matching_records(const Query& query);
std::vector<Estimate> combine(const std::vector<const Record*>& records, const std::optional<FollowerRange>& scale_by);
// The follower counts where some record's band starts or ends, ascending: for a point query
// between two neighbours, matching_records gives the same records (a roster of 10,000 creators
// looks them up once per band, not once per creator).
const std::vector<double>& band_edges();

// Whether a record's follower band overlaps the tier's band (tier_band), whatever tier name it carries.
bool tier_fits(const Record& record, const std::string& tier);

// The band of a tier name: the standard scheme's, else the first scheme naming it.
std::optional<FollowerRange> tier_band(const std::string& tier);
// The followers a query asks about: follower_range, else followers as a point, else the tier's band.
std::optional<FollowerRange> followers_asked(const Query& query);
// Whether a record's published band overlaps the followers asked about. A point must lie in the
// band; a range must share more than its edge (10,000–50,000 does not reach a band from 50,000).
bool band_overlaps(const Record& record, const FollowerRange& asked);

// The value of a record for the given followers: "per 10000 followers" figures scale.
Range scaled(const Record& record, std::optional<double> followers);
// The same over a range of followers (low scaled by the lowest, high by the highest).
Range scaled(const Record& record, const FollowerRange& followers);

// The estimate in one unit (a currency): from the platform's own records in that unit, else from
// the records for all platforms in it; nullopt when neither has one.
std::optional<Estimate> estimate_in(Query query, const std::string& unit);

// The queries of the price, engagement and reach kinds, shared with compare, which fills in the
// figures a visitor leaves out from the same records. tier: empty for the follower band; band: a
// follower range instead of the point followers.
Query price_query(const std::string& platform, std::optional<double> followers, const std::string& tier,
                  const std::string& format, std::optional<FollowerRange> band = std::nullopt);
Query engagement_query(const std::string& platform, std::optional<double> followers, const char* denominator = "followers",
                       std::optional<FollowerRange> band = std::nullopt);
Query reach_query(const std::string& platform, std::optional<double> followers, const std::string& tier,
                  const std::string& format, std::optional<FollowerRange> band = std::nullopt);

// {unit, low, typical, high, open_ended?, records: [ids], sources: [ids], grade, single_source?}
json to_json(const Estimate& estimate);
// The distinct source ids behind some records, in first-seen order.
json source_ids(const std::vector<const Record*>& records);
json record_ids(const std::vector<const Record*>& records);

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
// Reads an optional "format": post, story, reel or video.
std::optional<std::string> read_format(Reader& in, const char* fallback);

// The post formats a request may name.
inline constexpr const char* kFormats[] = {"post", "story", "reel", "video"};
// The currencies prices are published in (the units of price records).
inline constexpr const char* kCurrencies[] = {"EUR", "USD", "GBP"};
// Reads an optional currency field (one of kCurrencies); unknown_currency otherwise.
std::optional<std::string> read_currency(Reader& in, const std::string& name);

// A rate the visitor gives: `rate` units of the request's currency for one unit of `from`.
struct ExchangeRate {
  std::string from;
  double rate;
};
// Reads the optional "exchange_rates" object of the price and compare kinds: {"USD": 0.92} = 0.92
// units of `currency` for one USD. Never a default rate: only what the visitor typed. A rate needs
// the currency it converts into (currency missing otherwise).
std::vector<ExchangeRate> read_exchange_rates(Reader& in, const std::optional<std::string>& currency);

}  // namespace est
