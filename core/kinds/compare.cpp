// kind "compare": for one budget, what each creator profile buys (several micros versus one
// macro), which is best on each metric, and the answer to the question in one object.
//  - any figure of an option may be a range; a price, engagement rate or reach rate left out is
//    filled in from the published records (profiles.cpp, the lookups of the price, engagement and
//    reach kinds);
//  - the numbers of each option come from the typical values (for a point request exactly
//    compare@1's); with any range, bands and probability_best come from the simulation engine of
//    simulate (simulation.hpp), seeded;
//  - with audience_size, unique reach under overlap's independent-audience model (audience.hpp);
//  - warnings: the engagement verdict (verdict.hpp) on the rates the visitor typed.
#include <algorithm>
#include <cmath>

#include "model/audience.hpp"
#include "contract/kinds.hpp"
#include "data/lookup.hpp"
#include "model/profiles.hpp"
#include "model/small_sort.hpp"
#include "montecarlo/simulation.hpp"
#include "model/verdict.hpp"

namespace est {
namespace {

struct Metric {
  const char* key;
  bool higher_is_better;
};
constexpr Metric kRanked[] = {{"engagements", true}, {"reach", true}, {"followers_total", true},
                              {"cpe", false},        {"cpm", false},  {"unique_reach", true}};
// The goals of answer, in the order of preference for the default (the first one known).
constexpr const char* kGoals[] = {"unique_reach", "reach", "engagements", "cpe", "cpm"};
constexpr const char* kBanded[] = {"creators", "spend", "reach", "unique_reach", "engagements", "cpe", "cpm"};
constexpr NumberRule kAudience = rules::audience;

const Metric& metric(const std::string& key) {
  return *std::find_if(std::begin(kRanked), std::end(kRanked), [&](const Metric& m) { return key == m.key; });
}

// The options that buy a creator and have the metric, best first; ties keep the request's order.
std::vector<std::size_t> ranked(const json& options, const Metric& m) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (options[i].contains(m.key) && options[i]["creators"].get<double>() != 0) order.push_back(i);
  }
  // At most 20 options (profiles.cpp): an insertion sort, stable as std::stable_sort and 3 KB of
  // wasm smaller.
  small_sort(order, [&](std::size_t a, std::size_t b) {
    const double va = options[a][m.key].get<double>(), vb = options[b][m.key].get<double>();
    return m.higher_is_better ? va > vb : va < vb;
  });
  return order;
}

bool is_range(const std::optional<Range>& r) { return r && r->high > r->low; }

// inputs.<field>: the figure used, and where it came from.
json input(const Range& figure, const std::optional<Published>& from, const std::optional<std::string>& currency) {
  json out = to_json(figure);
  out["filled_from"] = from ? "dataset" : "user";
  out["records"] = from ? record_ids(from->records) : json::array();
  out["sources"] = from ? source_ids(from->records) : json::array();
  if (from && from->unit != "percent") out["unit"] = from->unit;
  if (from && from->converted) {
    out["converted_from"] = from->converted->from;
    out["rate"] = from->converted->rate;
  }
  if (!from && currency) out["unit"] = *currency;
  return out;
}

// A warning when a rate the visitor typed lies outside what is published for the option's
// platform and size: the engagement verdict's rating as code and its reason as message.
void warn(json& warnings, const std::string& field, const Range& given, const Query& query, double followers,
          bool suspicion) {
  auto found = estimate(query);
  if (found.empty()) return;
  json v = verdict(given.centre(), found.front(), followers, suspicion);
  if (v["rating"] == "typical") return;
  warnings.push_back({{"field", field},
                      {"code", v["rating"]},
                      {"message", v["reasons"][0]},
                      {"sources", source_ids(found.front().records)}});
}

json warnings_of(const RangedProfile& p, const std::string& at, const json& item, double budget) {
  json warnings = json::array();
  // A rate given once at the top level, for every option, is named there.
  auto field = [&](const char* key) { return item.contains(key) ? at + "." + key : std::string(key); };
  if (p.engagement && !p.engagement_from) {
    warn(warnings, field("engagement_rate_pct"), *p.engagement, engagement_query(p.platform, p.followers, "followers", p.band()), p.followers, true);
  }
  if (p.reach && !p.reach_from) {
    warn(warnings, field("reach_rate_pct"), *p.reach, reach_query(p.platform, p.followers, "", p.format, p.band()), p.followers, false);
  }
  const double spend = p.creators * p.price->centre() * p.posts;
  if (spend > budget) {
    warnings.push_back({{"field", at + ".creators"},
                        {"code", "over_budget"},
                        {"message", format_number(p.creators) + " creators cost " + format_number(spend) +
                                        " at the typical price, above the budget of " + format_number(budget) + "."},
                        {"sources", json::array()}});
  }
  if (!p.reach) {
    warnings.push_back({{"field", at + ".reach_rate_pct"},
                        {"code", code_name(ErrorCode::no_benchmark)},
                        {"message", "No published reach rate for " + find_platform(p.platform)->name + " " + p.format +
                                        "s; reach, unique reach and CPM are left out. Enter your own reach_rate_pct."},
                        {"sources", json::array()}});
  }
  return warnings;
}

