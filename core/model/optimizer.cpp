#include "model/optimizer.hpp"

#include <algorithm>
#include <cmath>

#include "model/affordable.hpp"
#include "model/small_sort.hpp"

namespace est {
namespace {

// Steps of the search before it settles for the best found (exact = false). Real plans need a few
// thousand; this bounds pathological ones (many near-identical profiles) to well under a second.
constexpr std::size_t kWorkLimit = 2'000'000;
// What the searches with a floor (see The floor) may take together before the plain search: a
// quarter, so a pathological plan takes at most 25% longer than the plain search alone.
constexpr std::size_t kFloorWorkLimit = kWorkLimit / 4;

// Indices by key, highest first; ties by tie (highest first), then by index.
std::vector<std::size_t> order_by(const std::vector<double>& key, const std::vector<double>& tie) {
  return stable_order(key.size(), [&](std::size_t x, std::size_t y) {
    return key[x] != key[y] ? key[x] > key[y] : tie[x] > tie[y];
  });
}

// The joint bound sorts what is left at each step (quadratic): only for short remainders, where
// it pays; without it the search is as exact, only longer.
constexpr std::size_t kJointBoundItems = 64;

// The exact joint bound by its dual points (see Dual) for the last kDualItems profiles: a plan has
// at most 20, so every depth of a plan; a roster's long list only at its end (the table is
// quadratic in the profiles left: ~300 points for 20).
constexpr std::size_t kDualItems = 20;

// The floor. The plain search meets the mixes in its order and keeps one while it beats the
// worst kept by a relative 1e-9; its threshold rises slowly (about a thousand mixes kept and
// dropped again on a plan of 20 profiles with a creator cap), and its bounds prune only against
// that threshold. Given a cutoff at or below the keep-th best value, the same search keeping only
// mixes of at least the cutoff keeps exactly the mixes the plain one ends with, provided it met no
// mix just below the cutoff (within 2e-9, more than the record rule's 1e-9) while it held fewer
// than `keep`: a mix below the cutoff is one the plain search keeps only for a while, and with
// that gap it never decides whether a mix from the cutoff up is kept (the plain search's list,
// restricted to mixes from the cutoff up, is this one's at every step). So the search runs with
// cutoffs a little below an upper bound on the best mix, lower each time, pruning at a floor 2e-9
// below the cutoff: settled when it keeps `keep` mixes and met none between floor and cutoff;
// otherwise the next step, and in the end the plain search. tests/unit/unit-optimizer.cpp checks
// it against every mix in the search's order, cutoffs just above mixes included.
constexpr double kFloorSteps[] = {1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 1e-2, 2e-2, 5e-2, 0.1, 0.2, 0.5};

// A point (lambda, mu) >= 0 of the dual of the joint linear programme of the profiles from some
// depth on, with gamma = the sum over them of max_count * max(0, value - lambda * cost - mu). By
// weak duality, lambda * budget + mu * slots + gamma bounds what they can add within any budget
// and slots: affine in both, so along a loop over one profile's count n it is affine in n, and
// one point rules out a whole run of counts at once. The least over every vertex of the dual
// (pairs of profiles, and each with an axis) is the linear programme's optimum itself.
struct Dual {
  double lambda, mu, gamma;
};

class BranchAndBound {
 public:
  BranchAndBound(const std::vector<Item>& items, double max_total, std::size_t keep, const std::vector<double>& groups)
      : items_(items), max_total_(max_total), keep_(keep), counts_(items.size(), 0), group_left_(groups), scratch_(items.size()) {
    std::vector<double> density, value;
    for (const Item& it : items) density.push_back(it.value / it.cost), value.push_back(it.value);
    order_ = order_by(density, value);
    // For the count bound: every profile by value per creator, and each one's depth in order_
    // (O(n) memory: a roster may hold 10,000 creators).
    by_value_ = order_by(value, value);
    depth_.resize(items.size());
    for (std::size_t d = 0; d < order_.size(); ++d) depth_[order_[d]] = d;
    best_rest_value_.assign(order_.size(), 0);
    for (std::size_t j = order_.size() - 1; j > 0; --j) {
      best_rest_value_[j - 1] = std::max(best_rest_value_[j], items[order_[j]].value);
    }
    // The count fill inside joint_prunes runs only on the last kJointBoundItems profiles: this
    // list (by value) keeps it as short, however long the roster.
    for (std::size_t i : by_value_) {
      if (depth_[i] + kJointBoundItems >= order_.size()) tail_by_value_.push_back(i);
    }
    least_cost_from_.assign(order_.size() + 1, INFINITY);
    for (std::size_t j = order_.size(); j > 0; --j) least_cost_from_[j - 1] = std::min(least_cost_from_[j], items[order_[j - 1]].cost);
    // With a creator cap, the budget and count bounds each miss what binds jointly.
    if (std::isfinite(max_total)) {
      duals_.resize(order_.size());
      for (std::size_t d = order_.size() > kDualItems ? order_.size() - kDualItems : 0; d < order_.size(); ++d) duals_[d] = dual_points(d);
    }
  }

