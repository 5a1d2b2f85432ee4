#include "verdict.hpp"

namespace est {

json verdict(double rate, const Range& b, double followers, bool suspicion) {
  const std::string range = format_number(b.low) + "–" + format_number(b.high) + "%";
  const std::string r = format_number(rate) + "%";
  std::string rating, reason;
  if (suspicion && rate < b.low * kSuspiciousLowFactor && followers >= kSuspiciousLowMinFollowers) {
    rating = "suspiciously_low";
    reason = r + " is under a quarter of the lowest benchmark rate (" + range + ") for an account this large: "
             "many followers may be bought or inactive.";
  } else if (rate < b.low) {
    rating = "below";
    reason = r + " is below the benchmark range of " + range + ".";
  } else if (suspicion && rate > b.high * kSuspiciousHighFactor) {
    rating = "suspiciously_high";
    reason = r + " is over three times the highest benchmark rate (" + range + "): check for bought likes, "
             "engagement pods, giveaways or a single viral post.";
  } else if (rate > b.high) {
    rating = "above";
    reason = r + " is above the benchmark range of " + range + ".";
  } else {
    rating = "typical";
    reason = r + " lies within the benchmark range of " + range + ".";
  }
  return {{"rating", rating}, {"reasons", json::array({reason})}};
}

}  // namespace est