// One option's numbers from the typical value of each figure.
json typical_numbers(const RangedProfile& p, double budget, std::optional<double> audience) {
  const double price = p.price->centre() * p.posts;  // per creator
  const double creators = p.creators > 0 ? p.creators : creators_affordable(budget, price);
  const double spend = creators * price;
  const double engagements = creators * p.posts * p.followers * p.engagement->centre() / 100;
  json o{{"label", p.label}, {"platform", p.platform}, {"format", p.format}, {"creators", creators}, {"spend", spend},
         {"unspent", budget - spend}, {"posts", creators * p.posts}, {"followers_total", creators * p.followers},
         {"engagements", engagements}};
  if (engagements > 0) put(o, "cpe", spend / engagements);
  if (p.reach) {
    const double reach = creators * p.posts * p.followers * p.reach->centre() / 100;
    put(o, "reach", reach);
    if (creators > 0) put(o, "cpm", spend / reach * 1000);
    if (audience) {
      const double unique = unique_reach(*audience, p.followers * p.reach->centre() / 100, creators * p.posts);
      put(o, "unique_reach", unique);
      if (unique > 0) put(o, "average_frequency", reach / unique);
    }
  }
  return o;
}

// Problems only the whole request shows: a fixed number of creators over the budget even at the
// lowest price, an audience smaller than one post's reach.
void check_options(Errors& errors, double budget, std::optional<double> audience, const std::vector<RangedProfile>& profiles) {
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    const RangedProfile& p = profiles[i];
    const std::string at = "options." + std::to_string(i);
    const double spend = p.creators * p.price->low * p.posts;
    if (spend > budget) {
      errors.add(at + ".creators", ErrorCode::too_large, format_number(p.creators) + " creators cost " + format_number(spend) +
                                                    (is_range(p.price) ? " at the lowest price" : "") +
                                                    ", above the budget of " + format_number(budget) + ".");
    }
    const double largest = p.reach ? p.followers_range.high * p.reach->high / 100 : 0;
    if (audience && largest > *audience) {
      errors.add("audience_size", ErrorCode::too_small, "audience_size must be at least the largest reach of one post (" +
                                                   format_number(largest) + ", " + p.label + "): it holds everyone the creators reach.");
    }
  }
}

// answer: the goal, who wins it on the typical values, by how much, and how likely (with ranges).
json answer_of(const std::string& goal, const json& options, const json& probability_best) {
  const Metric& m = metric(goal);
  const auto order = ranked(options, m);
  json out{{"goal", goal}};
  if (order.empty()) return out;
  const json& winner = options[order[0]];
  out["winner"] = winner["label"];
  if (order.size() > 1) {
    const json& runner_up = options[order[1]];
    out["runner_up"] = runner_up["label"];
    const double w = winner[goal].get<double>(), r = runner_up[goal].get<double>();
    put(out, "ratio", w == r ? 1 : m.higher_is_better ? w / r : r / w);
  }
  if (probability_best.contains(goal)) out["probability"] = probability_best[goal].value(winner["label"].get<std::string>(), 0.0);
  return out;
}

std::string method_text(bool audience) {
  std::string text =
      "typical value of each figure (a range's typical, else its middle; missing price, engagement and reach rates from "
      "the published records for the platform, format and followers; a price published only in another currency "
      "× the visitor's exchange_rates): creators = floor(budget / (price_per_post × "
      "posts_per_creator)) unless given; spend = creators × price × posts; engagements = creators × posts × followers × "
      "engagement_rate_pct / 100; reach = the same with reach_rate_pct (summed per post); cpe = spend / engagements; cpm "
      "= spend / reach × 1000; ";
  text += audience ? "unique_reach = audience_size × (1 − (1 − reach per post / audience_size)^(creators × posts)), each "
                     "post reaching a random part of the audience independently; average_frequency = reach / unique_reach; "
                   : "no audience_size: no unique reach (reach counts a person reached twice twice); ";
  text += "with ranges, bands (p10, p50, p90) and probability_best from the simulation of simulate (PERT draws, seeded); "
          "answer.ratio = winner ÷ runner-up on the typical values (costs: runner-up ÷ winner)";
  return text;
}

}  // namespace

