// Is an engagement rate below, within or above its benchmark, or suspicious? Every threshold of
// the verdict lives here.
//  - suspiciously_low: under a quarter of the lowest benchmark figure, on an account of 10,000+
//    followers (a large following that hardly engages hints at bought or inactive followers);
//  - below / typical / above: under, within or over the band judged against: the published range,
//    or, when it rests on a single source, that range widened to the tolerance below;
//  - suspiciously_high: over three times the highest benchmark figure (bought likes, engagement
//    pods, giveaways, or one viral post).
#pragma once
#include "contract/fields.hpp"
#include "data/lookup.hpp"

namespace est {

inline constexpr double kSuspiciousLowFactor = 0.25;
inline constexpr double kSuspiciousLowMinFollowers = 10000;
inline constexpr double kSuspiciousHighFactor = 3;
// One source's figure is a single measurement, not a boundary: a rate within ±50% of it (from half
// to one and a half times the figure) counts as typical. A chosen tolerance, not a published one.
inline constexpr double kSingleSourceTolerance = 0.5;

struct Benchmark {
  Range range;
  bool single_source = false;  // rests on one source: judged with the tolerance above
};

// The band a rate is judged against (see the rules above).
Range judged_band(const Benchmark& benchmark);

// {rating, reasons: [sentences]}. suspicion=false limits the rating to below/typical/above.
json verdict(double rate_pct, const Benchmark& benchmark, double followers, bool suspicion);
// The same for a range the user gave (judged as published, no tolerance).
json verdict(double rate_pct, const Range& benchmark, double followers, bool suspicion);
// The same for a benchmark looked up in the dataset (single_source as the estimate says).
json verdict(double rate_pct, const Estimate& benchmark, double followers, bool suspicion);

}  // namespace est
