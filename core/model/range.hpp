// A figure known as a range, and the interval arithmetic on it. Every formula the kinds apply to
// ranges is monotone in each input, so the low result takes each input's low (or, for a divisor,
// its high) and the high result the other end; typical comes from the typical inputs.
#pragma once
#include <optional>

namespace est {

// A plain number n reads as {low: n, typical: n, high: n}; typical absent: the middle.
struct Range {
  double low = 0;
  std::optional<double> typical;
  double high = 0;
  double centre() const { return typical ? *typical : (low + high) / 2; }
};

// r × k for a number k ≥ 0.
inline Range scaled(const Range& r, double k) { return {r.low * k, r.centre() * k, r.high * k}; }
// a × b for non-negative a and b.
inline Range times(const Range& a, const Range& b) { return {a.low * b.low, a.centre() * b.centre(), a.high * b.high}; }
// a / b for positive b: the low end divides by b's high.
inline Range divided(const Range& a, const Range& b) { return {a.low / b.high, a.centre() / b.centre(), a.high / b.low}; }

}  // namespace est
