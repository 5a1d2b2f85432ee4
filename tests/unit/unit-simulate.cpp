// kind "simulate" through the contract, and its run in steps.
#include "helpers.hpp"

namespace {

json simulate_request(json micro_rate, json macro_rate, double trials = 20000, double seed = 3) {
  return {{"kind", "simulate"}, {"budget", 10000}, {"trials", trials}, {"seed", seed},
          {"options", json::array({{{"label", "Micro"}, {"followers", 25000}, {"engagement_rate_pct", micro_rate},
                                    {"price_per_post", 250}, {"reach_rate_pct", 20}},
                                   {{"label", "Macro"}, {"followers", 600000}, {"engagement_rate_pct", macro_rate},
                                    {"price_per_post", 5000}, {"reach_rate_pct", 15}}})}};
}

}  // namespace

TEST_CASE("simulate: the same seed gives the same result; another seed another") {
  json range = {{"low", 1}, {"typical", 2}, {"high", 4}};
  json a = result_of(simulate_request(range, range));
  CHECK(a == result_of(simulate_request(range, range)));
  CHECK(a != result_of(simulate_request(range, range, 20000, 4)));
  CHECK(all_finite(a));
}

TEST_CASE("simulate: a range with low = high gives compare's numbers") {
  json sim = result_of(simulate_request(3, 1.5, 5000));
  json cmp = result_of({{"kind", "compare"}, {"budget", 10000}, {"options", simulate_request(3, 1.5)["options"]}});
  for (std::size_t i = 0; i < 2; ++i) {
    for (const char* metric : {"creators", "engagements", "reach", "cpe", "cpm"}) {
      CAPTURE(metric);
      for (const char* q : {"p10", "p50", "p90", "mean"}) {
        CHECK(sim["options"][i][metric][q].get<double>() == doctest::Approx(cmp["options"][i][metric].get<double>()));
      }
    }
  }
  CHECK(sim["probability_best"]["engagements"]["Micro"] == 1);
}

TEST_CASE("simulate: p10 <= p50 <= p90, and a symmetric range centres its median") {
  json r = result_of(simulate_request({{"low", 2}, {"high", 4}}, {{"low", 1}, {"high", 2}}, 50000));
  for (const auto& option : r["options"]) {
    for (const auto& item : option.items()) {
      const std::string metric = item.key();
      const json& q = item.value();
      if (metric == "label") continue;
      CAPTURE(metric);
      CHECK(q["p10"].get<double>() <= q["p50"].get<double>());
      CHECK(q["p50"].get<double>() <= q["p90"].get<double>());
    }
  }
  // Micro: 40 creators × 25,000 × 3% (centre of 2–4) = 30,000 engagements; stated tolerance 1%.
  CHECK(r["options"][0]["engagements"]["p50"].get<double>() == doctest::Approx(30000).epsilon(0.01));
  CHECK(r["options"][0]["engagements"]["mean"].get<double>() == doctest::Approx(30000).epsilon(0.01));
  const double p = r["probability_best"]["engagements"]["Micro"].get<double>() + r["probability_best"]["engagements"]["Macro"].get<double>();
  CHECK(p == doctest::Approx(1));
}

TEST_CASE("simulate: bad inputs") {
  CHECK(has_error(errors_of(simulate_request({{"low", 4}, {"high", 2}}, 1)), "options.0.engagement_rate_pct", "low_above_high"));
  CHECK(has_error(errors_of(simulate_request(1, 1, 0)), "trials", "too_small"));
  CHECK(has_error(errors_of(simulate_request(1, 1, 2e6)), "trials", "too_large"));
  json poor = simulate_request(1, 1);
  poor["budget"] = 100;
  CHECK(has_error(errors_of(poor), "budget", "too_small"));
  CHECK(has_error(errors_of({{"kind", "simulate"}, {"budget", 10}, {"options", json::array()}}), "options", "too_few"));
}