  // First with a floor just below an upper bound on the best mix, lowered until the search finds
  // `keep` mixes above it (see The floor); then, should no floor settle it, the plain search.
  Search run(double budget) {
    const double top = root_bound(budget);
    std::size_t nodes = 0;
    limit_ = kFloorWorkLimit;
    for (double below : kFloorSteps) {
      const double cutoff = top * (1 - below);
      if (!(cutoff > 0) || !std::isfinite(cutoff)) break;
      const bool settled = run_above(budget, cutoff);
      nodes += result_.nodes;
      if (settled) {
        result_.nodes = nodes;
        return std::move(result_);
      }
      const bool limit = !result_.exact;
      result_ = Search{};
      if (limit) break;
    }
    cutoff_ = floor_ = -INFINITY;
    work_ = 0;
    limit_ = kWorkLimit;
    search(0, budget, max_total_, 0, 0);
    result_.nodes += nodes;
    return std::move(result_);
  }

  // The search with one floor (see The floor): true when it settles the search (result_ then holds
  // the plain search's answer).
  bool run_above(double budget, double cutoff) {
    cutoff_ = cutoff;
    floor_ = cutoff - 2e-9 * std::max(1.0, std::fabs(cutoff));
    band_hit_ = false;
    search(0, budget, max_total_, 0, 0);
    return result_.exact && !band_hit_ && result_.best.size() == keep_;
  }

  Search take() { return std::move(result_); }

 private:
  double cap(std::size_t i, double budget, double slots) const {
    const double group = group_left_.empty() ? INFINITY : group_left_[items_[i].group];
    return std::max(0.0, std::min({items_[i].max_count, creators_affordable(budget, items_[i].cost), slots, group}));
  }

  // Upper bounds on what the profiles from depth j on can add: with the budget alone (a linear
  // programme solved greedily by value per unit of cost), and with the creator count alone.
  // Every step of a bound counts against the work limit too (long rosters make long bounds).
  double budget_bound(std::size_t j, double budget) {
    double bound = 0;
    for (std::size_t d = j; d < order_.size() && budget > 0; ++d) {
      ++work_;
      const Item& it = items_[order_[d]];
      const double n = std::min(it.max_count, budget / it.cost);
      bound += n * it.value;
      budget -= n * it.cost;
    }
    return bound;
  }

  // *spend: what the creators it counts cost (within the budget, it is the joint bound too).
  double count_bound(std::size_t j, double slots, double* spend) {
    std::size_t steps = 0;
    const double bound = count_fill(by_value_, j, slots, spend, &steps);
    work_ += steps;
    return bound;
  }

  double count_fill(const std::vector<std::size_t>& by_value, std::size_t j, double slots, double* spend,
                    std::size_t* steps) const {
    double bound = 0, cost = 0;
    for (std::size_t i : by_value) {
      if (slots <= 0) break;
      ++*steps;
      if (depth_[i] < j) continue;
      const double n = std::min(items_[i].max_count, slots);
      bound += n * items_[i].value;
      cost += n * items_[i].cost;
      slots -= n;
    }
    *spend = cost;
    return bound;
  }

  // True when the profiles from depth j on cannot add more than `need` with both the budget and
  // the creator count (slots; spend: what count_bound's creators cost). The budget caps the count
  // too: the rest buy at most budget / (their least cost) creators. With near-identical profiles
  // that is what binds (fewer of the best profile frees money for about as many creators of the
  // others, never more), where the budget bound alone lets the search count every mix down. A
  // bound only (it never stops the loop over n: a smaller n frees money for more creators), and
  // not counted as work, so that every search exact before it stays exact.
  bool joint_prunes(std::size_t j, double budget, double slots, double spend, double need, double known) const {
    const double implied = std::floor(budget / least_cost_from_[j] * (1 + 1e-9));
    if (implied < slots) {
      known = NAN;  // the dual points' bound was for more slots
      std::size_t steps = 0;
      if (count_fill(tail_by_value_, j, implied, &spend, &steps) <= need) return true;
      slots = implied;
    }
    // The count bound's creators within the budget: that is the joint optimum, and it did not prune.
    if (!std::isfinite(slots) || spend <= budget) return false;
    if (j < duals_.size() && !duals_[j].empty()) {
      // The same linear programme by its dual points: exact and far faster than the bisection,
      // which only runs where the two could disagree by rounding.
      double least = known;
      if (std::isnan(least)) {
        least = INFINITY;
        for (const Dual& p : duals_[j]) least = std::min(least, p.lambda * std::max(0.0, budget) + p.mu * slots + p.gamma);
      }
      const double margin = 1e-9 * std::max(1.0, std::fabs(need) + std::fabs(least));
      if (least <= need - margin) return true;
      if (least > need + margin) return false;
    }
    return joint_bound_below(j, budget, slots, need);
  }

