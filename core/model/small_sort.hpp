// Sorting without the standard library's sorts, each instantiation of which costs kilobytes of the
// module every visitor downloads (std::stable_sort about 3 KB of wasm, std::sort about 1.5 KB): an
// insertion sort for the short lists of a request (a few profiles or tiers), a bottom-up merge sort
// for long ones (a roster's 10,000 creators). Both are stable.
#pragma once
#include <algorithm>
#include <cstddef>
#include <numeric>
#include <utility>
#include <vector>

namespace est {

template <class T, class Before>
void small_sort(std::vector<T>& items, Before before) {
  for (std::size_t i = 1; i < items.size(); ++i) {
    for (std::size_t j = i; j > 0 && before(items[j], items[j - 1]); --j) std::swap(items[j], items[j - 1]);
  }
}

// The indices 0..n-1 in the order of `before` (a strict weak order on indices), ties in index order:
// the order std::stable_sort gives, in O(n log n).
template <class Before>
std::vector<std::size_t> stable_order(std::size_t n, Before before) {
  std::vector<std::size_t> a(n), b(n);
  std::iota(a.begin(), a.end(), 0);
  for (std::size_t width = 1; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      const std::size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      std::size_t x = lo, y = mid, k = lo;
      while (x < mid || y < hi) b[k++] = (y >= hi || (x < mid && !before(a[y], a[x]))) ? a[x++] : a[y++];
    }
    a.swap(b);
  }
  return a;
}

}  // namespace est
