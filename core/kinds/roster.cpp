// kind "roster": a shortlist of actual creators (csv text or a creators list) checked row by row
// against the published benchmarks (engagement verdict, price range, reach), flagged with reasons,
// scored, and, with a budget, the exact best set of these creators to book. Rules and thresholds:
// roster_rules.hpp; reading the rows: roster_table.hpp.
#include <algorithm>
#include <cmath>

#include "contract/kinds.hpp"
#include "data/lookup.hpp"
#include "model/optimizer.hpp"
#include "model/small_sort.hpp"
#include "sheet/roster_rules.hpp"
#include "sheet/roster_table.hpp"
#include "model/verdict.hpp"

namespace est {
namespace {

namespace R = roster_rules;

constexpr const char* kGoals[] = {"engagements", "reach", "score"};

struct Weights {
  double engagement = R::kWeightEngagement, price = R::kWeightPrice, trust = R::kWeightTrust;
};

struct Settings {
  std::string platform, format, currency, goal;
  TierScheme scheme;
  Weights weights;
};

// What the checks found for one creator, for the selection.
struct Checked {
  std::optional<double> price;  // quoted, else the published typical
  bool quoted = false;
  std::optional<double> engagements, reach;
  double score = 0;
  bool flagged = false;
};

// The published records for each question of the checks, looked up once per platform and
// follower band (lookup.hpp's band_edges) and combined per creator.
class Lookups {
 public:
  enum Metric { kEngagement, kPrice, kReach, kMetrics };
  explicit Lookups(const std::string& format) : format_(format), cache_(kMetrics * dataset().platforms.size() * (band_edges().size() + 1)) {}

  std::vector<Estimate> get(Metric m, const std::string& platform, double followers) {
    const auto& edges = band_edges();
    const std::size_t band = static_cast<std::size_t>(std::upper_bound(edges.begin(), edges.end(), followers) - edges.begin());
    std::size_t p = 0;
    while (dataset().platforms[p].id != platform) ++p;  // a known id (platform_id checked it)
    auto& slot = cache_[(m * dataset().platforms.size() + p) * (edges.size() + 1) + band];
    if (!slot) {
      slot = matching_records(m == kEngagement ? engagement_query(platform, followers)
                              : m == kPrice    ? price_query(platform, followers, "", format_)
                                               : reach_query(platform, followers, "", format_));
    }
    return combine(*slot, FollowerRange{followers, followers});
  }