json run_compare(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto budget = in.required("budget", rules::money);
  auto audience = in.optional("audience_size", kAudience);
  auto currency = read_currency(in, "currency");
  auto rates = read_exchange_rates(in, currency);
  const auto trials = static_cast<std::size_t>(in.optional_or("trials", Simulation::kTrialsRule, Simulation::kDefaultTrials));
  const auto seed = static_cast<std::uint64_t>(in.optional_or("seed", rules::seed, kDefaultSeed));
  auto goal = in.text("goal", false);
  if (goal && std::none_of(std::begin(kGoals), std::end(kGoals), [&](const char* g) { return *goal == g; })) {
    errors.add("goal", ErrorCode::unknown_goal, "goal must be unique_reach, reach, engagements, cpe or cpm.");
    goal.reset();
  }
  ProfileNeeds needs;
  needs.inputs = ProfileNeeds::kFollowersRange | ProfileNeeds::kFixedCreators;
  needs.published = &kPublishedFigures;
  // Prices are filled in the currency they were published in: dollars, unless the visitor asks
  // otherwise; then converted only at the visitor's own rate.
  needs.fill_currency = currency.value_or("USD");
  needs.fill_rates = rates;
  auto profiles = read_ranged_profiles(in, "options", "Option", needs);
  if (!budget || !profiles || !check_budget(errors, *budget, *profiles, "options")) return {};
  check_options(errors, *budget, audience, *profiles);
  if (goal == std::string("unique_reach") && !audience) {
    errors.add("audience_size", ErrorCode::missing, "audience_size (the number of people the creators draw from) is needed for the goal unique_reach.");
  }
  for (std::size_t i = 0; i < profiles->size() && goal && *goal != "engagements" && *goal != "cpe"; ++i) {
    if (!(*profiles)[i].reach) {
      const std::string field = "options." + std::to_string(i) + ".reach_rate_pct";
      errors.add(field, ErrorCode::missing, field + " is needed for the goal " + *goal + ": nothing is published for this platform and format.");
    }
  }
  if (!errors.empty()) return {};

  json options = json::array();
  std::vector<const Record*> used;
  bool ranges = false;
  for (std::size_t i = 0; i < profiles->size(); ++i) {
    const RangedProfile& p = (*profiles)[i];
    const std::string at = "options." + std::to_string(i);
    json o = typical_numbers(p, *budget, audience);
    json inputs = json::object();
    inputs["price_per_post"] = input(*p.price, p.price_from, currency);
    inputs["engagement_rate_pct"] = input(*p.engagement, p.engagement_from, std::nullopt);
    if (p.reach) inputs["reach_rate_pct"] = input(*p.reach, p.reach_from, std::nullopt);
    for (const auto* from : {&p.price_from, &p.engagement_from, &p.reach_from}) {
      if (*from) used.insert(used.end(), (*from)->records.begin(), (*from)->records.end());
    }
    o["inputs"] = std::move(inputs);
    o["warnings"] = warnings_of(p, at, request["options"][i], *budget);
    options.push_back(std::move(o));
    ranges = ranges || is_range(p.price) || is_range(p.engagement) || is_range(p.reach) || is_range(p.followers_range);
  }

  json out{{"budget", *budget}};
  if (currency) out["currency"] = *currency;
  if (audience) out["audience_size"] = *audience;
  json probability_best = json::object();
  if (ranges) {
    auto sim = Simulation::from_profiles(*profiles, *budget, trials, seed, audience.value_or(0));
    sim->run();
    const json simulated = sim->result();
    for (std::size_t i = 0; i < options.size(); ++i) {
      json bands = json::object();
      for (const char* k : kBanded) {
        const json& s = simulated["options"][i];
        if (s.contains(k)) bands[k] = {{"p10", s[k]["p10"]}, {"p50", s[k]["p50"]}, {"p90", s[k]["p90"]}};
      }
      options[i]["bands"] = std::move(bands);
    }
    for (const char* g : kGoals) {
      if (simulated["probability_best"].contains(g)) probability_best[g] = simulated["probability_best"][g];
    }
    out["trials"] = trials;
    out["seed"] = seed;
    out["probability_best"] = probability_best;
  }
  for (const auto& m : kRanked) {
    const auto order = ranked(options, m);
    if (!order.empty()) out[std::string("best_by_") + m.key] = options[order[0]]["label"];
  }
  // The default goal: unique reach when known for every option, else reach, else engagements.
  auto known = [&](const char* key) {
    return std::all_of(options.begin(), options.end(), [&](const json& o) { return o.contains(key); });
  };
  const std::string aim = goal ? *goal : known("unique_reach") ? "unique_reach" : known("reach") ? "reach" : "engagements";
  out["answer"] = answer_of(aim, options, probability_best);
  json sources = source_ids(used);
  for (const auto& o : options) {
    for (const auto& w : o["warnings"]) {
      for (const auto& id : w["sources"]) {
        if (std::find(sources.begin(), sources.end(), id) == sources.end()) sources.push_back(id);
      }
    }
  }
  out["options"] = std::move(options);
  out["sources"] = std::move(sources);
  out["method"] = method("compare@2", method_text(audience.has_value()).c_str());
  return out;
}

}  // namespace est
