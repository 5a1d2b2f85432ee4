// The wasm module's decimal reader (see core/contract/number_text.hpp): JavaScript's Number(), exact by
// the language's definition, in place of musl's strtod. Only the numbers parse.cpp's fast path
// leaves over come here (more than 19 significant digits, exponents beyond ±22, ...).
#include <emscripten/emscripten.h>

#include "contract/number_text.hpp"

// The text is a validated JSON number: ASCII, which JavaScript's Number() reads the same way.
EM_JS(double, js_number_from_text, (const char* text, int length), {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(HEAPU8[text + i]);
  return Number(s);
});

namespace est {

double decimal_text_to_double(const char* text, std::size_t length) {
  return js_number_from_text(text, static_cast<int>(length));
}

}  // namespace est
