// Creator profiles, as compare, simulate and plan read them from a request's list: what one such
// creator has and costs.
#pragma once
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "fields.hpp"

namespace est {

// A profile whose rates may be ranges (simulate, plan; compare takes plain numbers, n = n..n).
struct RangedProfile {
  std::string label;
  double followers = 0, posts = 1, max_count = INFINITY;
  std::optional<Range> engagement, price, cpm, reach, ctr, cvr, aov;
};

// Which inputs a kind needs. Rates missing on a profile are taken from the request's top level
// (shared by all profiles) when given there.
struct ProfileNeeds {
  bool points = false;  // compare: every figure a plain number (ranges are simulate's)
  bool engagement = true, reach = false, ctr = false, cvr = false;
  bool price_is_point = false;  // plan: the price must be known, not a range
  bool cpm_instead_of_price = false, max_count = false;
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

// How many whole creators a budget buys at the given price (robust to 0.3 / 0.1 = 2.999...).
// Inline: the simulations call it in their innermost loop.
inline double creators_affordable(double budget, double price_per_creator) {
  return std::floor(budget / price_per_creator * (1 + 1e-12));
}

}  // namespace est
