#include "model/tiers.hpp"

#include <algorithm>

#include "data/dataset.hpp"
#include "model/small_sort.hpp"

namespace est {

const TierScheme& standard_scheme() {
  static const TierScheme& scheme = *find_scheme("standard");
  return scheme;
}

std::optional<std::string> tier_of(double followers, const TierScheme& scheme) {
  const Tier* found = nullptr;
  for (const auto& tier : scheme.tiers) {
    if (followers >= tier.min_followers) found = &tier;
  }
  if (!found) return std::nullopt;
  return found->name;
}

std::optional<TierScheme> read_scheme(Reader& reader) {
  const json* given = reader.get("scheme");
  if (!given) return standard_scheme();
  if (given->is_string()) {  // a published scheme by id
    if (const TierScheme* named = find_scheme(given->get<std::string>())) return *named;
    const std::string ids = joined(dataset().tier_schemes, [](const auto& s) { return s.id; });
    reader.errors().add(reader.path("scheme"), ErrorCode::unknown_scheme, "Unknown scheme; use one of: " + ids + ", or a list of {name, min_followers}.");
    return std::nullopt;
  }
  const json* items = reader.list("scheme", 1, 20);
  if (!items) return std::nullopt;
  TierScheme scheme{"custom", {}};
  std::vector<std::string> names;
  std::vector<double> bounds;
  bool ok = true;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const std::string at = reader.path("scheme." + std::to_string(i));
    if (!(*items)[i].is_object()) {
      reader.errors().add(at, ErrorCode::not_an_object, at + " must be an object {name, min_followers}.");
      ok = false;
      continue;
    }
    Reader item((*items)[i], at, reader.errors());
    auto name = item.text("name", true);
    auto min = item.required("min_followers", rules::count);
    if (name && !first_time(names, *name)) {
      reader.errors().add(item.path("name"), ErrorCode::duplicate, "Tier name \"" + *name + "\" appears twice in the scheme.");
      name.reset();
    }
    if (min && !first_time(bounds, *min)) {
      reader.errors().add(item.path("min_followers"), ErrorCode::duplicate,
                          "Two tiers start at " + format_number(*min) + " followers.");
      min.reset();
    }
    if (!name || !min) {
      ok = false;
      continue;
    }
    scheme.tiers.push_back({*name, *min});
  }
  if (!ok) return std::nullopt;
  small_sort(scheme.tiers,
            [](const Tier& a, const Tier& b) { return a.min_followers < b.min_followers; });
  return scheme;
}

json to_json(const TierScheme& scheme) {
  json tiers = json::array();
  for (std::size_t i = 0; i < scheme.tiers.size(); ++i) {
    json t{{"name", scheme.tiers[i].name}, {"min_followers", scheme.tiers[i].min_followers}};
    if (i + 1 < scheme.tiers.size()) t["max_followers"] = scheme.tiers[i + 1].min_followers;
    tiers.push_back(std::move(t));
  }
  return {{"id", scheme.id}, {"tiers", std::move(tiers)}};
}

}  // namespace est
