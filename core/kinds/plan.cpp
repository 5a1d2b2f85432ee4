// kind "plan": for a budget and a goal, the mix of creator profiles that achieves the most,
// exactly (see optimizer.hpp), with the next-best mixes, what one more unit of budget or one more
// allowed creator would add, and, when rates are ranges, the cautious mix that maximises the p10.
// With bands: true, also each profile alone with the whole budget, simulated (within its cap, at
// the request's seed), in the same answer; its trials run in steps (stepped.hpp).
#include <algorithm>
#include <cmath>

#include "contract/kinds.hpp"
#include "contract/stepped.hpp"
#include "model/optimizer.hpp"
#include "model/profiles.hpp"
#include "montecarlo/draws.hpp"
#include "montecarlo/random.hpp"
#include "montecarlo/simulation.hpp"

namespace est {
namespace {

// The goals, compared as enums in the trial loop; their names, and the rates each needs, in one table.
enum class Goal { reach, engagements, clicks, conversions };
constexpr const char* kGoalNames[] = {"reach", "engagements", "clicks", "conversions"};
constexpr unsigned kGoalRates[] = {ProfileNeeds::kReachRate, ProfileNeeds::kEngagementRate,
                                   ProfileNeeds::kReachRate | ProfileNeeds::kCtrRate,
                                   ProfileNeeds::kReachRate | ProfileNeeds::kCtrRate | ProfileNeeds::kCvrRate};
constexpr std::size_t kAlternatives = 5;  // the best and four next-best mixes
constexpr std::size_t kCautiousCandidates = 20;

// The goal per creator, from one draw of each rate (u: uniform per slot), or from the means.
// u holds one draw per slot kDrawEngagement..kDrawCvr (random.hpp), the slots simulate uses; the
// goal's rates are there (kGoalRates).
double goal_value(const RangedProfile& p, const ProfileDraws& d, Goal goal, const double* u) {
  auto v = [&](const std::optional<Pert>& rate, int k) { return u ? rate->sample(u[k]) : rate->mean(); };
  if (goal == Goal::engagements) return p.posts * p.followers * v(d.engagement, kDrawEngagement) / 100;
  const double reach = p.posts * p.followers * v(d.reach, kDrawReach) / 100;
  if (goal == Goal::reach) return reach;
  const double clicks = reach * v(d.ctr, kDrawCtr) / 100;
  return goal == Goal::clicks ? clicks : clicks * v(d.cvr, kDrawCvr) / 100;
}

json mix_json(const std::vector<RangedProfile>& profiles, const Mix& mix) {
  json out = json::array();
  for (std::size_t i = 0; i < profiles.size(); ++i) out.push_back({{"label", profiles[i].label}, {"creators", mix.counts[i]}});
  return out;
}

json plan_json(const std::vector<RangedProfile>& profiles, const Mix& mix) {
  double creators = 0;
  for (double n : mix.counts) creators += n;
  json out{{"mix", mix_json(profiles, mix)}, {"creators", creators}};
  put(out, "spend", mix.cost);
  put(out, "value", mix.value);
  return out;
}

}  // namespace

Started start_plan(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto budget = in.required("budget", rules::money);
  auto goal_name = in.text("goal", true);
  std::optional<Goal> goal;
  for (std::size_t g = 0; goal_name && g < std::size(kGoalNames); ++g) {
    if (*goal_name == kGoalNames[g]) goal = static_cast<Goal>(g);
  }
  if (goal_name && !goal) errors.add("goal", ErrorCode::unknown_goal, "goal must be reach, engagements, clicks or conversions.");
  const double max_total = in.optional_or("max_creators_total", NumberRule{1, false, kMaxCreators, true}, INFINITY);
  const double extra = in.optional_or("cost_per_creator", rules::money_or_zero, 0);
  const double trials = in.optional_or("trials", NumberRule{1, false, 100000, true}, 2000);
  const double seed = in.optional_or("seed", rules::seed, kDefaultSeed);
  const bool bands = in.flag("bands", false);
  const double bands_trials = in.optional_or("bands_trials", Simulation::kTrialsRule, Simulation::kDefaultTrials);
  const bool bands_unread = in.get("bands") && !in.get("bands")->is_boolean();  // its own error already
  if (in.get("bands_trials") && !bands && !bands_unread) {
    errors.add("bands_trials", ErrorCode::need_two_of, "bands_trials applies to the bands: give bands: true too.");
  }
  const Goal aim = goal.value_or(Goal::engagements);  // profiles are checked even without a goal
  ProfileNeeds needs;
  needs.inputs = ProfileNeeds::kPointPrice | ProfileNeeds::kMaxCreators;
  needs.rates = kGoalRates[static_cast<int>(aim)];
  auto read = read_ranged_profiles(in, "profiles", "Profile", needs);
  if (!read || !goal || !budget || !check_budget(errors, *budget, *read, "profiles", extra)) return {};
  if (!errors.empty()) return {};
  const std::vector<RangedProfile>& profiles = *read;
  const std::vector<ProfileDraws> draws(profiles.begin(), profiles.end());

  // A profile that adds nothing (a rate of 0) is never worth a creator: it may hold none. Left at
  // its cap, the search would count it down one creator at a time, up to a billion steps.
  std::vector<Item> knapsack;
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    const RangedProfile& p = profiles[i];
    const double value = goal_value(p, draws[i], *goal, nullptr);
    knapsack.push_back({p.price->low * p.posts + extra, value, value > 0 ? p.max_count : 0});  // the price is a number
  }

