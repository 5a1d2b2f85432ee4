// The one contract that crosses the boundary:
//   request  {"kind": K, ...inputs}
//   success  {"ok": true, "kind": K, "result": {...}}
//   failure  {"ok": false, "errors": [{"field", "code", "message"}, ...]}
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace est {

// Never throws; any failure becomes the error envelope.
nlohmann::json evaluate(const nlohmann::json& request) noexcept;
// The same from JSON text to JSON text (what the wasm boundary calls). Never throws.
std::string evaluate_text(const std::string& request_text) noexcept;

// A request answered in steps, so that a long simulation can report progress and be stopped
// between steps. A request whose answer waits on a simulation (simulate; plan with bands; see
// stepped.hpp) runs `trials` trials per step; any other (and any request with errors) is answered
// at once. The answer equals evaluate_text's. Runs are named by
// a number, so that the wasm boundary needs nothing but plain functions.
int run_start(const std::string& request_text) noexcept;
// Advances a run; true once its answer is ready (or the id is unknown).
bool run_step(int id, unsigned trials) noexcept;
double run_progress(int id) noexcept;  // 0..1
// The answer, once ready; the run is then forgotten. Stopping a run early: run_finish too.
std::string run_finish(int id) noexcept;

}  // namespace est
