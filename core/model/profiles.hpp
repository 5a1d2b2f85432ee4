// Creator profiles, as compare, simulate and plan read them from a request's list: what one such
// creator has and costs. RangedProfile is the one description of a profile: the simulations draw
// from it (montecarlo/draws.hpp) and the plan optimises over it.
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

// A creator profile whose figures may be ranges (a plain number n reads as n..n).
struct RangedProfile {
  std::string label;
  double followers = 0;        // the typical value of followers_range
  Range followers_range;       // a range only where ProfileNeeds::kFollowersRange allows one
  double posts = 1, max_count = INFINITY;  // max_count: max_creators (ProfileNeeds::kMaxCreators)
  double creators = 0;         // fixed number of creators; 0: as many as the budget buys
  std::string platform = "instagram", format = "post";
  std::optional<Range> engagement, price, cpm, reach, ctr, cvr, aov;
  // Set for the figures filled in from the dataset (ProfileNeeds::fill_currency).
  std::optional<Published> price_from, engagement_from, reach_from;

  // The followers to look published figures up for.
  FollowerRange band() const { return {followers_range.low, followers_range.high}; }
};

// The dataset's part in reading profiles: each profile's platform and format (checked against the
// dataset's platforms), and the figures it leaves out filled in from the published records (see
// ProfileNeeds::fill_currency). Reached only through ProfileNeeds::published, which compare sets to
// kPublishedFigures: a module whose kinds never ask for it (the plan page's) links none of the
// dataset, its text or its lookups (12 KB gzipped).
struct PublishedFigures {
  void (*read_platform_format)(Reader& item, RangedProfile& p);
  void (*fill)(Reader& item, RangedProfile& p, const std::string& currency, const std::vector<ExchangeRate>& rates);
};
extern const PublishedFigures kPublishedFigures;

// What a kind's profiles may and must give. Every profile gives label, followers,
// posts_per_creator, price_per_post and the rates; rates missing on a profile are taken from the
// request's top level (shared by all profiles) when given there.
struct ProfileNeeds {
  // The inputs a kind's profiles may give (or how), beyond those: flags combined with |.
  enum Input : unsigned {
    kFollowersRange = 1u << 0,  // followers may be a range (compare, simulate)
    kCpmForPrice = 1u << 1,     // cpm, with a reach rate, in place of price_per_post (simulate)
    kPointPrice = 1u << 2,      // price_per_post must be a number, not a range (plan: the optimiser's cost)
    kMaxCreators = 1u << 3,     // max_creators: at most that many of the profile (plan)
    kFixedCreators = 1u << 4,   // creators: a fixed number instead of what the budget buys (compare)
  };
  // The rates every profile must have (the goal's, for plan): flags combined with |.
  enum Rate : unsigned { kEngagementRate = 1u << 0, kReachRate = 1u << 1, kCtrRate = 1u << 2, kCvrRate = 1u << 3 };

  unsigned inputs = 0;
  unsigned rates = kEngagementRate;
  bool accepts(Input input) const { return (inputs & input) != 0; }
  bool requires_rate(Rate rate) const { return (rates & rate) != 0; }
  // When set (compare: &kPublishedFigures): platform and format per profile, and with fill_currency
  // the figures left out filled in.
  const PublishedFigures* published = nullptr;
  // When set, with published (compare): price_per_post, engagement_rate_pct and reach_rate_pct left out are filled
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
