// The property test: well-formed requests of every kind with extreme values, generated from the
// table tests/cases/generator.json (the same requests as tests/node/property.test.mjs makes for
// the wasm module: same table, same random numbers, same text). Every answer must be a clean
// envelope (tests/fuzz/answer_check.hpp), the same the second time, name a field of the request
// in each error, and keep the domain's invariants. PROPERTY_REQUESTS and PROPERTY_SEED (natively)
// change the count and the seed; scripts/property runs a larger count.
#include "helpers.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "../fuzz/answer_check.hpp"

namespace {

using table_json = nlohmann::ordered_json;  // keeps the table's key order, as JavaScript does

// The request generator: an interpreter of generator.json. Its random numbers (mulberry32) and
// choices are made in the same order as in tests/node/generator.mjs; keep the two in step.
class Generator {
 public:
  explicit Generator(const table_json& table) : table_(table) {
    for (const auto& kind : table_["kinds"].items()) kinds_.push_back(kind.key());
  }

  const std::vector<std::string>& kinds() const { return kinds_; }

  // The text of request number `index` of `seed`: kinds in turn, one in three "wild".
  std::string request(std::uint32_t seed, std::uint32_t index) {
    state_ = seed ^ (index * 0x9E3779B9u);
    const std::string& kind = kinds_[index % kinds_.size()];
    wild_ = pick(3) == 0;
    const std::string body = generate(table_["kinds"][kind]);
    const std::string head = "{\"kind\":" + json(kind).dump();
    return body == "{}" ? head + "}" : head + "," + body.substr(1);
  }

 private:
  std::uint32_t next() {
    std::uint32_t t = state_ += 0x6D2B79F5u;
    t = (t ^ (t >> 15)) * (t | 1u);
    t ^= t + (t ^ (t >> 7)) * (t | 61u);
    return t ^ (t >> 14);
  }
  std::size_t pick(std::size_t n) { return next() % n; }

  std::string number(const std::string& pool) {
    const auto& numbers = table_["numbers"];
    REQUIRE_MESSAGE(numbers.contains(pool), "generator.json: no number pool " << pool);
    const auto& from = wild_ && pick(4) == 0 ? numbers["extreme"] : numbers[pool];
    return from[pick(from.size())].get<std::string>();
  }

  std::string generate(const table_json& g) {
    if (g.is_string()) {
      const std::string name = g.get<std::string>();
      if (table_["numbers"].contains(name)) return number(name);
      REQUIRE_MESSAGE(table_["values"].contains(name), "generator.json: no values entry " << name);
      return generate(table_["values"][name]);
    }
    if (g.is_array()) return json(g[pick(g.size())].get<std::string>()).dump();
    if (g.contains("object")) {
      std::string out;
      for (const auto& field : g["object"].items()) {
        std::string key = field.key();
        if (key[0] == '?') {
          if (pick(3) == 0) continue;
          key.erase(0, 1);
        }
        out += (out.empty() ? "" : ",") + json(key).dump() + ":" + generate(field.value());
      }
      return "{" + out + "}";
    }
    if (g.contains("list")) {
      const auto& lengths = g["lengths"];
      const std::size_t n = lengths[pick(lengths.size())].get<std::size_t>();
      std::string out;
      for (std::size_t i = 0; i < n; ++i) out += (i ? "," : "") + generate(g["list"]);
      return "[" + out + "]";
    }
    if (g.contains("range")) {
      const std::string pool = g["range"].get<std::string>();
      const std::size_t shape = pick(3);
      if (shape == 0) return number(pool);
      std::vector<std::string> v;
      for (std::size_t i = 0; i < shape + 1; ++i) v.push_back(number(pool));
      if (!(wild_ && pick(4) == 0)) {  // insertion sort, ties kept in order (as in JavaScript)
        for (std::size_t i = 1; i < v.size(); ++i) {
          for (std::size_t j = i; j > 0 && std::strtod(v[j].c_str(), nullptr) < std::strtod(v[j - 1].c_str(), nullptr); --j) {
            std::swap(v[j], v[j - 1]);
          }
        }
      }
      return shape == 1 ? "{\"low\":" + v[0] + ",\"high\":" + v[1] + "}"
                        : "{\"low\":" + v[0] + ",\"typical\":" + v[1] + ",\"high\":" + v[2] + "}";
    }
    if (g.contains("text")) {
      const auto& lengths = g["text"];
      const std::size_t n = lengths[pick(lengths.size())].get<std::size_t>();
      const auto& characters = table_["characters"];
      std::string out;
      for (std::size_t i = 0; i < n; ++i) out += characters[pick(characters.size())].get<std::string>();
      return json(out).dump();
    }
    REQUIRE_MESSAGE(g.contains("one_of"), "generator.json: unknown generator " << g.dump());
    return generate(g["one_of"][pick(g["one_of"].size())]);
  }

