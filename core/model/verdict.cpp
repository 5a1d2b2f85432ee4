#include "model/verdict.hpp"

#include <algorithm>
#include <cmath>

namespace est {

namespace {
// Rates in the reasons at two decimals: 4184 / 80000 × 100 reads "5.23", not "5.2299999999999995".
std::string pct(double v) { return format_number(std::round(v * 100) / 100); }
}  // namespace

Range judged_band(const Benchmark& b) {
  if (!b.single_source) return b.range;
  const double centre = b.range.centre();
  return Range{std::min(b.range.low, centre * (1 - kSingleSourceTolerance)), centre,
               std::max(b.range.high, centre * (1 + kSingleSourceTolerance))};
}

json verdict(double rate, const Benchmark& benchmark, double followers, bool suspicion) {
  const Range b = judged_band(benchmark);
  const std::string range = pct(b.low) + "–" + pct(b.high) + "%";
  const std::string what = benchmark.single_source ? "the band around the single published figure (" +
                                                         pct(benchmark.range.centre()) + "% ± " + pct(kSingleSourceTolerance * 100) + "%), " + range
                                                   : "the benchmark range of " + range;
  const std::string r = pct(rate) + "%";
  std::string rating, reason;
  if (suspicion && rate < b.low * kSuspiciousLowFactor && followers >= kSuspiciousLowMinFollowers) {
    rating = "suspiciously_low";
    reason = r + " is under a quarter of the lowest benchmark rate (" + range + ") for an account this large: "
             "many followers may be bought or inactive.";
  } else if (rate < b.low) {
    rating = "below";
    reason = r + " is below " + what + ".";
  } else if (suspicion && rate > b.high * kSuspiciousHighFactor) {
    rating = "suspiciously_high";
    reason = r + " is over three times the highest benchmark rate (" + range + "): check for bought likes, "
             "engagement pods, giveaways or a single viral post.";
  } else if (rate > b.high) {
    rating = "above";
    reason = r + " is above " + what + ".";
  } else {
    rating = "typical";
    reason = r + " lies within " + what + ".";
  }
  return {{"rating", rating}, {"reasons", json::array({reason})}};
}

json verdict(double rate, const Range& b, double followers, bool suspicion) {
  return verdict(rate, Benchmark{b, false}, followers, suspicion);
}

json verdict(double rate, const Estimate& b, double followers, bool suspicion) {
  return verdict(rate, Benchmark{b.range, b.single_source}, followers, suspicion);
}

}  // namespace est
