// simulate, plan, funnel and overlap through the contract.
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

TEST_CASE("plan: a profile that adds nothing is never bought, and the best mix is still found") {
  // A rate of 0 at a cent per post: its cap was counted down one creator at a time until the work
  // limit ended the search with no mix at all (a crash natively; "buy nothing" as wasm).
  json zero = {{"label", "Zero"}, {"followers", 1}, {"engagement_rate_pct", 0}, {"price_per_post", 0.01}};
  json alone = result_of({{"kind", "plan"}, {"budget", 1e6}, {"goal", "engagements"}, {"profiles", json::array({zero})}});
  CHECK(alone["mix"][0]["creators"] == 0);
  CHECK(alone["value"] == 0);
  CHECK(alone["exact"] == true);
  // The page's case: a profile capped at one creator next to the worthless one.
  json nano = {{"label", "Nano"}, {"followers", 5000}, {"engagement_rate_pct", 5}, {"price_per_post", 100}, {"max_creators", 1}};
  json r = result_of({{"kind", "plan"}, {"budget", 100000}, {"goal", "engagements"}, {"profiles", json::array({nano, zero})}});
  CHECK(r["mix"][0]["creators"] == 1);
  CHECK(r["mix"][1]["creators"] == 0);
  CHECK(r["value"].get<double>() == doctest::Approx(250));
  CHECK(r["spend"].get<double>() == doctest::Approx(100));
  CHECK(r["exact"] == true);
}

TEST_CASE("plan: the best mix for a goal, the next best, and the margins") {
  json request = {{"kind", "plan"}, {"budget", 10000}, {"goal", "engagements"}, {"max_creators_total", 20},
                  {"profiles", json::array({{{"label", "Micro"}, {"followers", 20000}, {"engagement_rate_pct", 3}, {"price_per_post", 250}},
                                            {{"label", "Macro"}, {"followers", 500000}, {"engagement_rate_pct", 1.5}, {"price_per_post", 5000}}})}};
  json r = result_of(request);
  // A micro brings 600 engagements for 250, a macro 7,500 for 5,000. With at most 20 creators,
  // 19 micros and 1 macro (18,900) beat 20 micros (12,000); a 21st creator adds a micro (600).
  CHECK(r["mix"][0]["creators"] == 19);
  CHECK(r["mix"][1]["creators"] == 1);
  CHECK(r["value"].get<double>() == doctest::Approx(18900));
  CHECK(r["spend"].get<double>() == doctest::Approx(9750));
  CHECK(r["exact"] == true);
  CHECK(r["marginal"]["max_creators_total_plus_1"].get<double>() == doctest::Approx(600));
  CHECK(r["alternatives"].size() >= 1);
  request.erase("max_creators_total");
  CHECK(result_of(request)["mix"][0]["creators"] == 40);
  CHECK(!result_of(request).contains("cautious"));
}

TEST_CASE("plan: ranges give a cautious mix next to the best by mean") {
  json r = result_of({{"kind", "plan"}, {"budget", 10000}, {"goal", "reach"}, {"seed", 5},
                      {"profiles", json::array({{{"label", "Steady"}, {"followers", 20000}, {"engagement_rate_pct", 3}, {"price_per_post", 250}, {"reach_rate_pct", {{"low", 19}, {"high", 21}}}},
                                                {{"label", "Volatile"}, {"followers", 20000}, {"engagement_rate_pct", 3}, {"price_per_post", 250}, {"reach_rate_pct", {{"low", 1}, {"typical", 30}, {"high", 40}}}}})}});
  REQUIRE(r.contains("cautious"));
  CHECK(r["cautious"]["value_p10"].get<double>() >= r["value_p10"].get<double>());
  CHECK(r["cautious"]["mix"][0]["creators"].get<double>() > r["mix"][0]["creators"].get<double>());
}

TEST_CASE("plan: bad inputs") {
  json base = {{"kind", "plan"}, {"budget", 100}, {"goal", "reach"},
               {"profiles", json::array({{{"followers", 2000}, {"engagement_rate_pct", 3}, {"price_per_post", 250}}})}};
  json e = errors_of(base);
  CHECK(has_error(e, "profiles.0.reach_rate_pct", "missing"));
  base["goal"] = "fame";
  CHECK(has_error(errors_of(base), "goal", "unknown_goal"));
  base["goal"] = "engagements";
  CHECK(has_error(errors_of(base), "budget", "too_small"));
  base["profiles"] = json::array();
  CHECK(has_error(errors_of(base), "profiles", "too_few"));
}