  const table_json& table_;
  std::vector<std::string> kinds_;
  std::uint32_t state_ = 0;
  bool wild_ = false;
};

table_json read_table() {
  std::ifstream file(GENERATOR_FILE);
  table_json table = table_json::parse(file, nullptr, false);
  REQUIRE_MESSAGE(!table.is_discarded(), "cannot read " GENERATOR_FILE);
  return table;
}

// Every key the table can put in a request: the last part of an error's field may name one that
// the request left out (a missing field).
void collect_keys(const table_json& j, std::set<std::string>& keys) {
  if (!j.is_structured()) return;
  for (const auto& item : j.items()) {
    if (j.is_object()) keys.insert(item.key()[0] == '?' ? item.key().substr(1) : item.key());
    collect_keys(item.value(), keys);
  }
}

// True when field is "request" or "kind", or a path into the request whose last part may also be
// a key the request left out: "options.1.price_per_post", "exchange_rates.USD", "universe".
bool names_a_field(const json& request, const std::string& field, const std::set<std::string>& keys) {
  if (field == "request" || field == "kind") return true;
  const json* node = &request;
  std::size_t from = 0;
  for (;;) {
    const std::size_t dot = field.find('.', from);
    const std::string part = field.substr(from, dot == std::string::npos ? std::string::npos : dot - from);
    const json* child = nullptr;
    if (node->is_object() && node->contains(part)) child = &(*node)[part];
    if (node->is_array() && !part.empty() && part.size() < 10 && part.find_first_not_of("0123456789") == std::string::npos &&
        std::stoul(part) < node->size()) {
      child = &(*node)[std::stoul(part)];
    }
    if (dot == std::string::npos) return child || keys.count(part);
    if (!child) return false;
    node = child;
    from = dot + 1;
  }
}

double num(const json& j, const char* key) { return j.at(key).get<double>(); }

// Every {low, typical, high} in a result is ordered.
std::string unordered_range(const json& j, const std::string& path) {
  if (j.is_object() && j.contains("low") && j.contains("high") && j["low"].is_number() && j["high"].is_number()) {
    const double low = num(j, "low"), high = num(j, "high");
    const double typical = j.contains("typical") && j["typical"].is_number() ? num(j, "typical") : low;
    if (!(low <= typical && typical <= high)) return path + " is not ordered: " + j.dump();
  }
  if (j.is_structured()) {
    for (const auto& item : j.items()) {
      const std::string problem = unordered_range(item.value(), path + "." + item.key());
      if (!problem.empty()) return problem;
    }
  }
  return "";
}

// The invariants of a successful answer that hold whatever the request.
std::string broken_invariant(const json& request, const json& result) {
  if (std::string problem = unordered_range(result, "result"); !problem.empty()) return problem;
  const std::string kind = request["kind"].get<std::string>();
  if (kind == "plan") {
    const double budget = num(request, "budget"), slack = 1e-9 * budget;
    if (num(result, "spend") > budget + slack) return "the plan spends more than the budget";
    for (const auto& other : result["alternatives"]) {
      if (num(other, "spend") > budget + slack) return "an alternative spends more than the budget";
      if (num(other, "value") > num(result, "value")) return "an alternative is better than the best mix";
    }
    if (result.contains("cautious") && num(result["cautious"], "spend") > budget + slack) return "the cautious mix spends more than the budget";
    for (const auto& profile : request["profiles"]) {  // the best plan with this profile alone
      json single = request;
      single["profiles"] = json::array({profile});
      const json alone = est::evaluate(single);
      if (alone["ok"] == true && num(alone["result"], "value") > num(result, "value") * (1 + 1e-12)) {
        return "the plan is worse than the best single-profile plan (" + alone["result"]["value"].dump() + ")";
      }
    }
  }
  if (kind == "simulate") {
    for (const auto& option : result["options"]) {
      for (const auto& metric : option.items()) {
        const json& q = metric.value();
        if (!q.is_object() || !q.contains("p10")) continue;
        if (!(num(q, "p10") <= num(q, "p50") && num(q, "p50") <= num(q, "p90"))) return metric.key() + ": p10, p50, p90 not ordered";
      }
    }
  }
  if (kind == "overlap" && !(num(result, "unique_reach") <= num(result, "total_reach"))) return "unique reach above the summed reach";
  return "";
}

// What is wrong with the answer to one generated request ("" when nothing is).
std::string problem_with(const std::string& text, const std::set<std::string>& keys, bool& ok) {
  const std::string answer = est::evaluate_text(text);
  if (std::string problem = answer_check::problem(answer); !problem.empty()) return problem;
  if (est::evaluate_text(text) != answer) return "a second evaluation answered differently";
  const json r = json::parse(answer);
  const json request = json::parse(text);
  ok = r["ok"] == true;
  if (ok) return broken_invariant(request, r["result"]);
  for (const auto& e : r["errors"]) {
    if (!names_a_field(request, e["field"].get<std::string>(), keys)) return "an error names no field of the request: " + e.dump();
  }
  return "";
}

long setting(const char* name, long fallback) {
  const char* value = std::getenv(name);
  return value && *value ? std::atol(value) : fallback;
}

}  // namespace

