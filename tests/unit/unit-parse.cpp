// The core's JSON reader and writer (core/parse.*) against nlohmann's parser and dump, the path
// they replace: the same values and bytes for every document, numbers rounded exactly as strtod
// rounds them, and the two deliberate differences (±infinity and unpaired surrogates reach the
// field that holds them).
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

#include "helpers.hpp"
#include "contract/parse.hpp"

namespace {

std::uint64_t bits(double x) {
  std::uint64_t b;
  std::memcpy(&b, &x, sizeof b);
  return b;
}

// Deep equality with doubles compared bit for bit (== would call -0 and 0 equal) and the same
// integer kinds (unsigned, signed, float) as nlohmann's parser chose.
bool same(const json& a, const json& b) {
  if (a.type() != b.type()) return false;
  if (a.is_number_float()) return bits(a.get<double>()) == bits(b.get<double>());
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(), jt = b.begin(); it != a.end(); ++it, ++jt) {
      if (it.key() != jt.key() || !same(*it, *jt)) return false;
    }
    return true;
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!same(a[i], b[i])) return false;
    }
    return true;
  }
  return a == b;
}

std::string file_text(const char* path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The old path: nlohmann's parser (what parse_json replaced), as a value or discarded.
json old_parse(const std::string& text) { return json::parse(text, nullptr, /*allow_exceptions=*/false); }

void check_like_nlohmann(const std::string& text) {
  INFO(text);
  const json expected = old_parse(text);
  const auto got = est::parse_json(text, nullptr);
  CHECK(got.has_value() == !expected.is_discarded());
  if (got && !expected.is_discarded()) CHECK(same(*got, expected));
}

double parse_number(const std::string& text) { return est::json_number_to_double(text.data(), text.size()); }

}  // namespace

TEST_CASE("parse_json reads the contract cases and the dataset exactly as nlohmann does") {
  check_like_nlohmann(file_text(CASES_FILE));
  check_like_nlohmann(file_text(DATASET_FILE));
}

TEST_CASE("parse_json accepts and refuses the same documents as nlohmann") {
  for (const char* text :
       {"", " ", "{}", "[]", "{ }", "[ ]", "0", "-0", "-0.0", "0.5", "-1", "1.", ".5", "01", "-", "1e", "1e+", "1E-2",
        "true", "false", "null", "tru", "nul", "truex", "\"\"", "\"a\\nb\"", "\"\\u00e9\\u20ac\"", "\"\\uD83D\\uDE00\"",
        "\"\\x\"", "\"\\u12\"", "\"tab\there\"", "\"open", "[1,2", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}",
        "{\"a\":1}{", "[1] ", " \t\r\n[1]\n", "\xEF\xBB\xBF{}", "\xEF\xBB{}", "[1,[2,[3,{\"x\":[]}]]]",
        "{\"a\":1,\"a\":2}", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
        "-9223372036854775809", "123456789012345678901234567890", "1e22", "1e23", "4.9e-324", "1E400x"}) {
    check_like_nlohmann(text);
  }
  check_like_nlohmann(std::string("{}\0trailing", 11));  // nlohmann ends the input at a NUL byte
  check_like_nlohmann(std::string("[\0]", 3));
}

TEST_CASE("numbers round as strtod does, edge cases by their bits") {
  struct Case {
    const char* text;
    std::uint64_t bits;
  };
  for (const Case& c : {Case{"5e-324", 0x1}, Case{"4.9406564584124654e-324", 0x1}, Case{"2.4703282292062327e-324", 0x0},
                        Case{"2.4703282292062328e-324", 0x1}, Case{"2.2250738585072011e-308", 0x000FFFFFFFFFFFFF},
                        Case{"2.2250738585072012e-308", 0x0010000000000000}, Case{"1.7976931348623157e308", 0x7FEFFFFFFFFFFFFF},
                        Case{"1.7976931348623158e308", 0x7FEFFFFFFFFFFFFF}, Case{"1.7976931348623159e308", 0x7FF0000000000000},
                        Case{"1e400", 0x7FF0000000000000}, Case{"-1e400", 0xFFF0000000000000}, Case{"1e-400", 0x0},
                        Case{"-0.0", 0x8000000000000000}, Case{"-0e5", 0x8000000000000000}, Case{"0.1", 0x3FB999999999999A},
                        Case{"1e23", 0x44B52D02C7E14AF6}, Case{"9007199254740993.0", 0x4340000000000000},
                        Case{"9007199254740995.0", 0x4340000000000002},
                        Case{"123456789012345678901234567890.0", 0x45F8EE90FF6C373E},
                        Case{"0.30000000000000000000000000001", 0x3FD3333333333333}}) {
    INFO(c.text);
    CHECK(bits(parse_number(c.text)) == c.bits);
    CHECK(bits(parse_number(c.text)) == bits(std::strtod(c.text, nullptr)));
  }
  // Whole numbers stay integers when they fit, as nlohmann stores them.
  CHECK(est::parse_json("9007199254740993", nullptr)->get<std::uint64_t>() == 9007199254740993u);
  CHECK(est::parse_json("-0", nullptr)->is_number_integer());
}

