// The exact optimiser behind "plan": how many creators of each profile to buy.
//   maximise Σ value_i · n_i  subject to  Σ cost_i · n_i ≤ budget,  Σ n_i ≤ max_total,
//   0 ≤ n_i ≤ max_count_i, n_i whole, and per group g: Σ_{i in g} n_i ≤ group_limit_g (roster:
//   at most so many creators per platform; the bounds ignore the group limits, so stay bounds).
// Depth-first branch and bound over the profiles in order of value per unit of cost, pruned with
// linear-programming bounds: budget only, creator count only, and, when both bind, the LP with
// both (its Lagrangian dual over the count, minimised by bisection), where the count is also
// capped by what the budget buys at the least cost left (what makes near-identical profiles
// exact: without it a budget of 1e7 over ten profiles within 2% hit the work limit with a best
// mix 0.1% short). A loop over a profile's count skips the counts the count bound rules out
// (caps in the hundreds). Bounds only prune: the search order, and so every answer and its
// ties, is unchanged; the work limit counts the same steps as before. It keeps the `keep` best
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
