#include "contract/parse.hpp"

#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

#include "contract/number_text.hpp"

namespace est {
namespace {

using json = nlohmann::json;

// Powers of ten that doubles hold exactly: the fast path's only multipliers.
constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

void append_utf8(std::string& out, std::uint32_t code) {
  // Surrogates (only unpaired ones reach here) come out as their three bytes: not UTF-8, on purpose.
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// A JSON reader with an explicit stack (no recursion: any depth of nesting is safe).
class Reader {
 public:
  explicit Reader(const std::string& text) : begin_(text.data()), p_(text.data()), end_(text.data() + text.size()) {
    if (end_ - p_ >= 3 && std::string_view(p_, 3) == "\xEF\xBB\xBF") p_ += 3;  // a byte order mark
  }

  std::optional<json> read() {
    json root;
    std::vector<json*> open;  // the containers being filled, innermost last
    json* slot = &root;       // where the next value goes
    for (;;) {
      if (slot) {  // a value is expected
        skip_space();
        const char c = peek();
        if (c == '{' || c == '[') {
          ++p_;
          *slot = c == '{' ? json::object() : json::array();
          skip_space();
          if (peek() == (c == '{' ? '}' : ']')) {
            ++p_;
          } else {
            open.push_back(slot);
            if (c == '{' ? !(slot = member(*slot)) : !(slot = &slot->emplace_back())) return std::nullopt;
            continue;
          }
        } else if (!scalar(*slot)) {
          return std::nullopt;
        }
        slot = nullptr;
      }
      skip_space();  // a value is complete: what follows it?
      if (open.empty()) {
        if (peek() == '\0') return root;
        fail("unexpected text after the value");
        return std::nullopt;
      }
      json& container = *open.back();
      const char c = peek();
      if (c == ',') {
        ++p_;
        if (!(slot = container.is_object() ? member(container) : &container.emplace_back())) return std::nullopt;
      } else if (c == (container.is_object() ? '}' : ']')) {
        ++p_;
        open.pop_back();
      } else {
        fail(container.is_object() ? "expected , or } in an object" : "expected , or ] in a list");
        return std::nullopt;
      }
    }
  }

  std::string problem;

 private:
  // Where the reader stands; '\0' at the end. nlohmann too ends its input at a NUL byte.
  char peek() const { return p_ < end_ ? *p_ : '\0'; }

  void skip_space() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }

  bool fail(const char* what) {
    problem = std::string(what) + " at byte " + std::to_string(p_ - begin_) + ".";
    return false;
  }

  // "key": in an object, then the slot for its value (a repeated key: the last value wins).
  json* member(json& object) {
    skip_space();
    std::string key;
    if (peek() != '"') return fail("expected a key in quotes"), nullptr;
    if (!string(key)) return nullptr;
    skip_space();
    if (peek() != ':') return fail("expected : after a key"), nullptr;
    ++p_;
    return &object[key];
  }

  bool scalar(json& out) {
    const char c = peek();
    if (c == '"') {
      std::string s;
      if (!string(s)) return false;
      out = std::move(s);
      return true;
    }
    if (c == '-' || is_digit(c)) return number(out);
    if (literal("true")) return out = true, true;
    if (literal("false")) return out = false, true;
    if (literal("null")) return out = nullptr, true;
    return c == '\0' ? fail("unexpected end of the text where a value was expected")
                     : fail("unexpected character where a value was expected");
  }

  bool literal(std::string_view word) {
    if (std::string_view(p_, end_ - p_).substr(0, word.size()) != word) return false;
    p_ += word.size();
    return true;
  }

  bool hex4(std::uint32_t& code) {
    if (end_ - p_ < 4) return fail("incomplete \\u escape"), false;
    code = 0;
    for (int i = 0; i < 4; ++i, ++p_) {
      const char c = *p_;
      const int digit = is_digit(c) ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) return fail("\\u must be followed by four hexadecimal digits"), false;
      code = code * 16 + digit;
    }
    return true;
  }

