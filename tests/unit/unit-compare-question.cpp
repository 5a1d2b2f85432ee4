// compare as visitors ask it: ranges (followers too), a fixed number of creators, published
// defaults with their sources, net reach, plausibility warnings and the answer.
#include "helpers.hpp"

namespace {

json option(const char* label, json fields) {
  fields["label"] = label;
  return fields;
}

json compare(double budget, json options) {
  return {{"kind", "compare"}, {"budget", budget}, {"options", std::move(options)}};
}

// "10 micro-influencers of 10-50k followers with 3-5% engagement for $5k in total, against one
// influencer of 300-500k followers for the same money."
json english_question() {
  json req = compare(5000, json::array({option("Micro", {{"creators", 10},
                                                        {"followers", {{"low", 10000}, {"high", 50000}}},
                                                        {"engagement_rate_pct", {{"low", 3}, {"high", 5}}}}),
                                        option("Macro", {{"creators", 1}, {"followers", {{"low", 300000}, {"high", 500000}}}})}));
  req["currency"] = "USD";
  return req;
}

double num(const json& j) { return j.get<double>(); }

}  // namespace

TEST_CASE("a point request gets no bands, no probability and an answer on the typical values") {
  json r = result_of(compare(10000, json::array({option("Micro", {{"followers", 25000}, {"engagement_rate_pct", 3},
                                                                  {"price_per_post", 250}, {"reach_rate_pct", 20}}),
                                                 option("Macro", {{"followers", 800000}, {"engagement_rate_pct", 1},
                                                                  {"price_per_post", 10000}, {"reach_rate_pct", 30}})})));
  CHECK(!r.contains("probability_best"));
  CHECK(!r.contains("trials"));
  CHECK(!r["options"][0].contains("bands"));
  CHECK(!r["options"][0].contains("unique_reach"));
  CHECK(r["answer"]["goal"] == "reach");
  CHECK(r["answer"]["winner"] == "Macro");
  CHECK(r["answer"]["runner_up"] == "Micro");
  CHECK(num(r["answer"]["ratio"]) == doctest::Approx(1.2));
  CHECK(!r["answer"].contains("probability"));
  // Every figure the user's: the only sources are those of the benchmark a warning cites (30% reach).
  CHECK(r["options"][1]["inputs"]["reach_rate_pct"]["filled_from"] == "user");
  CHECK(r["sources"] == r["options"][1]["warnings"][0]["sources"]);
  CHECK(r["method"]["formula"].get<std::string>().find("no audience_size: no unique reach") != std::string::npos);
}

TEST_CASE("ranges, followers included, give bands and probability_best from the seeded engine") {
  json req = english_question();
  json r = result_of(req);
  CHECK(r["trials"] == 10000);
  CHECK(r["seed"] == 1);
  for (const auto& o : r["options"]) {
    for (const char* k : {"creators", "spend", "reach", "engagements", "cpe", "cpm"}) {
      CAPTURE(k);
      REQUIRE(o["bands"].contains(k));
      CHECK(num(o["bands"][k]["p10"]) <= num(o["bands"][k]["p50"]));
      CHECK(num(o["bands"][k]["p50"]) <= num(o["bands"][k]["p90"]));
    }
    CHECK(!o["bands"].contains("unique_reach"));  // no audience_size
  }
  // A followers range spreads the engagements of a fixed number of creators.
  CHECK(num(r["options"][0]["bands"]["engagements"]["p10"]) < num(r["options"][0]["bands"]["engagements"]["p90"]));
  CHECK(r["options"][0]["bands"]["creators"]["p50"] == 10);
  double total = 0;
  for (const auto& [label, p] : r["probability_best"]["reach"].items()) total += num(p);
  CHECK(total == doctest::Approx(1));
  const std::string winner = r["answer"]["winner"];
  CHECK(num(r["answer"]["probability"]) == num(r["probability_best"][r["answer"]["goal"].get<std::string>()][winner]));
  CHECK(all_finite(r));
}

