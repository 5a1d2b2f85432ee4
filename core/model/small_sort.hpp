// Sorting the short lists of a request (a few profiles or tiers): an insertion sort is a few dozen
// bytes of wasm, where each std::sort instantiation costs kilobytes of the module every visitor
// downloads.
#pragma once
#include <utility>
#include <vector>

namespace est {

template <class T, class Before>
void small_sort(std::vector<T>& items, Before before) {
  for (std::size_t i = 1; i < items.size(); ++i) {
    for (std::size_t j = i; j > 0 && before(items[j], items[j - 1]); --j) std::swap(items[j], items[j - 1]);
  }
}

}  // namespace est
