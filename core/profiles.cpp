#include "profiles.hpp"

#include <cmath>
#include <set>

namespace est {

std::optional<double> Profile::reach_per_creator() const {
  if (!reach_rate_pct) return std::nullopt;
  return posts_per_creator * followers * *reach_rate_pct / 100;
}

std::optional<std::vector<Profile>> read_profiles(Reader& in, const std::string& name) {
  const json* items = in.list(name, 1, 20);
  if (!items) return std::nullopt;
  std::vector<Profile> profiles;
  std::set<std::string> labels;
  bool ok = true;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const std::string at = in.path(name + "." + std::to_string(i));
    if (!(*items)[i].is_object()) {
      in.errors().add(at, "not_an_object", at + " must be an object describing a creator.");
      ok = false;
      continue;
    }
    Reader item((*items)[i], at, in.errors());
    Profile p;
    auto label = item.text("label", false);
    p.label = label && !label->empty() ? *label : "Option " + std::to_string(i + 1);
    auto followers = item.required("followers", rules::followers);
    auto rate = item.required("engagement_rate_pct", rules::percent);
    auto price = item.required("price_per_post", rules::money);
    p.posts_per_creator = item.optional_or("posts_per_creator", rules::posts, 1);
    p.reach_rate_pct = item.optional("reach_rate_pct", rules::positive_percent);
    if (!labels.insert(p.label).second) {
      in.errors().add(item.path("label"), "duplicate", "The label \"" + p.label + "\" is used by two options.");
      ok = false;
    }
    if (!followers || !rate || !price || in.errors().has(at)) {
      ok = false;
      continue;
    }
    p.followers = *followers;
    p.engagement_rate_pct = *rate;
    p.price_per_post = *price;
    profiles.push_back(std::move(p));
  }
  if (!ok) return std::nullopt;
  return profiles;
}

}  // namespace est
