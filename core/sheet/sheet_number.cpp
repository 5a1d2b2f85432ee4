#include "sheet/sheet_number.hpp"

#include "contract/number_text.hpp"


namespace est {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

bool strip_prefix(std::string& s, std::string_view p) {
  if (s.compare(0, p.size(), p) != 0) return false;
  s.erase(0, p.size());
  return true;
}

bool strip_suffix(std::string& s, std::string_view p) {
  if (s.size() < p.size() || s.compare(s.size() - p.size(), p.size(), p) != 0) return false;
  s.erase(s.size() - p.size());
  return true;
}

void trim(std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return s.clear();
  s = s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// Removes a currency sign or code before or after the number; returns its code.
std::string_view strip_currency(std::string& s) {
  static const std::pair<std::string_view, const char*> kSigns[] = {
      {"\xE2\x82\xAC", "EUR"}, {"eur", "EUR"}, {"$", "USD"}, {"usd", "USD"}, {"\xC2\xA3", "GBP"}, {"gbp", "GBP"}};
  for (const auto& [sign, code] : kSigns) {
    if (strip_prefix(s, sign) || strip_suffix(s, sign)) {
      trim(s);
      return code;
    }
  }
  return {};
}

double strip_scale(std::string& s) {
  std::size_t letters = s.size();
  while (letters > 0 && s[letters - 1] >= 'a' && s[letters - 1] <= 'z') --letters;
  if (letters == s.size()) return 1;
  const std::string word = s.substr(letters);
  static const std::pair<const char*, double> kScales[] = {
      {"k", 1e3},   {"duizend", 1e3}, {"thousand", 1e3}, {"m", 1e6},   {"mln", 1e6},     {"mio", 1e6},
      {"mn", 1e6},  {"miljoen", 1e6}, {"million", 1e6},  {"mld", 1e9}, {"miljard", 1e9}, {"bn", 1e9},
      {"billion", 1e9}};
  for (const auto& [name, scale] : kScales) {
    if (word == name) {
      s.erase(letters);
      trim(s);
      return scale;
    }
  }
  return 0;  // an unknown word: not a number
}

// Thousands groups: the first of 1 to 3 digits, every other of exactly 3.
bool valid_groups(std::string_view whole, char separator) {
  std::size_t start = 0, index = 0;
  while (true) {
    const std::size_t end = whole.find(separator, start);
    const std::size_t len = (end == std::string_view::npos ? whole.size() : end) - start;
    if (index == 0 ? (len < 1 || len > 3) : len != 3) return false;
    if (end == std::string_view::npos) return true;
    start = end + 1;
    ++index;
  }
}

char mark_char(DecimalMark m) { return m == DecimalMark::point ? '.' : ','; }
DecimalMark mark_of(char c) { return c == '.' ? DecimalMark::point : DecimalMark::comma; }

}  // namespace

SheetNumber read_sheet_number(std::string_view text, DecimalMark decimal_mark) {
  SheetNumber out;
  std::string s;
  for (char c : text) s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  trim(s);
  out.currency = strip_currency(s);
  // "250,-": whole units, and the comma is the decimal mark.
  if (strip_suffix(s, ",-")) decimal_mark = out.shows = DecimalMark::comma;
  else if (strip_suffix(s, ".-")) decimal_mark = out.shows = DecimalMark::point;
  const double scale = strip_scale(s);
  if (scale == 0) return out;
  // Thousands spaces: space, no-break space, narrow no-break space, apostrophes.
  std::string t;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' || s[i] == '\'') continue;
    if (s.compare(i, 2, "\xC2\xA0") == 0) { ++i; continue; }
    if (s.compare(i, 3, "\xE2\x80\xAF") == 0 || s.compare(i, 3, "\xE2\x80\x99") == 0) { i += 2; continue; }
    t += s[i];
  }
  double sign = 1;
  if (!t.empty() && (t[0] == '-' || t[0] == '+')) {
    sign = t[0] == '-' ? -1 : 1;
    t.erase(0, 1);
  }
  std::size_t points = 0, commas = 0, digits = 0;
  for (char c : t) {
    if (c == '.') ++points;
    else if (c == ',') ++commas;
    else if (digit(c)) ++digits;
    else return out;
  }
  if (digits == 0) return out;

  char decimal = 0, thousands = 0;
  if (points && commas) {
    decimal = t.find_last_of(".,") == t.rfind('.') ? '.' : ',';
    thousands = decimal == '.' ? ',' : '.';
    if ((decimal == '.' ? points : commas) != 1) return out;
    out.shows = mark_of(decimal);
  } else if (points + commas > 1) {
    thousands = points ? '.' : ',';
    out.shows = mark_of(thousands == '.' ? ',' : '.');
  } else if (points + commas == 1) {
    const std::size_t at = t.find_first_of(".,");
    const std::size_t after = t.size() - at - 1;
    const bool could_be_group = after == 3 && at >= 1 && at <= 3 && t[0] != '0' && scale == 1;
    if (!could_be_group) {
      decimal = t[at];
      if (out.shows != DecimalMark::unknown && out.shows != mark_of(decimal)) return out;  // "1.5,-"
      out.shows = mark_of(decimal);
    } else if (decimal_mark == DecimalMark::unknown) {
      out.status = SheetNumber::ambiguous;
      return out;
    } else {
      decimal = mark_char(decimal_mark);
      if (t[at] != decimal) thousands = t[at];
    }
  }
  const std::size_t dot = decimal ? t.find(decimal) : std::string::npos;
  std::string whole = t.substr(0, dot), fraction = dot == std::string::npos ? "" : t.substr(dot + 1);
  if (thousands && !valid_groups(whole, thousands)) return out;
  std::string plain;
  for (char c : whole) {
    if (digit(c)) plain += c;
  }
  if (!fraction.empty()) plain += "." + fraction;
  if (plain.empty() || plain[0] == '.') plain.insert(0, "0");
  out.value = sign * decimal_text_to_double(plain.data(), plain.size()) * scale;
  out.status = SheetNumber::ok;
  return out;
}

void MarkEvidence::add(DecimalMark shown) {
  if (shown == DecimalMark::point) ++point_;
  if (shown == DecimalMark::comma) ++comma_;
}

void MarkEvidence::add(const MarkEvidence& other) {
  point_ += other.point_;
  comma_ += other.comma_;
}

DecimalMark MarkEvidence::decided() const {
  if (point_ && !comma_) return DecimalMark::point;
  if (comma_ && !point_) return DecimalMark::comma;
  return DecimalMark::unknown;
}

}  // namespace est
