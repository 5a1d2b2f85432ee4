#include "contract/fields.hpp"

#include <cmath>
#include <cstdint>

#include "contract/parse.hpp"

namespace est {

std::string format_number(double value) {
  // nlohmann's shortest round-trip printing; printf's float code would add kilobytes to the module.
  if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value)) {
    return write_json(json(static_cast<std::int64_t>(value)));
  }
  if (!std::isfinite(value)) return value > 0 ? "infinity" : value < 0 ? "-infinity" : "NaN";
  return write_json(json(value));
}

namespace {

// The length in bytes of the UTF-8 sequence starting at text[at]: 1 for ASCII and for any byte that
// does not start a well-formed sequence (so a stray byte is one character, never swallowing others).
std::size_t sequence_length(const std::string& text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  const std::size_t n = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 1;
  if (n == 1 || at + n > text.size()) return 1;
  for (std::size_t i = at + 1; i < at + n; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return 1;
  }
  return n;
}

}  // namespace

std::size_t count_characters(const std::string& text) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size(); at += sequence_length(text, at)) ++count;
  return count;
}

std::string shorten(const std::string& text, std::size_t max_characters) {
  std::size_t at = 0;
  for (std::size_t n = 0; n < max_characters && at < text.size(); ++n) at += sequence_length(text, at);
  return at < text.size() ? text.substr(0, at) + "…" : text;
}

Reader::Reader(const json& object, std::string prefix, Errors& errors)
    : object_(object), prefix_(std::move(prefix)), errors_(errors) {}

const json* Reader::get(const std::string& name) const {
  if (!object_.is_object()) return nullptr;
  auto it = object_.find(name);
  return it == object_.end() ? nullptr : &*it;
}

std::string Reader::path(const std::string& name) const {
  return prefix_.empty() ? name : prefix_ + "." + name;
}

std::optional<double> Reader::check(const std::string& name, const json& value,
                                    const NumberRule& rule) {
  const std::string field = path(name);
  if (!value.is_number()) {
    std::string got = value.is_null() ? "null" : value.type_name();
    if (value.is_string()) {
      got = "the text \"" + shorten(value.get_ref<const std::string&>(), 24) + "\"";
    }
    errors_.add(field, ErrorCode::not_a_number, field + " must be a number, not " + got + ".");
    return std::nullopt;
  }
  const double x = value.get<double>();
  if (!std::isfinite(x)) {  // only from JSON text such as 1e999 (parse.hpp)
    errors_.add(field, ErrorCode::not_a_number, field + " must be a finite number; this one is beyond the range of numbers.");
    return std::nullopt;
  }
  const bool too_small = rule.min_exclusive ? !(x > rule.min) : x < rule.min;
  if (too_small) {
    if (rule.min == 0 && rule.min_exclusive) {
      errors_.add(field, ErrorCode::must_be_positive, field + " must be greater than 0 (got " + format_number(x) + ").");
    } else if (rule.min == 0) {
      errors_.add(field, ErrorCode::must_be_non_negative, field + " must be 0 or more (got " + format_number(x) + ").");
    } else {
      errors_.add(field, ErrorCode::too_small, field + " must be at least " + format_number(rule.min) + " (got " + format_number(x) + ").");
    }
    return std::nullopt;
  }
  if (x < rule.floor) {
    errors_.add(field, ErrorCode::too_small, field + " must be at least " + format_number(rule.floor) + " (got " + format_number(x) + ").");
    return std::nullopt;
  }
  if (x > rule.max) {
    errors_.add(field, ErrorCode::too_large, field + " must be at most " + format_number(rule.max) + " (got " + format_number(x) + ").");
    return std::nullopt;
  }
  if (rule.whole && x != std::floor(x)) {
    errors_.add(field, ErrorCode::must_be_whole_number, field + " must be a whole number (got " + format_number(x) + ").");
    return std::nullopt;
  }
  return x;
}

std::optional<double> Reader::required(const std::string& name, const NumberRule& rule) {
  const json* value = get(name);
  if (!value) {
    errors_.add(path(name), ErrorCode::missing, path(name) + " is required.");
    return std::nullopt;
  }
  return check(name, *value, rule);
}