 private:
  std::string format_;
  std::vector<std::optional<std::vector<const Record*>>> cache_;
};

std::string number2(double x) { return format_number(std::round(x * 100) / 100); }

void add_sources(std::vector<std::string>& all, const std::vector<const Record*>& records) {
  for (const Record* r : records) first_time(all, r->source);
}

json flag(const char* code, std::string message) { return {{"code", code}, {"message", std::move(message)}}; }

json check_creator(const CreatorRow& c, const Settings& s, Lookups& lookups, Checked& out, std::vector<std::string>& sources) {
  json j{{"row", c.row}, {"name", c.name}, {"platform", c.platform}, {"followers", c.followers}};
  if (auto tier = tier_of(c.followers, s.scheme)) j["tier"] = *tier;
  json flags = json::array();
  std::optional<double> engagement_part, price_part;

  const bool has_interactions = c.likes || c.comments || c.shares || c.saves;
  if (has_interactions) {
    const double per_post = c.likes.value_or(0) + c.comments.value_or(0) + c.shares.value_or(0) + c.saves.value_or(0);
    out.engagements = per_post;
    j["engagements_per_post"] = per_post;
    const double rate = per_post / c.followers * 100;
    put(j, "engagement_rate_pct", rate);
    if (c.views) put(j, "engagement_rate_by_views_pct", per_post / *c.views * 100);
    // The engagement verdict's benchmark, as lookup.hpp's engagement_benchmark finds it.
    auto found = lookups.get(Lookups::kEngagement, c.platform, c.followers);
    if (auto benchmark = found.empty() ? std::nullopt : std::optional<Estimate>(found.front()); benchmark && std::isfinite(rate)) {
      json v = verdict(rate, benchmark->range, c.followers, true);
      const std::string& rating = v["rating"].get_ref<const std::string&>();
      if (rating == "suspiciously_low") flags.push_back(flag("engagement_suspiciously_low", v["reasons"][0]));
      if (rating == "suspiciously_high") flags.push_back(flag("engagement_suspiciously_high", v["reasons"][0]));
      j["verdict"] = std::move(v);
      add_sources(sources, benchmark->records);
      if (benchmark->range.centre() > 0) engagement_part = std::fmin(1, rate / benchmark->range.centre() / 2);
    }
  }

  if (c.likes && c.comments && *c.likes > 0) {
    const double per100 = *c.comments * 100 / *c.likes;
    put(j, "comments_per_100_likes", per100);
    if (per100 < R::kFewCommentsPer100Likes && *c.likes >= R::kFewCommentsMinLikes) {
      flags.push_back(flag("comments_do_not_fit_likes", number2(per100) + " comments per 100 likes: a thousand likes or more with hardly a comment can mean bought likes."));
    } else if (per100 > R::kManyCommentsPer100Likes && *c.comments >= R::kManyCommentsMinComments) {
      flags.push_back(flag("comments_do_not_fit_likes", number2(per100) + " comments per 100 likes: more than one comment for every four likes can mean comment pods, bought comments or a giveaway."));
    }
  }

  // The published price for this platform, format and size, in the list's currency.
  std::optional<Estimate> published;
  for (auto& e : lookups.get(Lookups::kPrice, c.platform, c.followers)) {
    if (e.unit == s.currency) published = std::move(e);
  }
  if (published) add_sources(sources, published->records);
  if (c.price) {
    out.price = *c.price;
    out.quoted = true;
    j["price"] = *c.price;
    j["price_basis"] = "quoted";
    if (published) {
      const Range& r = published->range;
      const bool above = *c.price > r.high && !published->open_ended;
      json check = to_json(*published);
      check.erase("records");
      check["rating"] = *c.price < r.low ? "below" : above ? "above" : "within";
      j["price_check"] = std::move(check);
      if (above) {
        flags.push_back(flag("price_above_published", "The quoted price (" + number2(*c.price) + " " + s.currency + ") is above the highest published price for " +
                                                          c.platform + " at this size (" + number2(r.low) + "–" + number2(r.high) + " " + s.currency + ")."));
      }
      price_part = std::fmin(1, r.centre() / *c.price / 2);
    }
  } else if (published) {
    out.price = published->range.centre();
    j["price"] = *out.price;
    j["price_basis"] = "published_typical";
  }

  if (c.reach) {
    out.reach = *c.reach;
    j["reach_basis"] = "column";
  } else if (auto rates = lookups.get(Lookups::kReach, c.platform, c.followers); !rates.empty()) {
    out.reach = c.followers * rates.front().range.centre() / 100;
    j["reach_basis"] = "published_rate";
    add_sources(sources, rates.front().records);
  }
  if (out.reach) put(j, "reach", *out.reach);
  if (out.price && out.engagements && *out.engagements > 0) put(j, "cpe", *out.price / *out.engagements);
  if (out.price && out.reach && *out.reach > 0) put(j, "cpm", *out.price / *out.reach * 1000);

  if (c.followers_prev && c.days) {
    const double growth = (c.followers - *c.followers_prev) * 3000 / (*c.followers_prev * *c.days);  // % per 30 days
    put(j, "growth_pct_per_30_days", growth);
    if (growth > R::kJumpPctPer30Days && *c.followers_prev >= R::kJumpMinPreviousFollowers) {
      flags.push_back(flag("follower_jump", "Followers grew " + number2(growth) + "% per 30 days (from " + format_number(*c.followers_prev) + " to " +
                                                format_number(c.followers) + " in " + format_number(*c.days) + " days): over 20% can mean bought followers (or one viral post)."));
    }
  }

  // The score: the weighted mean of the parts that can be computed (roster_rules.hpp).
  const double trust_part = std::fmax(0, 1 - 0.5 * static_cast<double>(flags.size()));
  double sum = s.weights.trust * trust_part, weight = s.weights.trust;
  if (engagement_part) sum += s.weights.engagement * *engagement_part, weight += s.weights.engagement;
  if (price_part) sum += s.weights.price * *price_part, weight += s.weights.price;
  out.flagged = !flags.empty();
  j["flags"] = std::move(flags);
  if (weight > 0) {
    out.score = std::round(100 * sum / weight);
    j["score"] = out.score;
  }
  return j;
}

std::optional<Weights> read_weights(Reader& in) {
  Weights w;
  const json* given = in.get("weights");
  if (!given) return w;
  if (!given->is_object()) {
    in.errors().add("weights", ErrorCode::not_an_object, "weights must be an object like {\"engagement\": 40, \"price\": 30, \"trust\": 30}.");
    return std::nullopt;
  }
  Reader parts(*given, "weights", in.errors());
  const NumberRule rule{0, false, 1000, false};
  w.engagement = parts.optional_or("engagement", rule, w.engagement);
  w.price = parts.optional_or("price", rule, w.price);
  w.trust = parts.optional_or("trust", rule, w.trust);
  for (auto it = given->begin(); it != given->end(); ++it) {
    if (it.key() != "engagement" && it.key() != "price" && it.key() != "trust") {
      in.errors().add("weights." + it.key(), ErrorCode::unknown_metric, "weights takes engagement, price and trust.");
    }
  }
  if (w.engagement + w.price + w.trust == 0) in.errors().add("weights", ErrorCode::must_be_positive, "At least one weight must be above 0.");
  return w;
}

struct SelectionRules {
  double budget = 0, max_creators = INFINITY, max_per_platform = INFINITY, extra = 0;
  bool exclude_flagged = false;
};

json set_json(const std::vector<std::size_t>& picked, const Mix& mix, const std::vector<CreatorRow>& rows) {
  json names = json::array(), at = json::array();
  for (std::size_t k = 0; k < picked.size(); ++k) {
    if (mix.counts[k] > 0) names.push_back(rows[picked[k]].name), at.push_back(rows[picked[k]].row);
  }
  json out{{"names", std::move(names)}, {"rows", std::move(at)}};
  put(out, "spend", mix.cost);
  put(out, "value", mix.value);
  return out;
}

// How many candidates the exact search takes at most (see select).
constexpr std::size_t kMaxSearchCandidates = 1000;

json select(const std::vector<CreatorRow>& rows, const std::vector<Checked>& checked, const Settings& s, const SelectionRules& rules) {
  std::vector<Item> items;
  std::vector<std::size_t> picked;
  std::vector<std::string> platforms;
  json left_out{{"flagged", 0}, {"no_price", 0}, {"no_value", 0}};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Checked& c = checked[i];
    const std::optional<double> value = s.goal == "engagements" ? c.engagements : s.goal == "reach" ? c.reach : std::optional<double>(c.score);
    const char* reason = rules.exclude_flagged && c.flagged ? "flagged" : !c.price ? "no_price" : !(value && *value > 0) ? "no_value" : nullptr;
    if (reason) {
      left_out[reason] = left_out[reason].get<int>() + 1;
      continue;
    }
    first_time(platforms, rows[i].platform);
    const std::size_t group = static_cast<std::size_t>(std::find(platforms.begin(), platforms.end(), rows[i].platform) - platforms.begin());
    items.push_back({*c.price + rules.extra, *value, 1, group});
    picked.push_back(i);
  }
  // The exact search goes one level deeper per candidate, and a browser's call stack holds a few
  // thousand levels: beyond kMaxSearchCandidates, only those with the most value per unit of cost
  // are searched, and the answer says it is then not proven exact.
  const bool narrowed = items.size() > kMaxSearchCandidates;
  if (narrowed) {
    std::vector<std::size_t> order = stable_order(items.size(), [&](std::size_t a, std::size_t b) {
      return items[a].value * items[b].cost > items[b].value * items[a].cost;
    });
    std::vector<bool> kept(items.size(), false);
    for (std::size_t k = 0; k < kMaxSearchCandidates; ++k) kept[order[k]] = true;
    std::vector<Item> kept_items;  // in input order, as before
    std::vector<std::size_t> kept_rows;
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (kept[k]) kept_items.push_back(items[k]), kept_rows.push_back(picked[k]);
    }
    items = std::move(kept_items);
    picked = std::move(kept_rows);
  }
  json out{{"goal", s.goal}, {"budget", rules.budget}, {"left_out", std::move(left_out)}};
  if (narrowed) out["searched"] = kMaxSearchCandidates;
  const std::vector<double> limits = std::isfinite(rules.max_per_platform) ? std::vector<double>(platforms.size(), rules.max_per_platform) : std::vector<double>();
  Search search = best_mixes(items, rules.budget, rules.max_creators, 2, limits);
  if (search.best.empty()) search.best.push_back(Mix{std::vector<double>(items.size(), 0), 0, 0});
  json best = set_json(picked, search.best.front(), rows);
  json booked = json::array();
  for (std::size_t k = 0; k < picked.size(); ++k) {
    if (search.best.front().counts[k] == 0) continue;
    const Checked& c = checked[picked[k]];
    json b{{"row", rows[picked[k]].row}, {"name", rows[picked[k]].name}, {"price_basis", c.quoted ? "quoted" : "published_typical"}};
    put(b, "price", *c.price);
    put(b, "cost", items[k].cost);
    put(b, "value", items[k].value);
    booked.push_back(std::move(b));
  }
  out.update(best);
  out["creators"] = std::move(booked);
  out["exact"] = search.exact && !narrowed;
  if (search.best.size() > 1) out["next_best"] = set_json(picked, search.best[1], rows);
  return out;
}

}  // namespace

