// How the figures of a creator profile (model/profiles.hpp) are drawn in a trial: the PERT of each
// figure given as a range (a number is a range of one value), absent where the profile has none.
// Built once per profile; simulate, compare and plan draw from it, each figure from its own slot
// (random.hpp).
#pragma once
#include <optional>

#include "model/profiles.hpp"
#include "montecarlo/random.hpp"

namespace est {

struct ProfileDraws {
  explicit ProfileDraws(const RangedProfile& p)
      : engagement(pert_of(p.engagement)), price(pert_of(p.price)), cpm(pert_of(p.cpm)), reach(pert_of(p.reach)),
        ctr(pert_of(p.ctr)), cvr(pert_of(p.cvr)), aov(pert_of(p.aov)),
        followers(p.followers_range.high > p.followers_range.low ? std::optional<Pert>(Pert(p.followers_range)) : std::nullopt) {}

  std::optional<Pert> engagement, price, cpm, reach, ctr, cvr, aov;
  std::optional<Pert> followers;  // only when followers is a range
};

}  // namespace est
