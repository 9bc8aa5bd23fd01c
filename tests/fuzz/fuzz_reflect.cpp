// Fuzzes the whole reflection path: the input is SQL text, run statement by statement on a
// fresh :memory: database (errors ignored: what SQLite refuses is simply not there); then the
// Inspector on every table and view, MetaData::reflect, ddl_script, and the script run on
// another fresh database, and MetaData::create_all on a third. A documented sqlcore::Error
// from the Inspector, reflect, ddl_script or create_all is an accepted refusal; the script
// that ddl_script wrote failing on a fresh database is a finding (sqlcore wrote DDL SQLite
// refuses for a schema SQLite accepted), as are crashes, UB, leaks, hangs and other exceptions.
// Input that could touch files (ATTACH, VACUUM INTO) or edit sqlite_master directly
// (writable_schema: a schema SQLite never accepted) is skipped.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"

namespace sc = sqlcore;
namespace fz = sqlcore::fuzz;

namespace {

// Each statement of `sql` in turn, errors ignored, rows stepped through.
void run_statements(sqlite3* db, const std::string& sql) {
  const char* tail = sql.c_str();
  const char* end = sql.c_str() + sql.size();
  while (tail < end && *tail != '\0') {
    sqlite3_stmt* st = nullptr;
    const char* next = nullptr;
    int rc = sqlite3_prepare_v2(db, tail, static_cast<int>(end - tail), &st, &next);
    if (st != nullptr) {
      while (sqlite3_step(st) == SQLITE_ROW) {
      }
      sqlite3_finalize(st);
    }
    if (next == nullptr || next <= tail) break;
    if (rc != SQLITE_OK && st == nullptr && next == tail) break;
    tail = next;
  }
  if (!sqlite3_get_autocommit(db)) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void inspect_everything(sc::Connection& conn) {
  sc::Inspector insp(conn);
  std::vector<std::string> tables, views;
  fz::expected("get_table_names", [&] { tables = insp.get_table_names(); });
  fz::expected("get_view_names", [&] { views = insp.get_view_names(); });
  fz::expected("get_temp_table_names", [&] { (void)insp.get_temp_table_names(); });
  for (const auto& t : tables) {
    fz::expected("has_table", [&] { (void)insp.has_table(t); });
    fz::expected("get_columns", [&] { (void)insp.get_columns(t); });
    fz::expected("get_pk_constraint", [&] { (void)insp.get_pk_constraint(t); });
    fz::expected("get_foreign_keys", [&] { (void)insp.get_foreign_keys(t); });
    fz::expected("get_indexes", [&] { (void)insp.get_indexes(t); });
    fz::expected("get_unique_constraints", [&] { (void)insp.get_unique_constraints(t); });
    fz::expected("get_check_constraints", [&] { (void)insp.get_check_constraints(t); });
    fz::expected("get_table_options", [&] { (void)insp.get_table_options(t); });
  }
  for (const auto& v : views) {
    fz::expected("get_view_definition", [&] { (void)insp.get_view_definition(v); });
    fz::expected("get_columns(view)", [&] { (void)insp.get_columns(v); });
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 8192) return -1;
  const std::string sql(reinterpret_cast<const char*>(data), size);
  if (sql.find('\0') != std::string::npos || fz::touches_files(sql)) return -1;
  {
    std::string lower = sql;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.find("writable_schema") != std::string::npos) return -1;
  }
  const sc::EngineOptions options{.foreign_keys = false};
  sc::Engine engine = sc::create_engine("sqlite://", options);
  sc::Connection conn = engine.connect();
  sqlite3* db = conn.raw().native_handle();
  fz::reset_budget();
  fz::harden(db);
  run_statements(db, sql);
  sqlite3_progress_handler(db, 0, nullptr, nullptr);  // sqlcore's own reads are not budgeted

  inspect_everything(conn);
  sc::MetaData meta;
  if (!fz::expected("MetaData::reflect", [&] { meta.reflect(conn); })) return 0;
  std::string script;
  if (!fz::expected("ddl_script", [&] { script = sc::ddl_script(meta, sc::sqlite_dialect()); }))
    return 0;
  {
    sc::Engine copy = sc::create_engine("sqlite://", options);
    sc::Connection c = copy.connect();
    try {
      c.raw().exec("BEGIN;\n" + script + "\nCOMMIT;");
    } catch (const std::exception& e) {
      fz::finding(std::string("the ddl_script of a schema SQLite accepted fails on a fresh "
                              "database: ") +
                  e.what() + "\n--- script:\n" + script);
    }
  }
  {
    sc::Engine copy = sc::create_engine("sqlite://", options);
    sc::Connection c = copy.connect();
    fz::expected("MetaData::create_all", [&] { meta.create_all(c); });
  }
  return 0;
}
