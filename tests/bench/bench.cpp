// Native timings of the benchmark requests (tests/bench/requests.json): the median of several
// runs of est::evaluate_text, as scripts/bench prints them next to the wasm timings.
//   bench_native <requests.json>   → one JSON line per benchmark: {"name", "ms"}
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "contract/contract.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_native requests.json\n");
    return 2;
  }
  std::ifstream file(argv[1]);
  const auto benchmarks = nlohmann::json::parse(file, nullptr, false)["benchmarks"];
  for (const auto& b : benchmarks) {
    const std::string text = b["request"].dump();
    est::evaluate_text(text);  // warm up: the dataset is parsed on first use
    std::vector<double> ms;
    for (int run = 0; run < 15; ++run) {
      const auto start = std::chrono::steady_clock::now();
      const std::string answer = est::evaluate_text(text);
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
      if (answer.find("\"ok\":true") == std::string::npos) {
        std::fprintf(stderr, "%s failed: %s\n", b["name"].get<std::string>().c_str(), answer.c_str());
        return 1;
      }
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%s\n", nlohmann::json{{"name", b["name"]}, {"ms", ms[ms.size() / 2]}}.dump().c_str());
  }
  return 0;
}
