// What every answer of the contract must be, whatever the request: checked by both fuzzers and the
// property test (tests/unit/unit-property.cpp). One place, so the layers agree on "well formed".
#pragma once
#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

namespace answer_check {

// ordered_json, not the core's nlohmann::json: a type of its own shares no template code with the
// core, so the fuzzer can leave this oracle uninstrumented (CMakeLists.txt) without taking coverage
// from the core's copies of basic_json's functions. Key order is the core writer's in both.
using json = nlohmann::ordered_json;

// No null, NaN or Infinity anywhere (nlohmann holds NaN and Infinity as floats).
inline bool clean(const json& j) {
  if (j.is_null()) return false;
  if (j.is_number_float()) return std::isfinite(j.get<double>());
  if (j.is_structured()) {
    for (const auto& v : j) {
      if (!clean(v)) return false;
    }
  }
  return true;
}

// "" when the parsed answer is a well-formed envelope; otherwise what is wrong with it.
inline std::string problem(const json& r) {
  if (!r.is_object() || !r.contains("ok") || !r["ok"].is_boolean()) return "not an envelope";
  if (!clean(r)) return "null, NaN or Infinity in the answer";
  if (r["ok"] == true) {
    if (!r.contains("kind") || !r["kind"].is_string()) return "success without its kind";
    if (!r.contains("result")) return "success without a result";
    const json& result = r["result"];
    if (!result.is_object() || !result.contains("method") || !result.contains("sources")) return "result without method or sources";
    return "";
  }
  if (!r.contains("errors") || !r["errors"].is_array() || r["errors"].empty()) return "failure without errors";
  for (const auto& e : r["errors"]) {
    if (!e.is_object() || !e.contains("field") || !e.contains("code") || !e.contains("message")) return "malformed error";
    if (!e["field"].is_string() || !e["code"].is_string() || !e["message"].is_string()) return "malformed error";
    if (e["field"].get_ref<const std::string&>().empty()) return "an error naming no field";
    if (e["code"] == "internal_error") return "internal_error: " + e["message"].get<std::string>();
  }
  return "";
}

// The same for an answer as the text the boundary returns: it must also be valid JSON.
inline std::string problem(const std::string& answer) {
  const json r = json::parse(answer, nullptr, false);
  if (r.is_discarded()) return "the answer is not JSON";
  return problem(r);
}

}  // namespace answer_check
