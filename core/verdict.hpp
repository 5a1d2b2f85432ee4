// Is an engagement rate below, within or above its benchmark, or suspicious?
//  - suspiciously_low: under a quarter of the lowest published figure, on an account of 10,000+
//    followers (a large following that hardly engages hints at bought or inactive followers);
//  - below / typical / above: under, within or over the published range;
//  - suspiciously_high: over three times the highest published figure (bought likes, engagement
//    pods, giveaways, or one viral post).
#pragma once
#include "fields.hpp"

namespace est {

inline constexpr double kSuspiciousLowFactor = 0.25;
inline constexpr double kSuspiciousLowMinFollowers = 10000;
inline constexpr double kSuspiciousHighFactor = 3;

// {rating, reasons: [sentences]}. suspicion=false limits the rating to below/typical/above.
json verdict(double rate_pct, const Range& benchmark, double followers, bool suspicion);

}  // namespace est
