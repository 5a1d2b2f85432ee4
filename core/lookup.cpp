#include "lookup.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace est {
namespace {

bool is_story(const std::string& format) { return format == "story"; }

bool format_fits(const Record& r, const std::string& wanted) {
  return wanted.empty() || r.format == "any" || is_story(r.format) == is_story(wanted);
}

}  // namespace

bool tier_fits(const Record& r, const std::string& tier) {
  if (r.tier == tier) return true;
  if (!r.tier.empty()) return false;
  // An unnamed band fits when it lies inside the tier's band of the standard scheme.
  const auto& tiers = standard_scheme().tiers;
  for (std::size_t i = 0; i < tiers.size(); ++i) {
    if (tiers[i].name != tier) continue;
    const double lo = tiers[i].min_followers;
    const std::optional<double> hi = i + 1 < tiers.size() ? std::optional<double>(tiers[i + 1].min_followers) : std::nullopt;
    return r.min_followers >= lo && (!hi || (r.max_followers && *r.max_followers <= *hi));
  }
  return false;
}

namespace {

// "10000 followers" -> 10000; 0 for any other denominator.
double per_followers(const std::string& denominator) {
  const auto space = denominator.find(' ');
  if (space == std::string::npos || denominator.substr(space + 1) != "followers") return 0;
  return std::atof(denominator.substr(0, space).c_str());
}

std::vector<const Record*> select(const Query& q, const std::string& platform) {
  std::vector<const Record*> banded, general;
  for (const auto& r : dataset().records) {
    if (r.metric != q.metric || r.platform != platform || !format_fits(r, q.format) || r.brand_accounts) continue;
    if (!q.industry.empty() && r.industry != q.industry) continue;
    if (!q.denominators.empty() &&
        std::find(q.denominators.begin(), q.denominators.end(), r.denominator) == q.denominators.end()) {
      if (!(per_followers(r.denominator) > 0 && q.followers)) continue;  // scalable rule of thumb
    }
    if (r.band_is_general() && per_followers(r.denominator) == 0) {
      general.push_back(&r);
    } else if (!q.tier.empty() ? per_followers(r.denominator) == 0 && tier_fits(r, q.tier)
                               : !q.followers || r.band_holds(*q.followers)) {
      banded.push_back(&r);
    }
  }
  return banded.empty() ? general : banded;
}

}  // namespace

Range scaled(const Record& r, std::optional<double> followers) {
  const double per = per_followers(r.denominator);
  const double k = per > 0 && followers ? *followers / per : 1;
  return Range{r.low * k, r.typical ? std::optional<double>(*r.typical * k) : std::nullopt, r.high * k};
}

std::vector<const Record*> matching_records(const Query& q) {
  auto records = select(q, q.platform);
  if (records.empty()) records = select(q, "all");
  return records;
}

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

std::vector<Estimate> estimate(const Query& q) { return combine(matching_records(q), q.followers); }

std::vector<Estimate> combine(const std::vector<const Record*>& records, std::optional<double> followers) {
  std::vector<Estimate> out;
  for (const Record* r : records) {
    auto it = std::find_if(out.begin(), out.end(), [&](const Estimate& e) { return e.unit == r->unit; });
    if (it == out.end()) it = out.insert(out.end(), Estimate{r->unit, {}, false, {}});
    it->records.push_back(r);
  }
  for (auto& e : out) {
    std::vector<double> centres;
    e.range.low = INFINITY;
    e.range.high = -INFINITY;
    for (const Record* r : e.records) {
      const Range v = scaled(*r, followers);
      e.range.low = std::min(e.range.low, v.low);
      e.range.high = std::max(e.range.high, v.high);
      centres.push_back(v.centre());
      e.open_ended = e.open_ended || (r->open_ended && v.high >= e.range.high);
    }
    std::sort(centres.begin(), centres.end());
    const std::size_t n = centres.size();
    e.range.typical = n % 2 ? centres[n / 2] : (centres[n / 2 - 1] + centres[n / 2]) / 2;
  }
  return out;
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
  return out;
}

Query engagement_query(const std::string& platform, std::optional<double> followers) {
  return {"engagement_rate_pct", platform, followers, "", "", {"followers"}, ""};
}

Query price_query(const std::string& platform, std::optional<double> followers, const std::string& tier, const std::string& format) {
  return {"price_per_post", platform, followers, tier, format, {"post", "video"}, ""};
}

Query reach_query(const std::string& platform, std::optional<double> followers, const std::string& tier, const std::string& format) {
  return {"reach_rate_pct", platform, followers, tier, format, {"followers"}, ""};
}

std::optional<Estimate> engagement_benchmark(const std::string& platform, double followers) {
  auto found = estimate(engagement_query(platform, followers));
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
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
  std::string ids;
  for (const auto& p : dataset().platforms) ids += (ids.empty() ? "" : ", ") + p.id;
  return ids;
}

std::optional<std::string> read_platform(Reader& in, const char* fallback) {
  auto given = in.text("platform", false);
  if (!given) return in.get("platform") ? std::nullopt : std::optional<std::string>(fallback);
  if (auto id = platform_id(*given)) return id;
  in.errors().add(in.path("platform"), "unknown_platform", "Unknown platform; use one of: " + platform_ids() + ".");
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
  in.errors().add(in.path("tier"), "unknown_tier", "Unknown tier; use nano, micro, mid, macro or mega.");
  return std::nullopt;
}

std::optional<std::string> read_currency(Reader& in, const std::string& name) {
  auto c = in.text(name, false);
  if (!c) return std::nullopt;
  for (const char* known : {"EUR", "USD", "GBP"}) {
    if (*c == known) return c;
  }
  in.errors().add(in.path(name), "unknown_currency", in.path(name) + " must be EUR, USD or GBP.");
  return std::nullopt;
}

std::optional<std::string> read_format(Reader& in, const char* fallback) {
  auto given = in.text("format", false);
  if (!given) return in.get("format") ? std::nullopt : std::optional<std::string>(fallback);
  for (const char* f : {"post", "story", "reel", "video"}) {
    if (*given == f) return *given;
  }
  in.errors().add(in.path("format"), "unknown_format", "Unknown format; use post, story, reel or video.");
  return std::nullopt;
}

}  // namespace est
