#include "helpers.hpp"

namespace {
json micro_vs_macro(double budget) {
  return {{"kind", "compare"},
          {"budget", budget},
          {"options", json::array({{{"label", "Micro"}, {"followers", 20000}, {"engagement_rate_pct", 3},
                                    {"price_per_post", 200}, {"reach_rate_pct", 25}},
                                   {{"label", "Macro"}, {"followers", 500000}, {"engagement_rate_pct", 1.2},
                                    {"price_per_post", 5000}, {"posts_per_creator", 1}, {"reach_rate_pct", 15}}})}};
}
}  // namespace

TEST_CASE("several micros versus one macro for the same budget") {
  json r = result_of(micro_vs_macro(5000));
  const json& micro = r["options"][0];
  const json& macro = r["options"][1];
  CHECK(micro["label"] == "Micro");
  CHECK(micro["creators"] == 25);
  CHECK(micro["spend"] == 5000);
  CHECK(micro["followers_total"] == 500000);
  CHECK(micro["engagements"].get<double>() == doctest::Approx(15000));
  CHECK(micro["reach"].get<double>() == doctest::Approx(125000));
  CHECK(micro["cpe"].get<double>() == doctest::Approx(5000.0 / 15000));
  CHECK(micro["cpm"].get<double>() == doctest::Approx(40));
  CHECK(macro["creators"] == 1);
  CHECK(macro["engagements"].get<double>() == doctest::Approx(6000));
  CHECK(macro["cpm"].get<double>() == doctest::Approx(5000.0 / 75000 * 1000));
  CHECK(r["best_by_engagements"] == "Micro");
  CHECK(r["best_by_reach"] == "Micro");
  CHECK(r["best_by_cpe"] == "Micro");
  CHECK(r["best_by_cpm"] == "Micro");
}

TEST_CASE("whole creators only; the rest of the budget is unspent") {
  json r = result_of(micro_vs_macro(9999));
  CHECK(r["options"][0]["creators"] == 49);
  CHECK(r["options"][1]["creators"] == 1);
  CHECK(r["options"][1]["unspent"].get<double>() == doctest::Approx(4999));
  json small = micro_vs_macro(0.3);
  small["options"][0]["price_per_post"] = 0.1;
  CHECK(result_of(small)["options"][0]["creators"] == 3);  // not 2.9999...
}

TEST_CASE("an option the budget cannot buy gets no cost metrics and wins nothing") {
  json r = result_of(micro_vs_macro(1000));
  CHECK(r["options"][1]["creators"] == 0);
  CHECK(!r["options"][1].contains("cpe"));
  CHECK(!r["options"][1].contains("cpm"));
  CHECK(r["best_by_engagements"] == "Micro");
  CHECK(all_finite(r));
}

TEST_CASE("without reach rates the published ones are used; where none is published, no reach, no cpm") {
  json req = micro_vs_macro(5000);
  for (auto& o : req["options"]) o.erase("reach_rate_pct");
  json r = result_of(req);
  CHECK(r["options"][0]["inputs"]["reach_rate_pct"]["filled_from"] == "dataset");
  CHECK(r.contains("best_by_cpm"));
  for (auto& o : req["options"]) o["platform"] = "tiktok";  // no published reach rate
  r = result_of(req);
  CHECK(!r["options"][0].contains("reach"));
  CHECK(!r.contains("best_by_cpm"));
  CHECK(r.contains("best_by_cpe"));
}

TEST_CASE("options keep the request's order and get default labels") {
  json req = micro_vs_macro(5000);
  req["options"][0].erase("label");
  req["options"][1].erase("label");
  json r = result_of(req);
  CHECK(r["options"][0]["label"] == "Option 1");
  CHECK(r["options"][1]["label"] == "Option 2");
}

TEST_CASE("bad compare inputs name the option and field") {
  json req = micro_vs_macro(-1);
  req["options"][1]["price_per_post"] = 0;
  req["options"][0]["followers"] = "lots";
  req["options"][1]["posts_per_creator"] = 0;
  json e = errors_of(req);
  CHECK(has_error(e, "budget", "must_be_positive"));
  CHECK(has_error(e, "options.0.followers", "not_a_number"));
  CHECK(has_error(e, "options.1.price_per_post", "must_be_positive"));
  CHECK(has_error(e, "options.1.posts_per_creator", "too_small"));
  CHECK(has_error(errors_of({{"kind", "compare"}, {"budget", 10}, {"options", json::array()}}), "options", "too_few"));
  CHECK(has_error(errors_of({{"kind", "compare"}, {"budget", 10}}), "options", "missing"));
  CHECK(has_error(errors_of({{"kind", "compare"}, {"budget", 10}, {"options", json::array({1})}}), "options.0", "not_an_object"));
  CHECK(has_error(errors_of(micro_vs_macro(50)), "budget", "too_small"));
  json dup = micro_vs_macro(5000);
  dup["options"][1]["label"] = "Micro";
  CHECK(has_error(errors_of(dup), "options.1.label", "duplicate"));
}
