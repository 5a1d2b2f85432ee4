// The creators of a roster request, read from `csv` text or a `creators` list into checked rows:
// headers matched in Dutch or English (case- and accent-insensitive, with synonyms), numbers read
// as the spreadsheet wrote them (sheet_number.hpp), every problem of every row listed and the good
// rows kept. Domain checks (verdicts, prices, flags) are roster.cpp's.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "contract/fields.hpp"
#include "sheet/sheet_number.hpp"

namespace est {

struct RowError {
  std::size_t row;     // CSV: the spreadsheet row (header = 1); creators: the index in the list
  std::string column;  // as the header (or key) showed it; empty for the whole row
  ErrorCode code;
  std::string message;
};

struct CreatorRow {
  std::size_t row = 0;
  std::string name, platform;
  double followers = 0;
  std::optional<double> likes, comments, shares, saves, views, reach, price, followers_prev, days;
};

struct RosterTable {
  std::vector<CreatorRow> creators;  // the rows without problems, in input order
  std::vector<RowError> row_errors;
  json columns = json::object();     // field -> the header text it was read from
  json unknown_columns = json::array();
  json decimal_marks = json::object();  // header text -> "," or "." where a mark was decided
  std::string delimiter;             // CSV only: ",", ";" or "tab"
};

struct TableOptions {
  std::string platform;       // for rows without a platform
  std::string currency;       // prices written in another currency are a row error
  DecimalMark decimal_mark;   // unknown: decided per column, then per file
};

// Reads request "csv" or "creators". Problems of the whole request (neither or both given, too
// long, no usable header, no usable row) go to in.errors(); nullopt then.
std::optional<RosterTable> read_roster_table(Reader& in, const TableOptions& options);

json to_json(const std::vector<RowError>& errors);

}  // namespace est
