#include "data/lookup.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "contract/parse.hpp"

namespace est {
namespace {

bool is_story(const std::string& format) { return format == "story"; }

bool format_fits(const Record& r, const std::string& wanted) {
  return wanted.empty() || r.format == "any" || is_story(r.format) == is_story(wanted);
}

}  // namespace

bool tier_fits(const Record& r, const std::string& tier) {
  const std::optional<FollowerRange> band = tier_band(tier);
  return band && r.band_unit == "followers" && band_overlaps(r, *band);
}

namespace {

// "10000 followers" -> 10000; 0 for any other denominator.
double per_followers(const std::string& denominator) {
  const auto space = denominator.find(' ');
  if (space == std::string::npos || denominator.substr(space + 1) != "followers") return 0;
  const auto count = parse_json(denominator.substr(0, space), nullptr);  // the one number reader
  return count && count->is_number() ? count->get<double>() : 0;
}

// The followers that per-followers rules scale by: the user's count or range, never a tier's band.
std::optional<FollowerRange> scale_basis(const Query& q) {
  if (q.follower_range) return q.follower_range;
  if (q.tier.empty() && q.followers) return FollowerRange{*q.followers, *q.followers};
  return std::nullopt;
}

std::vector<const Record*> select(const Query& q, const std::string& platform) {
  const std::optional<FollowerRange> asked = followers_asked(q);
  std::vector<const Record*> banded, general;
  for (const auto& r : dataset().records) {
    if (r.metric != q.metric || r.platform != platform || !format_fits(r, q.format) || r.brand_accounts) continue;
    if (r.band_unit != "followers") continue;  // bands of concurrent viewers answer no question about followers
    const bool scales = per_followers(r.denominator) > 0;
    // A per-followers rule of thumb scales with the followers the user gave, not a tier's band.
    if (scales && !scale_basis(q)) continue;
    if (!q.denominators.empty() && !scales &&
        std::find(q.denominators.begin(), q.denominators.end(), r.denominator) == q.denominators.end()) {
      continue;
    }
    if (r.band_is_general() && !scales) {
      general.push_back(&r);
    } else if (!asked || band_overlaps(r, *asked)) {
      banded.push_back(&r);
    }
  }
  return banded.empty() ? general : banded;
}

}  // namespace

std::optional<FollowerRange> tier_band(const std::string& tier) {
  const TierScheme* standard = &standard_scheme();
  std::vector<const TierScheme*> schemes{standard};
  for (const auto& s : dataset().tier_schemes) {
    if (s.id != standard->id) schemes.push_back(&s);
  }
  for (const TierScheme* scheme : schemes) {
    const auto& tiers = scheme->tiers;
    for (std::size_t i = 0; i < tiers.size(); ++i) {
      if (tiers[i].name == tier) {
        return FollowerRange{tiers[i].min_followers, i + 1 < tiers.size() ? tiers[i + 1].min_followers : INFINITY};
      }
    }
  }
  return std::nullopt;
}

std::optional<FollowerRange> followers_asked(const Query& q) {
  if (q.follower_range) return q.follower_range;
  if (!q.tier.empty()) return tier_band(q.tier);
  if (q.followers) return FollowerRange{*q.followers, *q.followers};
  return std::nullopt;
}

bool band_overlaps(const Record& r, const FollowerRange& asked) {
  if (asked.is_point()) return r.band_holds(asked.low);
  return r.min_followers < asked.high && (!r.max_followers || asked.low < *r.max_followers);
}

Range scaled(const Record& r, const FollowerRange& followers) {
  const double per = per_followers(r.denominator);
  if (per <= 0) return Range{r.low, r.typical, r.high};
  const double mid = (followers.low + followers.high) / 2;
  return Range{r.low * followers.low / per, r.typical ? std::optional<double>(*r.typical * mid / per) : std::nullopt,
               r.high * followers.high / per};
}

Range scaled(const Record& r, std::optional<double> followers) {
  return followers ? scaled(r, FollowerRange{*followers, *followers}) : Range{r.low, r.typical, r.high};
}

std::vector<const Record*> matching_records(const Query& q) {
  auto records = select(q, q.platform);
  if (records.empty()) records = select(q, "all");
  return records;
}

std::vector<Estimate> estimate(const Query& q) { return combine(matching_records(q), scale_basis(q)); }

const std::vector<double>& band_edges() {
  static const std::vector<double> edges = [] {
    std::vector<double> all;
    for (const auto& r : dataset().records) {
      all.push_back(r.min_followers);
      if (r.max_followers) all.push_back(*r.max_followers);
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
  }();
  return edges;
}

std::vector<Estimate> combine(const std::vector<const Record*>& records, const std::optional<FollowerRange>& basis) {
  std::vector<Estimate> out;
  for (const Record* r : records) {
    auto it = std::find_if(out.begin(), out.end(), [&](const Estimate& e) { return e.unit == r->unit; });
    if (it == out.end()) {
      Estimate fresh;
      fresh.unit = r->unit;
      it = out.insert(out.end(), fresh);
    }
    it->records.push_back(r);
  }
  for (auto& e : out) {
    std::vector<double> centres;
    e.range.low = INFINITY;
    e.range.high = -INFINITY;
    // Every record widens the range; only the strongest grade present sets the typical value.
    e.grade = Grade::article;
    for (const Record* r : e.records) e.grade = std::min(e.grade, r->grade);
    for (const Record* r : e.records) {
      const Range v = basis ? scaled(*r, *basis) : scaled(*r, std::nullopt);
      e.range.low = std::min(e.range.low, v.low);
      e.range.high = std::max(e.range.high, v.high);
      if (r->grade == e.grade) centres.push_back(v.centre());
      e.open_ended = e.open_ended || (r->open_ended && v.high >= e.range.high);
    }
    std::sort(centres.begin(), centres.end());
    const std::size_t n = centres.size();
    e.range.typical = n % 2 ? centres[n / 2] : (centres[n / 2 - 1] + centres[n / 2]) / 2;
    e.single_source = source_ids(e.records).size() == 1;
  }
  return out;
}

std::optional<Estimate> estimate_in(Query q, const std::string& unit) {
  for (int pass = 0; pass < 2; ++pass) {
    for (auto& e : estimate(q)) {
      if (e.unit == unit) return std::move(e);
    }
    if (q.platform == "all") break;
    q.platform = "all";
  }
  return std::nullopt;
}

Query price_query(const std::string& platform, std::optional<double> followers, const std::string& tier,
                  const std::string& format, std::optional<FollowerRange> band) {
  // Per-collaboration prices (several posts and rights) are left out: they are no price per post.
  return {"price_per_post", platform, followers, tier, format, {"post", "video"}, band};
}

Query engagement_query(const std::string& platform, std::optional<double> followers, const char* denominator,
                       std::optional<FollowerRange> band) {
  return {"engagement_rate_pct", platform, followers, "", "", {denominator}, band};
}

Query reach_query(const std::string& platform, std::optional<double> followers, const std::string& tier,
                  const std::string& format, std::optional<FollowerRange> band) {
  return {"reach_rate_pct", platform, followers, tier, format, {"followers"}, band};
}

json record_ids(const std::vector<const Record*>& records) {
  json ids = json::array();
  for (const Record* r : records) ids.push_back(r->id);
  return ids;
}

json source_ids(const std::vector<const Record*>& records) {
  std::vector<std::string> ids;
  for (const Record* r : records) first_time(ids, r->source);
  return ids;
}

json to_json(const Estimate& e) {
  json out = to_json(e.range);
  out["unit"] = e.unit;
  if (e.open_ended) out["open_ended"] = true;
  out["records"] = record_ids(e.records);
  out["sources"] = source_ids(e.records);
  out["grade"] = grade_name(e.grade);  // the strongest grade among the records: the one typical comes from
  if (e.single_source) out["single_source"] = true;
  return out;
}

std::optional<std::string> platform_id(const std::string& text) {
  std::string id;
  for (unsigned char c : text) {
    if (c != ' ') id += static_cast<char>(std::tolower(c));
  }
  static const std::pair<const char*, const char*> kShort[] = {
      {"twitter", "x"}, {"ig", "instagram"}, {"insta", "instagram"}, {"tt", "tiktok"}, {"yt", "youtube"}, {"fb", "facebook"}};
  for (const auto& [name, full] : kShort) {
    if (id == name) id = full;
  }
  if (find_platform(id)) return id;
  return std::nullopt;
}

std::string platform_ids() {
  return joined(dataset().platforms, [](const auto& p) { return p.id; });
}

std::optional<std::string> read_platform(Reader& in, const char* fallback) {
  auto given = in.text("platform", false);
  if (!given) return in.get("platform") ? std::nullopt : std::optional<std::string>(fallback);
  if (auto id = platform_id(*given)) return id;
  in.errors().add(in.path("platform"), ErrorCode::unknown_platform, "Unknown platform; use one of: " + platform_ids() + ".");
  return std::nullopt;
}

std::optional<std::string> read_tier(Reader& in) {
  auto tier = in.text("tier", false);
  if (!tier) return std::nullopt;
  for (const auto& scheme : dataset().tier_schemes) {
    for (const auto& t : scheme.tiers) {
      if (t.name == *tier) return tier;
    }
  }
  in.errors().add(in.path("tier"), ErrorCode::unknown_tier, "Unknown tier; use nano, micro, mid, macro or mega.");
  return std::nullopt;
}

std::optional<std::string> read_format(Reader& in, const char* fallback) {
  auto given = in.text("format", false);
  if (!given) return in.get("format") ? std::nullopt : std::optional<std::string>(fallback);
  for (const char* f : kFormats) {
    if (*given == f) return *given;
  }
  in.errors().add(in.path("format"), ErrorCode::unknown_format, "Unknown format; use post, story, reel or video.");
  return std::nullopt;
}

std::optional<std::string> read_currency(Reader& in, const std::string& name) {
  auto c = in.text(name, false);
  if (!c) return std::nullopt;
  for (const char* known : kCurrencies) {
    if (*c == known) return c;
  }
  in.errors().add(in.path(name), ErrorCode::unknown_currency, in.path(name) + " must be EUR, USD or GBP.");
  return std::nullopt;
}

std::vector<ExchangeRate> read_exchange_rates(Reader& in, const std::optional<std::string>& currency) {
  std::vector<ExchangeRate> rates;
  const json* given = in.get("exchange_rates");
  if (!given) return rates;
  if (!given->is_object()) {
    in.errors().add(in.path("exchange_rates"), ErrorCode::not_an_object, "exchange_rates must be an object like {\"USD\": 0.92}.");
    return rates;
  }
  Reader r(*given, in.path("exchange_rates"), in.errors());
  for (const char* c : kCurrencies) {
    if (auto rate = r.optional(c, NumberRule{0, true, 1e6, false})) rates.push_back({c, *rate});
  }
  if (!rates.empty() && !currency && !in.get("currency")) {
    in.errors().add(in.path("currency"), ErrorCode::missing, "currency is required with exchange_rates: the currency to convert into.");
  }
  return rates;
}

}  // namespace est
