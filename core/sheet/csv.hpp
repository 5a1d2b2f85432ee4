// Reading CSV text as a spreadsheet writes it: pure text to records, no domain knowledge.
//  - delimiter: ',', ';' or tab, whichever occurs most (outside quotes) in the first non-empty
//    line; ties go to tab, then ';', then ','. No delimiter at all: one column.
//  - a UTF-8 byte-order mark is dropped; lines end in CRLF, LF or CR.
//  - a field that starts with '"' is quoted: it may hold delimiters, line breaks and "" (one quote).
//  - a broken quote (text after a closing quote, or a quote never closed) makes the record
//    broken: it is re-read from its start to the end of that line with quotes as plain text, so
//    one stray quote never swallows the rows after it.
//  - rows are numbered as a spreadsheet shows them: the n-th record is row n (an empty line is a
//    row too; a quoted line break does not start a new one).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace est {

class CsvReader {
 public:
  explicit CsvReader(std::string_view text);

  char delimiter() const { return delimiter_; }
  // Reads the next record into fields (cleared first); false at the end of the text.
  bool next(std::vector<std::string>& fields);
  // The spreadsheet row of the record last read (1 = the first line).
  std::size_t row() const { return row_; }
  // Whether the record last read had a broken quote (and was read literally).
  bool broken() const { return broken_; }

 private:
  bool read_quoted(std::vector<std::string>& fields);  // false on a broken quote
  void read_literal(std::vector<std::string>& fields);
  bool at_line_end() const;
  void skip_line_end();

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t row_ = 0;
  char delimiter_ = ',';
  bool broken_ = false;
};

// True when every field is empty or white space (an empty line, or ";;;" from an empty row).
bool is_blank(const std::vector<std::string>& fields);

}  // namespace est
