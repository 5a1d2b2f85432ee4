// The exact optimiser behind "plan": how many creators of each profile to buy.
//   maximise Σ value_i · n_i  subject to  Σ cost_i · n_i ≤ budget,  Σ n_i ≤ max_total,
//   0 ≤ n_i ≤ max_count_i, n_i whole, and per group g: Σ_{i in g} n_i ≤ group_limit_g (roster:
//   at most so many creators per platform; the bounds ignore the group limits, so stay bounds).
// Depth-first branch and bound over the profiles in order of value per unit of cost, pruned with
// linear-programming bounds: budget only, creator count only, and, when both bind, the LP with
// both (its Lagrangian dual over the count, minimised by bisection). It keeps the `keep` best
// mixes, so the next-best plans come from the same search. Exact unless the work limit is hit
// (pathological inputs: many near-identical profiles); then `exact` is false and the best found
// so far is returned.
#pragma once
#include <cstddef>
#include <vector>

namespace est {

struct Item {
  double cost;       // per creator, > 0
  double value;      // per creator, >= 0
  double max_count;  // whole, >= 0
  std::size_t group = 0;  // index into group_limits (ignored without them)
};

struct Mix {
  std::vector<double> counts;
  double value = 0;
  double cost = 0;
};

struct Search {
  std::vector<Mix> best;  // best first: higher value, then lower cost
  bool exact = true;
  std::size_t nodes = 0;  // steps of the search
};

// group_limits: empty for none; otherwise one limit per group index the items use.
Search best_mixes(const std::vector<Item>& items, double budget, double max_total, std::size_t keep,
                  const std::vector<double>& group_limits = {});

}  // namespace est