TEST_CASE("the same seed gives the same answer; another seed another draw") {
  json req = english_question();
  CHECK(est::evaluate(req) == est::evaluate(req));
  json other = req;
  other["seed"] = 7;
  CHECK(result_of(other)["probability_best"] != result_of(req)["probability_best"]);
  req["trials"] = 0;
  CHECK(has_error(errors_of(req), "trials", "too_small"));
}

TEST_CASE("a typical followers value reproduces the point answer") {
  json point = compare(5000, json::array({option("A", {{"followers", 30000}, {"engagement_rate_pct", 2}, {"price_per_post", 250}})}));
  json ranged = point;
  ranged["options"][0]["followers"] = {{"low", 10000}, {"typical", 30000}, {"high", 50000}};
  json a = result_of(point)["options"][0], b = result_of(ranged)["options"][0];
  for (const char* k : {"creators", "spend", "engagements", "cpe", "followers_total"}) CHECK(a[k] == b[k]);
  CHECK(b.contains("bands"));
}

TEST_CASE("a fixed number of creators: spend = creators × price × posts, never above the budget") {
  json req = compare(5000, json::array({option("A", {{"creators", 10}, {"followers", 20000}, {"engagement_rate_pct", 2},
                                                     {"price_per_post", 200}, {"posts_per_creator", 2}})}));
  json o = result_of(req)["options"][0];
  CHECK(o["creators"] == 10);
  CHECK(o["spend"] == 4000);
  CHECK(o["unspent"] == 1000);
  CHECK(o["posts"] == 20);
  req["options"][0]["creators"] = 13;  // 13 × 200 × 2 = 5200
  CHECK(has_error(errors_of(req), "options.0.creators", "too_large"));
  req["options"][0]["creators"] = 2.5;
  CHECK(has_error(errors_of(req), "options.0.creators", "must_be_whole_number"));
  req["options"][0]["creators"] = 0;
  CHECK(has_error(errors_of(req), "options.0.creators", "too_small"));
  // Over the budget only at the typical price of a range: a warning, not an error.
  req["options"][0]["creators"] = 10;
  req["options"][0]["price_per_post"] = {{"low", 200}, {"high", 400}};  // 10 × 2 × 300 = 6000 typically
  const json w = result_of(req)["options"][0]["warnings"];
  REQUIRE(w.size() == 1);
  CHECK(w[0]["field"] == "options.0.creators");
  CHECK(w[0]["code"] == "over_budget");
}

TEST_CASE("missing price, engagement and reach rates come from the dataset, with their sources") {
  json r = result_of(compare(5000, json::array({option("Micro", {{"followers", 30000}}),
                                                option("Own", {{"followers", 30000}, {"engagement_rate_pct", 2}, {"price_per_post", 250}, {"reach_rate_pct", 20}})})));
  const json& filled = r["options"][0]["inputs"];
  for (const char* k : {"price_per_post", "engagement_rate_pct", "reach_rate_pct"}) {
    CAPTURE(k);
    CHECK(filled[k]["filled_from"] == "dataset");
    CHECK(!filled[k]["records"].empty());
    CHECK(!filled[k]["sources"].empty());
    CHECK(num(filled[k]["low"]) <= num(filled[k]["typical"]));
    CHECK(num(filled[k]["typical"]) <= num(filled[k]["high"]));
    for (const auto& id : filled[k]["sources"]) CHECK(std::find(r["sources"].begin(), r["sources"].end(), id) != r["sources"].end());
    CHECK(r["options"][1]["inputs"][k]["filled_from"] == "user");
    CHECK(r["options"][1]["inputs"][k]["sources"] == json::array());
  }
  CHECK(filled["price_per_post"]["unit"] == "USD");  // the default: the currency prices are published in
  // The same figures the price, engagement and reach kinds publish for this creator.
  json price = result_of({{"kind", "price"}, {"followers", 30000}, {"platform", "instagram"}, {"format", "post"}});
  json usd;
  for (const auto& p : price["prices"]) {
    if (p["unit"] == "USD") usd = p;
  }
  CHECK(filled["price_per_post"]["typical"] == usd["typical"]);
  json reach = result_of({{"kind", "reach"}, {"followers", 30000}});
  CHECK(filled["reach_rate_pct"]["typical"] == reach["reach_rate_pct"]["typical"]);
  json engagement = result_of({{"kind", "engagement"}, {"followers", 30000}, {"likes", 600}});
  CHECK(filled["engagement_rate_pct"]["typical"] == engagement["benchmark"]["typical"]);
  // Filled values are ranges: the answer gets bands.
  CHECK(r.contains("probability_best"));
}

