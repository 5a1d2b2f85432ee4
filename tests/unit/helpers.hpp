// Shared by the unit tests: run a request through the contract and look at the answer.
#pragma once
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "contract/contract.hpp"

using json = nlohmann::json;

// The result of a request that must succeed (fails the test, with the errors, otherwise).
inline json result_of(const json& request) {
  json response = est::evaluate(request);
  INFO(response.dump());
  REQUIRE(response["ok"] == true);
  return response["result"];
}

// True when the response is a failure holding an error for that field with that code.
inline bool has_error(const json& response, const std::string& field, const std::string& code) {
  if (response.value("ok", true)) return false;
  for (const auto& e : response["errors"]) {
    if (e["field"] == field && e["code"] == code) return true;
  }
  return false;
}

inline json errors_of(const json& request) {
  json response = est::evaluate(request);
  INFO(response.dump());
  REQUIRE(response["ok"] == false);
  return response;
}

// No null, NaN or Infinity anywhere in a response (nlohmann stores NaN as a float).
inline bool all_finite(const json& j) {
  if (j.is_null()) return false;
  if (j.is_number_float()) return std::isfinite(j.get<double>());
  if (j.is_structured()) {
    for (const auto& v : j) {
      if (!all_finite(v)) return false;
    }
  }
  return true;
}
