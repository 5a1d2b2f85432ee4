// kind "funnel": impressions (or reach × frequency) → clicks → conversions → revenue, with the cost
// metrics, ROI and the break-even point. Any input may be a range; every output is a range then,
// by interval arithmetic: each formula is monotone in each input, so the low output takes each
// input's worst end and the high output its best; typical comes from the typical inputs.
#include "contract/kinds.hpp"

namespace est {
namespace {

constexpr NumberRule kShare{0, false, 100, false};  // a percentage of something: 0..100

void put_range(json& out, const char* key, const Range& r) {
  json v = to_json(r);
  if (v.size() == 3) out[key] = std::move(v);  // all three finite: else the metric is left out
}

}  // namespace

json run_funnel(const json& request, Errors& errors) {
  Reader in(request, "", errors);
  auto impressions = in.range("impressions", rules::audience, false);
  auto reach = in.range("reach", rules::audience, false);
  auto frequency = in.range("frequency", rules::frequency, false);
  auto ctr = in.range("ctr_pct", kShare, true);
  auto cvr = in.range("cvr_pct", kShare, false);
  auto aov = in.range("aov", rules::money, false);
  auto cost = in.range("cost", rules::money, false);
  if (!impressions && !reach && !in.get("impressions") && !in.get("reach")) {
    errors.add("impressions", ErrorCode::missing, "Give impressions, or reach (with an optional frequency).");
  }
  if (in.get("impressions") && in.get("reach")) {
    errors.add("reach", ErrorCode::conflict, "Give impressions or reach, not both: impressions = reach × frequency.");
  }
  if (!errors.empty()) return {};

  const Range shown = impressions ? *impressions : times(*reach, frequency.value_or(Range{1, 1, 1}));
  json out = json::object();
  put_range(out, "impressions", shown);
  const Range clicks = scaled(times(shown, *ctr), 0.01);
  put_range(out, "clicks", clicks);
  std::optional<Range> conversions;
  if (cvr) put_range(out, "conversions", *(conversions = scaled(times(clicks, *cvr), 0.01)));
  std::optional<Range> revenue;
  if (conversions && aov) put_range(out, "revenue", *(revenue = times(*conversions, *aov)));
  if (cost) {
    put_range(out, "cost", *cost);
    put_range(out, "cpm", scaled(divided(*cost, shown), 1000));
    put_range(out, "cpc", divided(*cost, clicks));
    if (conversions) put_range(out, "cpa", divided(*cost, *conversions));
    if (revenue) {
      const Range roas = divided(*revenue, *cost);
      put_range(out, "roas", roas);
      put_range(out, "roi_pct", Range{(roas.low - 1) * 100, (roas.centre() - 1) * 100, (roas.high - 1) * 100});
    }
    if (aov) {
      const Range needed = divided(*cost, *aov);  // conversions to earn the cost back
      put_range(out, "break_even_conversions", needed);
      put_range(out, "break_even_cvr_pct", scaled(divided(needed, clicks), 100));
    }
  }
  out["method"] = method("funnel@1",
                         "clicks = impressions (or reach × frequency) × ctr_pct / 100; conversions = clicks × cvr_pct / "
                         "100; revenue = conversions × aov; cpm, cpc, cpa = cost per 1000 impressions, click, conversion; "
                         "roas = revenue / cost; roi_pct = (roas − 1) × 100; break_even_conversions = cost / aov; "
                         "break_even_cvr_pct = break_even_conversions / clicks × 100. Ranges: interval arithmetic");
  return out;
}

}  // namespace est
