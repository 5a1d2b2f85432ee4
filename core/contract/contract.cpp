#include "contract/contract.hpp"

#include <algorithm>
#include <memory>

#include "contract/kinds.hpp"
#include "contract/parse.hpp"
#include "montecarlo/simulation.hpp"

namespace est {
namespace {

struct Kind {
  const char* name;
  json (*run)(const json&, Errors&);
};

constexpr Kind kKinds[] = {
    {"engagement", run_engagement},
    {"tier", run_tier},
    {"cost", run_cost},
    {"compare", run_compare},
    {"reach", run_reach},
    {"price", run_price},
    {"benchmarks", run_benchmarks},
    {"funnel", run_funnel},
    {"overlap", run_overlap},
    {"simulate", run_simulate},
    {"plan", run_plan},
    {"roster", run_roster},
};

json failure(const Errors& errors) { return {{"ok", false}, {"errors", errors.to_json()}}; }

json failure(const char* field, ErrorCode code, std::string message) {
  Errors errors;
  errors.add(field, code, std::move(message));
  return failure(errors);
}

std::string known_kinds() {
  return joined(kKinds, [](const Kind& k) { return k.name; });
}

json dispatch(const json& request) {
  if (!request.is_object()) {
    return failure("request", ErrorCode::not_an_object, "The request must be a JSON object with a \"kind\".");
  }
  auto kind = request.find("kind");
  if (kind == request.end()) {
    return failure("kind", ErrorCode::missing, "kind is required; one of: " + known_kinds() + ".");
  }
  if (!kind->is_string()) return failure("kind", ErrorCode::not_a_string, "kind must be text; one of: " + known_kinds() + ".");
  const auto& name = kind->get_ref<const std::string&>();
  for (const auto& k : kKinds) {
    if (name != k.name) continue;
    Errors errors;
    json result = k.run(request, errors);
    if (!errors.empty()) return failure(errors);
    // Every result names the dataset sources behind its figures: none when all came from the user.
    if (!result.contains("sources")) result["sources"] = json::array();
    return {{"ok", true}, {"kind", name}, {"result", std::move(result)}};
  }
  return failure("kind", ErrorCode::unknown_kind, "Unknown kind; use one of: " + known_kinds() + ".");
}

}  // namespace

// The core never throws by design (inputs are type-checked before use). Natively the catch is a
// safety net that turns a bug into an answer; the wasm module is built without exceptions, and
// there a throw aborts the instance and the JS wrapper starts a new one (web/estimator.js).
json evaluate(const json& request) noexcept {
#if defined(__cpp_exceptions)
  try {
    return dispatch(request);
  } catch (const std::exception& e) {
    return failure("request", ErrorCode::internal_error, std::string("The request could not be evaluated: ") + readable(e.what()));
  } catch (...) {
    return failure("request", ErrorCode::internal_error, "The request could not be evaluated.");
  }
#else
  return dispatch(request);
#endif
}

namespace {

// The answer to a request as read from its text (nullopt: not JSON, for the reason in problem).
json answer(const std::optional<json>& request, const std::string& problem) {
  return request ? evaluate(*request) : failure("request", ErrorCode::invalid_json, "The request is not valid JSON: " + problem);
}

}  // namespace

std::string evaluate_text(const std::string& request_text) noexcept {
  std::string problem;
  auto request = parse_json(request_text, &problem);
  return write_json(answer(request, problem));
}

namespace {

struct Run {
  std::unique_ptr<Simulation> simulation;
  std::string answer;  // set once ready
};

// The runs under way: a handful at most (a page runs one simulation at a time).
std::vector<std::pair<int, Run>>& runs() {
  static std::vector<std::pair<int, Run>> all;
  return all;
}

auto find_run(int id) {
  return std::find_if(runs().begin(), runs().end(), [id](const auto& r) { return r.first == id; });
}

}  // namespace

int run_start(const std::string& request_text) noexcept {
  static int next = 0;
  Run run;
  std::string problem;
  auto request = parse_json(request_text, &problem);  // parsed once, whatever the kind
  const json* kind = request && request->is_object() && request->contains("kind") ? &(*request)["kind"] : nullptr;
  if (kind && kind->is_string() && kind->get_ref<const std::string&>() == "simulate") {
    Errors errors;
    run.simulation = Simulation::create(*request, errors);
  }
  if (!run.simulation) run.answer = write_json(answer(request, problem));  // not a simulation, or errors: at once
  runs().emplace_back(++next, std::move(run));
  return next;
}

bool run_step(int id, unsigned trials) noexcept {
  auto it = find_run(id);
  if (it == runs().end() || !it->second.answer.empty()) return true;
  Simulation& sim = *it->second.simulation;
  sim.step(trials);
  if (sim.done() < sim.total()) return false;
  json result = sim.result();
  result["sources"] = json::array();
  it->second.answer = write_json(json{{"ok", true}, {"kind", "simulate"}, {"result", std::move(result)}});
  it->second.simulation.reset();
  return true;
}

double run_progress(int id) noexcept {
  auto it = find_run(id);
  if (it == runs().end() || !it->second.simulation) return 1;
  return static_cast<double>(it->second.simulation->done()) / it->second.simulation->total();
}

std::string run_finish(int id) noexcept {
  auto it = find_run(id);
  if (it == runs().end()) return {};
  std::string answer = std::move(it->second.answer);
  runs().erase(it);
  return answer;
}

}  // namespace est
