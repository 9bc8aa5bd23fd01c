// What reflection reports about a table: plain structs the dialect's reflection reader fills
// and the Inspector hands out.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sqlcore/types.hpp"

namespace sqlcore {

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
  /// Per column: the COLLATE of its key element when it differs from the column's own
  /// (PRIMARY KEY (a COLLATE NOCASE)), and DESC, as the key's index reports them; empty for a
  /// rowid key, which has no index.
  std::vector<std::optional<std::string>> collations;
  std::vector<bool> desc;
  /// Declared on its column (`b PRIMARY KEY`), or by a UNIQUE on its column that made its
  /// index, rather than after the columns.
  bool sqlite_column_constraint = false;
  /// N of the key's index, sqlite_autoindex_<table>_N (SQLite numbers the indexes of PRIMARY
  /// KEY and UNIQUE constraints in the order of the CREATE TABLE text, column constraints
  /// first); nullopt for a rowid key, which has no index.
  std::optional<int> sqlite_autoindex;
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
  /// REFERENCES parent with no column list: referred_columns is the parent's primary key
  /// (when the parent exists and the counts match; SQLite checks them only when it writes).
  bool referred_primary_key = false;
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
  /// Per column: the element's COLLATE when it differs from the column's own
  /// (UNIQUE (email COLLATE NOCASE)), and DESC.
  std::vector<std::optional<std::string>> collations;
  std::vector<bool> desc;
  /// Declared on its column (`a UNIQUE`) rather than after the columns.
  bool sqlite_column_constraint = false;
  /// N of its index, sqlite_autoindex_<table>_N: get_unique_constraints lists them by it, the
  /// order of the CREATE TABLE text.
  std::optional<int> sqlite_autoindex;
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

}  // namespace sqlcore
