// The SQLite reflection reader: PRAGMAs for what SQLite reports, the CREATE text for the rest.
// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dialect/sqlite/create_parser.hpp"
#include "sqlcore/inspect.hpp"

namespace sqlcore::detail {

/// One row of sqlite_master.
struct CatalogEntry {
  std::string type;  // table, view, index, trigger
  std::string name;
  std::string tbl_name;
  std::string sql;
  bool shadow = false;  // a shadow table of a virtual table
};

/// Reads one connection's schema; caches the sqlite_master listing, the parsed CREATE text and
/// PRAGMA results (a snapshot, like SQLAlchemy's Inspector: make a new one after DDL).
class Reflector {
 public:
  explicit Reflector(RawConnection& raw) : raw_(&raw) {}

  std::vector<std::string> table_names(std::string_view schema);
  std::vector<std::string> view_names(std::string_view schema);
  std::vector<std::string> schema_names();
  std::string view_definition(std::string_view view, std::string_view schema);
  bool has_table(std::string_view table, std::string_view schema);

  std::vector<ReflectedColumn> columns(std::string_view table, std::string_view schema);
  ReflectedPrimaryKey pk_constraint(std::string_view table, std::string_view schema);
  std::vector<ReflectedForeignKey> foreign_keys(std::string_view table, std::string_view schema);
  std::vector<ReflectedIndex> indexes(std::string_view table, std::string_view schema);
  std::vector<ReflectedUniqueConstraint> unique_constraints(std::string_view table,
                                                            std::string_view schema);
  std::vector<ReflectedCheckConstraint> check_constraints(std::string_view table,
                                                          std::string_view schema);
  ReflectedTableOptions table_options(std::string_view table, std::string_view schema);

 private:
  struct Catalog {
    std::vector<CatalogEntry> entries;
    std::unordered_map<std::string, std::size_t> objects;  // folded name → table or view
    std::unordered_map<std::string, std::size_t> indexes;  // folded name → index
  };
  const Catalog& catalog(std::string_view schema);
  /// The table or view named `table` (case-insensitive); NoSuchTableError if there is none.
  const CatalogEntry& entry(std::string_view table, std::string_view schema);
  /// The parsed CREATE TABLE of `table` (nullopt for views and unparsable text).
  const std::optional<ParsedTable>& parsed(std::string_view table, std::string_view schema);
  std::vector<std::vector<std::optional<std::string>>> pragma(std::string_view name,
                                                              std::string_view schema,
                                                              std::string_view arg);

  RawConnection* raw_;
  std::map<std::string, Catalog> catalogs_;
  std::unordered_map<std::string, std::optional<ParsedTable>> parsed_;
  std::unordered_map<std::string, std::vector<std::vector<std::optional<std::string>>>> pragmas_;
};

/// An identifier always in double quotes, embedded quotes doubled: safe in any PRAGMA.

}  // namespace sqlcore::detail
