// The plan optimiser against brute force on many small random instances, and its invariants.
#include <random>

#include "helpers.hpp"
#include "optimizer.hpp"

namespace {

// Every mix, by enumeration: the reference the branch and bound must match exactly.
double brute_force(const std::vector<est::Item>& items, double budget, double max_total) {
  double best = 0;
  std::vector<double> n(items.size(), 0);
  while (true) {
    double cost = 0, value = 0, count = 0;
    for (std::size_t i = 0; i < items.size(); ++i) cost += n[i] * items[i].cost, value += n[i] * items[i].value, count += n[i];
    if (cost <= budget * (1 + 1e-12) && count <= max_total) best = std::max(best, value);
    std::size_t i = 0;
    while (i < items.size() && ++n[i] > std::min(items[i].max_count, std::floor(budget / items[i].cost))) n[i++] = 0;
    if (i == items.size()) return best;
  }
}

}  // namespace

TEST_CASE("the optimiser equals brute force on 2,000 random small instances") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> items_n(1, 4), price(1, 40), value(0, 60), cap(0, 8), limit(1, 12);
  for (int round = 0; round < 2000; ++round) {
    std::vector<est::Item> items;
    for (int i = items_n(rng); i > 0; --i) {
      items.push_back({static_cast<double>(price(rng)) * (round % 3 == 0 ? 0.37 : 1), static_cast<double>(value(rng)),
                       round % 2 ? static_cast<double>(cap(rng)) : INFINITY});
    }
    const double budget = std::uniform_int_distribution<int>(0, 120)(rng);
    const double max_total = round % 4 == 0 ? INFINITY : limit(rng);
    CAPTURE(round);
    const est::Search search = est::best_mixes(items, budget, max_total, 3);
    REQUIRE(!search.best.empty());
    CHECK(search.exact);
    CHECK(search.best.front().value == doctest::Approx(brute_force(items, budget, max_total)));
    for (std::size_t k = 1; k < search.best.size(); ++k) CHECK(search.best[k].value <= search.best[k - 1].value);
    // Every mix returned is feasible and its value and cost add up.
    for (const auto& mix : search.best) {
      double cost = 0, value = 0, count = 0;
      for (std::size_t i = 0; i < items.size(); ++i) {
        CHECK(mix.counts[i] <= items[i].max_count);
        cost += mix.counts[i] * items[i].cost, value += mix.counts[i] * items[i].value, count += mix.counts[i];
      }
      CHECK(cost <= budget * (1 + 1e-9));
      CHECK(count <= max_total);
      CHECK(value == doctest::Approx(mix.value));
    }
  }
}

TEST_CASE("more budget or more allowed creators never lowers the optimum") {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    std::vector<est::Item> items;
    for (int i = 0; i < 4; ++i) items.push_back({10.0 + rng() % 90, 1.0 + rng() % 500, INFINITY});
    double previous = 0;
    for (double budget = 0; budget <= 600; budget += 37) {
      const double value = est::best_mixes(items, budget, 6, 1).best.front().value;
      CHECK(value >= previous);
      CHECK(est::best_mixes(items, budget, 7, 1).best.front().value >= value);
      previous = value;
    }
  }
}

TEST_CASE("a large plan is solved exactly and fast enough to count its nodes") {
  std::vector<est::Item> items{{115, 255, INFINITY}, {335, 690, 1500}, {2535, 2880, INFINITY}, {7535, 9800, INFINITY}, {20035, 27500, INFINITY}};
  const est::Search search = est::best_mixes(items, 1e6, INFINITY, 5);
  CHECK(search.exact);
  CHECK(search.nodes < 1'000'000);
  CHECK(search.best.size() == 5);
}
