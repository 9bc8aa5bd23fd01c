// Statements: text() for literal SQL with named binds. (The expression language joins it.)
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "sqlcore/export.hpp"

namespace sqlcore {

/// A literal SQL statement with named binds `:name` (SQLAlchemy's text()). The SQL is
/// passed to SQLite as written; SQLite's own tokenizer finds the binds, so a `:word` inside
/// a string literal, a quoted identifier or a comment is not a bind (unlike SQLAlchemy,
/// which needs a backslash there). Positional `?` binds are refused at execution with an
/// ArgumentError: name them. A TextClause is also a SQL expression where one is accepted
/// (e.g. `server_default(text("CURRENT_TIMESTAMP"))`). Immutable; cheap to copy.
class SQLCORE_EXPORT TextClause {
 public:
  explicit TextClause(std::string sql) : sql_(std::move(sql)) {}
  const std::string& sql() const noexcept { return sql_; }

 private:
  std::string sql_;
};

/// Makes a TextClause: `conn.execute(sc::text("SELECT * FROM t WHERE id = :id"), {{"id", 1}})`.
inline TextClause text(std::string_view sql) { return TextClause(std::string(sql)); }

}  // namespace sqlcore
