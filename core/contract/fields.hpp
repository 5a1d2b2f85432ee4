// Reading a request's fields with validation, and writing result fields that are always finite.
// Each kind declares its inputs with a Reader and a NumberRule; every problem goes to Errors
// with the field's full path, so one answer lists all of them.
#pragma once
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "contract/errors.hpp"
#include "model/range.hpp"

namespace est {

using json = nlohmann::json;

struct NumberRule {
  double min;          // lowest allowed value
  bool min_exclusive;  // true: the value must be greater than min
  double max;          // highest allowed value (beyond it: too_large)
  bool whole;          // must be a whole number
  double floor = 0;    // above min but below this: too_small (no real account has 0.5 followers)
};

// Limits are far above any real account or campaign, and low enough that no product of two
// inputs overflows a double.
namespace rules {
inline constexpr NumberRule followers{0, true, 1e10, false, 1};   // > 0, at least 1
inline constexpr NumberRule count{0, false, 1e12, false};         // >= 0: likes, clicks...
inline constexpr NumberRule audience{0, true, 1e13, false, 1};    // > 0, at least 1: reach, impressions, views
inline constexpr NumberRule money{0, true, 1e12, false, 0.01};    // > 0, at least a cent
inline constexpr NumberRule money_or_zero{0, false, 1e12, false}; // >= 0: revenue, extra costs
inline constexpr NumberRule percent{0, false, 1000, false};       // >= 0 (TikTok rates pass 100)
inline constexpr NumberRule positive_percent{0, true, 1000, false};
inline constexpr NumberRule posts{1, false, 10000, true};         // whole, >= 1
inline constexpr NumberRule frequency{1, false, 100, false};      // impressions per person reached, 1..100
inline constexpr NumberRule seed{0, false, 9007199254740991.0, true};  // whole, up to 2^53 - 1: the same seed, the same answer
}  // namespace rules
inline constexpr double kDefaultSeed = 1;  // the seed of a request that gives none

// A readable number for messages: 10000 not 1e+04, 0.5 not 0.500000.
std::string format_number(double value);

// "a, b, c": the names of a list joined for a message ("use one of: …").
template <class List, class Name>
std::string joined(const List& items, Name name) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + std::string(name(item));
  return out;
}

// Text as people count it: in characters (Unicode code points), not in the bytes of its UTF-8.
// A byte that does not belong to a valid sequence counts as one character (it is shown as �).
std::size_t count_characters(const std::string& text);
// The text, or its first max_characters characters and "…": never cut inside a character.
std::string shorten(const std::string& text, std::size_t max_characters);
inline constexpr std::size_t kMaxTextCharacters = 200;  // labels, names and every other text input

class Reader {
 public:
  Reader(const json& object, std::string prefix, Errors& errors);

  // The value at name, or nullptr when absent.
  const json* get(const std::string& name) const;
  // The full path of a field, e.g. "options.1.followers".
  std::string path(const std::string& name) const;

  std::optional<double> required(const std::string& name, const NumberRule& rule);
  std::optional<double> optional(const std::string& name, const NumberRule& rule);
  double optional_or(const std::string& name, const NumberRule& rule, double fallback);
  std::optional<std::string> text(const std::string& name, bool is_required);
  // true or false; fallback when absent; anything else is not_a_boolean (and fallback).
  bool flag(const std::string& name, bool fallback);
  // A number or {low, typical (optional), high}, each checked by rule, ordered low <= typical <= high.
  std::optional<Range> range(const std::string& name, const NumberRule& rule, bool is_required);
  // An array with between min_items and max_items elements, or nullptr (with an error).
  const json* list(const std::string& name, std::size_t min_items, std::size_t max_items);

  // Checks a value found elsewhere (a list element) as if it were field name of this reader.
  std::optional<double> check(const std::string& name, const json& value, const NumberRule& rule);

  Errors& errors() const { return errors_; }

 private:

  const json& object_;
  std::string prefix_;
  Errors& errors_;
};

// Adds value to seen; false when it was there already. For the short lists of a request
// (labels, tier names), where a vector is smaller code than a set.
template <class T>
bool first_time(std::vector<T>& seen, const T& value) {
  if (std::find(seen.begin(), seen.end(), value) != seen.end()) return false;
  seen.push_back(value);
  return true;
}

// Writes key = value only when the value is finite: a metric that cannot be computed is left out.
void put(json& out, const char* key, double value);
void put(json& out, const char* key, const std::optional<double>& value);
json to_json(const Range& range);

}  // namespace est
