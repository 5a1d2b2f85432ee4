// model/small_sort.hpp: the module's own sorts give std::stable_sort's order, ties included.
#include <algorithm>
#include <numeric>
#include <random>

#include "helpers.hpp"
#include "model/small_sort.hpp"

TEST_CASE("stable_order and small_sort give std::stable_sort's order, ties in index order") {
  std::mt19937 rng(11);
  for (std::size_t n : {0, 1, 2, 3, 7, 8, 9, 31, 64, 100, 1000, 10000}) {
    for (int distinct : {1, 3, 50, 1000000}) {  // few distinct keys: many ties
      std::uniform_int_distribution<int> pick(0, distinct - 1);
      std::vector<int> key(n);
      for (int& k : key) k = pick(rng);
      auto before = [&](std::size_t a, std::size_t b) { return key[a] > key[b]; };
      std::vector<std::size_t> expected(n);
      std::iota(expected.begin(), expected.end(), 0);
      std::stable_sort(expected.begin(), expected.end(), before);
      CHECK(est::stable_order(n, before) == expected);
      if (n <= 1000) {
        std::vector<std::size_t> small(n);
        std::iota(small.begin(), small.end(), 0);
        est::small_sort(small, before);
        CHECK(small == expected);
      }
    }
  }
}
