#include "sheet/roster_table.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "sheet/csv.hpp"
#include "data/lookup.hpp"
#include "sheet/roster_rules.hpp"

namespace est {
namespace {

enum Column { kName, kPlatform, kFollowers, kLikes, kComments, kShares, kSaves, kViews, kReach, kPrice, kFollowersPrev, kDays, kColumns };

constexpr NumberRule kDaysRule{1, false, 36500, false};

// Per column: its field name in results, the header names it answers to (normalised: lower case,
// no accents, words joined by "_", filler words such as "avg", "per post", "aantal" dropped), and
// the rule its numbers follow (none for text).
struct ColumnSpec {
  const char* field;
  const char* names;
  const NumberRule* rule;
};
constexpr ColumnSpec kSpecs[kColumns] = {
    {"name", " name naam handle creator influencer account username gebruikersnaam profile profiel creator_name influencer_name account_name naam_influencer naam_creator ", nullptr},
    {"platform", " platform kanaal channel netwerk network social_network medium ", nullptr},
    {"followers", " followers follower volgers volger fans subscribers abonnees ", &rules::followers},
    {"likes", " likes like vind_ik_leuks hartjes ", &rules::count},
    {"comments", " comments comment reacties reactie opmerkingen ", &rules::count},
    {"shares", " shares share gedeeld delen gedeelde reposts repost ", &rules::count},
    {"saves", " saves save bewaard opgeslagen bewaringen ", &rules::count},
    {"views", " views view weergaven weergaves plays afspelingen video_views ", &rules::audience},
    {"reach", " reach bereik ", &rules::audience},
    {"price", " price prijs tarief fee kosten cost quoted_price offerte ", &rules::money},
    {"followers_prev", " followers_prev ", &rules::followers},
    {"days", " days dagen day dag period periode interval days_between ", &kDaysRule},
};

// Words that say how a figure was counted, not what it is: "Avg. likes per post" is likes.
constexpr const char* kFiller = " avg average gem gemiddeld gemiddelde per post aantal number of no nr total totaal the de het count eur euro usd gbp in ";
// A followers column with one of these words holds an earlier count: "Volgers vorige maand".
constexpr const char* kEarlier = " prev previous vorige eerder eerdere before old oud oude earlier then toen ";

bool listed(const char* list, const std::string& word) {
  return std::string_view(list).find(" " + word + " ") != std::string_view::npos;
}

// Lower case, accents dropped (the Latin-1 letters of UTF-8), every other character a word break.
std::vector<std::string> words(const std::string& header) {
  static const char kPlain[] = "aaaaaaaceeeeiiiidnooooo ouuuuy s";
  std::vector<std::string> out(1);
  for (std::size_t i = 0; i < header.size(); ++i) {
    unsigned char c = header[i];
    if (c == 0xC3 && i + 1 < header.size()) c = kPlain[static_cast<unsigned char>(header[++i]) & 0x1F];
    if (std::isalnum(c)) out.back() += static_cast<char>(std::tolower(c));
    else if (!out.back().empty()) out.emplace_back();
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

int column_of(const std::string& header) {
  std::string key;
  bool earlier = false, followers = false;
  for (const auto& w : words(header)) {
    if (listed(kFiller, w)) continue;
    if (listed(kEarlier, w)) earlier = true;
    else if (listed(kSpecs[kFollowers].names, w)) followers = true;
    key += (key.empty() ? "" : "_") + w;
  }
  if (earlier && followers) return kFollowersPrev;
  if (key.empty()) return -1;
  for (int c = 0; c < kColumns; ++c) {
    if (listed(kSpecs[c].names, key)) return c;
  }
  return -1;
}

struct Cell {
  bool given = false;
  std::string text;
  SheetNumber number;  // for number columns: read from text, or the JSON number
  bool json_number = false;
  const char* wrong_type = nullptr;  // the type of a JSON value that is neither text nor number
};

struct RawRow {
  std::size_t row = 0;
  Cell cells[kColumns];
  std::size_t fields = 0;  // CSV: cells up to the last non-empty one (more than the header has: misread)
  bool broken = false;
  bool not_object = false;
};

struct Raw {
  std::vector<RawRow> rows;
  std::size_t header_fields = 0;  // CSV: the header's cells
  std::string headers[kColumns];  // as shown
  bool has[kColumns] = {};
};

std::string trimmed(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  return first == std::string::npos ? std::string() : s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

void map_header(Raw& raw, RosterTable& table, int column, const std::string& shown) {
  if (column < 0 || raw.has[column]) {
    table.unknown_columns.push_back(shown);
    return;
  }
  raw.has[column] = true;
  raw.headers[column] = shown;
  table.columns[kSpecs[column].field] = shown;
}

bool read_csv(Reader& in, const std::string& text, Raw& raw, RosterTable& table) {
  if (text.size() > roster_rules::kMaxCsvBytes) {
    in.errors().add("csv", ErrorCode::too_long, "csv may hold at most 1 MB (1,048,576 bytes) of text; this holds " + format_number(static_cast<double>(text.size())) + ".");
    return false;
  }
  CsvReader csv(text);
  std::size_t lines = 1;
  for (char ch : text) lines += ch == '\n';
  raw.rows.reserve(std::min(lines, roster_rules::kMaxRows));
  table.delimiter = csv.delimiter() == '\t' ? "tab" : std::string(1, csv.delimiter());
  std::vector<std::string> fields;
  std::vector<int> index_column;
  while (csv.next(fields)) {
    if (is_blank(fields)) continue;
    if (index_column.empty()) {  // the header: the first row that is not empty
      for (const auto& f : fields) {
        const std::string shown = trimmed(f);
        const int column = column_of(shown);
        index_column.push_back(column >= 0 && raw.has[column] ? -1 : column);
        if (!shown.empty()) map_header(raw, table, column, shown);
      }
      raw.header_fields = fields.size();
      if (!raw.has[kName] || !raw.has[kFollowers]) {
        std::string found;
        for (std::size_t i = 0; i < fields.size() && i < 6; ++i) found += (i ? ", " : "") + trimmed(fields[i]).substr(0, 30);
        in.errors().add("csv", ErrorCode::missing_column, "The first row must name the columns, with at least a name (name, handle, naam) and "
                                                 "followers (followers, volgers); row " + std::to_string(csv.row()) + " holds: " + found + ".");
        return false;
      }
      continue;
    }
    if (raw.rows.size() == roster_rules::kMaxRows) {
      in.errors().add("csv", ErrorCode::too_many, "csv may hold at most 10,000 creators (rows after the header).");
      return false;
    }
    RawRow& r = raw.rows.emplace_back();
    r.row = csv.row();
    r.broken = csv.broken();
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (!trimmed(fields[i]).empty()) r.fields = i + 1;
    }
    for (std::size_t i = 0; i < fields.size() && i < index_column.size(); ++i) {
      if (index_column[i] < 0) continue;
      Cell& cell = r.cells[index_column[i]];
      cell.text = trimmed(fields[i]);
      cell.given = !cell.text.empty();
    }
  }
  if (index_column.empty()) {
    in.errors().add("csv", ErrorCode::empty, "csv holds no rows; paste the list with its header row.");
    return false;
  }
  return true;
}

bool read_list(Reader& in, Raw& raw, RosterTable& table) {
  const json* list = in.list("creators", 1, roster_rules::kMaxRows);
  if (!list) return false;
  raw.rows.reserve(list->size());
  std::vector<std::string> seen_unknown;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    RawRow& r = raw.rows.emplace_back();
    r.row = i;
    if (!item.is_object()) {
      r.not_object = true;
      continue;
    }
    for (auto it = item.begin(); it != item.end(); ++it) {
      const int column = column_of(it.key());
      if (column >= 0 && !raw.has[column]) map_header(raw, table, column, it.key());
      if (column < 0 || raw.headers[column] != it.key()) {
        if (first_time(seen_unknown, it.key())) table.unknown_columns.push_back(it.key());
        continue;
      }
      Cell& cell = r.cells[column];
      const json& v = it.value();
      if (v.is_string()) {
        cell.text = trimmed(v.get<std::string>());
        cell.given = !cell.text.empty();
      } else if (v.is_number()) {
        cell.given = cell.json_number = true;
        cell.number.status = SheetNumber::ok;
        cell.number.value = v.get<double>();
      } else if (!v.is_null()) {
        cell.given = true;
        cell.wrong_type = v.type_name();
      }
    }
  }
  return true;
}

// Every column but price counts something (people, likes, days): a count is whole, so "12.500" or
// "1,250" there can only mean 12,500 and 1,250. Such a cell then shows the column's decimal mark,
// which settles "45.000" (45 or 45,000) in the same column. A text whose readings are both whole
// stays ambiguous unless the column or file shows the mark.
DecimalMark whole_count(SheetNumber& n, const std::string& text) {
  const auto whole = [](const SheetNumber& x) { return x.status == SheetNumber::ok && std::isfinite(x.value) && std::floor(x.value) == x.value; };
  const SheetNumber point = read_sheet_number(text, DecimalMark::point);
  const SheetNumber comma = read_sheet_number(text, DecimalMark::comma);
  if (whole(point) == whole(comma)) return DecimalMark::unknown;
  n = whole(point) ? point : comma;
  return whole(point) ? DecimalMark::point : DecimalMark::comma;
}

// Reads every number text; decides each column's decimal mark, then the file's; re-reads the
// ambiguous texts with it.
void read_numbers(Raw& raw, RosterTable& table, DecimalMark requested) {
  MarkEvidence columns[kColumns], file;
  for (auto& r : raw.rows) {
    for (int c = 0; c < kColumns; ++c) {
      Cell& cell = r.cells[c];
      if (!kSpecs[c].rule || !cell.given || cell.json_number || cell.wrong_type) continue;
      cell.number = read_sheet_number(cell.text, requested);
      const bool count = c != kPrice;
      columns[c].add(count && cell.number.status == SheetNumber::ambiguous ? whole_count(cell.number, cell.text) : cell.number.shows);
    }
  }
  for (const auto& e : columns) file.add(e);
  for (int c = 0; c < kColumns; ++c) {
    DecimalMark mark = requested != DecimalMark::unknown ? requested : columns[c].decided();
    if (mark == DecimalMark::unknown) mark = file.decided();
    if (mark == DecimalMark::unknown || !kSpecs[c].rule || !raw.has[c]) continue;
    table.decimal_marks[raw.headers[c]] = mark == DecimalMark::comma ? "," : ".";
    for (auto& r : raw.rows) {
      if (r.cells[c].number.status == SheetNumber::ambiguous) r.cells[c].number = read_sheet_number(r.cells[c].text, mark);
    }
  }
}

// Checks one row; its problems go to table.row_errors. nullopt when it has any.
std::optional<CreatorRow> check_row(const RawRow& r, const Raw& raw, const TableOptions& options, RosterTable& table) {
  const std::size_t before = table.row_errors.size();
  auto problem = [&](int c, ErrorCode code, std::string message) {
    table.row_errors.push_back({r.row, c < 0 ? "" : raw.headers[c], code, std::move(message)});
  };
  if (r.not_object) {
    problem(-1, ErrorCode::not_an_object, "Each creator must be an object with a name and followers.");
    return std::nullopt;
  }
  if (raw.header_fields && r.fields > raw.header_fields) {
    problem(-1, ErrorCode::too_many, "This row has " + std::to_string(r.fields) + " cells but the header names " + std::to_string(raw.header_fields) +
                                 " columns, so its cells cannot be matched to them: a number with a comma (12,500) in a list separated by commas "
                                 "must be in quotes (\"12,500\") or written without the comma.");
    return std::nullopt;
  }
  if (r.broken) problem(-1, ErrorCode::broken_quote, "This row has a quote that is not closed (or text after a closing quote); it was read as plain text up to the end of its line.");
  CreatorRow out;
  out.row = r.row;
  std::optional<double> values[kColumns];
  for (int c = kFollowers; c < kColumns; ++c) {
    const Cell& cell = r.cells[c];
    if (!cell.given) continue;
    const std::string& shown = raw.headers[c];
    if (cell.wrong_type) {
      problem(c, ErrorCode::not_a_number, shown + " must be a number, not " + std::string(cell.wrong_type) + ".");
      continue;
    }
    if (cell.number.status == SheetNumber::ambiguous) {
      problem(c, ErrorCode::ambiguous_number, "\"" + cell.text + "\" could be " + format_number(read_sheet_number(cell.text, DecimalMark::point).value) +
                                         " or " + format_number(read_sheet_number(cell.text, DecimalMark::comma).value) +
                                         ": nothing in this column or file shows the decimal mark. Write it without the separator, or give decimal_mark.");
      continue;
    }
    if (cell.number.status != SheetNumber::ok) {
      problem(c, ErrorCode::not_a_number, shown + " must be a number, not the text \"" + (cell.text.size() > 24 ? cell.text.substr(0, 24) + "…" : cell.text) + "\".");
      continue;
    }
    if (c == kPrice && !cell.number.currency.empty() && cell.number.currency != options.currency) {
      const std::string written(cell.number.currency);
      problem(c, ErrorCode::conflict, "This price is in " + written + " but the list is read in " + options.currency + "; give currency: \"" + written + "\" or convert it.");
      continue;
    }
    Errors errors;
    Reader check(json::object(), "", errors);
    values[c] = check.check(shown, cell.number.value, *kSpecs[c].rule);
    for (const auto& e : errors.list()) problem(c, e.code, e.message);
  }
  out.name = r.cells[kName].json_number ? "" : r.cells[kName].text;
  if (out.name.empty()) problem(raw.has[kName] ? kName : -1, r.cells[kName].given ? ErrorCode::not_a_string : ErrorCode::missing, "Each creator needs a name.");
  if (out.name.size() > 200) problem(kName, ErrorCode::too_long, "The name may be at most 200 characters.");
  if (!r.cells[kFollowers].given) problem(raw.has[kFollowers] ? kFollowers : -1, ErrorCode::missing, "Each creator needs a follower count.");
  out.platform = options.platform;
  if (r.cells[kPlatform].given) {
    if (auto id = platform_id(r.cells[kPlatform].text)) out.platform = *id;
    else problem(kPlatform, ErrorCode::unknown_platform, "Unknown platform \"" + r.cells[kPlatform].text.substr(0, 40) + "\"; use one of: " + platform_ids() + ".");
  }
  if (values[kFollowersPrev] && !values[kDays]) problem(raw.has[kDays] ? kDays : kFollowersPrev, ErrorCode::missing, "An earlier follower count needs the days since it (days, dagen).");
  if (table.row_errors.size() > before) return std::nullopt;
  out.followers = *values[kFollowers];
  out.likes = values[kLikes], out.comments = values[kComments], out.shares = values[kShares], out.saves = values[kSaves];
  out.views = values[kViews], out.reach = values[kReach], out.price = values[kPrice];
  out.followers_prev = values[kFollowersPrev], out.days = values[kDays];
  return out;
}

}  // namespace

std::optional<RosterTable> read_roster_table(Reader& in, const TableOptions& options) {
  const json* csv = in.get("csv");
  const json* list = in.get("creators");
  if (csv && list) {
    in.errors().add("creators", ErrorCode::conflict, "Give csv or creators, not both.");
    return std::nullopt;
  }
  if (!csv && !list) {
    in.errors().add("csv", ErrorCode::missing, "Give csv (the list as text, with a header row) or creators (a list of objects).");
    return std::nullopt;
  }
  if (csv && !csv->is_string()) {
    in.errors().add("csv", ErrorCode::not_a_string, "csv must be text.");
    return std::nullopt;
  }
  RosterTable table;
  Raw raw;
  if (csv ? !read_csv(in, csv->get_ref<const std::string&>(), raw, table) : !read_list(in, raw, table)) return std::nullopt;
  read_numbers(raw, table, options.decimal_mark);
  // Name and platform of every creator so far, with its row: a second one is a duplicate. (A map,
  // not a json object: json's dump() would bring printf into the module.)
  std::map<std::string, std::size_t> seen;
  for (const auto& r : raw.rows) {
    auto row = check_row(r, raw, options, table);
    if (!row) continue;
    std::string key;
    for (unsigned char ch : row->name) key += static_cast<char>(std::tolower(ch));
    key += "\n" + row->platform;
    if (auto it = seen.find(key); it != seen.end()) {
      table.row_errors.push_back({row->row, raw.headers[kName], ErrorCode::duplicate,
                                  row->name + " on " + row->platform + " appears twice (first in row " + std::to_string(it->second) + "); the first is used."});
      continue;
    }
    seen[key] = row->row;
    table.creators.push_back(std::move(*row));
  }
  if (table.creators.empty()) {
    const std::string field = csv ? "csv" : "creators";
    in.errors().add(field, ErrorCode::empty, "No creator could be read: every row has a problem (listed below).");
    std::size_t listed = 0;
    for (const auto& e : table.row_errors) {
      if (++listed > 100) break;
      const std::string at = csv ? "Row " + std::to_string(e.row) : "Creator " + std::to_string(e.row);
      in.errors().add(csv ? field : field + "." + std::to_string(e.row) + (e.column.empty() ? "" : "." + e.column), e.code,
                      at + (e.column.empty() ? "" : ", " + e.column) + ": " + e.message);
    }
    return std::nullopt;
  }
  return table;
}

json to_json(const std::vector<RowError>& errors) {
  json out = json::array();
  for (const auto& e : errors) out.push_back({{"row", e.row}, {"column", e.column}, {"code", code_name(e.code)}, {"message", e.message}});
  return out;
}

}  // namespace est
