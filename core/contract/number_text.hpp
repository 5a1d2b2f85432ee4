// The one platform-dependent step of reading JSON: decimal text to the nearest double, for the
// numbers parse.cpp's exact fast path does not cover (more than 19 digits, large exponents,
// subnormals). Natively it is the C library's strtod (correctly rounded in glibc); in the wasm
// module it is JavaScript's Number() (correctly rounded by the language's definition), defined in
// wasm/number_text_js.cpp, so that musl's strtod and its long-double arithmetic stay out of the
// module (about 7 KB gzipped).
#pragma once
#include <cstddef>

namespace est {

// text: a JSON number (validated by the caller), not NUL-terminated. ±infinity past the range.
double decimal_text_to_double(const char* text, std::size_t length);

}  // namespace est
