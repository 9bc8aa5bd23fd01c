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
#include "sqlcore/reflected.hpp"
#include "sqlcore/types.hpp"

namespace sqlcore {

class Engine;

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
