// The reflection reader's rows, read through a raw connection's driver.
// SPDX-License-Identifier: MIT
#include "engine/row_reader.hpp"

#include <fmt/format.h>

#include "base/error_class.hpp"
#include "driver/stmt_ops.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

TextRows RawRowReader::query(std::string_view sql, const std::vector<std::string>& params) {
  try {
    return run(sql, params);
  } catch (const DBAPIError& e) {
    // SQLite's "malformed database schema (v) - ..." does not say which database: name it.
    if (e.sqlite_message().find("malformed database schema") == std::string::npos) throw;
    std::string what = e.what();
    std::string code_text;
    if (auto at = what.rfind("(sqlite code "); at != std::string::npos) {
      auto colon = what.find(": ", at);
      auto close = what.rfind(')');
      if (colon != std::string::npos && close != std::string::npos && close > colon)
        code_text = what.substr(colon + 2, close - colon - 2);
    }
    throw_database_error(
        e.sqlite_code(),
        fmt::format("{} in database file '{}'", e.sqlite_message(),
                    raw_->filename().empty() ? std::string(":memory:") : raw_->filename()),
        e.sql(), code_text);
  }
}

TextRows RawRowReader::run(std::string_view sql, const std::vector<std::string>& params) {
  std::unique_ptr<Statement> owned = raw_->prepare(sql);
  Statement& st = *owned;
  if (st.empty) return {};  // only white space or a comment
  for (std::size_t i = 0; i < params.size(); ++i)
    bind_text(st, static_cast<int>(i + 1), params[i], false);
  TextRows rows;
  while (step(st)) {
    // After the step: a wire driver learns the columns from the first answer.
    int n = static_cast<int>(st.column_names.size());
    auto& row = rows.emplace_back();
    row.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
      if (column_storage(st, i) == StorageClass::null)
        row.emplace_back();
      else
        row.emplace_back(std::string(column_text(st, i)));
    }
  }
  return rows;
}

}  // namespace sqlcore::detail