  // The linear programme with both limits at once (budget and creator count), which the two bounds
  // above each relax: by Lagrangian duality over the count, for every μ ≥ 0
  //   bound(μ) = μ · slots + (budget bound with each creator's value lowered by μ)
  // is an upper bound, and the least over μ is the LP optimum. bound(μ) is convex, its slope is
  // slots minus the creators the greedy takes, so bisection on that slope finds the least; it stops
  // as soon as some μ proves the branch cannot beat `need`. True when the branch can be pruned.
  bool joint_bound_below(std::size_t j, double budget, double slots, double need) const {
    // The rest in order of value per unit of cost (μ = 0); each μ re-sorts it from the last order,
    // which changes little between steps (insertion sort: close to linear on a nearly sorted list).
    std::size_t* rest = scratch_.data();
    std::size_t n = 0;
    double high = 0;
    for (std::size_t d = j; d < order_.size(); ++d) {
      rest[n++] = order_[d];
      high = std::max(high, items_[order_[d]].value);
    }
    double low = 0;
    for (int step = 0; step < 24; ++step) {
      const double mu = step == 0 ? 0 : (low + high) / 2;
      double taken = 0;
      const double lowered = lowered_budget_bound(rest, n, budget, mu, &taken);
      if (mu * slots + lowered <= need) return true;
      // The greedy's creators within the count: a point of the LP itself, so its value is at most
      // the LP optimum; above need, no μ can prune (at μ = 0: the count does not bind).
      if (taken <= slots && lowered + mu * taken > need) return false;
      if (step == 0 && taken <= slots) return false;
      (taken > slots ? low : high) = mu;
    }
    return false;
  }

  // The budget bound (greedy by value per unit of cost) with every value lowered by mu, over
  // rest[0..n) (re-sorted here); *taken: how many creators (fractional) the greedy buys.
  double lowered_budget_bound(std::size_t* rest, std::size_t n, double budget, double mu, double* taken) const {
    for (std::size_t a = 1; a < n; ++a) {  // by (value - mu) / cost, highest first
      for (std::size_t b = a; b > 0; --b) {
        const Item &x = items_[rest[b]], &y = items_[rest[b - 1]];
        if ((x.value - mu) * y.cost <= (y.value - mu) * x.cost) break;
        std::swap(rest[b], rest[b - 1]);
      }
    }
    double bound = 0;
    *taken = 0;
    // Creators worth no more than mu come last and add nothing.
    for (std::size_t k = 0; k < n && budget > 0 && items_[rest[k]].value > mu; ++k) {
      const Item& it = items_[rest[k]];
      const double count = std::min(it.max_count, budget / it.cost);
      bound += count * (it.value - mu);
      budget -= count * it.cost;
      *taken += count;
    }
    return bound;
  }

  // The vertices of the dual of the profiles from depth d on (see Dual). Each is made feasible for
  // the uncapped profiles (mu raised, plus a relative slack for rounding), so every point is a
  // valid bound whatever the rounding of the intersections.
  std::vector<Dual> dual_points(std::size_t d) const {
    std::vector<std::pair<double, double>> at{{0, 0}};
    double top = 0;
    for (std::size_t a = d; a < order_.size(); ++a) {
      const Item& x = items_[order_[a]];
      top = std::max(top, x.value);
      at.push_back({x.value / x.cost, 0});
      at.push_back({0, x.value});
      for (std::size_t b = a + 1; b < order_.size(); ++b) {
        const Item& y = items_[order_[b]];
        if (x.cost == y.cost) continue;
        const double lambda = (x.value - y.value) / (x.cost - y.cost), mu = x.value - lambda * x.cost;
        if (lambda >= 0 && mu >= 0) at.push_back({lambda, mu});
      }
    }
    std::vector<Dual> points;
    for (auto [lambda, mu] : at) {
      double uncapped = 0;
      for (std::size_t a = d; a < order_.size(); ++a) {
        const Item& x = items_[order_[a]];
        if (!std::isfinite(x.max_count)) uncapped = std::max(uncapped, x.value - lambda * x.cost);
      }
      mu = std::max(mu, uncapped) + 1e-12 * top;
      double gamma = 0;
      for (std::size_t a = d; a < order_.size(); ++a) {
        const Item& x = items_[order_[a]];
        const double over = x.value - lambda * x.cost - mu;
        if (over > 0 && x.max_count > 0) gamma += x.max_count * over;
      }
      if (std::isfinite(gamma)) points.push_back({lambda, mu, gamma});
    }
    return points;
  }

