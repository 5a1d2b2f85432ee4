// The exact optimiser behind "plan": how many creators of each profile to buy.
//   maximise Σ value_i · n_i  subject to  Σ cost_i · n_i ≤ budget,  Σ n_i ≤ max_total,
//   0 ≤ n_i ≤ max_count_i, n_i whole, and per group g: Σ_{i in g} n_i ≤ group_limit_g (roster:
//   at most so many creators per platform; the bounds ignore the group limits, so stay bounds).
// Depth-first branch and bound over the profiles in order of value per unit of cost, pruned with
// linear-programming bounds: budget only, creator count only, and, when both bind, the LP with
// both. With a creator cap that joint LP is solved exactly by the vertices of its dual (each an
// affine bound in the budget and slots left), which also rule out whole runs of a profile's
// counts at once. The budget also caps the count (what it buys at the least cost left: what makes
// near-identical profiles exact). A loop over a profile's count skips the counts a bound rules
// out (caps in the hundreds). The search first runs with a floor just below an upper bound on the
// best mix (lowered step by step until `keep` mixes are found above it; see "The floor" in
// optimizer.cpp): it then keeps exactly the mixes the plain search would, and prunes from the
// start what the plain search prunes only once its threshold has risen. Bounds and floor only
// prune: the search order, and so every answer and its ties, is unchanged (tests/unit/
// unit-optimizer.cpp checks the kept mixes against every mix in that order). It keeps the `keep`
// best mixes, so the next-best plans come from the same search. Exact unless the work limit is
// hit (pathological inputs: many near-identical profiles without a creator cap); then `exact` is
// false and the best found so far is returned.
#pragma once
#include <cstddef>
#include <optional>
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

// best_mixes' search with one floor at `cutoff` (optimizer.cpp, "The floor"): its answer when
// that floor settles the search (the very answer of the plain search), nullopt when it cannot
// (fewer than `keep` mixes from the cutoff up, or one just below it). For tests.
std::optional<Search> best_mixes_above(const std::vector<Item>& items, double budget, double max_total, std::size_t keep,
                                       double cutoff);

}  // namespace est
