// Reading a number as Dutch and English spreadsheets write it ("12.500", "12,5", "12,500",
// "1,2 mln", "12k", "€ 1.250,-"). The one table of rules (README, kind roster):
//
// | text                         | reads as                                   | shows the decimal mark |
// |------------------------------|--------------------------------------------|------------------------|
// | 12500                        | 12500                                      | no                     |
// | 12,5 / 12.25 / 1,2345        | a decimal (1, 2 or 4+ digits after it)     | yes: that mark         |
// | 1.234.567 / 1,234,567        | thousands groups (the mark occurs twice+)  | yes: the other mark    |
// | 1.234,5 / 1,234.5            | both: the last one is the decimal mark     | yes: the last one      |
// | 0,125 / 1234,567 / 1,250k    | a decimal (no thousands group starts with 0 or has 4 digits before it; a scale word follows only a decimal) | yes |
// | 12,500 / 12.500              | ambiguous: decided by the column, else the file, else refused | no          |
//
// Spaces, no-break spaces and apostrophes between digits are thousands spaces; "€", "$", "£",
// EUR, USD, GBP before or after are the currency; a trailing ",-" means whole units (Dutch
// prices); scale words k, duizend, thousand, m, mln, mio, miljoen, million, mld, miljard, bn,
// billion multiply. The decimal mark for an ambiguous text: the one every unambiguous cell of its
// column shows; if the column shows none (or both), the one every cell of the file shows; else
// the text is refused as ambiguous. A request may name the decimal mark instead.
#pragma once
#include <string>
#include <string_view>

namespace est {

enum class DecimalMark { unknown, point, comma };

struct SheetNumber {
  enum Status { ok, not_a_number, ambiguous } status = not_a_number;
  double value = 0;
  DecimalMark shows = DecimalMark::unknown;  // the decimal mark the text shows unambiguously
  std::string_view currency;                 // "EUR", "USD" or "GBP" when the text names one
};

// Reads text; an ambiguous text ("12.500") is read with decimal_mark, or refused when unknown.
SheetNumber read_sheet_number(std::string_view text, DecimalMark decimal_mark);

// What a set of texts shows: one mark when every text that shows a mark shows the same one.
class MarkEvidence {
 public:
  void add(DecimalMark shown);
  DecimalMark decided() const;
  void add(const MarkEvidence& other);

 private:
  std::size_t point_ = 0, comma_ = 0;
};

}  // namespace est
