// Text inputs are measured and echoed in characters (Unicode code points), never in bytes.
#include "helpers.hpp"

#include "contract/fields.hpp"

namespace {

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

json compare_with_label(const std::string& label) {
  return {{"kind", "compare"}, {"budget", 1000},
          {"options", json::array({{{"label", label}, {"followers", 1000}, {"engagement_rate_pct", 2}, {"price_per_post", 100}}})}};
}

// True when every byte belongs to a well-formed UTF-8 sequence (a cut character would not).
bool valid_utf8(const std::string& s) {
  return json::parse(json(s).dump(-1, ' ', false, json::error_handler_t::strict), nullptr, false).is_string() &&
         json(s).dump(-1, ' ', false, json::error_handler_t::replace).find("\xEF\xBF\xBD") == std::string::npos;
}

}  // namespace

TEST_CASE("a label's limit counts characters, not bytes") {
  // 2, 3 and 4 bytes per character: 200 of them pass (they failed from 101, 67 and 51 on).
  for (const std::string c : {"é", "漢", "😀"}) {
    CAPTURE(c);
    const std::string label = repeat(c, 200);
    CHECK(result_of(compare_with_label(label))["options"][0]["label"] == label);
    json e = errors_of(compare_with_label(label + c));
    CHECK(has_error(e, "options.0.label", "too_long"));
    CHECK(e["errors"][0]["message"].get<std::string>().find("(got 201)") != std::string::npos);
  }
  CHECK(result_of(compare_with_label(repeat("a", 200)))["options"][0]["label"].get<std::string>().size() == 200);
  CHECK(has_error(errors_of(compare_with_label(repeat("a", 201))), "options.0.label", "too_long"));
}

TEST_CASE("echoed text is shortened between characters, never inside one") {
  for (const std::string c : {"é", "漢", "😀"}) {
    CAPTURE(c);
    const std::string text = "a" + repeat(c, 40);
    json e = errors_of({{"kind", "tier"}, {"followers", text}});
    const std::string message = e["errors"][0]["message"].get<std::string>();
    INFO(message);
    CHECK(valid_utf8(message));
    CHECK(message.find("\"a" + repeat(c, 23) + "…\"") != std::string::npos);  // 24 characters, then …
    // Through the text boundary, too: no replacement character where a character was cut.
    const std::string answer = est::evaluate_text(json{{"kind", "tier"}, {"followers", text}}.dump());
    CHECK(answer.find("\xEF\xBF\xBD") == std::string::npos);
  }
  const std::string short_text = repeat("漢", 24);  // 24 characters: shown whole, without …
  CHECK(errors_of({{"kind", "tier"}, {"followers", short_text}})["errors"][0]["message"].get<std::string>().find(short_text + "\"") !=
        std::string::npos);
}

TEST_CASE("characters are counted and cut by their UTF-8 sequences; a stray byte is one character") {
  CHECK(est::count_characters("") == 0);
  CHECK(est::count_characters("aé漢😀") == 4);
  CHECK(est::count_characters("e\xCC\x81") == 2);         // e + combining acute: two code points
  CHECK(est::count_characters("\x80\x80\xff") == 3);      // stray bytes
  CHECK(est::count_characters("\xE6\xBC") == 2);          // a sequence cut short: two stray bytes
  CHECK(est::shorten("aé漢😀", 3) == "aé漢…");
  CHECK(est::shorten("aé漢😀", 4) == "aé漢😀");
  CHECK(est::shorten("😀😀", 1) == "😀…");
  CHECK(est::shorten("\xff\xff\xff", 2) == "\xff\xff…");
}