TEST_CASE("funnel: identities hold, point and range") {
  json r = result_of({{"kind", "funnel"}, {"impressions", 200000}, {"ctr_pct", 1.5}, {"cvr_pct", 2}, {"aov", 60}, {"cost", 2000}});
  auto v = [&](const char* k) { return r[k]["typical"].get<double>(); };
  CHECK(v("clicks") == doctest::Approx(3000));
  CHECK(v("conversions") == doctest::Approx(60));
  CHECK(v("revenue") == doctest::Approx(3600));
  CHECK(v("cpc") * v("clicks") == doctest::Approx(2000));
  CHECK(v("cpa") * v("conversions") == doctest::Approx(2000));
  CHECK(v("roas") == doctest::Approx(v("revenue") / 2000));
  CHECK(v("roi_pct") == doctest::Approx((v("roas") - 1) * 100));
  CHECK(v("break_even_conversions") == doctest::Approx(2000.0 / 60));
  CHECK(v("break_even_cvr_pct") == doctest::Approx(v("break_even_conversions") / v("clicks") * 100));
  json ranged = result_of({{"kind", "funnel"}, {"reach", {{"low", 50000}, {"high", 80000}}}, {"frequency", 1.5},
                           {"ctr_pct", {{"low", 1}, {"high", 2}}}, {"cvr_pct", 2}, {"aov", 60}, {"cost", 2000}});
  for (const auto& item : ranged.items()) {
    const std::string k = item.key();
    const json& range = item.value();
    if (!range.is_object() || !range.contains("low")) continue;
    CAPTURE(k);
    CHECK(range["low"].get<double>() <= range["typical"].get<double>());
    CHECK(range["typical"].get<double>() <= range["high"].get<double>());
  }
  CHECK(ranged["impressions"]["low"].get<double>() == doctest::Approx(75000));
  CHECK(ranged["cpc"]["high"].get<double>() == doctest::Approx(2000.0 / 750));
}

TEST_CASE("funnel: bad inputs") {
  CHECK(has_error(errors_of({{"kind", "funnel"}, {"ctr_pct", 1}}), "impressions", "missing"));
  CHECK(has_error(errors_of({{"kind", "funnel"}, {"impressions", 5}, {"reach", 5}, {"ctr_pct", 1}}), "reach", "conflict"));
  CHECK(has_error(errors_of({{"kind", "funnel"}, {"impressions", 5}, {"ctr_pct", 150}}), "ctr_pct", "too_large"));
  CHECK(has_error(errors_of({{"kind", "funnel"}, {"impressions", 5}, {"ctr_pct", {{"low", 3}, {"high", 1}}}}), "ctr_pct", "low_above_high"));
}

TEST_CASE("overlap: independent audiences in a universe") {
  json r = result_of({{"kind", "overlap"}, {"reaches", {1000, 2000, 3000}}, {"universe", 10000}});
  CHECK(r["unique_reach"].get<double>() == doctest::Approx(10000 * (1 - 0.9 * 0.8 * 0.7)));
  CHECK(r["unique_reach"].get<double>() <= 6000);
  CHECK(r["average_frequency"].get<double>() == doctest::Approx(6000 / r["unique_reach"].get<double>()));
  // A huge universe: the product form would lose the digits that matter.
  json huge = result_of({{"kind", "overlap"}, {"reaches", {1000, 2000, 3000}}, {"universe", 9e12}});
  CHECK(huge["unique_reach"].get<double>() <= 6000);
  CHECK(huge["duplicated_reach"].get<double>() >= 0);
  CHECK(huge["average_frequency"].get<double>() >= 1);
  json one = result_of({{"kind", "overlap"}, {"reaches", {10000}}, {"universe", 10000}});
  CHECK(one["unique_reach"].get<double>() == doctest::Approx(10000));
}

TEST_CASE("overlap: pairwise shares, exact for two and bounded for more") {
  json two = result_of({{"kind", "overlap"}, {"reaches", {1000, 4000}}, {"overlaps_pct", {{0, 25}, {25, 0}}}});
  CHECK(two["unique_reach"].get<double>() == doctest::Approx(4750));
  json three = result_of({{"kind", "overlap"}, {"reaches", {1000, 2000, 3000}}, {"overlaps_pct", {{0, 50, 50}, {50, 0, 50}, {50, 50, 0}}}});
  const json& b = three["unique_reach_bounds"];
  CHECK(b["low"].get<double>() <= three["unique_reach"].get<double>());
  CHECK(three["unique_reach"].get<double>() <= b["high"].get<double>());
  CHECK(b["low"].get<double>() >= 3000);
  CHECK(b["high"].get<double>() <= 6000);
}

TEST_CASE("overlap: bad inputs") {
  CHECK(has_error(errors_of({{"kind", "overlap"}, {"reaches", {100, -5}}, {"universe", 1000}}), "reaches.1", "must_be_positive"));
  CHECK(has_error(errors_of({{"kind", "overlap"}, {"reaches", {5000}}, {"universe", 1000}}), "universe", "too_small"));
  CHECK(has_error(errors_of({{"kind", "overlap"}, {"reaches", {5000}}}), "universe", "missing"));
  CHECK(has_error(errors_of({{"kind", "overlap"}, {"reaches", {1, 2}}, {"overlaps_pct", {{0, 120}, {0, 0}}}}), "overlaps_pct.0.1", "too_large"));
  CHECK(has_error(errors_of({{"kind", "overlap"}, {"reaches", {1, 2}}, {"overlaps_pct", {{0}}}}), "overlaps_pct", "not_a_matrix"));
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
