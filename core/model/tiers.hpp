// Follower tiers. Sources disagree on the bounds, so a scheme is data: a list of tiers with
// inclusive lower bounds, ascending.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "contract/fields.hpp"

namespace est {

struct Tier {
  std::string name;
  double min_followers;
};

struct TierScheme {
  std::string id;
  std::vector<Tier> tiers;  // ascending by min_followers
};

// The default scheme (from the dataset): nano, micro from 10,000, macro from 100,000, mega from 1M.
const TierScheme& standard_scheme();

// The tier holding followers, or nullopt when followers is below the scheme's lowest bound.
std::optional<std::string> tier_of(double followers, const TierScheme& scheme);

// Reads an optional "scheme" field: absent means the standard scheme; a text names a published
// scheme of the dataset ("later_fohr"); a list of {name, min_followers} is the user's own.
// Problems go to reader.errors().
std::optional<TierScheme> read_scheme(Reader& reader);

json to_json(const TierScheme& scheme);

}  // namespace est
