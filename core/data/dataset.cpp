#include "data/dataset.hpp"

#include "contract/parse.hpp"

namespace est {

extern const char* const kDatasetText;  // generated from data/benchmarks.json

namespace {
std::string text_or_empty(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
}  // namespace

Grade grade_of(const std::string& kind) {
  for (Grade g : {Grade::measured, Grade::survey, Grade::rate_card, Grade::vendor_blog}) {
    if (kind == grade_name(g)) return g;
  }
  return Grade::article;
}

const char* grade_name(Grade grade) {
  switch (grade) {
    case Grade::measured: return "measured";
    case Grade::survey: return "survey";
    case Grade::rate_card: return "rate_card";
    case Grade::vendor_blog: return "vendor_blog";
    case Grade::article: break;
  }
  return "article";
}

Dataset parse_dataset(const std::string& text) {
  Dataset d;
  // No nulls in the file (results never hold null): an unknown year or an open band is left out.
  d.raw = *parse_json(text, nullptr);  // checked by the unit tests; a bad file stops here
  d.version = d.raw.at("version").get<std::string>();
  d.reviewed = text_or_empty(d.raw, "reviewed");
  d.sources = d.raw.at("sources");
  for (const auto& p : d.raw.at("platforms")) {
    d.platforms.push_back({p.at("id").get<std::string>(), p.at("name").get<std::string>(), text_or_empty(p, "note")});
  }
  for (const auto& s : d.raw.at("tier_schemes")) {
    TierScheme scheme{s.at("id").get<std::string>(), {}};
    for (const auto& t : s.at("tiers")) scheme.tiers.push_back({t.at("name").get<std::string>(), t.at("min_followers").get<double>()});
    d.tier_schemes.push_back(std::move(scheme));
  }
  for (const auto& r : d.raw.at("records")) {
    Record rec;
    rec.id = r.at("id").get<std::string>();
    rec.metric = r.at("metric").get<std::string>();
    rec.platform = r.at("platform").get<std::string>();
    rec.tier = text_or_empty(r, "tier");
    rec.format = r.at("format").get<std::string>();
    rec.unit = r.at("unit").get<std::string>();
    rec.denominator = r.at("denominator").get<std::string>();
    rec.statistic = r.at("statistic").get<std::string>();
    rec.source = r.at("source").get<std::string>();
    rec.note = text_or_empty(r, "note");
    rec.industry = text_or_empty(r, "industry");
    rec.quote = text_or_empty(r, "quote");
    if (r.contains("band_unit")) rec.band_unit = r["band_unit"].get<std::string>();
    rec.grade = grade_of(text_or_empty(d.sources.at(rec.source), "kind"));
    rec.min_followers = r.at("min_followers").get<double>();
    if (r.contains("max_followers")) rec.max_followers = r["max_followers"].get<double>();
    rec.low = r.at("low").get<double>();
    rec.high = r.at("high").get<double>();
    if (r.contains("typical")) rec.typical = r["typical"].get<double>();
    rec.open_ended = r.value("open_ended", false);
    rec.brand_accounts = text_or_empty(r, "subject") == "brand_accounts";
    d.records.push_back(std::move(rec));
  }
  return d;
}

const Dataset& dataset() {
  // Through std::string: the same parser instantiation as requests use, not a second one.
  static const Dataset parsed = parse_dataset(std::string(kDatasetText));
  return parsed;
}

const Platform* find_platform(const std::string& id) {
  for (const auto& p : dataset().platforms) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const TierScheme* find_scheme(const std::string& id) {
  for (const auto& s : dataset().tier_schemes) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace est
