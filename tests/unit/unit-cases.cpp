// The shared contract cases (tests/cases/contract.json), the same file the Node tests run.
#include <cmath>
#include <fstream>

#include "helpers.hpp"

namespace {

// Every field of expected is in actual with the same value (numbers within 1e-9 relative).
bool matches(const json& expected, const json& actual, std::string& where) {
  if (expected.is_number()) {
    if (!actual.is_number()) return false;
    const double e = expected.get<double>(), a = actual.get<double>();
    return std::fabs(e - a) <= 1e-9 * std::fmax(1.0, std::fabs(e));
  }
  if (expected.is_object() || expected.is_array()) {
    if (expected.type() != actual.type() || (expected.is_array() && expected.size() > actual.size())) return false;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      const std::string key = expected.is_object() ? it.key() : std::to_string(&*it - &expected[0]);
      const json& sub = expected.is_object() ? actual.value(key, json()) : actual[std::stoul(key)];
      if (!matches(*it, sub, where)) {
        where = key + (where.empty() ? "" : "." + where);
        return false;
      }
    }
    return true;
  }
  return expected == actual;
}

}  // namespace

TEST_CASE("shared contract cases") {
  std::ifstream file(CASES_FILE);
  REQUIRE(file.good());
  const json cases = json::parse(file)["cases"];
  REQUIRE(cases.size() > 10);
  for (const auto& c : cases) {
    CAPTURE(c["name"].get<std::string>());
    const json response = c.contains("request_text")
                              ? json::parse(est::evaluate_text(c["request_text"].get<std::string>()))
                              : json::parse(est::evaluate_text(c["request"].dump()));
    CAPTURE(response.dump());
    CHECK(all_finite(response));
    if (c.contains("errors")) {
      REQUIRE(response["ok"] == false);
      for (const auto& e : c["errors"]) CHECK(has_error(response, e["field"], e["code"]));
      continue;
    }
    REQUIRE(response["ok"] == true);
    std::string where;
    CHECK_MESSAGE(matches(c["result"], response["result"], where), "mismatch at " << where);
    for (const auto& key : c.value("absent", json::array())) CHECK(!response["result"].contains(key.get<std::string>()));
  }
}
