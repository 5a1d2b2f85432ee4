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

}  // namespace est