TEST_CASE("prices are filled in the request's currency, converted only at the visitor's rate") {
  json req = compare(5000, json::array({option("Macro", {{"followers", 600000}, {"engagement_rate_pct", 1}})}));
  req["currency"] = "USD";
  const json usd = result_of(req)["options"][0]["inputs"]["price_per_post"];
  CHECK(usd["unit"] == "USD");
  CHECK(!usd.contains("converted_from"));
  // Every price is published in dollars: in euros without a rate, an error saying what to give.
  req["currency"] = "EUR";
  json e = errors_of(req);
  REQUIRE(has_error(e, "options.0.price_per_post", "no_benchmark"));
  std::string message;
  for (const auto& err : e["errors"]) {
    if (err["field"] == "options.0.price_per_post") message = err["message"];
  }
  CHECK(message.find("published in USD") != std::string::npos);
  CHECK(message.find("exchange_rates.USD") != std::string::npos);
  // A rate for another currency than the published one does not help.
  req["exchange_rates"] = {{"GBP", 1.2}};
  CHECK(has_error(errors_of(req), "options.0.price_per_post", "no_benchmark"));
  // With the visitor's dollar rate: the published dollars × the rate, said so, same records.
  req["exchange_rates"] = {{"USD", 0.92}};
  json r = result_of(req);
  const json& eur = r["options"][0]["inputs"]["price_per_post"];
  CHECK(eur["filled_from"] == "dataset");
  CHECK(eur["unit"] == "EUR");
  CHECK(eur["converted_from"] == "USD");
  CHECK(num(eur["rate"]) == 0.92);
  for (const char* k : {"low", "typical", "high"}) CHECK(num(eur[k]) == doctest::Approx(num(usd[k]) * 0.92));
  CHECK(eur["records"] == usd["records"]);
  CHECK(eur["sources"] == usd["sources"]);
  CHECK(r["currency"] == "EUR");
  // A price the visitor types is theirs, never converted.
  req["options"][0]["price_per_post"] = 3000;
  const json own = result_of(req)["options"][0]["inputs"]["price_per_post"];
  CHECK(own["filled_from"] == "user");
  CHECK(num(own["typical"]) == 3000);
  CHECK(!own.contains("converted_from"));
  // The rate is read as the price kind reads it.
  req["exchange_rates"] = {{"USD", -1}};
  CHECK(has_error(errors_of(req), "exchange_rates.USD", "must_be_positive"));
  req["exchange_rates"] = "0.92";
  CHECK(has_error(errors_of(req), "exchange_rates", "not_an_object"));
  req["currency"] = "yen";
  CHECK(has_error(errors_of(req), "currency", "unknown_currency"));
}

