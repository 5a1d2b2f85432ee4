#include "contract/contract.hpp"

#include <algorithm>
#include <memory>

#include "contract/kind_table.hpp"
#include "contract/parse.hpp"
#include "contract/stepped.hpp"

namespace est {
namespace {

json failure(const Errors& errors) { return {{"ok", false}, {"errors", errors.to_json()}}; }

json failure(const char* field, ErrorCode code, std::string message) {
  Errors errors;
  errors.add(field, code, std::move(message));
  return failure(errors);
}

std::string known_kinds() {
  return joined(kind_table(), [](const Kind& k) { return k.name; });
}

json success(const char* kind, json result) {
  // Every result names the dataset sources behind its figures: none when all came from the user.
  if (!result.contains("sources")) result["sources"] = json::array();
  return {{"ok", true}, {"kind", kind}, {"result", std::move(result)}};
}

// The request's row in the kinds table; nullptr with the failure in problem when there is none.
const Kind* kind_of(const json& request, json& problem) {
  if (!request.is_object()) {
    problem = failure("request", ErrorCode::not_an_object, "The request must be a JSON object with a \"kind\".");
    return nullptr;
  }
  auto kind = request.find("kind");
  if (kind == request.end()) {
    problem = failure("kind", ErrorCode::missing, "kind is required; one of: " + known_kinds() + ".");
  } else if (!kind->is_string()) {
    problem = failure("kind", ErrorCode::not_a_string, "kind must be text; one of: " + known_kinds() + ".");
  } else {
    for (const auto& k : kind_table()) {
      if (kind->get_ref<const std::string&>() == k.name) return &k;
    }
    problem = failure("kind", ErrorCode::unknown_kind, "Unknown kind; use one of: " + known_kinds() + ".");
  }
  return nullptr;
}

json dispatch(const json& request) {
  json problem;
  const Kind* kind = kind_of(request, problem);
  if (!kind) return problem;
  Errors errors;
  json result = kind->run(request, errors);
  return errors.empty() ? success(kind->name, std::move(result)) : failure(errors);
}

// The core never throws by design (inputs are type-checked before use). Natively the catch is a
// safety net that turns a bug into an answer; the wasm module is built without exceptions, and
// there a throw aborts the instance and the JS wrapper starts a new one (web/estimator.js).
template <class Work>
json guarded(Work work) noexcept {
#if defined(__cpp_exceptions)
  try {
    return work();
  } catch (const std::exception& e) {
    return failure("request", ErrorCode::internal_error, std::string("The request could not be evaluated: ") + readable(e.what()));
  } catch (...) {
    return failure("request", ErrorCode::internal_error, "The request could not be evaluated.");
  }
#else
  return work();
#endif
}

}  // namespace

json evaluate(const json& request) noexcept {
  return guarded([&] { return dispatch(request); });
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

json completed(Started& started) {
  if (!started.simulation) return std::move(started.result);
  json simulated = started.simulation->result();
  if (!started.into) return simulated;
  started.result[started.into] = std::move(simulated);
  return std::move(started.result);
}

json finish(Started started) {
  if (started.simulation) started.simulation->run();
  return completed(started);
}

namespace {

struct Run {
  const char* kind = nullptr;
  Started started;     // while its trials run
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
  json unknown;
  const Kind* kind = request ? kind_of(*request, unknown) : nullptr;
  if (kind && kind->start) {
    run.kind = kind->name;
    // The answer at once when the request has errors or nothing to simulate; else after the steps.
    json now = guarded([&] {
      Errors errors;
      run.started = kind->start(*request, errors);
      if (!errors.empty()) return failure(errors);
      return run.started.simulation ? json() : success(kind->name, completed(run.started));
    });
    if (!now.is_null()) run.answer = write_json(now);
  } else {
    run.answer = write_json(answer(request, problem));  // a kind answered at once, or no kind: at once
  }
  runs().emplace_back(++next, std::move(run));
  return next;
}

bool run_step(int id, unsigned trials) noexcept {
  auto it = find_run(id);
  if (it == runs().end() || !it->second.answer.empty()) return true;
  Run& run = it->second;
  Trials& sim = *run.started.simulation;
  sim.step(trials);
  if (sim.done() < sim.total()) return false;
  run.answer = write_json(success(run.kind, completed(run.started)));
  run.started = {};
  return true;
}

double run_progress(int id) noexcept {
  auto it = find_run(id);
  if (it == runs().end() || !it->second.answer.empty()) return 1;
  const Trials& sim = *it->second.started.simulation;
  return static_cast<double>(sim.done()) / sim.total();
}

std::string run_partial(int id) noexcept {
  auto it = find_run(id);
  if (it == runs().end() || !it->second.answer.empty() || !it->second.started.into) return {};
  return write_json(success(it->second.kind, it->second.started.result));
}

std::string run_finish(int id) noexcept {
  auto it = find_run(id);
  if (it == runs().end()) return {};
  std::string answer = std::move(it->second.answer);
  runs().erase(it);
  return answer;
}

}  // namespace est
