// JSON text in and out, for every request, answer and the embedded dataset: the core's own small
// reader and writer instead of nlohmann's, which pull in libc's printf and strtod (about 11 KB
// gzipped of the module) and refuse a whole request for one out-of-range number or one unpaired
// surrogate. nlohmann::json stays the value type.
//
// Reading differs from strict JSON validation in two deliberate ways, so that the error can name
// the field instead of the whole request: a number too large for a double reads as ±infinity
// (Reader::check answers not_a_number for that field), and text is not checked for UTF-8 here (an
// unpaired \uD800 escape is kept as its three WTF-8 bytes, which are not UTF-8; Reader::text
// answers invalid_text). Everything else parses exactly as nlohmann's parser did: the same values
// (integers as int64/uint64 when they fit, the same correctly rounded doubles), the same
// documents accepted.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace est {

// The parsed value, or nullopt with *problem set to a readable sentence.
std::optional<nlohmann::json> parse_json(const std::string& text, std::string* problem);

// The same bytes as nlohmann's dump(-1, ' ', false, error_handler_t::replace): compact, keys in
// order, doubles shortest round-trip, non-finite numbers as null, invalid UTF-8 replaced by U+FFFD.
std::string write_json(const nlohmann::json& value);

// Whether text is well-formed UTF-8 (no surrogates, no overlong forms, at most U+10FFFF).
bool valid_utf8(const std::string& text);

// The double nearest to a JSON number's text (correctly rounded; ±infinity past the range).
// Short numbers take an exact fast path; the rest go to decimal_text_to_double (number_text.hpp).
double json_number_to_double(const char* text, std::size_t length);

// nlohmann's messages without their "[json.exception.parse_error.101] " prefix, as a sentence.
std::string readable(const char* what);

}  // namespace est
