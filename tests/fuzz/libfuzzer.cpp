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
#include "contract/parse.hpp"

namespace {

using json = nlohmann::json;

// More trials repeat the same code (a simulation's 2,048-trial pilot, then the rest) and would
// slow the search a hundredfold: larger counts become 2,100 (past the pilot, so that code is
// reached). A request without trials gets 200: the kind's default (10,000) would spend most of
// the fuzzer's time in trials (compare, 15% of the corpus, took three quarters of its time).
constexpr int kTrials = 2100;
constexpr int kTrialsWhenAbsent = 200;

bool simulates(const json& request) {
  if (!request.is_object() || !request.contains("kind")) return false;
  const auto& kind = request["kind"];
  return kind == "simulate" || kind == "compare";
}

// A plan that asks for its bands simulates them over bands_trials.
bool asks_bands(const json& request) {
  return request.is_object() && request.contains("kind") && request["kind"] == "plan" && request.contains("bands") &&
         request["bands"] == true;
}

// Caps request[key] in text: absent, kTrialsWhenAbsent; above kTrials, kTrials. A repeated key's
// last value wins: the cap goes in before the closing brace, and every other byte of the input
// (invalid text included) reaches the core unchanged.
void cap_trials(std::string& text, const json& request, const char* key) {
  const auto trials = request.find(key);
  const bool absent = trials == request.end();
  if (absent || (trials->is_number() && trials->get<double>() > kTrials)) {
    const std::string cap = "\"" + std::string(key) + "\":" + std::to_string(absent ? kTrialsWhenAbsent : kTrials);
    text.insert(text.find_last_of('}'), request.empty() ? cap : "," + cap);
  }
}

[[noreturn]] void finding(const char* what, const std::string& problem, const std::string& request) {
  std::fprintf(stderr, "finding: %s: %s\n  request: %.2000s\n", what, problem.c_str(), request.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // Read as the core reads (it keeps invalid UTF-8 and huge numbers for the field's own error),
  // so that every request the core would run is seen here.
  std::string unused;
  const auto request = est::parse_json(text, &unused);
  const bool object = request && request->is_object();
  const bool simulate = object && request->contains("kind") && (*request)["kind"] == "simulate";
  const bool bands = object && asks_bands(*request);
  if (object && (simulates(*request) || request->contains("trials"))) cap_trials(text, *request, "trials");
  if (bands) cap_trials(text, *request, "bands_trials");
  const std::string answer = est::evaluate_text(text);
  const std::string problem = answer_check::problem(answer);
  if (!problem.empty()) finding("bad answer", problem, text);
  if (simulate || bands) {
    const int run = est::run_start(text);
    // A partial answer (a plan before its bands) is the whole answer without what the trials give.
    const std::string partial = est::run_partial(run);
    if (!partial.empty()) {
      answer_check::json without = answer_check::json::parse(answer);
      without["result"].erase("bands");
      if (answer_check::json::parse(partial) != without) finding("partial answer", "it is not the answer without its bands", text);
    }
    while (!est::run_step(run, 1000)) {
    }
    if (est::run_finish(run) != answer) finding("run in steps", "its answer differs from evaluate's", text);
  }
  return 0;
}
