// kind "plan" through the contract.
#include "helpers.hpp"

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

namespace {

// Two profiles with ranged rates; Micro capped below what the budget buys alone (40).
json bands_request(int seed) {
  return {{"kind", "plan"}, {"budget", 10000}, {"goal", "engagements"}, {"seed", seed}, {"bands", true}, {"bands_trials", 30000},
          {"profiles", json::array({{{"label", "Micro"}, {"followers", 20000}, {"engagement_rate_pct", {{"low", 2}, {"high", 4}}}, {"price_per_post", 250}, {"max_creators", 30}},
                                    {{"label", "Macro"}, {"followers", 500000}, {"engagement_rate_pct", {{"low", 1}, {"high", 2}}}, {"price_per_post", 5000}}})}};
}

}  // namespace

TEST_CASE("plan: bands are each profile alone with the whole budget, within its cap, at the request's seed") {
  const json r = result_of(bands_request(7));
  REQUIRE(r.contains("bands"));
  const json& bands = r["bands"];
  CHECK(bands["trials"] == 30000);
  CHECK(bands["seed"] == 7);
  CHECK(bands["options"][0]["label"] == "Micro");
  CHECK(bands["options"][0]["creators"]["p90"] == 30);  // the cap, not the 40 the budget buys
  CHECK(bands["options"][1]["creators"]["p50"] == 2);
  const json& micro = bands["options"][0]["engagements"];
  CHECK(micro["p10"].get<double>() < micro["p50"].get<double>());
  CHECK(micro["p50"].get<double>() < micro["p90"].get<double>());
  CHECK(micro["p10"].get<double>() >= 30 * 20000 * 0.02);
  CHECK(micro["p90"].get<double>() <= 30 * 20000 * 0.04);
  // The plan itself is the answer without bands, unchanged by asking for them.
  json without = bands_request(7);
  without.erase("bands");
  without.erase("bands_trials");
  json plain = r;
  plain.erase("bands");
  CHECK(result_of(without) == plain);
  // The seed is the request's: the same seed, the same bands; another, other bands.
  CHECK(result_of(bands_request(7))["bands"] == bands);
  CHECK(result_of(bands_request(8))["bands"]["options"][0]["engagements"] != micro);
}

TEST_CASE("plan: bands run in steps with progress and answer exactly as evaluate does") {
  const std::string text = bands_request(3).dump();
  const int id = est::run_start(text);
  CHECK(est::run_progress(id) == 0);
  int steps = 0;
  while (!est::run_step(id, 5000)) {
    ++steps;
    CHECK(est::run_progress(id) < 1);
  }
  CHECK(steps >= 5);  // 2,048 pilot trials and 30,000 more, 5,000 a step
  CHECK(est::run_progress(id) == 1);
  CHECK(est::run_finish(id) == est::evaluate_text(text));
  // Without bands, and with errors, the plan is answered at once.
  json without = bands_request(3);
  without.erase("bands");
  without.erase("bands_trials");
  const int at_once = est::run_start(without.dump());
  CHECK(est::run_step(at_once, 1));
  CHECK(est::run_finish(at_once) == est::evaluate_text(without.dump()));
  json bad = bands_request(3);
  bad["bands_trials"] = 0;
  const int failed = est::run_start(bad.dump());
  CHECK(est::run_step(failed, 1));
  const std::string answer = est::run_finish(failed);
  CHECK(answer == est::evaluate_text(bad.dump()));
  CHECK(has_error(json::parse(answer), "bands_trials", "too_small"));
}
