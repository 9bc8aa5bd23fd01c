// SQLiteDialect: SQLAlchemy's SQLiteDialect, its capability flags and the compilers it owns.
// SPDX-License-Identifier: MIT
#pragma once

#include "dialect/sqlite/ddl_compiler.hpp"
#include "dialect/sqlite/identifier_preparer.hpp"
#include "dialect/sqlite/sql_compiler.hpp"
#include "dialect/sqlite/type_compiler.hpp"
#include "sqlcore/dialect.hpp"

namespace sqlcore {

/// SQLite as a language, for one SQLite version: its capabilities are computed once, from
/// `sqlite_version` (as SQLITE_VERSION_NUMBER: 3040001), and a statement that needs what that
/// version lacks is a CompileError naming both versions. sqlite_dialect() is the one for the
/// linked library (src/engine/default_dialect.cpp); tests make others, for older SQLites.
/// Derive from it to change one compiler: override its accessor and hand out a compiler
/// derived from SQLite's. Immutable; thread-safe.
class SQLiteDialect : public Dialect {
 public:
  explicit SQLiteDialect(int sqlite_version) noexcept;
  /// What SQLite `sqlite_version` can do (the release notes' versions: upsert 3.24, window
  /// functions and RENAME COLUMN 3.25, table_xinfo 3.26, NULLS FIRST / LAST 3.30, generated columns 3.31,
  /// RETURNING and DROP COLUMN 3.35, STRICT 3.37).
  static DialectCapabilities capabilities_for(int sqlite_version) noexcept;

  std::string_view name() const noexcept override { return "sqlite"; }
  const SQLCompiler& statement_compiler() const noexcept override { return statement_compiler_; }
  const DDLCompiler& ddl_compiler() const noexcept override { return ddl_compiler_; }
  const TypeCompiler& type_compiler() const noexcept override { return type_compiler_; }
  const IdentifierPreparer& identifier_preparer() const noexcept override { return preparer_; }

 private:
  SQLiteIdentifierPreparer preparer_;
  SQLiteTypeCompiler type_compiler_;
  SQLiteDDLCompiler ddl_compiler_{*this};
  SQLiteCompiler statement_compiler_{*this};
};

}  // namespace sqlcore
