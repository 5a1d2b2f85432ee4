// Net reach under the independent-audience model, the one definition shared by overlap, compare
// and the simulation: each exposure (a creator's post) reaches a random part of one universe of
// people, independently of the others, so the share of the universe missed by all of them is the
// product of the shares each misses: unique = U × (1 − Π(1 − rᵢ/U)).
// Computed through log1p/expm1: a plain product loses the digits that matter when U is huge.
#pragma once
#include <cmath>

namespace est {

// log of the share of a universe that an exposure reaching `reach` people misses (reach ≤ universe).
inline double log_share_missed(double universe, double reach) { return std::log1p(-reach / universe); }

// People reached at least once, from the sum of log_share_missed over every exposure.
inline double reached_at_least_once(double universe, double log_missed) { return -universe * std::expm1(log_missed); }

// People reached at least once by `times` exposures of `reach` people each, within [reach, times × reach]
// (exact bounds the rounding may cross); 0 without exposures.
inline double unique_reach(double universe, double reach, double times) {
  if (!(times > 0)) return 0;
  const double unique = reached_at_least_once(universe, times * log_share_missed(universe, reach));
  return std::fmax(reach, std::fmin(unique, times * reach));
}

}  // namespace est
