// The kinds a build answers, as a table: every kind natively and in the public module
// (all_kinds.cpp), or only a page's kinds in that page's wasm module (a table CMake writes from
// wasm/modules.json). A kind left out of a build is left out of its code too: nothing else names
// its run function, so the linker drops it.
#pragma once
#include <cstddef>

#include "contract/kinds.hpp"
#include "contract/stepped.hpp"

namespace est {

struct Kind {
  const char* name;
  json (*run)(const json&, Errors&);                 // the whole answer at once
  Started (*start)(const json&, Errors&) = nullptr;  // kinds that can run in steps (stepped.hpp)
};

// Each kind's row, named as the kind, for the tables to list.
namespace kind_rows {
inline constexpr Kind engagement{"engagement", run_engagement};
inline constexpr Kind tier{"tier", run_tier};
inline constexpr Kind cost{"cost", run_cost};
inline constexpr Kind compare{"compare", run_compare};
inline constexpr Kind reach{"reach", run_reach};
inline constexpr Kind price{"price", run_price};
inline constexpr Kind benchmarks{"benchmarks", run_benchmarks};
inline constexpr Kind funnel{"funnel", run_funnel};
inline constexpr Kind overlap{"overlap", run_overlap};
inline constexpr Kind simulate{"simulate", run_simulate, start_simulate};
inline constexpr Kind plan{"plan", run_plan, start_plan};
inline constexpr Kind roster{"roster", run_roster};
}  // namespace kind_rows

struct KindTable {
  const Kind* first;
  std::size_t count;
  const Kind* begin() const { return first; }
  const Kind* end() const { return first + count; }
};

// This build's table (defined once per build: all_kinds.cpp, or a module's generated table).
KindTable kind_table();

}  // namespace est
