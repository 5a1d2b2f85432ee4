// The trials of a simulation (see simulation.hpp): the code where the time goes, built for speed.
#include <algorithm>
#include <cmath>

#include "model/audience.hpp"
#include "model/profiles.hpp"
#include "montecarlo/simulation.hpp"

namespace est {

void Simulation::run_trial(std::size_t t, std::vector<std::array<double, kMetrics>>& out) const {
  for (std::size_t i = 0; i < profiles_.size(); ++i) {
    const RangedProfile& o = profiles_[i];
    const ProfileDraws& d = draws_[i];
    auto draw = [&](const std::optional<Pert>& p, int k) { return p ? p->sample(uniform(seed_, t, draw_slot(i, k))) : NAN; };
    const double engagement = draw(d.engagement, kDrawEngagement), reach_rate = draw(d.reach, kDrawReach),
                 ctr = draw(d.ctr, kDrawCtr), cvr = draw(d.cvr, kDrawCvr), aov = draw(d.aov, kDrawAov);
    const double followers = d.followers ? draw(d.followers, kDrawFollowers) : o.followers;
    const double reach_per_post = followers * reach_rate / 100;
    const double price = d.price ? draw(d.price, kDrawPrice) : draw(d.cpm, kDrawPrice) * reach_per_post / 1000;
    // std::min keeps a NaN count NaN (fmin would take the cap).
    const double creators = o.creators > 0 ? o.creators : std::min(creators_affordable(budget_, price * o.posts + extra_), o.max_count);
    const double posts = creators * o.posts;
    auto& m = out[i];
    m[kCreators] = creators;
    m[kSpend] = posts * price + creators * extra_;
    m[kEngagements] = posts * followers * engagement / 100;
    m[kReach] = posts * reach_per_post;  // NaN without a reach rate: left out
    m[kClicks] = m[kReach] * ctr / 100;
    m[kConversions] = m[kClicks] * cvr / 100;
    m[kCpm] = m[kReach] > 0 ? m[kSpend] / m[kReach] * 1000 : NAN;
    m[kCpe] = m[kEngagements] > 0 ? m[kSpend] / m[kEngagements] : NAN;
    m[kCpa] = m[kConversions] > 0 ? m[kSpend] / m[kConversions] : NAN;
    m[kRoi] = m[kSpend] > 0 ? (m[kConversions] * aov - m[kSpend]) / m[kSpend] * 100 : NAN;
    m[kUniqueReach] = audience_ > 0 ? unique_reach(audience_, reach_per_post, posts) : NAN;
  }
}

void Simulation::step(std::size_t trials) {
  std::vector<std::array<double, kMetrics>> values(profiles_.size());
  const std::size_t end = std::min(done_ + trials, total());
  for (; done_ < end; ++done_) {
    if (done_ < pilot_) {  // the pilot: only the spans
      run_trial(done_, values);
      for (std::size_t i = 0; i < profiles_.size(); ++i) {
        for (int k = 0; k < kMetrics; ++k) {
          Stats& s = stats_[i][k];
          const double v = values[i][k];
          if (v < s.lo) s.lo = v;  // false for NaN: undefined values are skipped
          if (v > s.hi) s.hi = v;
        }
      }
      continue;
    }
    if (done_ == pilot_) start_histograms();
    run_trial(done_ - pilot_, values);
    for (std::size_t i = 0; i < profiles_.size(); ++i) {
      for (int k = 0; k < kMetrics; ++k) {
        const double v = values[i][k];
        if (!std::isfinite(v)) continue;
        Stats& s = stats_[i][k];
        if (v < s.min) s.min = v;
        if (v > s.max) s.max = v;
        s.sum += v;
        ++s.count;
        add(s, v);
      }
    }
    for (int k = 0; k < kMetrics; ++k) {  // the best option of this trial, ties shared
      if (kMetricTable[k].better == 0) continue;
      double best = NAN;
      int ties = 0;
      for (const auto& v : values) {
        if (!std::isfinite(v[k])) continue;
        if (ties == 0 || v[k] * kMetricTable[k].better > best * kMetricTable[k].better) {
          best = v[k];
          ties = 1;
        } else if (v[k] == best) {
          ++ties;
        }
      }
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (ties && values[i][k] == best) wins_[i][k] += 1.0 / ties;
      }
    }
  }
  if (done_ == total() && !refined_) refine();
}

