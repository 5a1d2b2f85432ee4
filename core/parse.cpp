#include "parse.hpp"

#include <string_view>

namespace est {
namespace {

using json = nlohmann::json;

class Parser : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  explicit Parser(json& out) : json_sax_dom_parser(out, /*allow_exceptions=*/false) {}
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& error) {
    problem = readable(error.what());
    return json_sax_dom_parser::parse_error(position, token, error);
  }
  std::string problem;
};

}  // namespace

std::string readable(const char* what) {
  std::string_view text(what);
  if (auto pos = text.find("] "); text.rfind("[json.exception", 0) == 0 && pos != text.npos) text.remove_prefix(pos + 2);
  std::string sentence(text);
  if (!sentence.empty() && sentence.back() != '.') sentence += '.';
  return sentence;
}

std::optional<json> parse_json(const std::string& text, std::string* problem) {
  json out;
  Parser parser(out);
  if (json::sax_parse(text, &parser) && !parser.problem.size()) return out;
  if (problem) *problem = parser.problem.empty() ? "The text is not JSON." : parser.problem;
  return std::nullopt;
}

}  // namespace est
