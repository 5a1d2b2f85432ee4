// kind "simulate". Per trial and option: draw engagement rate, price (or CPM), reach rate, CTR,
// CVR and order value from PERT ranges, buy whole creators with the budget as compare does, and
// record creators, spend, reach, engagements, clicks, conversions, CPM, CPE, CPA and ROI.
// Quantiles come from 2,048-bin histograms, so memory stays small for a million trials: a pilot of
// 2,048 trials sets each histogram's span (its min..max, widened by half on each side); should a
// quantile fall outside that span, the histograms are rebuilt over the exact min..max in one more
// pass. Error ≤ span / 2048 (≤ 0.1% of the range of the values).
#include <algorithm>
#include <array>
#include <cmath>

#include "contract/kinds.hpp"
#include "contract/stepped.hpp"
#include "model/profiles.hpp"
#include "montecarlo/simulation.hpp"

namespace est {

Started start_simulate(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto budget = in.required("budget", rules::money);
  const auto trials = static_cast<std::size_t>(in.optional_or("trials", Simulation::kTrialsRule, Simulation::kDefaultTrials));
  const auto seed = static_cast<std::uint64_t>(in.optional_or("seed", rules::seed, kDefaultSeed));
  ProfileNeeds needs;
  needs.inputs = ProfileNeeds::kFollowersRange | ProfileNeeds::kCpmForPrice;
  auto profiles = read_ranged_profiles(in, "options", "Option", needs);
  if (!budget || !profiles || !check_budget(errors, *budget, *profiles, "options")) return {};
  return {json(), Simulation::from_profiles(*profiles, *budget, trials, seed)};
}

std::unique_ptr<Simulation> Simulation::from_profiles(const std::vector<RangedProfile>& profiles, double budget,
                                                      std::size_t trials, std::uint64_t seed, double audience,
                                                      double extra_per_creator) {
  std::unique_ptr<Simulation> sim(new Simulation());
  sim->trials_ = trials;
  sim->seed_ = seed;
  sim->budget_ = budget;
  sim->audience_ = audience;
  sim->extra_ = extra_per_creator;
  sim->profiles_ = profiles;
  sim->draws_ = std::vector<ProfileDraws>(profiles.begin(), profiles.end());
  sim->pilot_ = std::min<std::size_t>(sim->trials_, kPilot);
  sim->stats_.assign(profiles.size(), std::vector<Stats>(kMetrics));
  sim->wins_.assign(profiles.size(), {});
  return sim;
}

json Simulation::result() const {
  json options = json::array();
  json best = json::object();
  for (std::size_t i = 0; i < profiles_.size(); ++i) {
    json o{{"label", profiles_[i].label}};
    for (int k = 0; k < kMetrics; ++k) {
      const Stats& s = stats_[i][k];
      if (s.count == 0) continue;
      json m = json::object();
      const char* keys[] = {"p10", "p50", "p90"};
      for (int q = 0; q < 3; ++q) {
        double v = s.has_exact ? s.exact[q] : s.max > s.min ? quantile(s, kQuantiles[q]) : s.min;
        v = std::clamp(v, s.min, s.max);
        put(m, keys[q], k == kCreators ? std::round(v) : v);
      }
      put(m, "mean", s.sum / s.count);
      if (s.count < trials_) put(m, "defined_pct", 100.0 * s.count / trials_);
      o[kMetricTable[k].name] = std::move(m);
    }
    options.push_back(std::move(o));
  }
  for (int k = 0; k < kMetrics; ++k) {
    if (kMetricTable[k].better == 0) continue;
    json p = json::object();
    double total = 0;
    for (std::size_t i = 0; i < profiles_.size(); ++i) total += wins_[i][k];
    if (total == 0) continue;
    for (std::size_t i = 0; i < profiles_.size(); ++i) put(p, profiles_[i].label.c_str(), wins_[i][k] / trials_);
    best[kMetricTable[k].name] = std::move(p);
  }
  return {{"trials", trials_},
          {"seed", seed_},
          {"budget", budget_},
          {"options", std::move(options)},
          {"probability_best", std::move(best)},
          {"method", method("simulate@1",
                            "per trial: each range drawn from PERT(low, typical, high) (typical = middle if absent), then "
                            "compare's formulas; clicks = reach × ctr / 100; conversions = clicks × cvr / 100; cpa = spend / "
                            "conversions; roi_pct = (conversions × aov − spend) / spend × 100; price from a CPM = cpm × "
                            "followers × reach rate / 10⁵. p10/p50/p90 from 2,048-bin histograms; probability_best = share "
                            "of trials an option was best")}};
}

void Simulation::run() {
  while (done() < total()) step(1024);
}

json run_simulate(const json& request, Errors& errors) { return finish(start_simulate(request, errors)); }

}  // namespace est
