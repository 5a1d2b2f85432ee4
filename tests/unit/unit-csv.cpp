// The CSV reader (every dialect a spreadsheet writes, broken quotes, empty lines) and the reading
// of number text as Dutch and English spreadsheets write it.
#include "sheet/csv.hpp"
#include "helpers.hpp"
#include "sheet/sheet_number.hpp"

namespace {

using Rows = std::vector<std::pair<std::size_t, std::vector<std::string>>>;

Rows read_all(const std::string& text, char* delimiter = nullptr, std::vector<std::size_t>* broken = nullptr) {
  est::CsvReader csv(text);
  if (delimiter) *delimiter = csv.delimiter();
  Rows rows;
  std::vector<std::string> fields;
  while (csv.next(fields)) {
    if (broken && csv.broken()) broken->push_back(csv.row());
    if (!est::is_blank(fields)) rows.emplace_back(csv.row(), fields);
  }
  return rows;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("csv: the delimiter is the one the header line uses most") {
  char d = 0;
  CHECK(read_all("name,followers\na,1\n", &d)[1].second == V{"a", "1"});
  CHECK(d == ',');
  CHECK(read_all("naam;volgers\na;1,5\n", &d)[1].second == V{"a", "1,5"});
  CHECK(d == ';');
  CHECK(read_all("name\tfollowers\na\t1,5\n", &d)[1].second == V{"a", "1,5"});
  CHECK(d == '\t');
  read_all("\n\n\"a,b\";c\n", &d);  // quoted delimiters do not count; leading empty lines are skipped
  CHECK(d == ';');
  read_all("a;b,c\n", &d);  // a tie: tab, then ';', then ','
  CHECK(d == ';');
  read_all("name\n", &d);
  CHECK(d == ',');
}

TEST_CASE("csv: byte-order mark, CRLF, CR, and no final line end") {
  const Rows rows = read_all("\xEF\xBB\xBFname,followers\r\nanna,100\rbob,200");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].second == V{"name", "followers"});
  CHECK(rows[1].second == V{"anna", "100"});
  CHECK(rows[2].second == V{"bob", "200"});
  CHECK(rows[2].first == 3);
}

TEST_CASE("csv: quoted fields hold delimiters, quotes and line breaks; a row spans them") {
  const Rows rows = read_all("name;note;followers\r\n\"Anna; B\";\"she said \"\"hi\"\"\r\nand left\";\"12.500\"\r\nbob;;3\r\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].second == V{"Anna; B", "she said \"hi\"\r\nand left", "12.500"});
  CHECK(rows[1].first == 2);
  CHECK(rows[2].first == 3);  // the quoted line break did not start a row
  CHECK(rows[2].second == V{"bob", "", "3"});
  CHECK(read_all("a,\"\"\n")[0].second == V{"a", ""});
}

TEST_CASE("csv: empty lines are rows of their own, and blank") {
  const Rows rows = read_all("name,followers\n\nanna,1\n,\n  \nbob,2\n\n");
  REQUIRE(rows.size() == 3);
  CHECK(rows[1].first == 3);
  CHECK(rows[2].first == 6);
  CHECK(est::is_blank({"", " ", "\t"}));
  CHECK_FALSE(est::is_blank({"", "x"}));
}

TEST_CASE("csv: a broken quote spoils its own row only") {
  std::vector<std::size_t> broken;
  // Never closed: the rest of the file would be one field; instead the row is read literally.
  Rows rows = read_all("name,followers\n\"anna,100\nbob,200\ncarl,300\n", nullptr, &broken);
  REQUIRE(rows.size() == 4);
  CHECK(broken == std::vector<std::size_t>{2});
  CHECK(rows[1].second == V{"\"anna", "100"});
  CHECK(rows[2].second == V{"bob", "200"});
  CHECK(rows[3].first == 4);
  // Text after a closing quote (and a quote that would pair with a later row's).
  broken.clear();
  rows = read_all("name,followers\n\"anna\"x,100\n\"bob,200\n\"carl\",300\n", nullptr, &broken);
  REQUIRE(rows.size() == 4);
  CHECK(broken == std::vector<std::size_t>{2, 3});
  CHECK(rows[1].second == V{"\"anna\"x", "100"});
  CHECK(rows[2].second == V{"\"bob", "200"});
  CHECK(rows[3].second == V{"carl", "300"});
  // A quote inside an unquoted field is plain text.
  CHECK(read_all("a b\"c,1\n")[0].second == V{"a b\"c", "1"});
}

