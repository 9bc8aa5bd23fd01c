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
#include "dialect/sqlite/row_reader.hpp"
#include "sqlcore/dialect.hpp"
#include "sqlcore/reflected.hpp"

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
  /// Reads through `reader`, asking `dialect` what the database's SQLite can report; both
  /// must outlive the Reflector.
  Reflector(RowReader& reader, const Dialect& dialect) : reader_(&reader), dialect_(&dialect) {}

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
  const TextRows& pragma(std::string_view name, std::string_view schema, std::string_view arg);

  /// An index SQLite made for a PRIMARY KEY or UNIQUE constraint, with the constraint of the
  /// CREATE text that made it.
  struct KeyIndex {
    std::string name;
    int number = 0;            // N of sqlite_autoindex_<table>_N (0 when the name has none)
    bool primary_key = false;  // origin pk
    std::vector<std::string> columns;
    std::vector<std::optional<std::string>> collations;  // as element_options reports them
    std::vector<bool> desc;
    bool column_constraint = false;  // made by a constraint written on its column
    std::string constraint_name;     // that constraint's CONSTRAINT name, or ""
    std::optional<std::string> on_conflict;
  };
  /// The table's constraint indexes in the order SQLite made them (by their number).
  std::vector<KeyIndex> key_indexes(std::string_view table, std::string_view schema);

  RowReader* reader_;
  const Dialect* dialect_;
  std::map<std::string, Catalog> catalogs_;
  std::unordered_map<std::string, std::optional<ParsedTable>> parsed_;
  std::unordered_map<std::string, TextRows> pragmas_;
};

}  // namespace sqlcore::detail