json run_roster(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  Settings s;
  auto platform = read_platform(in, "instagram");
  auto format = read_format(in, "post");
  auto currency = read_currency(in, "currency");
  auto scheme = read_scheme(in);
  auto weights = read_weights(in);
  DecimalMark mark = DecimalMark::unknown;
  if (auto m = in.text("decimal_mark", false)) {
    if (*m == ",") mark = DecimalMark::comma;
    else if (*m == ".") mark = DecimalMark::point;
    else errors.add("decimal_mark", ErrorCode::unknown_format, "decimal_mark must be \",\" or \".\".");
  }
  SelectionRules rules;
  auto budget = in.optional("budget", rules::money);
  auto goal = in.text("goal", false);
  if (goal && std::none_of(std::begin(kGoals), std::end(kGoals), [&](const char* g) { return *goal == g; })) {
    errors.add("goal", ErrorCode::unknown_goal, "goal must be engagements, reach or score.");
  }
  const NumberRule count{1, false, static_cast<double>(R::kMaxRows), true};
  rules.max_creators = in.optional_or("max_creators", count, INFINITY);
  rules.max_per_platform = in.optional_or("max_per_platform", count, INFINITY);
  rules.extra = in.optional_or("cost_per_creator", rules::money_or_zero, 0);
  rules.exclude_flagged = in.flag("exclude_flagged", rules.exclude_flagged);
  if (!budget) {
    for (const char* name : {"goal", "max_creators", "max_per_platform", "cost_per_creator", "exclude_flagged"}) {
      if (in.get(name) && !in.get("budget")) errors.add(name, ErrorCode::need_two_of, std::string(name) + " applies to the selection: give a budget too.");
    }
  }
  if (!errors.empty()) return {};
  s.platform = *platform, s.format = *format, s.currency = currency.value_or("EUR"), s.scheme = *scheme, s.weights = *weights;
  s.goal = goal.value_or("engagements");
  auto table = read_roster_table(in, {s.platform, s.currency, mark});
  if (!table) return {};

  json creators = json::array();
  std::vector<Checked> checked(table->creators.size());
  std::vector<std::string> sources;
  std::size_t flagged = 0;
  Lookups lookups(s.format);
  for (std::size_t i = 0; i < table->creators.size(); ++i) {
    creators.push_back(check_creator(table->creators[i], s, lookups, checked[i], sources));
    flagged += checked[i].flagged;
  }
  json out{{"creators", std::move(creators)},
           {"row_errors", to_json(table->row_errors)},
           {"counts", {{"creators", table->creators.size()}, {"row_errors", table->row_errors.size()}, {"flagged", flagged}}},
           {"columns", std::move(table->columns)},
           {"unknown_columns", std::move(table->unknown_columns)},
           {"decimal_marks", std::move(table->decimal_marks)},
           {"platform", s.platform},
           {"format", s.format},
           {"currency", s.currency},
           {"weights", {{"engagement", s.weights.engagement}, {"price", s.weights.price}, {"trust", s.weights.trust}}}};
  if (!table->delimiter.empty()) out["delimiter"] = table->delimiter;
  if (budget) {
    rules.budget = *budget;
    out["selection"] = select(table->creators, checked, s, rules);
  }
  out["sources"] = sources;
  out["method"] = method("roster@1",
                         "per creator: engagement_rate_pct = (likes + comments + shares + saves) / followers × 100 (per post), "
                         "verdict as kind engagement; comments_per_100_likes = comments / likes × 100; price_check: the quoted "
                         "price against the published range for the platform, format and size; reach = followers × the typical "
                         "published reach rate unless a reach column is given; cpe = price / engagements, cpm = price / reach × "
                         "1000 (price: quoted, else the published typical); growth_pct_per_30_days = (followers − followers_prev) / "
                         "followers_prev × 100 × 30 / days; score = 100 × Σ weight × part / Σ weight (engagement = min(1, rate / "
                         "typical benchmark / 2), price = min(1, typical price / quoted / 2), trust = max(0, 1 − 0.5 × flags)). "
                         "selection: each creator at most once, maximise Σ value, Σ (price + cost_per_creator) ≤ budget, at most "
                         "max_creators, at most max_per_platform per platform: exact branch and bound");
  return out;
}

}  // namespace est
