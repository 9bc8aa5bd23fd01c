// SPDX-License-Identifier: MIT
#include "support/db_state.hpp"

#include <cstdio>
#include <functional>

namespace sqlcore::testing {

namespace {

std::string quoted(const std::string& name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string cell(const Row& row, std::size_t i) {
  const Value v = row.get<Value>(i);
  if (v.is_null()) return "NULL";
  if (const auto* n = v.get_if<std::int64_t>()) return "i:" + std::to_string(*n);
  if (const auto* d = v.get_if<double>()) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "r:%.17g", *d);
    return buf;
  }
  if (const auto* s = v.get_if<std::string>()) return "t:" + *s;
  if (const auto* b = v.get_if<Blob>()) {
    std::string out = "b:";
    for (std::byte x : *b) out += std::to_string(static_cast<int>(x)) + ",";
    return out;
  }
  return "?:" + v.describe();
}

}  // namespace

std::map<std::string, std::vector<std::string>> table_rows(Connection& conn) {
  std::vector<std::pair<std::string, std::string>> tables;
  for (auto row :
       conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name <> "
                            "'sqlite_sequence' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"))
    tables.emplace_back(row.get<std::string>(0), row.get<std::string>(1));
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& [name, sql] : tables) {
    const bool rowid = sql.find("WITHOUT ROWID") == std::string::npos &&
                       sql.find("without rowid") == std::string::npos;
    std::string select = rowid ? "SELECT _rowid_, * FROM " + quoted(name) + " ORDER BY _rowid_"
                               : "SELECT * FROM " + quoted(name) + " ORDER BY 1, 2";
    if (!rowid) {
      // ORDER BY every column: a stable order whatever the key.
      std::size_t ncols = 0;
      for (auto r : conn.exec_driver_sql("PRAGMA table_info(" + quoted(name) + ")")) {
        (void)r;  // PRAGMA table_info, not pragma_table_info: SQLite 3.15 has no table-valued
        ++ncols;  // PRAGMAs
      }
      select = "SELECT * FROM " + quoted(name) + " ORDER BY ";
      for (std::size_t i = 1; i <= ncols; ++i) select += (i > 1 ? ", " : "") + std::to_string(i);
    }
    auto& rows = out[name];
    Result result = conn.exec_driver_sql(select);
    const std::size_t n = result.keys().size();
    for (auto row : result) {
      std::string line;
      for (std::size_t i = 0; i < n; ++i) line += (i ? "|" : "") + cell(row, i);
      rows.push_back(std::move(line));
    }
  }
  return out;
}

std::string rows_checksum(Connection& conn) {
  std::string out;
  for (const auto& [table, rows] : table_rows(conn)) {
    std::size_t h = 0;
    for (const auto& r : rows) h = h * 1000003u ^ std::hash<std::string>{}(r);
    out +=
        table + ": " + std::to_string(rows.size()) + " rows, checksum " + std::to_string(h) + "\n";
  }
  return out;
}

std::map<std::string, std::int64_t> sequences(Connection& conn) {
  std::map<std::string, std::int64_t> out;
  bool has = false;
  for (auto row : conn.exec_driver_sql(
           "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")) {
    (void)row;
    has = true;
  }
  if (!has) return out;
  for (auto row : conn.exec_driver_sql("SELECT name, seq FROM sqlite_sequence"))
    out[row.get<std::string>(0)] = row.get<std::int64_t>(1);
  return out;
}

std::vector<std::string> schema_rows(Connection& conn) {
  std::vector<std::string> out;
  for (auto row : conn.exec_driver_sql(
           "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY 1, 2"))
    out.push_back(row.get<std::string>(0) + " " + row.get<std::string>(1) + " on " +
                  row.get<std::string>(2) + ": " + row.get<std::string>(3));
  return out;
}

std::string integrity(Connection& conn) {
  std::string out;
  for (auto row : conn.exec_driver_sql("PRAGMA integrity_check"))
    out += (out.empty() ? "" : "; ") + row.get<std::string>(0);
  return out;
}

std::vector<std::string> foreign_key_violations(Connection& conn) {
  std::vector<std::string> out;
  for (auto row : conn.exec_driver_sql("PRAGMA foreign_key_check"))
    out.push_back(row.get<std::string>(0) + " rowid " + cell(row, 1) + " -> " +
                  row.get<std::string>(2) + " (fk " + cell(row, 3) + ")");
  return out;
}

}  // namespace sqlcore::testing
