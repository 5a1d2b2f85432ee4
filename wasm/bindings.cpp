// The wasm boundary: a registration table, nothing else. JSON text in, JSON text out; nothing
// in the core throws, so no C++ exception reaches JS.
#include <emscripten/bind.h>

#include "contract/contract.hpp"

EMSCRIPTEN_BINDINGS(influencer_estimator) {
  emscripten::function("evaluate", &est::evaluate_text);  // any request, answered at once
  // The same answer in steps: long simulations in a worker, with progress.
  emscripten::function("runStart", &est::run_start);
  emscripten::function("runStep", &est::run_step);
  emscripten::function("runProgress", &est::run_progress);
  emscripten::function("runPartial", &est::run_partial);  // the plan before its bands
  emscripten::function("runFinish", &est::run_finish);
}
