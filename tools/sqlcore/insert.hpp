// `sqlcore insert`: rows of a CSV or JSON-lines file into a table, typed by its columns.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>

namespace sqlcore::tools {

enum class InputFormat { automatic, csv, jsonl };

struct InsertOptions {
  std::string db;
  std::string table;
  /// A file, or "-" for standard input.
  std::string file;
  /// automatic: JSON lines for a name ending in .jsonl, .ndjson or .json, else CSV.
  InputFormat format = InputFormat::automatic;
  /// Make the table from the file's columns when it does not exist.
  bool create = false;
  /// Rows per executemany batch.
  std::size_t batch_rows = 10000;
};

/// Converts every row by its column's type (dates through the Date/DateTime types' own
/// conversion), inserts them in one transaction in executemany batches, with a progress bar
/// on stderr when stderr is a terminal. A row that does not convert or that SQLite refuses
/// (a constraint) is a Failure naming the file, its line and the column, and nothing is
/// inserted. Returns the rows inserted.
std::size_t run_insert(const InsertOptions& options);

}  // namespace sqlcore::tools
