#include "optimizer.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>


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

class BranchAndBound {
 public:
  BranchAndBound(const std::vector<Item>& items, double max_total, std::size_t keep, const std::vector<double>& groups)
      : items_(items), max_total_(max_total), keep_(keep), counts_(items.size(), 0), group_left_(groups) {
    std::vector<double> density, value;
    for (const Item& it : items) density.push_back(it.value / it.cost), value.push_back(it.value);
    order_ = order_by(density, value);
    // For the count bound: every profile by value per creator, and each one's depth in order_.
    by_value_ = order_by(value, value);
    depth_.resize(items.size());
    for (std::size_t d = 0; d < order_.size(); ++d) depth_[order_[d]] = d;
  }

  Search run(double budget) {
    search(0, budget, max_total_, 0, 0);
    return std::move(result_);
  }

 private:
  double cap(std::size_t i, double budget, double slots) const {
    const double group = group_left_.empty() ? INFINITY : group_left_[items_[i].group];
    return std::max(0.0, std::min({items_[i].max_count, std::floor(budget / items_[i].cost * (1 + 1e-12)), slots, group}));
  }

  // Upper bounds on what the profiles from depth j on can add: with the budget alone (a linear
  // programme solved greedily by value per unit of cost), and with the creator count alone.
  double budget_bound(std::size_t j, double budget) {
    double bound = 0;
    for (std::size_t d = j; d < order_.size() && budget > 0; ++d) {
      ++result_.nodes;
      const Item& it = items_[order_[d]];
      const double n = std::min(it.max_count, budget / it.cost);
      bound += n * it.value;
      budget -= n * it.cost;
    }
    return bound;
  }

  double count_bound(std::size_t j, double slots) {
    double bound = 0;
    for (std::size_t i : by_value_) {
      if (slots <= 0) break;
      ++result_.nodes;
      if (depth_[i] < j) continue;
      const double n = std::min(items_[i].max_count, slots);
      bound += n * items_[i].value;
      slots -= n;
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
      if (++result_.nodes > kWorkLimit) {
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
      if (v + budget_bound(j + 1, budget - n * it.cost) <= threshold()) break;
      if (std::isfinite(slots) && v + count_bound(j + 1, slots - n) <= threshold()) continue;
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
  std::vector<double> counts_;
  std::vector<double> group_left_;
  Search result_;
};

}  // namespace

Search best_mixes(const std::vector<Item>& items, double budget, double max_total, std::size_t keep,
                  const std::vector<double>& group_limits) {
  if (items.empty() || keep == 0) return {};
  return BranchAndBound(items, max_total, keep, group_limits).run(budget);
}

}  // namespace est
