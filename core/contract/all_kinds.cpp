// Every kind, in the order error messages list them: the table of the native build and of the
// public wasm module (dist/estimator_core.wasm). A page's module has a table of its own kinds
// instead (wasm/modules.json); the build keeps this file out of those modules.
#include "contract/kind_table.hpp"

namespace est {

KindTable kind_table() {
  using namespace kind_rows;
  static constexpr Kind kAll[] = {engagement, tier, cost, compare, reach, price, benchmarks, funnel, overlap, simulate, plan, roster};
  return {kAll, sizeof kAll / sizeof kAll[0]};
}

}  // namespace est
