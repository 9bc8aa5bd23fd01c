// Reflection: an Inspector that reads an existing database's schema.
// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sqlcore/connection.hpp"
#include "sqlcore/export.hpp"
#include "sqlcore/types.hpp"

namespace sqlcore {

class Engine;

/// A generated column's expression.
struct ReflectedComputed {
  std::string sqltext;
  bool persisted = false;  // STORED
};

/// One column, as PRAGMA table_xinfo reports it plus what the CREATE text adds.
struct ReflectedColumn {
  std::string name;
  /// The type from the declared type name: SQLAlchemy's exact-name table first (arguments
  /// kept: VARCHAR(30), NUMERIC(10, 2)), then SQLite's affinity rules.
  Type type;
  bool nullable = true;
  /// The DEFAULT as SQL text, as SQLite reports it ("'abc'", "0", "(strftime('%s'))").
  std::optional<std::string> default_value;
  /// 0 when not in the primary key, else the 1-based position in it.
  int primary_key = 0;
  /// True for an INTEGER PRIMARY KEY AUTOINCREMENT column.
  bool autoincrement = false;
  std::optional<ReflectedComputed> computed;
  /// The declared type name as SQLite reports it ("" for an untyped column).
  std::string declared_type;
  /// SQLite's affinity for the declared type.
  Affinity affinity = Affinity::blob;
  /// The C++ type a value of this column reads as (without std::optional): "std::int64_t",
  /// "double", "bool", "std::string", "sqlcore::Blob", "sqlcore::Decimal",
  /// "sqlcore::Timestamp", "std::chrono::year_month_day", "sqlcore::TimeOfDay" or
  /// "sqlcore::Value" (any storage class: untyped and BLOB-affinity columns).
  std::string cpp_type;
  std::optional<std::string> collation;
  std::optional<std::string> not_null_on_conflict;
};

struct ReflectedPrimaryKey {
  std::optional<std::string> name;
  std::vector<std::string> columns;
  std::optional<std::string> on_conflict;
};

struct ReflectedForeignKey {
  std::optional<std::string> name;
  std::vector<std::string> constrained_columns;
  std::string referred_table;
  std::vector<std::string> referred_columns;
  /// ON DELETE / ON UPDATE actions; NO ACTION (SQLite's default) is reported as nullopt, as
  /// SQLAlchemy does.
  std::optional<std::string> ondelete;
  std::optional<std::string> onupdate;
  std::optional<bool> deferrable;
  std::optional<std::string> initially;
};

struct ReflectedIndex {
  std::string name;
  /// Column names in index order; "" for an expression element.
  std::vector<std::string> columns;
  bool unique = false;
  /// A partial index's predicate, as written.
  std::optional<std::string> sqlite_where;
  /// Each element of CREATE INDEX: a plain column's name, or the element as written for an
  /// expression or a column with COLLATE / ASC / DESC ("lower(name)", "born DESC"); the same
  /// length as `columns` when the CREATE text was read.
  std::vector<std::string> elements;
  /// True when an element is an expression (SQLAlchemy skips such indexes).
  bool has_expressions = false;
};

struct ReflectedUniqueConstraint {
  std::optional<std::string> name;
  std::vector<std::string> columns;
  std::optional<std::string> on_conflict;
};

struct ReflectedCheckConstraint {
  std::optional<std::string> name;
  std::string sqltext;
};

/// What kind of table it is, and its options.
struct ReflectedTableOptions {
  bool without_rowid = false;
  bool strict = false;
  /// A column is INTEGER PRIMARY KEY AUTOINCREMENT.
  bool autoincrement = false;
  /// CREATE VIRTUAL TABLE ... USING module(...); `sql` is that statement.
  bool virtual_table = false;
  std::string module;
  /// A shadow table of a virtual table (FTS, R*Tree), made and dropped with it.
  bool shadow = false;
  /// The CREATE statement as stored in sqlite_master.
  std::string sql;
};

/// Reads the schema of a database: SQLAlchemy's Inspector for SQLite. The `schema` argument
/// names an ATTACHed database or "temp" ("" is the main database). Facts SQLite reports
/// (PRAGMA table_xinfo, index_list, index_xinfo, foreign_key_list, table_list) are taken from
/// SQLite; names, CHECK text, AUTOINCREMENT, partial-index WHERE and generated expressions from
/// the CREATE text, read with a tokenizer for SQLite's grammar. Table names are bound or
/// quoted, never spliced. Lookups on a table that does not exist throw NoSuchTableError.
/// Not thread-safe; the sqlite_master listing is read once per Inspector.
class SQLCORE_EXPORT Inspector {
 public:
  /// Borrows `conn`, which must outlive the Inspector.
  explicit Inspector(Connection& conn);
  /// Checks a connection out of `engine` for as long as the Inspector lives.
  explicit Inspector(Connection&& conn);
  Inspector(Inspector&& other) noexcept;
  Inspector& operator=(Inspector&& other) noexcept;
  ~Inspector();

  /// User tables, by name; not SQLite's internal tables (sqlite_sequence, sqlite_stat*), not
  /// shadow tables of virtual tables.
  std::vector<std::string> get_table_names(std::string_view schema = {});
  std::vector<std::string> get_view_names(std::string_view schema = {});
  std::vector<std::string> get_temp_table_names();
  /// "main" and the names of attached databases.
  std::vector<std::string> get_schema_names();
  /// The CREATE VIEW statement; throws NoSuchTableError for an unknown view.
  std::string get_view_definition(std::string_view view, std::string_view schema = {});
  bool has_table(std::string_view table, std::string_view schema = {});

  std::vector<ReflectedColumn> get_columns(std::string_view table, std::string_view schema = {});
  ReflectedPrimaryKey get_pk_constraint(std::string_view table, std::string_view schema = {});
  std::vector<ReflectedForeignKey> get_foreign_keys(std::string_view table,
                                                    std::string_view schema = {});
  /// Explicit indexes by name (not the automatic ones of UNIQUE / PRIMARY KEY constraints),
  /// expression indexes included.
  std::vector<ReflectedIndex> get_indexes(std::string_view table, std::string_view schema = {});
  std::vector<ReflectedUniqueConstraint> get_unique_constraints(std::string_view table,
                                                                std::string_view schema = {});
  /// Every CHECK, table-level and column-level, in the order written.
  std::vector<ReflectedCheckConstraint> get_check_constraints(std::string_view table,
                                                              std::string_view schema = {});
  ReflectedTableOptions get_table_options(std::string_view table, std::string_view schema = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// An Inspector on a connection checked out of `engine`.
SQLCORE_EXPORT Inspector inspect(Engine& engine);
/// An Inspector borrowing `conn`.
SQLCORE_EXPORT Inspector inspect(Connection& conn);

}  // namespace sqlcore