TEST_CASE("property: generated requests of every kind get clean, repeatable answers that keep the invariants") {
  const table_json table = read_table();
  std::set<std::string> keys;
  collect_keys(table, keys);
  Generator generator(table);
  const long count = setting("PROPERTY_REQUESTS", 2000);
  const auto seed = static_cast<std::uint32_t>(setting("PROPERTY_SEED", 1));
  std::map<std::string, int> requests, successes;
  int failures = 0;
  for (long i = 0; i < count && failures < 10; ++i) {
    const std::string text = generator.request(seed, static_cast<std::uint32_t>(i));
    const std::string kind = generator.kinds()[i % generator.kinds().size()];
    bool ok = false;
    const std::string problem = problem_with(text, keys, ok);
    ++requests[kind];
    successes[kind] += ok;
    if (!problem.empty()) {
      ++failures;
      FAIL_CHECK("request " << i << " (seed " << seed << "): " << problem << "\n  " << text.substr(0, 2000));
    }
  }
  // Each kind must succeed often enough for its invariants to be exercised, and fail sometimes.
  for (const auto& entry : requests) {  // (clang's C++17 cannot capture a structured binding)
    const std::string& kind = entry.first;
    const int n = entry.second, ok = successes[kind];
    CAPTURE(kind);
    CAPTURE(ok);
    CHECK(ok * 10 >= n);
    if (n >= 50) CHECK(ok < n);
  }
}

TEST_CASE("property: the generator is deterministic and covers every kind of the table") {
  const table_json table = read_table();
  Generator a(table), b(table);
  for (std::uint32_t i = 0; i < 200; ++i) {
    const std::string text = a.request(7, i);
    CHECK(text == b.request(7, i));
    const json request = json::parse(text, nullptr, false);
    REQUIRE(request.is_object());
    CHECK(request["kind"] == a.kinds()[i % a.kinds().size()]);
  }
  CHECK(a.request(7, 3) != a.request(8, 3));
  CHECK(a.kinds().size() == table["kinds"].size());
  // scripts/property compares these texts with the JavaScript generator's, line by line.
  if (const char* dump = std::getenv("PROPERTY_DUMP")) {
    std::ofstream out(dump);
    const long n = std::min(setting("PROPERTY_REQUESTS", 2000), 5000L);
    for (long i = 0; i < n; ++i) out << a.request(static_cast<std::uint32_t>(setting("PROPERTY_SEED", 1)), static_cast<std::uint32_t>(i)) << "\n";
  }
}
