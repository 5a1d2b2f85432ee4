// The coverage-guided fuzzer run by scripts/fuzz: clang's libFuzzer with AddressSanitizer and
// UndefinedBehaviorSanitizer, built without exceptions as the wasm module is (a throw aborts, so
// it is a finding). Each input is a request's text. The answer must be well formed
// (answer_check.hpp); a simulation (simulate, a plan with bands) must answer the same in steps (the
// page's path) as at once.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "answer_check.hpp"
#include "contract/contract.hpp"

namespace {

using json = nlohmann::json;

// More trials repeat the same code (a simulation's 2,048-trial pilot, then the rest) and would
// slow the search a hundredfold: larger counts, and absent ones, become 2,100 (past the pilot).
constexpr double kTrials = 2100;

[[noreturn]] void finding(const char* what, const std::string& problem, const std::string& request) {
  std::fprintf(stderr, "finding: %s: %s\n  request: %.2000s\n", what, problem.c_str(), request.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  json request = json::parse(text, nullptr, false);
  const bool object = request.is_object() && request.contains("kind");
  const bool simulate = object && request["kind"] == "simulate";
  const bool bands = object && request["kind"] == "plan" && request.contains("bands") && request["bands"] == true;
  // A count given, or absent where a simulation runs anyway (simulate's trials, the bands' trials).
  auto cap = [&](const char* key, bool when_absent) {
    if (!request.contains(key) && !when_absent) return;
    json& trials = request[key];
    if (trials.is_null() || (trials.is_number() && trials.get<double>() > kTrials)) {
      trials = kTrials;
      text = request.dump(-1, ' ', false, json::error_handler_t::replace);
    }
  };
  if (object) {
    cap("trials", simulate);
    cap("bands_trials", bands);
  }
  const std::string answer = est::evaluate_text(text);
  const std::string problem = answer_check::problem(answer);
  if (!problem.empty()) finding("bad answer", problem, text);
  if (simulate || bands) {
    const int run = est::run_start(text);
    while (!est::run_step(run, 1000)) {
    }
    if (est::run_finish(run) != answer) finding("run in steps", "its answer differs from evaluate's", text);
  }
  return 0;
}