  // The bound of dual point p on a node's value with n of the profile at depth j - 1 (value and
  // cost per creator v, c) and the rest from depth j, from the node's budget and slots: every
  // term is non-negative, so the rounding is relative to the sum.
  static double dual_bound(const Dual& p, double n, double v, double c, double budget, double slots) {
    return n * v + p.lambda * std::max(0.0, budget - n * c) + p.mu * (slots - n) + p.gamma;
  }

  // The counts from `from` down that the dual points of depth j + 1 rule out (each bound at most
  // need): returns the count to go on from (below `from` when some are skipped), or -1 when no
  // smaller count can pass either. One point's bound is affine in n, so checked at both ends of a
  // run it holds throughout. *least: the least of the points' bounds on the rest at that count
  // (joint_prunes' bound, unless the budget caps the count tighter). A point that rules counts out
  // moves to the front: the next node most likely needs the same.
  double next_count(std::size_t j, double from, double budget, double slots, double need, double* least) {
    std::vector<Dual>& points = duals_[j + 1];
    const Item& it = items_[order_[j]];
    double n = from;
    for (bool moved = true; moved && n >= 0;) {
      moved = false;
      // The rest's budget and slots with n of this profile (see dual_bound).
      const double rest_budget = std::max(0.0, budget - n * it.cost), rest_slots = slots - n, rest_need = need - n * it.value;
      double lowest = INFINITY;
      for (std::size_t k = 0; k < points.size(); ++k) {
        const Dual& p = points[k];
        const double rest = p.lambda * rest_budget + p.mu * rest_slots + p.gamma;
        lowest = std::min(lowest, rest);
        if (!(rest <= rest_need) || !(dual_bound(p, n, it.value, it.cost, budget, slots) <= need)) continue;
        const double slope = it.value - p.lambda * it.cost - p.mu;
        std::swap(points[k], points[0]);
        if (slope >= 0) return -1;  // no smaller n does better against this point
        // Every m >= (bound(0) - need) / -slope is ruled out: find the least, then check it.
        const Dual& q = points[0];
        const double at0 = dual_bound(q, 0, it.value, it.cost, budget, slots);
        double m = std::max(0.0, std::ceil((at0 - need) / -slope));
        while (m <= n && !(dual_bound(q, m, it.value, it.cost, budget, slots) <= need)) ++m;
        n = m - 1;
        moved = true;
        break;
      }
      *least = lowest;
    }
    return n;
  }

  // An upper bound on the best mix: the least of the budget bound, the count bound and the
  // dual points of every profile (not counted as work).
  double root_bound(double budget) const {
    double bound = 0, left = budget;
    for (std::size_t d = 0; d < order_.size() && left > 0; ++d) {
      const Item& it = items_[order_[d]];
      const double n = std::min(it.max_count, left / it.cost);
      bound += n * it.value;
      left -= n * it.cost;
    }
    if (std::isfinite(max_total_)) {
      double spend = 0;
      std::size_t steps = 0;
      bound = std::min(bound, count_fill(by_value_, 0, max_total_, &spend, &steps));
      if (!duals_.empty()) {
        for (const Dual& p : duals_[0]) bound = std::min(bound, p.lambda * budget + p.mu * max_total_ + p.gamma);
      }
    }
    return bound * (1 + 1e-9);
  }

  double threshold() const {
    if (result_.best.size() < keep_) return floor_;
    const double worst = result_.best.back().value;
    return worst + 1e-9 * std::max(1.0, std::fabs(worst));
  }

  void record(double value, double cost) {
    Mix mix{counts_, value, cost};
    auto better = [](const Mix& a, const Mix& b) { return a.value != b.value ? a.value > b.value : a.cost < b.cost; };
    auto& best = result_.best;
    best.insert(std::upper_bound(best.begin(), best.end(), mix, better), std::move(mix));
    if (best.size() > keep_) best.pop_back();
  }

