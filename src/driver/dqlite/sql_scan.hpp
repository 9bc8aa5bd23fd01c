// What the dqlite driver must know of SQL text without a local sqlite3_stmt: its statements,
// parameter names, and whether it answers with rows (QUERY) or not (EXEC).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sqlcore::detail::dqlite {

/// How a statement runs over the wire.
enum class StatementKind {
  exec,   ///< no rows: dqlite's EXEC (INSERT / UPDATE / DELETE / DDL / BEGIN / PRAGMA x = y ...)
  query,  ///< rows: dqlite's QUERY (SELECT, VALUES, PRAGMA x, EXPLAIN, WITH ... SELECT)
};

/// What the driver tracks of transactions, from a statement's leading keywords.
enum class TxEffect { none, begin, commit, rollback, savepoint, release, rollback_to };

/// One statement of a text, as SQLite's tokenizer would split it.
struct ScannedStatement {
  std::string_view text;  ///< from its first token to its last (without the ';')
  StatementKind kind = StatementKind::exec;
  TxEffect tx = TxEffect::none;
  /// SAVEPOINT / RELEASE / ROLLBACK TO: the savepoint's name, unquoted, lower-cased.
  std::string savepoint;
  /// True when the statement has RETURNING at its top level (rows from a write).
  bool returning = false;
  /// Parameter names by index - 1 as sqlite3_bind_parameter_name gives them, without the
  /// ':'/'@'/'$' prefix; "" for '?' and '?NNN' (sqlite3's numbering: ?NNN sets the index, a
  /// repeated name reuses its index).
  std::vector<std::string> param_names;
};

/// Splits `sql` into its statements (empty ones, only ';' or comments, are left out).
/// Strings, quoted identifiers and comments are skipped as SQLite's tokenizer skips them; an
/// unterminated one runs to the end (the server then reports the syntax error).
std::vector<ScannedStatement> scan_statements(std::string_view sql);

}  // namespace sqlcore::detail::dqlite
