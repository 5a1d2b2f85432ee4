// The envelope: parsing, kinds, and that nothing ever escapes as an exception.
#include "data/dataset.hpp"
#include "helpers.hpp"

TEST_CASE("malformed JSON text is an invalid_json error on the request") {
  for (const char* text : {"", "{", "{\"kind\":", "not json", "{\"kind\":\"tier\",}", "[1,2"}) {
    json response = json::parse(est::evaluate_text(text));
    CHECK(has_error(response, "request", "invalid_json"));
  }
}

TEST_CASE("the request must be an object with a known kind") {
  CHECK(has_error(est::evaluate(json::array()), "request", "not_an_object"));
  CHECK(has_error(est::evaluate(42), "request", "not_an_object"));
  CHECK(has_error(est::evaluate(json::object()), "kind", "missing"));
  CHECK(has_error(est::evaluate({{"kind", 3}}), "kind", "not_a_string"));
  json unknown = est::evaluate({{"kind", "horoscope"}});
  CHECK(has_error(unknown, "kind", "unknown_kind"));
  CHECK(unknown["errors"][0]["message"].get<std::string>().find("engagement") != std::string::npos);
}

TEST_CASE("a success names its kind and carries a result") {
  json response = est::evaluate({{"kind", "tier"}, {"followers", 5000}});
  CHECK(response["ok"] == true);
  CHECK(response["kind"] == "tier");
  CHECK(response["result"].is_object());
}

TEST_CASE("every error has field, code and a one-sentence message") {
  json response = errors_of({{"kind", "engagement"}, {"followers", -1}, {"likes", "many"}});
  REQUIRE(response["errors"].size() == 2);
  for (const auto& e : response["errors"]) {
    CHECK(e["field"].is_string());
    CHECK(e["code"].is_string());
    const auto message = e["message"].get<std::string>();
    CHECK(!message.empty());
    CHECK(message.back() == '.');
  }
}

TEST_CASE("numbers too large to be a double are refused by the field, not turned into infinity") {
  json response = json::parse(est::evaluate_text(R"({"kind":"tier","followers":-1e999})"));
  CHECK(has_error(response, "followers", "not_a_number"));
  response = json::parse(est::evaluate_text(R"({"kind":"tier","followers":123456789012345678901234567890})"));
  CHECK(has_error(response, "followers", "too_large"));
}

TEST_CASE("text output stays valid JSON even with invalid UTF-8 in a label") {
  std::string bad_label = "\xff\xfe";
  std::string text = R"({"kind":"compare","budget":100,"options":[{"label":")" + bad_label +
                     R"(","followers":1000,"engagement_rate_pct":1,"price_per_post":10}]})";
  json response = json::parse(est::evaluate_text(text), nullptr, false);
  CHECK(!response.is_discarded());
}

TEST_CASE("deeply nested input is answered, not a crash") {
  std::string text = "{\"kind\":\"tier\",\"followers\":" + std::string(20000, '[') + std::string(20000, ']') + "}";
  json response = json::parse(est::evaluate_text(text));
  CHECK(has_error(response, "followers", "not_a_number"));
}

// The envelope adds an empty `sources` only where a kind set none; so this checks the kinds' own:
// every id names a source of the dataset, and a result built on published figures names them.
TEST_CASE("every kind's result carries method and the sources behind its figures") {
  struct Case {
    json request;
    bool published;  // some figure of the answer comes from the dataset
  };
  const Case cases[] = {
      {{{"kind", "engagement"}, {"followers", 100}}, true},
      {{{"kind", "reach"}, {"followers", 100}}, true},
      {{{"kind", "price"}, {"followers", 5000}}, true},
      {{{"kind", "benchmarks"}}, true},
      {{{"kind", "compare"}, {"budget", 1000}, {"options", {{{"followers", 5000}}}}}, true},
      {{{"kind", "cost"}, {"cost", 100}, {"cpm", 5}}, false},
      {{{"kind", "funnel"}, {"impressions", 1000}, {"ctr_pct", 1}}, false},
      {{{"kind", "reach"}, {"followers", 100}, {"reach_rate_pct", 20}}, false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.request.dump());
    json r = result_of(c.request);
    CHECK(r["method"]["id"].is_string());
    CHECK(!r["method"]["formula"].get<std::string>().empty());
    const json& sources = r["sources"];
    if (sources.is_object()) {  // benchmarks: the sources themselves, by id
      for (const auto& [id, source] : sources.items()) CHECK(est::dataset().sources.contains(id));
      CHECK(sources.empty() != c.published);
      continue;
    }
    REQUIRE(sources.is_array());
    CHECK(sources.empty() != c.published);
    for (const auto& id : sources) CHECK(est::dataset().sources.contains(id.get<std::string>()));
  }
}