TEST_CASE("number text: the table of rules") {
  using est::DecimalMark;
  using est::SheetNumber;
  auto value = [](const char* text, DecimalMark mark = DecimalMark::unknown) {
    const SheetNumber n = est::read_sheet_number(text, mark);
    REQUIRE(n.status == SheetNumber::ok);
    return n.value;
  };
  auto shows = [](const char* text) { return est::read_sheet_number(text, DecimalMark::unknown).shows; };
  CHECK(value("12500") == 12500);
  CHECK(shows("12500") == DecimalMark::unknown);
  CHECK(value("12,5") == 12.5);
  CHECK(shows("12,5") == DecimalMark::comma);
  CHECK(value("12.25") == 12.25);
  CHECK(value("1,2345") == doctest::Approx(1.2345));
  CHECK(value("1.234.567") == 1234567);
  CHECK(shows("1.234.567") == DecimalMark::comma);
  CHECK(value("1,234,567") == 1234567);
  CHECK(shows("1,234,567") == DecimalMark::point);
  CHECK(value("1.234,5") == 1234.5);
  CHECK(value("1,234.5") == 1234.5);
  CHECK(shows("1,234.5") == DecimalMark::point);
  CHECK(value("0,125") == 0.125);
  CHECK(value("1234,567") == doctest::Approx(1234.567));
  CHECK(value("1,250k") == 1250);
  CHECK(value("12k") == 12000);
  CHECK(value("12K") == 12000);
  CHECK(value("1,2 mln") == 1200000);
  CHECK(value("3 miljoen") == 3000000);
  CHECK(value("1.5M") == 1500000);
  CHECK(value("12 500") == 12500);
  CHECK(value("12\xC2\xA0" "500") == 12500);
  CHECK(value("12'500") == 12500);
  CHECK(value("-5") == -5);
  CHECK(value(".5") == 0.5);
  CHECK(est::read_sheet_number("12.500", DecimalMark::unknown).status == SheetNumber::ambiguous);
  CHECK(est::read_sheet_number("12,500", DecimalMark::unknown).status == SheetNumber::ambiguous);
  CHECK(value("12.500", DecimalMark::comma) == 12500);
  CHECK(value("12.500", DecimalMark::point) == 12.5);
  CHECK(value("12,500", DecimalMark::comma) == 12.5);
  CHECK(value("12,500", DecimalMark::point) == 12500);
  CHECK(value("12,5", DecimalMark::point) == 12.5);  // unambiguous text is read as it shows
}

TEST_CASE("number text: currency, Dutch whole prices, and text that is no number") {
  using est::DecimalMark;
  using est::SheetNumber;
  SheetNumber n = est::read_sheet_number("\xE2\x82\xAC 1.250,-", DecimalMark::unknown);
  CHECK(n.status == SheetNumber::ok);
  CHECK(n.value == 1250);
  CHECK(n.currency == "EUR");
  CHECK(n.shows == DecimalMark::comma);
  n = est::read_sheet_number("$500", DecimalMark::unknown);
  CHECK(n.value == 500);
  CHECK(n.currency == "USD");
  CHECK(est::read_sheet_number("250 EUR", DecimalMark::unknown).currency == "EUR");
  CHECK(est::read_sheet_number("\xC2\xA3" "99.50", DecimalMark::unknown).currency == "GBP");
  for (const char* bad : {"", "abc", "12 apples", "1.23.4", "1,2,34", "1.234,5,6", "12-5", "--5", "1.2.3,4", ".", ",-", "k"}) {
    CAPTURE(bad);
    CHECK(est::read_sheet_number(bad, DecimalMark::comma).status == SheetNumber::not_a_number);
  }
}

TEST_CASE("number text: a mark is decided only when every text that shows one agrees") {
  using est::DecimalMark;
  est::MarkEvidence e;
  CHECK(e.decided() == DecimalMark::unknown);
  e.add(DecimalMark::unknown);
  e.add(DecimalMark::comma);
  CHECK(e.decided() == DecimalMark::comma);
  e.add(DecimalMark::point);
  CHECK(e.decided() == DecimalMark::unknown);
}
