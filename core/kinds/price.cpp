// kind "price": a price range per post from the published rates for the platform, format and
// follower band (or tier), in the currency each source published; converted only with a rate the
// user gives.
#include <algorithm>

#include "contract/kinds.hpp"
#include "data/lookup.hpp"

namespace est {

json run_price(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto followers = in.optional("followers", rules::followers);
  auto tier = read_tier(in);
  auto platform = read_platform(in, "instagram");
  auto format = read_format(in, "post");
  auto own_price = in.range("price_per_post", rules::money, false);
  auto currency = read_currency(in, "currency");
  auto rates = read_exchange_rates(in, currency);
  if (!followers && !tier && !own_price) {
    errors.add("followers", ErrorCode::missing, "Give followers or a tier (or your own price_per_post).");
  }
  if (!errors.empty()) return {};

  json out{{"platform", *platform}, {"format", *format}};
  if (followers) out["followers"] = *followers;
  out["tier"] = tier ? *tier : followers ? *tier_of(*followers, standard_scheme()) : "";
  json prices = json::array();
  std::vector<const Record*> used;
  if (own_price) {
    json p = to_json(*own_price);
    p["unit"] = currency.value_or("EUR");
    prices.push_back(std::move(p));
    out["overridden"] = json::array({"price_per_post"});
  } else {
    auto found = estimate(price_query(*platform, followers, tier.value_or(""), *format));
    if (found.empty()) {
      errors.add(followers ? "followers" : "tier", ErrorCode::no_benchmark,
                 "No published price per post for " + find_platform(*platform)->name + " at this size; enter your own price_per_post.");
      return {};
    }
    for (const auto& e : found) {
      prices.push_back(to_json(e));
      used.insert(used.end(), e.records.begin(), e.records.end());
    }
  }
  // Conversions, only with the user's own rate, kept apart from the published figures.
  json converted = json::array();
  for (const auto& p : prices) {
    for (const auto& [from, rate] : rates) {
      if (p["unit"].get_ref<const std::string&>() != from || from == *currency) continue;
      json c{{"unit", *currency}, {"converted_from", from}, {"rate", rate}};
      for (const char* k : {"low", "typical", "high"}) put(c, k, p[k].get<double>() * rate);
      if (p.contains("open_ended")) c["open_ended"] = true;
      converted.push_back(std::move(c));
    }
  }
  out["prices"] = std::move(prices);
  if (!converted.empty()) out["converted"] = std::move(converted);
  out["sources"] = source_ids(used);
  out["method"] = method("price@2",
                         "published prices per post for the platform, format and follower band, per currency: lowest low "
                         "to highest high, typical = median of the strongest grade; bands by overlap; per-10,000-follower rules scaled; "
                         "converted = published × your exchange rate");
  return out;
}

}  // namespace est
