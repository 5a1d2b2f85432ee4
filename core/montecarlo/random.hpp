// Random numbers for the simulations: counter-based (each draw is a hash of seed, trial and slot),
// so the same seed gives the same result however the trials are split into steps; and the PERT
// distribution on {low, typical, high}, sampled through a precomputed inverse-CDF table.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "model/range.hpp"

namespace est {

// A uniform draw in [0, 1) for (seed, trial, slot): splitmix64's finaliser over the key.
inline double uniform(std::uint64_t seed, std::uint64_t trial, std::uint64_t slot) {
  std::uint64_t x = seed ^ (trial * 0x9E3779B97F4A7C15ULL) ^ (slot * 0xD1B54A32D192ED03ULL);
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  x ^= x >> 31;
  return static_cast<double>(x >> 11) * 0x1.0p-53;
}

// The slots of the draws of one profile (option) i in a trial: i * kSlotsPerProfile + the figure's
// slot. simulate, compare and plan draw the same figure from the same slot.
inline constexpr std::uint64_t kSlotsPerProfile = 8;
enum DrawSlot : int { kDrawEngagement, kDrawReach, kDrawCtr, kDrawCvr, kDrawAov, kDrawPrice, kDrawFollowers };
inline std::uint64_t draw_slot(std::size_t profile, int slot) { return profile * kSlotsPerProfile + slot; }

// PERT(low, typical, high) with the usual weight 4 on the typical value: a Beta distribution
// stretched over low..high. Bounded by the published range and peaked at the typical value, it
// suits "2–4%, typically 3%" better than a triangle (which overweights the extremes) or a normal
// (which leaves the range). Without a typical value the middle is used (symmetric).
class Pert {
 public:
  explicit Pert(const Range& range);
  // u uniform in [0, 1). Inline: the simulation's innermost call.
  double sample(double u) const {
    if (!table_) return low_;
    const double at = u * kTable;
    const int i = at < kTable - 1 ? static_cast<int>(at) : kTable - 1;
    const double* q = table_->data();
    const double x = q[i] + (q[i + 1] - q[i]) * (at - i);
    return low_ + x * (high_ - low_);
  }
  double mean() const { return (low_ + 4 * mode_ + high_) / 6; }
  double low() const { return low_; }
  double high() const { return high_; }

  static constexpr int kTable = 1024;  // inverse-CDF points; interpolation error well under 0.1% of the range

 private:
  double low_, mode_, high_;
  // kTable + 1 points of Beta(a, b)'s inverse CDF over 0..1. It depends on the shape (a, b) alone,
  // so every Pert of the same shape shares one (options with the same ranges, rates shared by all).
  std::shared_ptr<const std::vector<double>> table_;
};

// The distribution of a figure that may be absent.
inline std::optional<Pert> pert_of(const std::optional<Range>& r) { return r ? std::optional<Pert>(Pert(*r)) : std::nullopt; }

}  // namespace est