  // Bytes from 0x80 up are kept as they are (their UTF-8 is checked where text is read).
  bool string(std::string& out) {
    ++p_;  // the opening quote
    for (;;) {
      const char* run = p_;
      while (p_ < end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20) ++p_;
      out.append(run, p_);
      if (p_ == end_) return fail("text without its closing quote"), false;
      const char c = *p_++;
      if (c == '"') return true;
      if (c != '\\') return --p_, fail("a control character in text must be written as an escape"), false;
      if (p_ == end_) return fail("text without its closing quote"), false;
      const char e = *p_++;
      switch (e) {
        case '"': case '\\': case '/': out += e; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::uint32_t code;
          if (!hex4(code)) return false;
          // A high surrogate and a low one make one code point; either alone stays a surrogate.
          if (code >= 0xD800 && code < 0xDC00 && end_ - p_ >= 6 && p_[0] == '\\' && p_[1] == 'u') {
            const char* at = p_;
            p_ += 2;
            std::uint32_t low;
            if (!hex4(low)) return false;
            if (low >= 0xDC00 && low < 0xE000) code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            else p_ = at;
          }
          append_utf8(out, code);
          break;
        }
        default:
          return --p_, fail("unknown escape in text"), false;
      }
    }
  }

  // JSON's number grammar; whole numbers that fit stay integers (as nlohmann stores them).
  bool number(json& out) {
    const char* start = p_;
    const bool negative = *p_ == '-';
    if (negative) ++p_;
    if (peek() == '0') {
      ++p_;
    } else if (is_digit(peek())) {
      while (is_digit(peek())) ++p_;
    } else {
      return fail("a minus sign must be followed by digits");
    }
    bool whole = true;
    if (peek() == '.') {
      ++p_, whole = false;
      if (!is_digit(peek())) return fail("a decimal point must be followed by digits");
      while (is_digit(peek())) ++p_;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++p_, whole = false;
      if (peek() == '+' || peek() == '-') ++p_;
      if (!is_digit(peek())) return fail("an exponent must have digits");
      while (is_digit(peek())) ++p_;
    }
    if (whole) {  // an integer: unsigned, or negative; too large for 64 bits, a double
      std::uint64_t magnitude = 0;
      bool fits = true;
      for (const char* d = start + negative; d < p_ && fits; ++d) {
        const unsigned digit = *d - '0';
        fits = magnitude <= (UINT64_MAX - digit) / 10;
        magnitude = magnitude * 10 + digit;
      }
      if (fits && !negative) {
        out = magnitude;
        return true;
      }
      if (fits && magnitude <= static_cast<std::uint64_t>(INT64_MAX) + 1) {
        out = static_cast<std::int64_t>(0 - magnitude);
        return true;
      }
    }
    out = json_number_to_double(start, p_ - start);
    return true;
  }

  const char* begin_;
  const char* p_;
  const char* end_;
};

// One UTF-8 sequence at s[i]: its length when well-formed, else 0 with *bad set to how many bytes
// form the invalid part (the lead byte alone, or the lead byte and the continuation bytes that
// fit before the one that does not, which is then read again): nlohmann's replace rule.
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::size_t* bad) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the second byte's range
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) length = 2;
  else if (b >= 0xE0 && b <= 0xEF) length = 3, low = b == 0xE0 ? 0xA0 : 0x80, high = b == 0xED ? 0x9F : 0xBF;
  else if (b >= 0xF0 && b <= 0xF4) length = 4, low = b == 0xF0 ? 0x90 : 0x80, high = b == 0xF4 ? 0x8F : 0xBF;
  std::size_t k = 1;
  for (; length && k < length && i + k < s.size(); ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) break;
  }
  if (length && k == length) return length;
  *bad = length ? k : 1;
  return 0;
}

void write_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    std::size_t bad = 0;
    const std::size_t n = utf8_sequence(s, i, &bad);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      i += bad;
      continue;
    }
    const char c = s[i];
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out.append(s.data() + i, n);
        }
    }
    i += n;
  }
  out += '"';
}