TEST_CASE("a figure nothing is published for stays missing with an error naming it") {
  json tiny = compare(5000, json::array({option("A", {{"followers", 5000}, {"platform", "pinterest"}})}));
  json e = errors_of(tiny);
  CHECK(has_error(e, "options.0.price_per_post", "no_benchmark"));
  // A reach rate is optional: left out with a warning, unless the goal needs it.
  json tiktok = compare(1000, json::array({option("A", {{"followers", 10000}, {"engagement_rate_pct", 9}, {"price_per_post", 100},
                                                        {"platform", "tiktok"}, {"format", "video"}})}));
  json r = result_of(tiktok);
  CHECK(!r["options"][0].contains("reach"));
  CHECK(!r["options"][0]["inputs"].contains("reach_rate_pct"));
  CHECK(r["answer"]["goal"] == "engagements");
  REQUIRE(r["options"][0]["warnings"].size() == 1);
  CHECK(r["options"][0]["warnings"][0]["field"] == "options.0.reach_rate_pct");
  CHECK(r["options"][0]["warnings"][0]["code"] == "no_benchmark");
  tiktok["goal"] = "reach";
  CHECK(has_error(errors_of(tiktok), "options.0.reach_rate_pct", "missing"));
}

TEST_CASE("platform and format are checked") {
  json req = compare(5000, json::array({option("A", {{"followers", 30000}, {"platform", "myspace"}, {"format", "tweet"}})}));
  json e = errors_of(req);
  CHECK(has_error(e, "options.0.platform", "unknown_platform"));
  CHECK(has_error(e, "options.0.format", "unknown_format"));
  req["options"][0]["platform"] = "YouTube";
  req["options"][0]["format"] = "video";
  json o = result_of(req)["options"][0];
  CHECK(o["platform"] == "youtube");
  CHECK(o["format"] == "video");
}

TEST_CASE("unique reach with an audience size: at most the reach, at least one post's reach") {
  json req = compare(10000, json::array({option("Micro", {{"followers", 25000}, {"engagement_rate_pct", 3}, {"price_per_post", 250}, {"reach_rate_pct", 20}}),
                                         option("Macro", {{"followers", 800000}, {"engagement_rate_pct", 1}, {"price_per_post", 10000}, {"reach_rate_pct", 30}})}));
  req["audience_size"] = 1000000;
  json r = result_of(req);
  CHECK(r["answer"]["goal"] == "unique_reach");
  CHECK(r.contains("best_by_unique_reach"));
  for (const auto& o : r["options"]) {
    CHECK(num(o["unique_reach"]) <= num(o["reach"]));
    CHECK(num(o["average_frequency"]) >= 1);
    CHECK(num(o["average_frequency"]) == doctest::Approx(num(o["reach"]) / num(o["unique_reach"])));
  }
  // 40 micros of 5,000 people reached each: the overlap kind's formula over the same posts.
  std::vector<double> reaches(40, 5000);
  json overlap = result_of({{"kind", "overlap"}, {"reaches", reaches}, {"universe", 1000000}});
  CHECK(num(r["options"][0]["unique_reach"]) == doctest::Approx(num(overlap["unique_reach"])).epsilon(1e-12));
  CHECK(num(r["options"][0]["unique_reach"]) < num(r["options"][0]["reach"]));
  CHECK(r["options"][1]["unique_reach"] == r["options"][1]["reach"]);  // one post: nobody twice

  req["audience_size"] = 100000;  // smaller than the macro's one post (240,000)
  CHECK(has_error(errors_of(req), "audience_size", "too_small"));
  req.erase("audience_size");
  req["goal"] = "unique_reach";
  CHECK(has_error(errors_of(req), "audience_size", "missing"));
}

TEST_CASE("unique reach in the bands never exceeds reach") {
  json req = english_question();
  req["audience_size"] = 2000000;
  json r = result_of(req);
  CHECK(r["answer"]["goal"] == "unique_reach");
  for (const auto& o : r["options"]) {
    for (const char* q : {"p10", "p50", "p90"}) CHECK(num(o["bands"]["unique_reach"][q]) <= num(o["bands"]["reach"][q]) * (1 + 1e-9));
    CHECK(num(o["unique_reach"]) <= num(o["reach"]));
  }
  CHECK(r["probability_best"].contains("unique_reach"));
}

