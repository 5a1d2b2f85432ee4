#include "contract.hpp"

#include <string_view>

#include "kinds.hpp"

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
};

json failure(const Errors& errors) { return {{"ok", false}, {"errors", errors.to_json()}}; }

json failure(const char* field, const char* code, std::string message) {
  Errors errors;
  errors.add(field, code, std::move(message));
  return failure(errors);
}

std::string known_kinds() {
  std::string names;
  for (const auto& k : kKinds) names += (names.empty() ? "" : ", ") + std::string(k.name);
  return names;
}

// nlohmann's messages start with "[json.exception.parse_error.101] ": keep the readable part,
// as a sentence.
std::string readable(const char* what) {
  std::string_view text(what);
  if (auto pos = text.find("] "); text.rfind("[json.exception", 0) == 0 && pos != text.npos) {
    text.remove_prefix(pos + 2);
  }
  std::string sentence(text);
  if (!sentence.empty() && sentence.back() != '.') sentence += '.';
  return sentence;
}

}  // namespace

// The core never throws by design (inputs are type-checked before use). The catch is a native
// safety net that turns a bug into an answer; the wasm build has exceptions off, and there the
// JS wrapper restarts the module instead (see web/estimator.js).
json evaluate(const json& request) noexcept {
  try {
    if (!request.is_object()) {
      return failure("request", "not_an_object", "The request must be a JSON object with a \"kind\".");
    }
    auto kind = request.find("kind");
    if (kind == request.end()) {
      return failure("kind", "missing", "kind is required; one of: " + known_kinds() + ".");
    }
    if (!kind->is_string()) return failure("kind", "not_a_string", "kind must be text; one of: " + known_kinds() + ".");
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
    return failure("kind", "unknown_kind", "Unknown kind; use one of: " + known_kinds() + ".");
  } catch (const std::exception& e) {
    return failure("request", "internal_error", std::string("The request could not be evaluated: ") + readable(e.what()));
  } catch (...) {
    return failure("request", "internal_error", "The request could not be evaluated.");
  }
}

namespace {

// Receives nothing but the parser's error: used only to explain why a text is not JSON.
struct ParseProblem {
  std::string message;
  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(json::number_integer_t) { return true; }
  bool number_unsigned(json::number_unsigned_t) { return true; }
  bool number_float(json::number_float_t, const std::string&) { return true; }
  bool string(std::string&) { return true; }
  bool binary(json::binary_t&) { return true; }
  bool start_object(std::size_t) { return true; }
  bool key(std::string&) { return true; }
  bool end_object() { return true; }
  bool start_array(std::size_t) { return true; }
  bool end_array() { return true; }
  bool parse_error(std::size_t, const std::string&, const json::exception& e) {
    message = readable(e.what());
    return false;
  }
};

}  // namespace

std::string evaluate_text(const std::string& request_text) noexcept {
  // Parsed without exceptions (the wasm module is built without them): on failure a second,
  // cheap pass collects the parser's own explanation, e.g. the position of the problem.
  json request = json::parse(request_text, nullptr, /*allow_exceptions=*/false);
  json response;
  if (request.is_discarded()) {
    ParseProblem problem;
    json::sax_parse(request_text, &problem);
    response = failure("request", "invalid_json", "The request is not valid JSON: " + problem.message);
  } else {
    response = evaluate(request);
  }
  // Labels echo user text: replace invalid UTF-8 rather than fail while writing it out.
  return response.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace est
