// One function per request kind. Each reads its inputs with a Reader, records every problem in
// Errors, and returns the result object (ignored by the caller when there were errors).
#pragma once
#include "contract/fields.hpp"

namespace est {

json run_engagement(const json& request, Errors& errors);
json run_tier(const json& request, Errors& errors);
json run_cost(const json& request, Errors& errors);
json run_compare(const json& request, Errors& errors);
json run_benchmarks(const json& request, Errors& errors);
json run_reach(const json& request, Errors& errors);
json run_price(const json& request, Errors& errors);
json run_simulate(const json& request, Errors& errors);
json run_plan(const json& request, Errors& errors);
json run_funnel(const json& request, Errors& errors);
json run_overlap(const json& request, Errors& errors);
json run_roster(const json& request, Errors& errors);

// The formula behind a result: a stable id and the formula as text, shown next to each figure.
inline json method(const char* id, const char* formula) {
  return {{"id", id}, {"formula", formula}};
}

}  // namespace est