TEST_CASE("warnings: the engagement verdict on implausible rates, none on typical ones") {
  // "€5,000: one macro with 500,000 followers at 1%, or micros with 50,000 followers at 12%?"
  json req = compare(5000, json::array({option("Macro", {{"creators", 1}, {"followers", 500000}, {"engagement_rate_pct", 1}, {"price_per_post", 5000}}),
                                        option("Micro", {{"followers", 50000}, {"engagement_rate_pct", 12}})}));
  json r = result_of(req);
  CHECK(r["options"][0]["warnings"] == json::array());
  const json& w = r["options"][1]["warnings"];
  REQUIRE(w.size() == 1);
  CHECK(w[0]["field"] == "options.1.engagement_rate_pct");
  // The Engagement section's verdict on the same number: the same code and wording.
  json section = result_of({{"kind", "engagement"}, {"followers", 50000}, {"likes", 6000}});
  CHECK(w[0]["code"] == section["verdict"]["rating"]);
  CHECK(w[0]["message"] == section["verdict"]["reasons"][0]);
  CHECK(w[0]["code"] == "suspiciously_high");
  CHECK(!w[0]["sources"].empty());
  // Typical rates: no warning.
  req["options"][1]["engagement_rate_pct"] = 2;
  CHECK(result_of(req)["options"][1]["warnings"] == json::array());
  // A rate given once for every option is named at the top level.
  req["options"][1].erase("engagement_rate_pct");
  req["options"][0].erase("engagement_rate_pct");
  req["engagement_rate_pct"] = 12;
  json shared = result_of(req);
  CHECK(shared["options"][1]["warnings"][0]["field"] == "engagement_rate_pct");
}

TEST_CASE("answer: goal, winner, runner-up, ratio ≥ 1 for costs too, ties to the first") {
  json req = compare(1000, json::array({option("A", {{"followers", 10000}, {"engagement_rate_pct", 2}, {"price_per_post", 100}}),
                                        option("B", {{"followers", 10000}, {"engagement_rate_pct", 4}, {"price_per_post", 100}})}));
  req["goal"] = "cpe";
  json a = result_of(req)["answer"];
  CHECK(a["winner"] == "B");
  CHECK(a["runner_up"] == "A");
  CHECK(num(a["ratio"]) == doctest::Approx(2));
  req["goal"] = "engagements";
  CHECK(num(result_of(req)["answer"]["ratio"]) == doctest::Approx(2));
  req["options"][1]["engagement_rate_pct"] = 2;  // a tie
  json tie = result_of(req)["answer"];
  CHECK(tie["winner"] == "A");
  CHECK(tie["runner_up"] == "B");
  CHECK(tie["ratio"] == 1);
  req["goal"] = "likes";
  CHECK(has_error(errors_of(req), "goal", "unknown_goal"));
  // One option: a winner, nobody to compare with.
  json one = compare(1000, json::array({option("A", {{"followers", 10000}, {"engagement_rate_pct", 2}, {"price_per_post", 100}})}));
  json solo = result_of(one)["answer"];
  CHECK(solo["winner"] == "A");
  CHECK(!solo.contains("runner_up"));
  CHECK(!solo.contains("ratio"));
}

TEST_CASE("simulate takes a followers range too; point followers change nothing") {
  json req = {{"kind", "simulate"}, {"budget", 1000}, {"trials", 2000},
              {"options", json::array({{{"followers", {{"low", 5000}, {"high", 15000}}}, {"engagement_rate_pct", 2}, {"price_per_post", 100}}})}};
  json r = result_of(req);
  CHECK(num(r["options"][0]["engagements"]["p10"]) < num(r["options"][0]["engagements"]["p90"]));
  CHECK(!r["options"][0].contains("unique_reach"));
  CHECK(!r["probability_best"].contains("unique_reach"));
}
