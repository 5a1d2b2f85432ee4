// How many whole creators a budget buys: the one rounding rule of plan, compare, simulate and the
// optimiser.
#pragma once
#include <cmath>

namespace est {

// A quotient that should be whole but lands just below it in floating point (0.3 / 0.1 =
// 2.9999999999999996) is taken as whole: the relative slack allowed before rounding down.
inline constexpr double kWholeTolerance = 1e-12;

// How many whole creators a budget buys at the given price per creator.
// Inline: the simulations call it in their innermost loop.
inline double creators_affordable(double budget, double price_per_creator) {
  return std::floor(budget / price_per_creator * (1 + kWholeTolerance));
}

}  // namespace est
