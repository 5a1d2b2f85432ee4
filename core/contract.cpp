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

std::string evaluate_text(const std::string& request_text) noexcept {
  try {
    json response;
    try {
      response = evaluate(json::parse(request_text));
    } catch (const json::exception& e) {  // parse_error, or out_of_range for 1e999
      response = failure("request", "invalid_json", "The request is not valid JSON: " + readable(e.what()));
    }
    // Labels echo user text: replace invalid UTF-8 rather than throw while writing it out.
    return response.dump(-1, ' ', false, json::error_handler_t::replace);
  } catch (...) {
    return R"({"ok":false,"errors":[{"field":"request","code":"internal_error","message":"The request could not be evaluated."}]})";
  }
}

}  // namespace est