void write_unsigned(std::string& out, std::uint64_t x) {
  char digits[20];
  int n = 0;
  do digits[n++] = static_cast<char>('0' + x % 10);
  while (x /= 10);
  while (n) out += digits[--n];
}

void write(std::string& out, const json& value) {
  switch (value.type()) {
    case json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, item] : value.get_ref<const json::object_t&>()) {
        if (!first) out += ',';
        first = false;
        write_string(out, key);
        out += ':';
        write(out, item);
      }
      out += '}';
      break;
    }
    case json::value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& item : value.get_ref<const json::array_t&>()) {
        if (!first) out += ',';
        first = false;
        write(out, item);
      }
      out += ']';
      break;
    }
    case json::value_t::string: write_string(out, value.get_ref<const std::string&>()); break;
    case json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; break;
    case json::value_t::number_unsigned: write_unsigned(out, value.get<std::uint64_t>()); break;
    case json::value_t::number_integer: {
      const auto x = value.get<std::int64_t>();
      if (x < 0) out += '-';
      write_unsigned(out, x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x));
      break;
    }
    case json::value_t::number_float: {
      const double x = value.get<double>();
      if (!std::isfinite(x)) {
        out += "null";
        break;
      }
      char buffer[64];  // nlohmann's own shortest round-trip printing, as its dump uses
      out.append(buffer, nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, x));
      break;
    }
    default: out += "null"; break;  // null (and nlohmann's binary/discarded, never built here)
  }
}

}  // namespace

double json_number_to_double(const char* text, std::size_t length) {
  // Clinger's fast path: up to 19 significant digits forming an integer w ≤ 2^53, times or divided
  // by 10^k with k ≤ 22 is one correctly rounded operation on two exact doubles.
  const char* p = text;
  const char* end = text + length;
  const bool negative = *p == '-';
  if (negative) ++p;
  std::uint64_t w = 0;
  int digits = 0, scale = 0;
  bool exact = true, fraction = false;
  for (; p < end && (is_digit(*p) || *p == '.'); ++p) {
    if (*p == '.') {
      fraction = true;
      continue;
    }
    if (fraction) --scale;
    const unsigned digit = *p - '0';
    if (w == 0 && digit == 0) continue;  // leading zeros
    if (++digits > 19) {
      exact = false;
      continue;
    }
    w = w * 10 + digit;
  }
  if (p < end) {  // the exponent: 'e' or 'E', a sign, digits (large ones saturate: not exact anyway)
    ++p;
    const bool minus = *p == '-';
    if (*p == '+' || *p == '-') ++p;
    int e = 0;
    for (; p < end; ++p) e = e < 100000 ? e * 10 + (*p - '0') : e;
    scale += minus ? -e : e;
  }
  if (exact && w == 0) return negative ? -0.0 : 0.0;
  if (exact && w <= (std::uint64_t{1} << 53) && scale >= -22 && scale <= 22) {
    const double x = scale < 0 ? static_cast<double>(w) / kExactPowers[-scale] : static_cast<double>(w) * kExactPowers[scale];
    return negative ? -x : x;
  }
  return decimal_text_to_double(text, length);
}

std::optional<json> parse_json(const std::string& text, std::string* problem) {
  Reader reader(text);
  auto value = reader.read();
  if (!value && problem) *problem = reader.problem;
  return value;
}

std::string write_json(const json& value) {
  std::string out;
  write(out, value);
  return out;
}

bool valid_utf8(const std::string& text) {
  for (std::size_t i = 0, bad = 0; i < text.size();) {
    const std::size_t n = utf8_sequence(text, i, &bad);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string readable(const char* what) {
  std::string_view text(what);
  if (auto pos = text.find("] "); text.rfind("[json.exception", 0) == 0 && pos != text.npos) text.remove_prefix(pos + 2);
  std::string sentence(text);
  if (!sentence.empty() && sentence.back() != '.') sentence += '.';
  return sentence;
}

}  // namespace est
