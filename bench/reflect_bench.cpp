// Reflecting 500 tables (10 columns, 2 indexes, 1 foreign key each): MetaData::reflect against
// a plain C loop over the same PRAGMAs (table_xinfo, index_list, index_xinfo,
// foreign_key_list), reading every cell, on the same database; and sc::compare of that
// database with a target of the same 500 tables (issue 15: under 2x of the reflection alone).
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

#include <sqlcore/sqlcore.hpp>

namespace sc = sqlcore;

namespace {

const std::string& database() {
  static const std::string path = [] {
    auto p = (std::filesystem::temp_directory_path() / "sqlcore_bench_reflect.db").string();
    std::filesystem::remove(p);
    sc::Engine e = sc::create_engine("sqlite:///" + p);
    sc::Connection c = e.connect();
    sc::Transaction tx = c.begin();
    for (int i = 0; i < 500; ++i) {
      std::string t = "t" + std::to_string(i);
      std::string parent = "t" + std::to_string(i > 0 ? i - 1 : 0);
      c.raw().exec("CREATE TABLE " + t +
                   " (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, created DATETIME "
                   "DEFAULT CURRENT_TIMESTAMP, amount NUMERIC(12, 2), flag BOOLEAN, note TEXT, "
                   "born DATE, score "
                   "REAL, code VARCHAR(10), parent_id INTEGER REFERENCES " +
                   parent + " (id) ON DELETE CASCADE)");
      c.raw().exec("CREATE INDEX ix_" + t + "_name ON " + t + " (name)");
      c.raw().exec("CREATE UNIQUE INDEX ux_" + t + "_code ON " + t + " (code, born)");
    }
    tx.commit();
    return p;
  }();
  return path;
}

// Every cell of a PRAGMA's rows, copied out as text, as a hand-written loop would.
void read_pragma(sqlite3* db, const std::string& sql, std::vector<std::string>& sink) {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
  int n = sqlite3_column_count(st);
  while (sqlite3_step(st) == SQLITE_ROW)
    for (int i = 0; i < n; ++i) {
      const char* v = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
      sink.emplace_back(v != nullptr ? v : "");
    }
  sqlite3_finalize(st);
}

void raw_pragma_loop(benchmark::State& state, bool in_transaction) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(database().c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  for (auto _ : state) {
    if (in_transaction) sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    std::vector<std::string> sink, tables, indexes;
    read_pragma(db, "SELECT name, sql FROM main.sqlite_master WHERE type = 'table'", tables);
    for (std::size_t i = 0; i < tables.size(); i += 2) {
      const std::string& t = tables[i];
      read_pragma(db, "PRAGMA main.table_xinfo(\"" + t + "\")", sink);
      indexes.clear();
      read_pragma(db, "PRAGMA main.index_list(\"" + t + "\")", indexes);
      for (std::size_t k = 1; k < indexes.size(); k += 5)
        read_pragma(db, "PRAGMA main.index_xinfo(\"" + indexes[k] + "\")", sink);
      read_pragma(db, "PRAGMA main.foreign_key_list(\"" + t + "\")", sink);
    }
    if (in_transaction) sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    benchmark::DoNotOptimize(sink);
  }
  sqlite3_close(db);
}

// The plain loop: each PRAGMA in autocommit, taking and releasing the shared lock.
void BM_Reflect500_RawPragmaLoop(benchmark::State& state) { raw_pragma_loop(state, false); }
BENCHMARK(BM_Reflect500_RawPragmaLoop)->Unit(benchmark::kMillisecond);

// The same loop in one read transaction, as MetaData::reflect runs its PRAGMAs.
void BM_Reflect500_RawPragmaLoopInTransaction(benchmark::State& state) {
  raw_pragma_loop(state, true);
}
BENCHMARK(BM_Reflect500_RawPragmaLoopInTransaction)->Unit(benchmark::kMillisecond);

void BM_Reflect500_MetaDataReflect(benchmark::State& state) {
  sc::Engine e = sc::create_engine("sqlite:///" + database() + "?mode=ro");
  sc::Connection conn = e.connect();
  for (auto _ : state) {
    sc::MetaData m;
    m.reflect(conn);
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_Reflect500_MetaDataReflect)->Unit(benchmark::kMillisecond);

// compare = the reflection above + the diff: the target is the same schema (declared again
// from each reflected table with to_args, as a program's own tables would be), so every
// column, index and constraint is looked at and nothing differs.
void BM_Compare500(benchmark::State& state) {
  sc::Engine e = sc::create_engine("sqlite:///" + database() + "?mode=ro");
  sc::Connection conn = e.connect();
  sc::MetaData reflected;
  reflected.reflect(conn);
  sc::MetaData target;
  for (const sc::Table* t : reflected.tables()) target.add_table(t->name(), t->to_args());
  if (!sc::compare(conn, target).empty()) state.SkipWithError("the target differs");
  for (auto _ : state) {
    sc::SchemaDiff diff = sc::compare(conn, target);
    benchmark::DoNotOptimize(diff);
  }
}
BENCHMARK(BM_Compare500)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
