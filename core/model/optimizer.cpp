#include "model/optimizer.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "model/affordable.hpp"

namespace est {
namespace {

// Steps of the search before it settles for the best found (exact = false). Real plans need a few
// thousand; this bounds pathological ones (many near-identical profiles) to well under a second.
constexpr std::size_t kWorkLimit = 2'000'000;

// Indices by key, highest first; ties by tie (highest first), then by index. A merge sort: a roster
// may hold 10,000 creators (an insertion sort is quadratic), and std::sort would add another
// instantiation to the module.
std::vector<std::size_t> order_by(const std::vector<double>& key, const std::vector<double>& tie) {
  std::vector<std::size_t> a(key.size()), b(key.size());
  std::iota(a.begin(), a.end(), 0);
  auto before = [&](std::size_t x, std::size_t y) {
    return key[x] != key[y] ? key[x] > key[y] : tie[x] != tie[y] ? tie[x] > tie[y] : x < y;
  };
  for (std::size_t width = 1; width < a.size(); width *= 2) {
    for (std::size_t lo = 0; lo < a.size(); lo += 2 * width) {
      const std::size_t mid = std::min(lo + width, a.size()), hi = std::min(lo + 2 * width, a.size());
      std::size_t x = lo, y = mid, k = lo;
      while (x < mid || y < hi) b[k++] = (y >= hi || (x < mid && !before(a[y], a[x]))) ? a[x++] : a[y++];
    }
    a.swap(b);
  }
  return a;
}

// The joint bound sorts what is left at each step (quadratic): only for short remainders, where
// it pays; without it the search is as exact, only longer.
constexpr std::size_t kJointBoundItems = 64;

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
  }

  Search run(double budget) {
    search(0, budget, max_total_, 0, 0);
    return std::move(result_);
  }

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
  bool joint_prunes(std::size_t j, double budget, double slots, double spend, double need) const {
    const double implied = std::floor(budget / least_cost_from_[j] * (1 + 1e-9));
    if (implied < slots) {
      std::size_t steps = 0;
      if (count_fill(tail_by_value_, j, implied, &spend, &steps) <= need) return true;
      slots = implied;
    }
    // The count bound's creators within the budget: that is the joint optimum, and it did not prune.
    if (!std::isfinite(slots) || spend <= budget) return false;
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

  double threshold() const {
    if (result_.best.size() < keep_) return -INFINITY;
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
    for (double n = cap(i, budget, slots); n >= 0; --n) {
      ++result_.nodes;
      if (++work_ > kWorkLimit) {
        result_.exact = false;
        break;
      }
      const double v = value + n * it.value;
      const double c = cost + n * it.cost;
      counts_[i] = n;
      if (last) {
        // A creator that adds nothing is never worth buying; fewer of the last profile only lose.
        if (v > threshold() && !(n > 0 && it.value == 0)) record(v, c);
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
      if (order_.size() - j - 1 <= kJointBoundItems && joint_prunes(j + 1, rest_budget, slots - n, spend, need)) continue;
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
  mutable std::vector<std::size_t> scratch_;  // lowered_budget_bound's order, allocated once
  Search result_;
};

}  // namespace

Search best_mixes(const std::vector<Item>& items, double budget, double max_total, std::size_t keep,
                  const std::vector<double>& group_limits) {
  if (items.empty() || keep == 0) return {};
  return BranchAndBound(items, max_total, keep, group_limits).run(budget);
}

}  // namespace est