  void search(std::size_t j, double budget, double slots, double value, double cost) {
    const std::size_t i = order_[j];
    const Item& it = items_[i];
    const bool last = j + 1 == order_.size();
    const bool duals = !last && !duals_.empty() && !duals_[j + 1].empty();
    for (double n = cap(i, budget, slots); n >= 0; --n) {
      double known = NAN;  // the dual points' bound on the rest, when next_count found it
      if (duals && threshold() > -INFINITY) {
        // The margin keeps rounding from ruling out a mix that would be recorded.
        const double t = threshold(), need = t - value - 1e-11 * std::max(1.0, std::fabs(t));
        n = next_count(j, n, budget, slots, need, &known);
        if (n < 0) break;
      }
      ++result_.nodes;
      if (++work_ > limit_) {
        result_.exact = false;
        break;
      }
      const double v = value + n * it.value;
      const double c = cost + n * it.cost;
      counts_[i] = n;
      if (last) {
        // A creator that adds nothing is never worth buying; fewer of the last profile only lose.
        if (v > threshold() && !(n > 0 && it.value == 0)) {
          if (v >= cutoff_) record(v, c);
          else band_hit_ = true;
        }
        else if (n > 0 && it.value > 0) break;
        continue;
      }
      // The budget bound only shrinks as n does (the rest earn less per unit of cost): stop here.
      const double rest_budget = budget - n * it.cost;
      if (v + budget_bound(j + 1, rest_budget) <= threshold()) break;
      const double need = threshold() - v;
      double spend = INFINITY;  // what the count bound's creators cost
      if (std::isfinite(slots)) {
        const double rest_bound = count_bound(j + 1, slots - n, &spend);
        if (rest_bound <= need) {
          // Fewer of this profile frees slots for the rest; when none of the rest is worth more
          // per creator, their bound cannot make up for it: no smaller n can pass either.
          if (it.value >= best_rest_value_[j]) break;
          // Each creator fewer gains at most (best of the rest - this one's value): skip the n
          // that cannot make up the shortfall (one step per n is slow with caps in the hundreds).
          n -= std::floor((need - rest_bound) / (best_rest_value_[j] - it.value) * (1 - kWholeTolerance));
          continue;
        }
      }
      if (order_.size() - j - 1 <= kJointBoundItems && joint_prunes(j + 1, rest_budget, slots - n, spend, need, known)) continue;
      if (!group_left_.empty()) group_left_[it.group] -= n;
      search(j + 1, budget - n * it.cost, slots - n, v, c);
      if (!group_left_.empty()) group_left_[it.group] += n;
      if (!result_.exact) break;
    }
    counts_[i] = 0;
  }

  const std::vector<Item>& items_;
  double max_total_;
  std::size_t keep_;
  std::vector<std::size_t> order_;
  std::vector<std::size_t> by_value_, depth_;
  std::vector<std::size_t> tail_by_value_;  // by_value_'s profiles in the last kJointBoundItems depths
  std::vector<double> best_rest_value_;  // [j]: the highest value per creator after depth j
  std::vector<double> least_cost_from_;  // [j]: the least cost per creator from depth j on
  std::vector<double> counts_;
  std::vector<double> group_left_;
  std::size_t work_ = 0;  // nodes and the steps of the bounds: what the work limit counts
  std::size_t limit_ = kWorkLimit;
  mutable std::vector<std::size_t> scratch_;  // lowered_budget_bound's order, allocated once
  // The floor (see The floor): mixes below cutoff_ are not recorded, the search prunes at floor_, and
  // band_hit_ says a mix between the two was seen (the floor then cannot settle the search).
  double cutoff_ = -INFINITY, floor_ = -INFINITY;
  bool band_hit_ = false;
  std::vector<std::vector<Dual>> duals_;  // [d]: the dual points of the profiles from depth d on (creator cap only)
  Search result_;
};

}  // namespace

std::optional<Search> best_mixes_above(const std::vector<Item>& items, double budget, double max_total, std::size_t keep,
                                       double cutoff) {
  if (items.empty() || keep == 0) return std::nullopt;
  BranchAndBound search(items, max_total, keep, {});
  if (!search.run_above(budget, cutoff)) return std::nullopt;
  return search.take();
}

Search best_mixes(const std::vector<Item>& items, double budget, double max_total, std::size_t keep,
                  const std::vector<double>& group_limits) {
  if (items.empty() || keep == 0) return {};
  return BranchAndBound(items, max_total, keep, group_limits).run(budget);
}

}  // namespace est
