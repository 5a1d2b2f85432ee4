// The one list of error codes (core/contract/error_codes.hpp) and the README's list agree, and
// every code answers under its own name.
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "contract/error_codes.hpp"
#include "helpers.hpp"

namespace {

std::set<std::string> registry() {
  return {
#define EST_ERROR_CODE_ID(id, meaning) #id,
      EST_ERROR_CODES(EST_ERROR_CODE_ID)
#undef EST_ERROR_CODE_ID
  };
}

// The codes the README's contract section lists: every `snake_case` word between "`C` is a stable
// id" and "`M` one readable sentence".
std::set<std::string> readme_codes() {
  std::ifstream file(README_FILE);
  std::stringstream text;
  text << file.rdbuf();
  const std::string all = text.str();
  const auto begin = all.find("`C` is a stable id");
  const auto end = all.find("`M` one readable sentence", begin);
  REQUIRE(begin != std::string::npos);
  REQUIRE(end != std::string::npos);
  const std::string section = all.substr(begin, end - begin);
  std::set<std::string> codes;
  const std::regex code("`([a-z]+(_[a-z]+)*)`");
  for (auto it = std::sregex_iterator(section.begin(), section.end(), code); it != std::sregex_iterator(); ++it) {
    const std::string word = (*it)[1];
    if (word != "run" && word != "kind" && word != "request" && word != "row_errors") codes.insert(word);
  }
  return codes;
}

}  // namespace

TEST_CASE("the README's list of error codes is the registry") {
  const auto readme = readme_codes();
  const auto codes = registry();
  for (const auto& c : codes) CHECK_MESSAGE(readme.count(c) == 1, "README lacks ", c);
  for (const auto& c : readme) CHECK_MESSAGE(codes.count(c) == 1, "README names ", c, ", which core/contract/error_codes.hpp lacks");
}

TEST_CASE("every code answers under its own name") {
  int i = 0;
#define EST_ERROR_CODE_CHECK(id, meaning) \
  CHECK(std::string(est::code_name(est::ErrorCode::id)) == #id); \
  ++i;
  EST_ERROR_CODES(EST_ERROR_CODE_CHECK)
#undef EST_ERROR_CODE_CHECK
  CHECK(i == static_cast<int>(registry().size()));  // no id listed twice
  CHECK(has_error(est::evaluate(json{{"kind", "tier"}, {"followers", -1}}), "followers", "must_be_positive"));
}