void Simulation::set_span(Stats& s, double lo, double hi) {
  const double scale = kBins / (hi - lo);
  const bool usable = hi > lo && std::isfinite(hi - lo) && std::isfinite(scale);
  s.lo = usable ? lo : INFINITY;
  s.hi = usable ? hi : INFINITY;
  s.scale = usable ? scale : 0;
  s.under = s.over = 0;
  s.bins.assign(kBins, 0);
}

void Simulation::start_histograms() {
  for (auto& per_option : stats_) {
    for (auto& s : per_option) {
      // No finite value in the pilot leaves lo > hi, and the margin makes the span NaN: no span.
      const double margin = s.hi > s.lo ? (s.hi - s.lo) / 2 : std::fabs(s.lo) * 1e-9;
      set_span(s, s.lo - margin, s.hi + margin);
    }
  }
}

void Simulation::add(Stats& s, double v) const {
  if (v < s.lo) {
    ++s.under;
  } else if (v >= s.hi) {
    ++s.over;
  } else {
    ++s.bins[std::min(kBins - 1, static_cast<int>((v - s.lo) * s.scale))];
  }
}

double Simulation::quantile(const Stats& s, double q) {
  const double target = q * s.count;
  double seen = s.under;
  if (target <= seen) return NAN;
  for (int b = 0; b < kBins; ++b) {
    if (seen + s.bins[b] >= target && s.bins[b] > 0) return s.lo + (b + (target - seen) / s.bins[b]) * (s.hi - s.lo) / kBins;
    seen += s.bins[b];
  }
  return NAN;
}

// Rare: a quantile outside the pilot's span. Rebuild those histograms over the exact min..max; a
// span that even then cannot be cut into finite bins (values subnormally close, as engagements of
// 1e-319, or further apart than the largest double) gets its quantiles from the sorted values.
void Simulation::refine() {
  refined_ = true;
  std::vector<std::pair<std::size_t, int>> redo, sorted;
  for (std::size_t i = 0; i < profiles_.size(); ++i) {
    for (int k = 0; k < kMetrics; ++k) {
      Stats& s = stats_[i][k];
      if (s.count == 0 || s.max == s.min) continue;
      bool inside = true;
      for (double q : kQuantiles) inside = inside && std::isfinite(quantile(s, q));
      if (inside) continue;
      set_span(s, s.min, std::nextafter(s.max, INFINITY));
      (s.scale > 0 ? redo : sorted).emplace_back(i, k);
    }
  }
  if (redo.empty() && sorted.empty()) return;
  std::vector<std::vector<double>> values_of(sorted.size());
  std::vector<std::array<double, kMetrics>> values(profiles_.size());
  for (std::size_t t = 0; t < trials_; ++t) {
    run_trial(t, values);
    for (const auto& [i, k] : redo) {
      if (std::isfinite(values[i][k])) add(stats_[i][k], values[i][k]);
    }
    for (std::size_t j = 0; j < sorted.size(); ++j) {
      const double v = values[sorted[j].first][sorted[j].second];
      if (std::isfinite(v)) values_of[j].push_back(v);
    }
  }
  for (std::size_t j = 0; j < sorted.size(); ++j) {
    std::vector<double>& v = values_of[j];
    std::sort(v.begin(), v.end());
    Stats& s = stats_[sorted[j].first][sorted[j].second];
    // The value where the share q of the trials is reached, as the histogram's quantile is.
    for (int q = 0; q < 3; ++q) s.exact[q] = v[std::min(v.size() - 1, static_cast<std::size_t>(std::ceil(kQuantiles[q] * v.size())) - 1)];
    s.has_exact = true;
  }
}

}  // namespace est
