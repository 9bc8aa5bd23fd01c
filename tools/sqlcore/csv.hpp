// An RFC 4180 CSV reader for `sqlcore insert`: records with the line each starts on.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sqlcore::tools {

/// A malformed record: what is wrong, and the line.
struct CsvError : std::runtime_error {
  CsvError(std::size_t line, const std::string& what) : std::runtime_error(what), line(line) {}
  std::size_t line;
};

/// One field: its text (quotes removed, doubled quotes made single) and whether it was
/// quoted (an empty unquoted field is NULL, an empty quoted one "" is empty text).
struct CsvField {
  std::string text;
  bool quoted = false;
};

/// Reads records from text held in memory: fields separated by ',', records by LF or CRLF,
/// fields holding ',', '"' or line breaks quoted with '"' ('"' inside doubled). A UTF-8 byte
/// order mark at the start is skipped, empty lines are skipped. CsvError, naming the line,
/// for a quote inside an unquoted field, text after a closing quote, or a quote never closed.
class CsvReader {
 public:
  explicit CsvReader(std::string_view data);
  /// The next record into `fields` (resized to its field count); false at the end.
  bool next(std::vector<CsvField>& fields);
  /// The line the last record read starts on (1-based).
  std::size_t line() const noexcept { return record_line_; }
  /// Bytes consumed so far.
  std::size_t position() const noexcept { return at_; }
  void rewind();

 private:
  std::string_view data_;
  std::size_t start_ = 0, at_ = 0, line_ = 1, record_line_ = 0;
};

}  // namespace sqlcore::tools
