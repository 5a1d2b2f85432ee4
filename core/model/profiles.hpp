// Creator profiles, as compare, simulate and plan read them from a request's list: what one such
// creator has and costs.
#pragma once
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "contract/fields.hpp"
#include "data/lookup.hpp"
#include "model/affordable.hpp"

namespace est {

// Where a figure the visitor left out was filled in from: the published records (and their unit,
// e.g. the currency of a price).
struct Published {
  std::string unit;
  std::vector<const Record*> records;
  // Set when the published figure was in another currency, converted at the visitor's rate.
  std::optional<ExchangeRate> converted;
};

// A profile whose figures may be ranges (a plain number n reads as n..n).
struct RangedProfile {
  std::string label;
  double followers = 0;        // the typical value of followers_range
  Range followers_range;       // a range only where ProfileNeeds::followers_range allows one
  double posts = 1, max_count = INFINITY;
  double creators = 0;         // fixed number of creators; 0: as many as the budget buys
  std::string platform = "instagram", format = "post";
  std::optional<Range> engagement, price, cpm, reach, ctr, cvr, aov;
  // Set for the figures filled in from the dataset (ProfileNeeds::fill_currency).
  std::optional<Published> price_from, engagement_from, reach_from;

  // The followers to look published figures up for.
  FollowerRange band() const { return {followers_range.low, followers_range.high}; }
};

// Which inputs a kind needs. Rates missing on a profile are taken from the request's top level
// (shared by all profiles) when given there.
struct ProfileNeeds {
  bool engagement = true, reach = false, ctr = false, cvr = false;
  bool price_is_point = false;  // plan: the price must be known, not a range
  bool cpm_instead_of_price = false, max_count = false;
  bool followers_range = false;  // followers may be a range
  bool creators = false;         // a profile may fix its number of creators
  bool platform = false;         // a profile names its platform and format
  // When set (compare): price_per_post, engagement_rate_pct and reach_rate_pct left out are filled
  // in from the published records for the profile's platform, format and followers, prices in this
  // currency (or converted, see fill_rates) (the lookups of the price, engagement and reach kinds); a price or engagement rate
  // nothing is published for is a no_benchmark error, a reach rate is left out.
  std::optional<std::string> fill_currency;
  // The visitor's exchange rates into fill_currency: a price published only in another currency
  // is converted at one of them (never at a rate of our own).
  std::vector<ExchangeRate> fill_rates;
};

// Reads request[name] as a list of ranged profiles, labelled "<prefix> N" by default, unique.
// Returns nullopt when any problem was recorded.
std::optional<std::vector<RangedProfile>> read_ranged_profiles(Reader& in, const std::string& name, const char* prefix,
                                                               const ProfileNeeds& needs);

// More creators than exist: a price that buys them is a typo (or 1e-308).
inline constexpr double kMaxCreators = 1e9;

// Checks that the budget buys at least one creator of some profile, at its lowest price (plus
// extra per creator), and no more than kMaxCreators of any. Problems go to errors; false then.
bool check_budget(Errors& errors, double budget, const std::vector<RangedProfile>& profiles, const std::string& list,
                  double extra_per_creator = 0);

}  // namespace est
