// An RFC 4180 CSV reader for `sqlcore insert` (https://www.rfc-editor.org/rfc/rfc4180).
// SPDX-License-Identifier: MIT
#include "csv.hpp"

namespace sqlcore::tools {

CsvReader::CsvReader(std::string_view data) : data_(data) {
  if (data_.starts_with("\xEF\xBB\xBF")) start_ = 3;
  rewind();
}

void CsvReader::rewind() {
  at_ = start_;
  line_ = 1;
  record_line_ = 0;
}

bool CsvReader::next(std::vector<CsvField>& fields) {
  const std::size_t n = data_.size();
  // Empty lines between records are skipped.
  while (at_ < n &&
         (data_[at_] == '\n' || (data_[at_] == '\r' && at_ + 1 < n && data_[at_ + 1] == '\n'))) {
    at_ += data_[at_] == '\r' ? 2 : 1;
    ++line_;
  }
  if (at_ >= n) return false;
  record_line_ = line_;
  std::size_t count = 0;
  const char* d = data_.data();
  for (;;) {
    if (count == fields.size()) fields.emplace_back();
    CsvField& f = fields[count++];
    f.quoted = at_ < n && d[at_] == '"';
    if (!f.quoted) {
      std::size_t begin = at_;
      while (at_ < n && d[at_] != ',' && d[at_] != '\n' && d[at_] != '\r' && d[at_] != '"') ++at_;
      if (at_ < n && d[at_] == '"')
        throw CsvError(line_,
                       "a quote inside an unquoted field (quote the whole field and double "
                       "the quotes inside it)");
      if (at_ < n && d[at_] == '\r' && !(at_ + 1 < n && d[at_ + 1] == '\n'))
        throw CsvError(line_, "a carriage return that does not end the line (quote the field)");
      f.text.assign(d + begin, at_ - begin);
    } else {
      std::size_t opened = line_;
      f.text.clear();
      ++at_;
      for (;;) {
        std::size_t begin = at_;
        while (at_ < n && d[at_] != '"') {
          if (d[at_] == '\n') ++line_;
          ++at_;
        }
        f.text.append(d + begin, at_ - begin);
        if (at_ >= n) throw CsvError(opened, "a quoted field is never closed");
        ++at_;  // the quote
        if (at_ < n && d[at_] == '"') {
          f.text += '"';
          ++at_;
          continue;
        }
        break;
      }
      if (at_ < n && d[at_] != ',' && d[at_] != '\n' &&
          !(d[at_] == '\r' && at_ + 1 < n && d[at_ + 1] == '\n'))
        throw CsvError(line_,
                       "text after the closing quote of a field (a quote inside a quoted "
                       "field is written twice)");
    }
    if (at_ < n && d[at_] == ',') {
      ++at_;
      continue;
    }
    // The end of the record: LF, CRLF or the end of the data.
    if (at_ < n) {
      at_ += d[at_] == '\r' ? 2 : 1;
      ++line_;
    }
    break;
  }
  fields.resize(count);
  return true;
}

}  // namespace sqlcore::tools