TEST_CASE("random decimal texts round as strtod does") {
  std::mt19937_64 random(20261122);
  for (int n = 0; n < 20000; ++n) {
    std::string text = random() % 2 ? "-" : "";
    const int whole = 1 + random() % 25, fraction = random() % 25;
    text += static_cast<char>('1' + random() % 9);
    for (int i = 1; i < whole; ++i) text += static_cast<char>('0' + random() % 10);
    if (fraction) {
      text += '.';
      for (int i = 0; i < fraction; ++i) text += static_cast<char>('0' + random() % 10);
    }
    if (random() % 2) text += "e" + std::to_string(static_cast<int>(random() % 660) - 340);
    INFO(text);
    REQUIRE(bits(parse_number(text)) == bits(std::strtod(text.c_str(), nullptr)));
  }
}

TEST_CASE("write_json writes the bytes nlohmann's dump (replacing invalid UTF-8) wrote") {
  const json cases = old_parse(file_text(CASES_FILE));
  CHECK(est::write_json(cases) == cases.dump(-1, ' ', false, json::error_handler_t::replace));
  const json numbers = {0.0, -0.0, 0.1, 1e300, -5e-324, 1.5, 123456789.0, -3, 18446744073709551615u, INT64_MIN, NAN, INFINITY};
  CHECK(est::write_json(numbers) == numbers.dump(-1, ' ', false, json::error_handler_t::replace));
  std::mt19937_64 random(7);
  const unsigned char pieces[] = {0x00, 0x01, 0x1F, '"', '\\', 'a', 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xA0, 0xED,
                                  0x9F, 0xEF, 0xF0, 0x90, 0xF4, 0x8F, 0xF5, 0xFF, 0xE2, 0x82, 0xAC};
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    for (int i = random() % 12; i > 0; --i) s += static_cast<char>(pieces[random() % sizeof pieces]);
    const json value = {{"label", s}, {s, 1}};
    INFO(json(s).dump(-1, ' ', true, json::error_handler_t::replace));
    REQUIRE(est::write_json(value) == value.dump(-1, ' ', false, json::error_handler_t::replace));
    // Only replacements put U+FFFD in the output (0xBD is not among the pieces).
    REQUIRE(est::valid_utf8(s) == (est::write_json(json(s)).find("\xEF\xBF\xBD") == std::string::npos));
  }
}

TEST_CASE("1e999 and an unpaired surrogate are errors of the field that holds them") {
  const std::string option = R"({"kind":"compare","budget":1000,"options":[{"label":LABEL,"followers":FOLLOWERS,"engagement_rate_pct":2,"price_per_post":100}]})";
  auto request = [&](const std::string& label, const std::string& followers) {
    std::string text = option;
    text.replace(text.find("LABEL"), 5, label);
    text.replace(text.find("FOLLOWERS"), 9, followers);
    return json::parse(est::evaluate_text(text));
  };
  CHECK(request(R"("A")", "1000")["ok"] == true);
  CHECK(has_error(request(R"("A")", "1e999"), "options.0.followers", "not_a_number"));
  CHECK(has_error(request(R"("A")", "-1e999"), "options.0.followers", "not_a_number"));
  CHECK(has_error(request(R"("\ud800")", "1000"), "options.0.label", "invalid_text"));
  CHECK(has_error(request(R"("x\udc00y")", "1000"), "options.0.label", "invalid_text"));
  CHECK(has_error(request(R"("\ud800\u0041")", "1000"), "options.0.label", "invalid_text"));
  CHECK(has_error(request("\"\xff\"", "1000"), "options.0.label", "invalid_text"));
  CHECK(request(R"("\ud83d\ude00")", "1000")["ok"] == true);  // a pair is one code point
  // Unread, such values change nothing.
  CHECK(json::parse(est::evaluate_text(R"({"kind":"tier","followers":5000,"extra":[1e999,"\ud800"]})"))["ok"] == true);
}
