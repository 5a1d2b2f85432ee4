// The wasm boundary: a registration table, nothing else. One function crosses it, JSON text in,
// JSON text out; est::evaluate_text never throws, so no C++ exception reaches JS.
#include <emscripten/bind.h>

#include "contract.hpp"

EMSCRIPTEN_BINDINGS(influencer_estimator) {
  emscripten::function("evaluate", &est::evaluate_text);
}
