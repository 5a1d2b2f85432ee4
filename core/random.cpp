#include "random.hpp"

#include <algorithm>
#include <cmath>

namespace est {
namespace {
constexpr int kGrid = 4096;   // integration steps for the CDF
constexpr int kTable = 1024;  // inverse-CDF points; interpolation error well under 0.1% of the range
}  // namespace

Pert::Pert(const Range& range) : low_(range.low), mode_(range.centre()), high_(range.high) {
  if (!(high_ > low_)) return;  // a point: every draw is low
  const double a = 1 + 4 * (mode_ - low_) / (high_ - low_);
  const double b = 1 + 4 * (high_ - mode_) / (high_ - low_);
  // CDF of Beta(a, b) on a grid, by the midpoint rule (exact enough for a ≥ 1, b ≥ 1).
  std::vector<double> cdf(kGrid + 1, 0.0);
  for (int i = 0; i < kGrid; ++i) {
    const double x = (i + 0.5) / kGrid;
    cdf[i + 1] = cdf[i] + std::pow(x, a - 1) * std::pow(1 - x, b - 1);
  }
  const double total = cdf[kGrid];
  quantiles_.resize(kTable + 1);
  int j = 0;
  for (int q = 0; q <= kTable; ++q) {
    const double target = total * q / kTable;
    while (j < kGrid && cdf[j + 1] < target) ++j;
    const double step = cdf[j + 1] - cdf[j];
    const double within = step > 0 ? (target - cdf[j]) / step : 0;
    quantiles_[q] = std::clamp((j + within) / kGrid, 0.0, 1.0);
  }
}

double Pert::sample(double u) const {
  if (quantiles_.empty()) return low_;
  const double at = u * kTable;
  const int i = std::min(static_cast<int>(at), kTable - 1);
  const double x = quantiles_[i] + (quantiles_[i + 1] - quantiles_[i]) * (at - i);
  return low_ + x * (high_ - low_);
}

}  // namespace est
