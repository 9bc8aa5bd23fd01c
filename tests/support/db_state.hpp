// What a migration test checks before and after: every row of every table (rowids included),
// sqlite_sequence, the schema as sqlite_master stores it, and SQLite's own checks.
// SPDX-License-Identifier: MIT
#pragma once

#include <sqlcore/sqlcore.hpp>

#include <map>
#include <string>
#include <vector>

namespace sqlcore::testing {

/// Every table's rows as text, one entry per table (sqlite_* tables included but
/// sqlite_sequence, given by sequences()): each row is its rowid (for a rowid table) and every
/// column's storage class and value, rows in rowid (or primary key) order.
std::map<std::string, std::vector<std::string>> table_rows(Connection& conn);

/// One digest line per table of table_rows(): "table: N rows, checksum H".
std::string rows_checksum(Connection& conn);

/// sqlite_sequence as name -> seq (empty without AUTOINCREMENT tables).
std::map<std::string, std::int64_t> sequences(Connection& conn);

/// sqlite_master (type, name, tbl_name, sql) ordered by type and name.
std::vector<std::string> schema_rows(Connection& conn);

/// "ok" when PRAGMA integrity_check says ok, else its lines joined.
std::string integrity(Connection& conn);

/// PRAGMA foreign_key_check's rows as text; empty when there is no violation.
std::vector<std::string> foreign_key_violations(Connection& conn);

}  // namespace sqlcore::testing