  const bool uncertain = std::any_of(draws.begin(), draws.end(), [](const ProfileDraws& d) {
    for (const auto* rate : {&d.engagement, &d.reach, &d.ctr, &d.cvr}) {
      if (*rate && (*rate)->high() > (*rate)->low()) return true;
    }
    return false;
  });
  Search search = best_mixes(knapsack, *budget, max_total, uncertain ? kCautiousCandidates : kAlternatives);
  // Every search records its first complete mix within one step per profile (none is counted down
  // without adding value); should that ever break, answer so rather than read an empty list.
  auto best_value = [&](double b, double m) {
    const Search s = best_mixes(knapsack, b, m, 1);
    return s.best.empty() ? NAN : s.best.front().value;
  };
  if (search.best.empty()) {
    errors.add("request", ErrorCode::internal_error, "The plan search ended without a mix.");
    return {};
  }
  const Mix& best = search.best.front();
  json out = plan_json(profiles, best);
  out["goal"] = kGoalNames[static_cast<int>(*goal)];
  out["budget"] = *budget;
  out["exact"] = search.exact;
  json alternatives = json::array();
  for (std::size_t k = 1; k < std::min(search.best.size(), kAlternatives); ++k) alternatives.push_back(plan_json(profiles, search.best[k]));
  out["alternatives"] = std::move(alternatives);
  // What one more unit of budget, or one more allowed creator, would add to the goal.
  json marginal = json::object();
  put(marginal, "budget_plus_1", best_value(*budget + 1, max_total) - best.value);
  if (std::isfinite(max_total)) put(marginal, "max_creators_total_plus_1", best_value(*budget, max_total + 1) - best.value);
  out["marginal"] = std::move(marginal);

  if (uncertain) {  // the mix with the best p10 among the best candidates by mean
    const std::size_t n = search.best.size(), t = static_cast<std::size_t>(trials);
    std::vector<std::vector<double>> outcomes(n, std::vector<double>(t));
    std::vector<double> per(profiles.size());
    for (std::size_t trial = 0; trial < t; ++trial) {
      for (std::size_t i = 0; i < profiles.size(); ++i) {
        double u[kDrawCvr + 1];
        for (int k = kDrawEngagement; k <= kDrawCvr; ++k) u[k] = uniform(static_cast<std::uint64_t>(seed), trial, draw_slot(i, k));
        per[i] = goal_value(profiles[i], draws[i], *goal, u);
      }
      for (std::size_t c = 0; c < n; ++c) {
        double v = 0;
        for (std::size_t i = 0; i < profiles.size(); ++i) v += search.best[c].counts[i] * per[i];
        outcomes[c][trial] = v;
      }
    }
    auto p10 = [&](std::size_t c) {
      auto& o = outcomes[c];
      std::sort(o.begin(), o.end());  // the same instantiation as lookup.cpp's: no extra code
      return o[t / 10];
    };
    std::size_t cautious = 0;
    double cautious_p10 = -INFINITY;
    std::vector<double> p10s(n);
    for (std::size_t c = 0; c < n; ++c) {
      p10s[c] = p10(c);
      if (p10s[c] > cautious_p10) cautious_p10 = p10s[c], cautious = c;
    }
    put(out, "value_p10", p10s[0]);
    json careful = plan_json(profiles, search.best[cautious]);
    put(careful, "value_p10", cautious_p10);
    out["cautious"] = std::move(careful);
  }
  out["method"] = method("plan@1",
                         "maximise Σ value × creators, Σ (price × posts + cost_per_creator) × creators ≤ budget, Σ "
                         "creators ≤ max_creators_total, whole creators: exact branch and bound. value per creator = "
                         "posts × followers × rate / 100 (× ctr / 100 for clicks, × cvr / 100 for conversions), rates at "
                         "their PERT mean (low + 4 × typical + high) / 6. cautious: of the 20 best mixes, the highest "
                         "p10 over the trials");
  if (!bands) return {std::move(out)};
  return {std::move(out), Simulation::from_profiles(profiles, *budget, static_cast<std::size_t>(bands_trials),
                                                    static_cast<std::uint64_t>(seed), 0, extra), "bands"};
}

json run_plan(const json& request, Errors& errors) { return finish(start_plan(request, errors)); }

}  // namespace est
