// kind "roster": Dutch and English lists, row errors that never block good rows, each flag at the
// edges of its threshold, the limits, and the selection against brute force.
#include <random>

#include "helpers.hpp"
#include "sheet/roster_rules.hpp"
#include "model/verdict.hpp"

namespace {

json roster(const std::string& csv, json extra = json::object()) {
  extra["kind"] = "roster";
  extra["csv"] = csv;
  return result_of(extra);
}

// The flags of the only creator of a one-row list.
std::vector<std::string> flags_of(const json& creator) {
  std::vector<std::string> codes;
  for (const auto& f : creator["flags"]) codes.push_back(f["code"]);
  return codes;
}

bool has_flag(const json& creator, const std::string& code) {
  const auto codes = flags_of(creator);
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

json one(const json& fields) {
  json c = fields;
  if (!c.contains("name")) c["name"] = "x";
  // Every published price is in US dollars: checked in USD, prices have something to meet.
  return result_of({{"kind", "roster"}, {"currency", "USD"}, {"creators", json::array({c})}})["creators"][0];
}

}  // namespace

TEST_CASE("roster: a Dutch spreadsheet copy (';', decimal comma, Dutch headers)") {
  const json r = roster(
      "\xEF\xBB\xBFNaam;Platform;Volgers;Gem. likes;Reacties;Gedeeld;Bewaard;Prijs (\xE2\x82\xAC);Notitie\r\n"
      "Anna;Instagram;12.500;310;25;4;6;\xE2\x82\xAC 250,-;leuk\r\n"
      "Bram;TikTok;1,2 mln;48.000;1.100;;;1.250,50;\r\n"
      "\r\n"
      "Cas;instagram;45k;900;30;;;;\r\n");
  REQUIRE(r["creators"].size() == 3);
  CHECK(r["delimiter"] == ";");
  CHECK(r["columns"]["followers"] == "Volgers");
  CHECK(r["columns"]["price"] == "Prijs (\xE2\x82\xAC)");
  CHECK(r["unknown_columns"] == json::array({"Notitie"}));
  CHECK(r["decimal_marks"]["Volgers"] == ",");  // "1,2 mln" shows it; "12.500" is then twelve thousand five hundred
  const json& anna = r["creators"][0];
  CHECK(anna["row"] == 2);
  CHECK(anna["followers"] == 12500);
  CHECK(anna["engagements_per_post"] == 345);
  CHECK(anna["engagement_rate_pct"].get<double>() == doctest::Approx(2.76));
  CHECK(anna["price"] == 250);
  CHECK(anna["price_basis"] == "quoted");
  CHECK(anna["tier"] == "micro");
  CHECK(anna["verdict"]["rating"].is_string());
  CHECK(anna["score"].get<double>() >= 0);
  CHECK(anna["score"].get<double>() <= 100);
  const json& bram = r["creators"][1];
  CHECK(bram["platform"] == "tiktok");
  CHECK(bram["followers"] == 1200000);
  CHECK(bram["engagements_per_post"] == 49100);
  CHECK(bram["price"] == 1250.5);
  CHECK(r["creators"][2]["row"] == 5);  // the empty line is row 4
  CHECK(r["creators"][2]["followers"] == 45000);
  CHECK(r["row_errors"].empty());
  CHECK(all_finite(r));
}

TEST_CASE("roster: an English copy (',', quoted thousands, synonyms, any case)") {
  const json r = roster(
      "Handle,FOLLOWERS,Avg Likes,Comments,Views,Price per post,Followers (previous),Days\n"
      "@anna,\"12,500\",310,25,4000,$250,\"10,000\",30\n"
      "bob,8000,120.5,3,,,,\n",
      {{"currency", "USD"}});
  REQUIRE(r["creators"].size() == 2);
  CHECK(r["delimiter"] == ",");
  CHECK(r["columns"]["followers_prev"] == "Followers (previous)");
  CHECK(r["decimal_marks"]["FOLLOWERS"] == ".");  // from the file: "120.5" shows a decimal point
  const json& anna = r["creators"][0];
  CHECK(anna["followers"] == 12500);
  CHECK(anna["engagement_rate_by_views_pct"].get<double>() == doctest::Approx(335.0 / 4000 * 100));
  CHECK(anna["growth_pct_per_30_days"].get<double>() == doctest::Approx(25));
  CHECK(has_flag(anna, "follower_jump"));
  CHECK(anna["comments_per_100_likes"].get<double>() == doctest::Approx(25.0 / 310 * 100));
  CHECK(r["creators"][1]["engagements_per_post"].get<double>() == doctest::Approx(123.5));
}

TEST_CASE("roster: bad rows are listed, every problem at once, and the good rows answered") {
  const json r = roster(
      "name;followers;likes;price;platform\n"
      "good;20000;400;300;instagram\n"
      "neg;-5;abc;;myspace\n"
      ";1000;10;;\n"
      "amb;12.000;10;;\n"
      "\"broken;5000;50;;\n"
      "good;30000;1;;instagram\n"
      "dollar;5000;1;$20;\n"
      "last;7000;70;;\n");
  std::vector<std::string> names;
  for (const auto& c : r["creators"]) names.push_back(c["name"]);
  CHECK(names == std::vector<std::string>{"good", "last"});
  auto has = [&](int row, const std::string& column, const std::string& code) {
    for (const auto& e : r["row_errors"]) {
      if (e["row"] == row && e["column"] == column && e["code"] == code && !e["message"].get<std::string>().empty()) return true;
    }
    return false;
  };
  CHECK(has(3, "followers", "must_be_positive"));
  CHECK(has(3, "likes", "not_a_number"));
  CHECK(has(3, "platform", "unknown_platform"));
  CHECK(has(4, "name", "missing"));
  CHECK(has(5, "followers", "ambiguous_number"));  // 12 or 12,000: both whole, and nothing in the file shows the mark
  CHECK(has(6, "", "broken_quote"));
  CHECK(has(7, "name", "duplicate"));
  CHECK(has(8, "price", "conflict"));
  CHECK(r["counts"]["creators"] == 2);
  // Naming the decimal mark settles the ambiguous cell.
  const json settled = roster("name;followers\namb;12.000\n", {{"decimal_mark", ","}});
  CHECK(settled["creators"][0]["followers"] == 12000);
}

TEST_CASE("roster: counts are whole, prices may not be; a row wider than the header is refused") {
  // Only the whole reading of a count is possible, and it shows the column's mark ("45.000" is then
  // 45,000); a price keeps the ambiguity.
  const json r = roster("Naam;Volgers;Likes;Reacties;Prijs\nAnna;12.500;1.310;25;250\nBram;45.000;900;1,250;1.250\n");
  REQUIRE(r["creators"].size() == 1);
  CHECK(r["creators"][0]["followers"] == 12500);
  CHECK(r["creators"][0]["engagements_per_post"] == 1335);
  CHECK(r["row_errors"].size() == 1);
  CHECK(r["row_errors"][0]["row"] == 3);
  CHECK(r["row_errors"][0]["column"] == "Prijs");
  CHECK(r["row_errors"][0]["code"] == "ambiguous_number");
  // An explicit decimal mark still wins over the whole-count reading.
  CHECK(roster("name;followers\na;12.500\n", {{"decimal_mark", "."}})["creators"][0]["followers"] == 12.5);
  // "12,500" unquoted in a comma list makes five cells under four headers: refused, never shifted.
  const json shifted = roster("name,followers,likes,price\nanna,12,500,310,250\nbob,9000,90,100,,\n");
  REQUIRE(shifted["creators"].size() == 1);
  CHECK(shifted["creators"][0]["name"] == "bob");  // trailing empty cells are not a problem
  CHECK(shifted["row_errors"][0]["row"] == 2);
  CHECK(shifted["row_errors"][0]["code"] == "too_many");
}

TEST_CASE("roster: whole-file problems are errors on csv or creators") {
  CHECK(has_error(errors_of({{"kind", "roster"}, {"csv", "a;b\n1;2\n"}}), "csv", "missing_column"));
  CHECK(has_error(errors_of({{"kind", "roster"}, {"csv", "\n\n"}}), "csv", "empty"));
  CHECK(has_error(errors_of({{"kind", "roster"}, {"csv", "naam;volgers\nx;-1\n"}}), "csv", "empty"));
  CHECK(has_error(errors_of({{"kind", "roster"}, {"csv", "naam;volgers\nx;-1\n"}}), "csv", "must_be_positive"));
  CHECK(has_error(errors_of({{"kind", "roster"}}), "csv", "missing"));
  CHECK(has_error(errors_of({{"kind", "roster"}, {"csv", 5}}), "csv", "not_a_string"));
  CHECK(has_error(errors_of({{"kind", "roster"}, {"csv", "a"}, {"creators", json::array()}}), "creators", "conflict"));
  CHECK(has_error(errors_of({{"kind", "roster"}, {"creators", json::array({5})}}), "creators", "empty"));
  CHECK(has_error(errors_of({{"kind", "roster"}, {"creators", json::array({{{"name", "a"}, {"followers", -1}}})}}), "creators.0.followers", "must_be_positive"));
  CHECK(has_error(errors_of({{"kind", "roster"}, {"csv", "n,f\n"}, {"goal", "reach"}}), "goal", "need_two_of"));
  CHECK(has_error(errors_of({{"kind", "roster"}, {"csv", "name,followers\na,1\n"}, {"weights", {{"trust", 0}, {"price", 0}, {"engagement", 0}}}}), "weights", "must_be_positive"));
}

TEST_CASE("roster: 10,000 rows are read; 10,001 rows and over 1 MB are clear errors") {
  std::string csv = "name,followers,likes\n";
  for (int i = 0; i < 10000; ++i) csv += "c" + std::to_string(i) + "," + std::to_string(1000 + i) + ",50\n";
  CHECK(roster(csv)["creators"].size() == 10000);
  csv += "one_more,5000,50\n";
  CHECK(has_error(errors_of({{"kind", "roster"}, {"csv", csv}}), "csv", "too_many"));
  std::string big = "name,followers\n" + std::string(est::roster_rules::kMaxCsvBytes, ' ');
  CHECK(has_error(errors_of({{"kind", "roster"}, {"csv", big}}), "csv", "too_long"));
  json list = json::array();
  for (int i = 0; i < 10001; ++i) list.push_back({{"name", "c"}, {"followers", 1}});
  CHECK(has_error(errors_of({{"kind", "roster"}, {"creators", list}}), "creators", "too_many"));
}

TEST_CASE("flag comments_do_not_fit_likes at the edges of our rule") {
  namespace R = est::roster_rules;
  // Too few comments: under 0.1 per 100 likes, from 1,000 likes on.
  CHECK_FALSE(has_flag(one({{"followers", 50000}, {"likes", 10000}, {"comments", 10}}), "comments_do_not_fit_likes"));  // exactly 0.1
  CHECK(has_flag(one({{"followers", 50000}, {"likes", 10000}, {"comments", 9}}), "comments_do_not_fit_likes"));
  CHECK(has_flag(one({{"followers", 50000}, {"likes", R::kFewCommentsMinLikes}, {"comments", 0}}), "comments_do_not_fit_likes"));
  CHECK_FALSE(has_flag(one({{"followers", 50000}, {"likes", R::kFewCommentsMinLikes - 1}, {"comments", 0}}), "comments_do_not_fit_likes"));
  // Too many: over 25 per 100 likes, from 50 comments on.
  CHECK_FALSE(has_flag(one({{"followers", 5000}, {"likes", 200}, {"comments", 50}}), "comments_do_not_fit_likes"));  // exactly 25
  CHECK(has_flag(one({{"followers", 5000}, {"likes", 199}, {"comments", 50}}), "comments_do_not_fit_likes"));
  CHECK_FALSE(has_flag(one({{"followers", 5000}, {"likes", 100}, {"comments", R::kManyCommentsMinComments - 1}}), "comments_do_not_fit_likes"));
  CHECK_FALSE(has_flag(one({{"followers", 5000}, {"likes", 0}, {"comments", 80}}), "comments_do_not_fit_likes"));  // no ratio without likes
}

TEST_CASE("flag follower_jump at the edges of our rule") {
  auto grown = [](double prev, double now, double days) {
    return one({{"followers", now}, {"followers_prev", prev}, {"days", days}});
  };
  CHECK(grown(10000, 12000, 30)["growth_pct_per_30_days"].get<double>() == doctest::Approx(20));
  CHECK_FALSE(has_flag(grown(10000, 12000, 30), "follower_jump"));  // exactly 20%
  CHECK(has_flag(grown(10000, 12001, 30), "follower_jump"));
  CHECK(has_flag(grown(10000, 10700, 10), "follower_jump"));  // 7% in 10 days is 21% per 30
  CHECK_FALSE(has_flag(grown(999, 5000, 30), "follower_jump"));  // too small an account to judge
  CHECK(has_flag(grown(1000, 1201, 30), "follower_jump"));
  CHECK_FALSE(has_flag(grown(20000, 10000, 30), "follower_jump"));
  CHECK(has_error(errors_of({{"kind", "roster"}, {"creators", json::array({{{"name", "a"}, {"followers", 5}, {"followers_prev", 4}}})}}), "creators", "empty"));
}

TEST_CASE("flag price_above_published at the published high") {
  const json price = result_of({{"kind", "price"}, {"followers", 30000}, {"platform", "instagram"}, {"format", "post"}});
  double high = -1, low = -1;
  for (const auto& p : price["prices"]) {
    if (p["unit"] == "USD") high = p["high"], low = p["low"];
  }
  REQUIRE(high > 0);
  json at = one({{"followers", 30000}, {"price", high}});
  CHECK(at["price_check"]["rating"] == "within");
  CHECK_FALSE(has_flag(at, "price_above_published"));
  json over = one({{"followers", 30000}, {"price", high + 0.01}});
  CHECK(over["price_check"]["rating"] == "above");
  CHECK(has_flag(over, "price_above_published"));
  CHECK(one({{"followers", 30000}, {"price", low - 0.01}})["price_check"]["rating"] == "below");
  CHECK(one({{"followers", 30000}, {"price", low}})["price_check"]["rating"] == "within");
  CHECK(over["price_check"]["sources"].size() > 0);
  // Without a quote the published typical price is used, and said so.
  json typical = one({{"followers", 30000}});
  CHECK(typical["price_basis"] == "published_typical");
  CHECK_FALSE(typical.contains("price_check"));
}

TEST_CASE("flags engagement_suspiciously_low and _high follow the engagement verdict's rule") {
  const double followers = 200000;
  const json bench = result_of({{"kind", "engagement"}, {"followers", followers}, {"likes", 1}})["benchmark"];
  const double low = bench["low"], high = bench["high"];
  // The edge in likes: rate = likes / followers × 100.
  const double low_edge = low * est::kSuspiciousLowFactor * followers / 100;
  const double high_edge = high * est::kSuspiciousHighFactor * followers / 100;
  CHECK(has_flag(one({{"followers", followers}, {"likes", std::floor(low_edge) - 1}}), "engagement_suspiciously_low"));
  CHECK_FALSE(has_flag(one({{"followers", followers}, {"likes", std::ceil(low_edge) + 1}}), "engagement_suspiciously_low"));
  CHECK(has_flag(one({{"followers", followers}, {"likes", std::ceil(high_edge) + 1}}), "engagement_suspiciously_high"));
  CHECK_FALSE(has_flag(one({{"followers", followers}, {"likes", std::floor(high_edge) - 1}}), "engagement_suspiciously_high"));
  // Same wording as kind engagement.
  const json e = result_of({{"kind", "engagement"}, {"followers", followers}, {"likes", 10}});
  const json c = one({{"followers", followers}, {"likes", 10}});
  CHECK(c["verdict"] == e["verdict"]);
  CHECK(c["flags"][0]["message"] == e["verdict"]["reasons"][0]);
  // Under 10,000 followers a low rate is only "below".
  CHECK_FALSE(has_flag(one({{"followers", 9999}, {"likes", 0}, {"comments", 0}}), "engagement_suspiciously_low"));
}

TEST_CASE("roster: the score follows the documented weights") {
  const json plain = one({{"followers", 30000}, {"likes", 600}});
  const double s = plain["score"];
  CHECK(s >= 0);
  CHECK(s <= 100);
  // Only trust counts: no flag is 100, one flag 50.
  json only_trust = {{"kind", "roster"}, {"currency", "USD"}, {"weights", {{"engagement", 0}, {"price", 0}, {"trust", 1}}},
                     {"creators", json::array({{{"name", "a"}, {"followers", 30000}, {"likes", 600}},
                                               {{"name", "b"}, {"followers", 30000}, {"likes", 600}, {"price", 1e6}}})}};
  const json r = result_of(only_trust);
  CHECK(r["creators"][0]["score"] == 100);
  CHECK(r["creators"][1]["score"] == 50);
  CHECK(r["weights"]["trust"] == 1);
}

namespace {

// The best and second-best values over every subset: the reference for the selection.
std::pair<double, double> brute_force(const std::vector<double>& cost, const std::vector<double>& value, const std::vector<int>& group,
                                      double budget, double max_n, double max_group) {
  double best = 0, second = -1;
  const std::size_t n = cost.size();
  for (std::size_t mask = 0; mask < (std::size_t{1} << n); ++mask) {
    double c = 0, v = 0, count = 0;
    int per[3] = {0, 0, 0};
    for (std::size_t i = 0; i < n; ++i) {
      if (!(mask >> i & 1)) continue;
      c += cost[i], v += value[i], ++count, ++per[group[i]];
    }
    if (c > budget * (1 + 1e-12) || count > max_n || per[0] > max_group || per[1] > max_group || per[2] > max_group) continue;
    if (v > best) second = best, best = v;
    else if (v > second) second = v;
  }
  return {best, second};
}

}  // namespace

TEST_CASE("roster selection equals brute force on 300 small random lists") {
  std::mt19937 rng(12);
  const char* platforms[] = {"instagram", "tiktok", "youtube"};
  for (int round = 0; round < 300; ++round) {
    CAPTURE(round);
    const int n = 1 + static_cast<int>(rng() % 10);
    json creators = json::array();
    for (int i = 0; i < n; ++i) {
      json c{{"name", "c" + std::to_string(i)}, {"platform", platforms[rng() % 3]}, {"followers", 1000 + rng() % 200000},
             {"likes", rng() % 5000}, {"comments", rng() % 100}};
      if (rng() % 4) c["price"] = 50 + rng() % 2000;
      creators.push_back(c);
    }
    const char* goal = round % 3 == 0 ? "reach" : round % 3 == 1 ? "score" : "engagements";
    json request{{"kind", "roster"}, {"creators", creators}, {"budget", 200 + rng() % 6000}, {"goal", goal}};
    if (round % 2) request["max_creators"] = 1 + rng() % 5;
    if (round % 5 < 2) request["max_per_platform"] = 1 + rng() % 3;
    if (round % 7 == 0) request["cost_per_creator"] = 35;
    if (round % 4 == 0) request["exclude_flagged"] = true;
    const json r = result_of(request);
    const json& sel = r["selection"];
    std::vector<double> cost, value;
    std::vector<int> group;
    for (const auto& c : r["creators"]) {
      if (request.value("exclude_flagged", false) && !c["flags"].empty()) continue;
      const std::string g = goal == std::string("engagements") ? "engagements_per_post" : goal;
      if (!c.contains("price") || !c.contains(g) || c[g] == 0) continue;  // a creator that adds nothing is never booked
      cost.push_back(c["price"].get<double>() + request.value("cost_per_creator", 0.0));
      value.push_back(c[g]);
      group.push_back(static_cast<int>(std::find(std::begin(platforms), std::end(platforms), c["platform"].get<std::string>()) - std::begin(platforms)));
    }
    const auto [best, second] = brute_force(cost, value, group, request["budget"], request.value("max_creators", 1e9), request.value("max_per_platform", 1e9));
    CHECK(sel["exact"] == true);
    CHECK(sel["value"].get<double>() == doctest::Approx(best));
    CHECK(sel["spend"].get<double>() <= request["budget"].get<double>() + 1e-9);
    CHECK(sel["names"].size() == sel["creators"].size());
    if (second >= 0 && sel.contains("next_best")) CHECK(sel["next_best"]["value"].get<double>() == doctest::Approx(second));
    if (sel.contains("next_best")) CHECK(sel["next_best"]["value"].get<double>() <= sel["value"].get<double>());
    double spend = 0;
    for (const auto& b : sel["creators"]) spend += b["cost"].get<double>();
    CHECK(spend == doctest::Approx(sel["spend"].get<double>()));
  }
}

TEST_CASE("roster: a budget over more candidates than the exact search takes answers, not proven exact") {
  json creators = json::array();
  for (int i = 0; i < 1500; ++i) creators.push_back({{"name", "c" + std::to_string(i)}, {"followers", 20000 + i}, {"likes", 300 + i % 97}, {"price", 100 + i % 89}});
  const json r = result_of({{"kind", "roster"}, {"budget", 5000}, {"creators", creators}});
  CHECK(r["selection"]["exact"] == false);
  CHECK(r["selection"]["searched"] == 1000);
  CHECK(r["selection"]["spend"].get<double>() <= 5000);
  CHECK(r["selection"]["names"].size() > 0);
  // At the limit every candidate is searched and the answer says nothing more.
  creators.erase(creators.begin() + 1000, creators.end());
  const json small = result_of({{"kind", "roster"}, {"budget", 5000}, {"creators", creators}});
  CHECK_FALSE(small["selection"].contains("searched"));
}
