// Native builds only (CMakeLists.txt leaves it out of the wasm module): see number_text.hpp.
#include <cstdlib>
#include <string>

#include "contract/number_text.hpp"

namespace est {

double decimal_text_to_double(const char* text, std::size_t length) {
  return std::strtod(std::string(text, length).c_str(), nullptr);
}

}  // namespace est
