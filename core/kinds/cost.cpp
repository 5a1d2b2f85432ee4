// kind "cost": any two of cost, impressions and cpm give all three, then cost per engagement,
// click, acquisition and view, ROI and ROAS from whatever counts are given.
#include <cmath>

#include "contract/kinds.hpp"

namespace est {
namespace {
// Three given values may disagree by this much (relative) and still count as the same:
// a CPM typed with two decimals is rounded by up to half a cent.
constexpr double kAgreement = 0.005;
}  // namespace

json run_cost(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto cost = in.optional("cost", rules::money);
  auto impressions = in.optional("impressions", rules::audience);
  auto cpm = in.optional("cpm", rules::money);
  auto engagements = in.optional("engagements", rules::count);
  auto clicks = in.optional("clicks", rules::count);
  auto conversions = in.optional("conversions", rules::count);
  auto views = in.optional("views", rules::count);
  auto revenue = in.optional("revenue", rules::money_or_zero);
  if (!errors.empty()) return {};

  const int given = (cost ? 1 : 0) + (impressions ? 1 : 0) + (cpm ? 1 : 0);
  if (given < 2) {
    for (const char* name : {"cost", "impressions", "cpm"}) {
      if (!in.get(name)) {
        errors.add(name, ErrorCode::need_two_of, std::string("Give at least two of cost, impressions and cpm; ") + name + " is missing.");
      }
    }
    return {};
  }
  const char* derived = "none";
  if (!cpm) {
    cpm = *cost / *impressions * 1000;
    derived = "cpm";
  } else if (!cost) {
    cost = *impressions * *cpm / 1000;
    derived = "cost";
  } else if (!impressions) {
    impressions = *cost / *cpm * 1000;
    derived = "impressions";
  } else {
    const double implied = *cost / *impressions * 1000;
    if (std::fabs(implied - *cpm) > kAgreement * *cpm) {
      errors.add("cpm", ErrorCode::inconsistent, "cost, impressions and cpm disagree: cost / impressions × 1000 = " +
                                            format_number(implied) + ", not " + format_number(*cpm) + ".");
      return {};
    }
  }

  json out{{"derived", derived}};
  put(out, "cost", cost);
  put(out, "impressions", impressions);
  put(out, "cpm", cpm);
  // A count of zero leaves its cost metric out: there is nothing to divide by.
  auto per = [&](const char* key, const std::optional<double>& count) {
    if (count && *count > 0) put(out, key, *cost / *count);
  };
  per("cpe", engagements);
  per("cpc", clicks);
  per("cpa", conversions);
  per("cpv", views);
  if (clicks) put(out, "ctr_pct", *clicks / *impressions * 100);
  if (clicks && conversions && *clicks > 0) put(out, "cvr_pct", *conversions / *clicks * 100);
  if (revenue) {
    put(out, "roi_pct", (*revenue - *cost) / *cost * 100);
    put(out, "roas", *revenue / *cost);
  }
  out["method"] = method("cost_metrics@1",
                         "cpm = cost / impressions × 1000; cpe = cost / engagements; cpc = cost / clicks; "
                         "cpa = cost / conversions; cpv = cost / views; ctr_pct = clicks / impressions × 100; "
                         "cvr_pct = conversions / clicks × 100; roi_pct = (revenue − cost) / cost × 100; "
                         "roas = revenue / cost");
  return out;
}

}  // namespace est
