// kind "simulate": the compare question with ranges instead of points, answered by Monte Carlo.
// A Simulation can run in steps, so a worker can report progress; evaluate() runs it at once.
// simulate.cpp reads the request and writes the result (small code); simulation.cpp runs the
// trials (fast code).
#pragma once
#include <array>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "contract/fields.hpp"
#include "contract/stepped.hpp"
#include "model/profiles.hpp"
#include "montecarlo/draws.hpp"
#include "montecarlo/random.hpp"

namespace est {

class Simulation final : public Trials {
 public:
  // From profiles already read and checked (simulate, compare, plan's bands), each alone with the
  // whole budget: its fixed creators, else as many as the budget buys up to its max_count, at its
  // price per post × posts + extra_per_creator each. audience: the universe of people for unique
  // reach (core/model/audience.hpp); 0: no unique reach.
  static std::unique_ptr<Simulation> from_profiles(const std::vector<RangedProfile>& profiles, double budget,
                                                   std::size_t trials, std::uint64_t seed, double audience = 0,
                                                   double extra_per_creator = 0);

  // Runs up to `trials` more trials: a pilot (histogram spans), then every trial.
  void step(std::size_t trials) override;
  std::size_t done() const override { return done_; }
  std::size_t total() const override { return pilot_ + trials_; }
  json result() const override;
  // Runs every trial that is left, in small steps: browsers compile a hot wasm function with their
  // optimising tier only for its next call, so one long call would run at baseline speed
  // throughout (about 4× slower).
  void run() override;

  // The request field "trials" of simulate and compare (the seed: rules::seed).
  static constexpr NumberRule kTrialsRule{1, false, 1e6, true};
  static constexpr double kDefaultTrials = 10000;

  // The simulated metrics. A new one: its enum value, its row in kMetricTable, its formula in
  // run_trial (simulation.cpp); the page shows it once web/i18n/ names it.
  static constexpr int kMetrics = 11;
  enum Metric { kCreators, kSpend, kReach, kEngagements, kClicks, kConversions, kCpm, kCpe, kCpa, kRoi, kUniqueReach };
  struct MetricInfo {
    const char* name;  // its key in the result
    int better;        // for the probability that an option is best: +1 more, -1 less, 0 not ranked
  };
  static constexpr MetricInfo kMetricTable[kMetrics] = {
      {"creators", 0}, {"spend", 0},  {"reach", +1}, {"engagements", +1}, {"clicks", +1},       {"conversions", +1},
      {"cpm", -1},     {"cpe", -1},   {"cpa", -1},   {"roi_pct", +1},     {"unique_reach", +1}};
  // The quantiles every band reports: p10, p50, p90.
  static constexpr double kQuantiles[] = {0.1, 0.5, 0.9};

 private:
  struct Stats {
    double min = INFINITY, max = -INFINITY, sum = 0;  // over all trials
    std::size_t count = 0;
    double lo = INFINITY, hi = -INFINITY;  // the histogram's span (from the pilot)
    double scale = 0;                      // bins per unit of value
    std::size_t under = 0, over = 0;       // values outside the span
    std::vector<std::uint32_t> bins;
    bool has_exact = false;  // when no histogram can hold the values (refine): the quantiles, sorted
    std::array<double, 3> exact{};
  };
  static constexpr int kBins = 2048;
  static constexpr std::size_t kPilot = 2048;
  // The q-quantile of a metric's histogram; NaN when it lies outside the histogram's span.
  static double quantile(const Stats& s, double q);
  // Empties the histogram over lo..hi. A span that cannot be cut into finite bins (NaN, reversed,
  // empty, infinitely wide or subnormally narrow) becomes none: lo = hi = ∞, so every value counts
  // as under and no bin index is ever computed from a NaN or an infinity; refine() then rebuilds.
  static void set_span(Stats& s, double lo, double hi);

  Simulation() = default;
  void run_trial(std::size_t trial, std::vector<std::array<double, kMetrics>>& out) const;
  void start_histograms();
  void add(Stats& s, double value) const;
  void refine();

  std::vector<RangedProfile> profiles_;  // each alone with the whole budget
  std::vector<ProfileDraws> draws_;      // [profile]
  std::vector<std::vector<Stats>> stats_;        // [option][metric]
  std::vector<std::array<double, kMetrics>> wins_;  // [option][metric]: trials it was best
  std::size_t trials_ = 0, pilot_ = 0, done_ = 0;
  bool refined_ = false;
  std::uint64_t seed_ = 1;
  double budget_ = 0;
  double audience_ = 0;  // 0: no unique reach
  double extra_ = 0;     // cost per creator on top of the posts
};

}  // namespace est