std::optional<double> Reader::optional(const std::string& name, const NumberRule& rule) {
  const json* value = get(name);
  return value ? check(name, *value, rule) : std::nullopt;
}

double Reader::optional_or(const std::string& name, const NumberRule& rule, double fallback) {
  return optional(name, rule).value_or(fallback);
}

bool Reader::flag(const std::string& name, bool fallback) {
  const json* value = get(name);
  if (!value) return fallback;
  if (value->is_boolean()) return value->get<bool>();
  errors_.add(path(name), ErrorCode::not_a_boolean, path(name) + " must be true or false.");
  return fallback;
}

std::optional<std::string> Reader::text(const std::string& name, bool is_required) {
  const json* value = get(name);
  const std::string field = path(name);
  if (!value) {
    if (is_required) errors_.add(field, ErrorCode::missing, field + " is required.");
    return std::nullopt;
  }
  if (!value->is_string()) {
    errors_.add(field, ErrorCode::not_a_string, field + " must be text.");
    return std::nullopt;
  }
  const auto& s = value->get_ref<const std::string&>();
  if (s.empty() && is_required) {
    errors_.add(field, ErrorCode::empty, field + " must not be empty.");
    return std::nullopt;
  }
  if (!valid_utf8(s)) {  // an unpaired surrogate escape or invalid bytes in JSON text (parse.hpp)
    errors_.add(field, ErrorCode::invalid_text, field + " must be valid Unicode text (it holds an unpaired surrogate or invalid bytes).");
    return std::nullopt;
  }
  if (const std::size_t n = count_characters(s); n > kMaxTextCharacters) {
    errors_.add(field, ErrorCode::too_long, field + " must be at most " + std::to_string(kMaxTextCharacters) + " characters (got " +
                                       std::to_string(n) + ").");
    return std::nullopt;
  }
  return s;
}

std::optional<Range> Reader::range(const std::string& name, const NumberRule& rule, bool is_required) {
  const json* value = get(name);
  const std::string field = path(name);
  if (!value) {
    if (is_required) errors_.add(field, ErrorCode::missing, field + " is required.");
    return std::nullopt;
  }
  if (!value->is_object()) {
    auto x = check(name, *value, rule);
    if (!x) return std::nullopt;
    return Range{*x, *x, *x};
  }
  Reader parts(*value, field, errors_);
  auto low = parts.required("low", rule);
  auto typical = parts.optional("typical", rule);
  auto high = parts.required("high", rule);
  if (!low || !high || (parts.get("typical") && !typical)) return std::nullopt;
  if (*low > *high) {
    errors_.add(field, ErrorCode::low_above_high, field + ": low (" + format_number(*low) + ") is above high (" + format_number(*high) + ").");
    return std::nullopt;
  }
  if (typical && (*typical < *low || *typical > *high)) {
    errors_.add(parts.path("typical"), ErrorCode::outside_range, field + ": typical must lie between low and high.");
    return std::nullopt;
  }
  return Range{*low, typical, *high};
}

const json* Reader::list(const std::string& name, std::size_t min_items, std::size_t max_items) {
  const json* value = get(name);
  const std::string field = path(name);
  if (!value) {
    errors_.add(field, ErrorCode::missing, field + " is required.");
    return nullptr;
  }
  if (!value->is_array()) {
    errors_.add(field, ErrorCode::not_a_list, field + " must be a list.");
    return nullptr;
  }
  if (value->size() < min_items) {
    errors_.add(field, ErrorCode::too_few, field + " needs at least " + std::to_string(min_items) + " item(s).");
    return nullptr;
  }
  if (value->size() > max_items) {
    errors_.add(field, ErrorCode::too_many, field + " may hold at most " + std::to_string(max_items) + " items.");
    return nullptr;
  }
  return value;
}

void put(json& out, const char* key, double value) {
  if (std::isfinite(value)) out[key] = value;
}

void put(json& out, const char* key, const std::optional<double>& value) {
  if (value) put(out, key, *value);
}

json to_json(const Range& range) {
  json out = json::object();
  put(out, "low", range.low);
  put(out, "typical", range.centre());
  put(out, "high", range.high);
  return out;
}

}  // namespace est
