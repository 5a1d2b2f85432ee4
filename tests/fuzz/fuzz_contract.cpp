// A random-input fuzzer for the contract, run by ctest natively and as wasm (where exceptions are
// off, so any throwing path would abort the run). It mutates the shared contract cases, as JSON
// values and as raw text, and checks every answer (answer_check.hpp). scripts/fuzz is its
// coverage-guided, sanitized counterpart (libfuzzer.cpp).
//   fuzz_contract [iterations] [seed]
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "answer_check.hpp"
#include "contract/contract.hpp"

using json = nlohmann::json;

namespace {

std::mt19937_64 rng;
std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); }

json random_value(int depth = 0) {
  static const json atoms = json::array({0, -0.0, 1, -1, 0.5, 1e308, -1e308, 1e-308, 9007199254740993ULL, -9223372036854775807LL,
                                         1e10, 1e13, 100, "", "12k", "abc", "1,5", nullptr, true, false, "instagram", "story", "EUR"});
  switch (depth > 3 ? 0 : pick(6)) {
    case 0: case 1: case 2: return atoms[pick(atoms.size())];
    case 3: return std::uniform_real_distribution<double>(-1e6, 1e6)(rng);
    case 4: { json a = json::array(); for (std::size_t i = pick(4); i > 0; --i) a.push_back(random_value(depth + 1)); return a; }
    default: {
      static const char* keys[] = {"followers", "likes", "low", "high", "typical", "label", "price_per_post", "engagement_rate_pct",
                                   "budget", "options", "scheme", "name", "min_followers", "kind", "USD", "x"};
      json o = json::object();
      for (std::size_t i = pick(4); i > 0; --i) o[keys[pick(16)]] = random_value(depth + 1);
      return o;
    }
  }
}

// Replaces, removes or adds one value somewhere in j.
void mutate(json& j) {
  if (!j.is_structured() || j.empty() || pick(4) == 0) {
    j = random_value();
    return;
  }
  auto it = j.begin();
  std::advance(it, pick(j.size()));
  if (j.is_object() && pick(5) == 0) {
    j.erase(it.key());
  } else if (j.is_object() && pick(5) == 0) {
    j["extra_" + std::to_string(pick(3))] = random_value();
  } else {
    mutate(*it);
  }
}

void mutate_text(std::string& s) {
  static const std::string alphabet = "{}[],:\"0123456789.eE+-ntruefalsl\\ \xff";
  for (std::size_t n = 1 + pick(3); n > 0; --n) {
    const std::size_t at = s.empty() ? 0 : pick(s.size());
    switch (pick(3)) {
      case 0: if (!s.empty()) s.erase(at, 1); break;
      case 1: s.insert(s.begin() + at, alphabet[pick(alphabet.size())]); break;
      default: if (!s.empty()) s[at] = alphabet[pick(alphabet.size())];
    }
  }
}

// Roster requests carry a spreadsheet as text: mutate it as such (delimiters, quotes, line ends,
// number marks and scale words), so the CSV and number readers see broken files.
void mutate_csv(std::string& s) {
  static const char* pieces[] = {";", ",", "\t", "\"", "\"\"", "\n", "\r\n", "\r", ".", ",5", "k", " mln", "-", "\xEF\xBB\xBF",
                                 "\xE2\x82\xAC", "\xC3\xA9", "0", "999999999999", "1e308", "", "\n\n\n"};
  for (std::size_t n = 1 + pick(4); n > 0; --n) {
    const std::size_t at = s.empty() ? 0 : pick(s.size() + 1);
    if (pick(3) == 0 && !s.empty()) s.erase(at == s.size() ? at - 1 : at, 1 + pick(3));
    else s.insert(std::min(at, s.size()), pieces[pick(sizeof pieces / sizeof *pieces)]);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const long iterations = argc > 1 ? std::atol(argv[1]) : 20000;
  rng.seed(argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 20261121);
  std::ifstream file(CASES_FILE);
  json cases = json::parse(file, nullptr, false);
  if (cases.is_discarded()) {
    std::printf("fuzz_contract: cannot read %s\n", CASES_FILE);
    return 1;
  }
  std::vector<json> seeds;
  for (const auto& c : cases["cases"]) {
    if (c.contains("request")) seeds.push_back(c["request"]);
  }
  long failures = 0;
  for (long i = 0; i < iterations; ++i) {
    json request = seeds[pick(seeds.size())];
    if (request.is_object() && request.contains("kind") && request["kind"] == "roster" && request.contains("csv") && request["csv"].is_string() && pick(3) > 0) {
      mutate_csv(request["csv"].get_ref<std::string&>());
    } else {
      for (std::size_t n = 1 + pick(3); n > 0; --n) mutate(request);
    }
    std::string text = request.dump(-1, ' ', false, json::error_handler_t::replace);
    if (pick(4) == 0) mutate_text(text);
    const std::string problem = answer_check::problem(est::evaluate_text(text));
    if (!problem.empty() && ++failures <= 10) std::printf("FAIL %s\n  request: %s\n", problem.c_str(), text.c_str());
  }
  std::printf("fuzz_contract: %ld requests, %ld failed\n", iterations, failures);
  return failures == 0 ? 0 : 1;
}