TEST_CASE("simulate: a metric undefined in every pilot trial and defined later gets its quantiles") {
  // A price of 100..10,000 (typically 10,000) against a budget of 500 buys nobody in nearly every
  // trial, so the cost per engagement is undefined there. When that holds for all 2,048 pilot
  // trials and not for some later one, the histogram's span came out NaN and a NaN was cast to a
  // bin index (a crash natively, undefined behaviour anywhere). The first 2,048 trials of a run
  // are its pilot, so a run of 2,048 trials without a cpe shows which seed gives that case.
  auto request = [](double trials, double seed) {
    return json{{"kind", "simulate"}, {"budget", 500}, {"trials", trials}, {"seed", seed},
                {"options", json::array({{{"followers", 1}, {"engagement_rate_pct", 1},
                                          {"price_per_post", {{"low", 100}, {"typical", 10000}, {"high", 10000}}}}})}};
  };
  int cases = 0;
  for (double seed = 1; seed <= 20 && cases < 3; ++seed) {
    if (result_of(request(2048, seed))["options"][0].contains("cpe")) continue;
    json r = result_of(request(100000, seed));
    if (!r["options"][0].contains("cpe")) continue;
    ++cases;
    CAPTURE(seed);
    CHECK(all_finite(r));
    const json& cpe = r["options"][0]["cpe"];
    INFO(cpe.dump());
    CHECK(cpe["defined_pct"].get<double>() < 1);
    CHECK(cpe["p10"].get<double>() <= cpe["p50"].get<double>());
    CHECK(cpe["p50"].get<double>() <= cpe["p90"].get<double>());
    // Each defined trial buys one creator at 100..500 for 0.01 engagements.
    CHECK(cpe["p10"].get<double>() >= 100 / 0.01);
    CHECK(cpe["p90"].get<double>() <= 500 / 0.01);
  }
  CHECK(cases == 3);  // the case arises for several seeds (seed 1 is the attack's)
}

TEST_CASE("a run in steps answers exactly as evaluate does, with progress from 0 to 1") {
  const std::string text = simulate_request({{"low", 1}, {"high", 3}}, 2, 30000).dump();
  const int id = est::run_start(text);
  CHECK(est::run_progress(id) == 0);
  int steps = 0;
  double last = 0;
  while (!est::run_step(id, 7000)) {
    ++steps;
    CHECK(est::run_progress(id) > last);
    last = est::run_progress(id);
  }
  CHECK(steps >= 4);
  CHECK(est::run_progress(id) == 1);
  CHECK(est::run_finish(id) == est::evaluate_text(text));
  CHECK(est::run_finish(id).empty());  // forgotten once finished
  CHECK(est::run_step(id, 1));
  // Other kinds, and requests with errors, are answered at once.
  const int tier = est::run_start(R"({"kind":"tier","followers":5})");
  CHECK(est::run_step(tier, 1));
  CHECK(est::run_finish(tier) == est::evaluate_text(R"({"kind":"tier","followers":5})"));
  const int bad = est::run_start(R"({"kind":"simulate","budget":-1})");
  CHECK(est::run_step(bad, 1));
  CHECK(json::parse(est::run_finish(bad))["ok"] == false);
}

// Found by the fuzzer: engagements of 1e-315 (a subnormal engagement rate) lie so close together
// that no histogram of finite bins holds them, and their quantiles were left out; compare then read
// a band's missing p10 (undefined behaviour in the wasm module, an assertion natively).
TEST_CASE("simulate and compare: values no histogram can hold still get p10, p50 and p90") {
  const json option = {{"label", "Tiny"}, {"followers", 25000}, {"engagement_rate_pct", {{"low", 3e-319}, {"high", 4e-319}}},
                       {"price_per_post", {{"low", 200}, {"high", 300}}}};
  const json other = {{"label", "Usual"}, {"followers", 30000}, {"engagement_rate_pct", 2}, {"price_per_post", {{"low", 200}, {"high", 300}}}};
  const json sim = result_of({{"kind", "simulate"}, {"budget", 10000}, {"trials", 200}, {"options", {option, other}}});
  const json& tiny = sim["options"][0]["engagements"];
  REQUIRE(tiny.contains("p10"));
  CHECK(tiny["p10"].get<double>() > 0);
  CHECK(tiny["p10"].get<double>() <= tiny["p50"].get<double>());
  CHECK(tiny["p50"].get<double>() <= tiny["p90"].get<double>());
  CHECK(tiny["p90"].get<double>() <= 4e-319 * 25000 * 50 / 100);  // at most 50 creators' worth
  const json cmp = result_of({{"kind", "compare"}, {"budget", 10000}, {"trials", 200}, {"options", {option, other}}});
  for (const auto& o : cmp["options"]) {
    for (auto it = o["bands"].begin(); it != o["bands"].end(); ++it) {
      const std::string metric = it.key();
      const json& band = it.value();
      INFO(metric);
      CHECK(band.contains("p10"));
      CHECK(band.contains("p50"));
      CHECK(band.contains("p90"));
    }
  }
}
