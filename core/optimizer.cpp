#include "optimizer.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "small_sort.hpp"

namespace est {
namespace {

constexpr std::size_t kNodeLimit = 20'000'000;

class BranchAndBound {
 public:
  BranchAndBound(const std::vector<Item>& items, double max_total, std::size_t keep)
      : items_(items), max_total_(max_total), keep_(keep), counts_(items.size(), 0) {
    order_.resize(items.size());
    std::iota(order_.begin(), order_.end(), 0);
    small_sort(order_, [&](std::size_t a, std::size_t b) {
      const double da = items[a].value / items[a].cost, db = items[b].value / items[b].cost;
      return da != db ? da > db : items[a].value > items[b].value;
    });
    // For the count bound: from each depth on, the remaining profiles by value per creator.
    by_value_.resize(order_.size());
    for (std::size_t j = 0; j < order_.size(); ++j) {
      by_value_[j].assign(order_.begin() + j, order_.end());
      small_sort(by_value_[j], [&](std::size_t a, std::size_t b) { return items[a].value > items[b].value; });
    }
  }

  Search run(double budget) {
    search(0, budget, max_total_, 0, 0);
    return std::move(result_);
  }

 private:
  double cap(std::size_t i, double budget, double slots) const {
    return std::max(0.0, std::min({items_[i].max_count, std::floor(budget / items_[i].cost * (1 + 1e-12)), slots}));
  }

  // An upper bound on what the profiles from depth j on can add.
  double bound(std::size_t j, double budget, double slots) const {
    double by_budget = 0;
    for (std::size_t d = j; d < order_.size() && budget > 0; ++d) {
      const Item& it = items_[order_[d]];
      const double n = std::min(it.max_count, budget / it.cost);
      by_budget += n * it.value;
      budget -= n * it.cost;
    }
    if (!std::isfinite(slots)) return by_budget;
    double by_count = 0;
    for (std::size_t i : by_value_[j]) {
      if (slots <= 0) break;
      const double n = std::min(items_[i].max_count, slots);
      by_count += n * items_[i].value;
      slots -= n;
    }
    return std::min(by_budget, by_count);
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
    if (++result_.nodes > kNodeLimit) {
      result_.exact = false;
      return;
    }
    const std::size_t i = order_[j];
    const Item& it = items_[i];
    const bool last = j + 1 == order_.size();
    for (double n = cap(i, budget, slots); n >= 0; --n) {
      const double v = value + n * it.value;
      const double c = cost + n * it.cost;
      counts_[i] = n;
      if (last) {
        // A creator that adds nothing is never worth buying; fewer of the last profile only lose.
        if (v > threshold() && !(n > 0 && it.value == 0)) record(v, c);
        else if (n > 0 && it.value > 0) break;
        continue;
      }
      if (v + bound(j + 1, budget - n * it.cost, slots - n) <= threshold()) {
        if (!std::isfinite(max_total_)) break;  // budget bound shrinks as n does: no later n can do better
        continue;
      }
      search(j + 1, budget - n * it.cost, slots - n, v, c);
      if (!result_.exact) break;
    }
    counts_[i] = 0;
  }

  const std::vector<Item>& items_;
  double max_total_;
  std::size_t keep_;
  std::vector<std::size_t> order_;
  std::vector<std::vector<std::size_t>> by_value_;
  std::vector<double> counts_;
  Search result_;
};

}  // namespace

Search best_mixes(const std::vector<Item>& items, double budget, double max_total, std::size_t keep) {
  if (items.empty() || keep == 0) return {};
  return BranchAndBound(items, max_total, keep).run(budget);
}

}  // namespace est
