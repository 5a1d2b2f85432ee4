#include "sheet/csv.hpp"

namespace est {
namespace {

char detect_delimiter(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size() && (text[start] == '\n' || text[start] == '\r')) ++start;
  std::size_t counts[3] = {0, 0, 0};  // tab, ';', ','
  bool quoted = false;
  for (std::size_t i = start; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == '\t') ++counts[0];
    if (c == ';') ++counts[1];
    if (c == ',') ++counts[2];
  }
  const char delimiters[3] = {'\t', ';', ','};
  std::size_t best = 2;
  for (std::size_t k = 0; k < 3; ++k) {
    if (counts[k] > counts[best] || (counts[k] == counts[best] && counts[k] > 0 && k < best)) best = k;
  }
  return delimiters[best];
}

}  // namespace

CsvReader::CsvReader(std::string_view text) : text_(text) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
  delimiter_ = detect_delimiter(text_);
}

bool CsvReader::at_line_end() const { return pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '\r'; }

void CsvReader::skip_line_end() {
  if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
  if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
}

bool CsvReader::next(std::vector<std::string>& fields) {
  if (pos_ >= text_.size()) return false;
  ++row_;
  const std::size_t start = pos_;
  broken_ = !read_quoted(fields);
  if (broken_) {
    pos_ = start;
    read_literal(fields);
  }
  skip_line_end();
  return true;
}

bool CsvReader::read_quoted(std::vector<std::string>& fields) {
  fields.assign(1, std::string());
  while (true) {
    std::string& field = fields.back();
    if (pos_ < text_.size() && text_[pos_] == '"') {
      ++pos_;
      while (true) {
        if (pos_ >= text_.size()) return false;  // never closed
        const char c = text_[pos_++];
        if (c != '"') {
          field += c;
        } else if (pos_ < text_.size() && text_[pos_] == '"') {
          field += '"';
          ++pos_;
        } else {
          break;
        }
      }
      if (!at_line_end() && text_[pos_] != delimiter_) return false;  // text after the closing quote
    } else {
      const std::size_t from = pos_;
      while (!at_line_end() && text_[pos_] != delimiter_) ++pos_;
      field.append(text_.substr(from, pos_ - from));
    }
    if (at_line_end()) return true;
    ++pos_;  // the delimiter
    fields.emplace_back();
  }
}

void CsvReader::read_literal(std::vector<std::string>& fields) {
  fields.assign(1, std::string());
  for (; !at_line_end(); ++pos_) {
    if (text_[pos_] == delimiter_) fields.emplace_back();
    else fields.back() += text_[pos_];
  }
}

bool is_blank(const std::vector<std::string>& fields) {
  for (const auto& f : fields) {
    if (f.find_first_not_of(" \t") != std::string::npos) return false;
  }
  return true;
}

}  // namespace est
