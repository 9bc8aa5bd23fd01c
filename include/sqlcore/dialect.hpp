// Dialect: SQLite as a language (capability flags, and the compilers it owns).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "sqlcore/export.hpp"

namespace sqlcore {

class Type;
// The compilers a dialect owns (SQLAlchemy's statement_compiler, ddl_compiler, type_compiler
// and preparer). Defined by the dialect layer (src/dialect/); SQLite's are SQLiteCompiler,
// SQLiteDDLCompiler, SQLiteTypeCompiler and SQLiteIdentifierPreparer.
class SQLCompiler;
class DDLCompiler;
class TypeCompiler;
class IdentifierPreparer;

/// What a dialect's target database can do: plain data, computed once when the dialect is
/// made (SQLite's from its version number).
struct DialectCapabilities {
  int server_version = 0;  // as SQLITE_VERSION_NUMBER: 3040001
  bool returning = false;
  bool upsert = false;
  bool strict_tables = false;
  bool generated_columns = false;
  bool drop_column = false;
  /// ALTER TABLE RENAME COLUMN (3.25).
  bool rename_column = false;
  bool table_xinfo = false;
  /// PRAGMA table_list (3.37): which tables are a virtual table's shadow tables.
  bool table_list = false;
  bool window_functions = false;
  bool nulls_ordering = false;
};

/// A SQL dialect: how types, DDL and statements are rendered, by the compilers it owns. sqlcore
/// has one, SQLite's: sqlite_dialect() for the linked library. Every `compile(dialect)` hands
/// its element to one of the dialect's compilers (one virtual call per compile, none per
/// node), so a dialect derived from SQLite's can override one piece. Immutable; safe to share
/// between threads.
class SQLCORE_EXPORT Dialect {
 public:
  virtual ~Dialect() = default;
  Dialect(const Dialect&) = delete;
  Dialect& operator=(const Dialect&) = delete;

  /// The dialect name used by with_variant() and compiles<T>(): "sqlite".
  virtual std::string_view name() const noexcept = 0;

  /// The compilers: statements (SELECT, INSERT ...), DDL (CREATE / DROP), type names, quoting.
  virtual const SQLCompiler& statement_compiler() const noexcept = 0;
  virtual const DDLCompiler& ddl_compiler() const noexcept = 0;
  virtual const TypeCompiler& type_compiler() const noexcept = 0;
  virtual const IdentifierPreparer& identifier_preparer() const noexcept = 0;

  /// The dialect's own DDL for a type (its TypeCompiler), without variants or compiles<>
  /// overrides: what an override calls for the default rendering. Throws CompileError.
  std::string compile_type(const Type& type) const;

  /// The SQLite library version this dialect targets, as SQLITE_VERSION_NUMBER (3040001).
  int server_version() const noexcept { return caps_.server_version; }
  /// Capability flags: ask these rather than comparing names or versions.
  const DialectCapabilities& capabilities() const noexcept { return caps_; }
  bool supports_returning() const noexcept { return caps_.returning; }
  bool supports_upsert() const noexcept { return caps_.upsert; }
  bool supports_strict_tables() const noexcept { return caps_.strict_tables; }
  bool supports_generated_columns() const noexcept { return caps_.generated_columns; }
  bool supports_drop_column() const noexcept { return caps_.drop_column; }
  bool supports_rename_column() const noexcept { return caps_.rename_column; }
  bool supports_table_xinfo() const noexcept { return caps_.table_xinfo; }
  bool supports_table_list() const noexcept { return caps_.table_list; }
  bool supports_window_functions() const noexcept { return caps_.window_functions; }
  bool supports_nulls_ordering() const noexcept { return caps_.nulls_ordering; }
  /// server_version() as SQLite writes it: "3.15.2".
  std::string version_text() const;

 protected:
  explicit Dialect(const DialectCapabilities& capabilities) noexcept : caps_(capabilities) {}

 private:
  DialectCapabilities caps_;
};

/// The SQLite dialect for the SQLite library sqlcore is linked against (made once, at first
/// use).
SQLCORE_EXPORT const Dialect& sqlite_dialect();

}  // namespace sqlcore
