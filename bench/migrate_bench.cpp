// The table rebuild of a 1,000,000-row table (four columns, an index, AUTOINCREMENT) through
// Operations::batch_alter_table against the same 12 steps of lang_altertable.html written by
// hand in SQL through the C API, each on a fresh copy of the same database file.
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <sqlite3.h>

#include <filesystem>
#include <string>

#include <sqlcore/sqlcore.hpp>

namespace sc = sqlcore;
namespace fs = std::filesystem;

namespace {

const std::string& template_db() {
  static const std::string path = [] {
    auto p = (fs::temp_directory_path() / "sqlcore_bench_migrate_template.db").string();
    fs::remove(p);
    sc::Engine e = sc::create_engine("sqlite:///" + p);
    sc::Connection c = e.connect();
    sc::Transaction tx = c.begin();
    c.raw().exec(
        "CREATE TABLE item (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, price "
        "INTEGER, note TEXT);"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
        "INSERT INTO item (name, price, note) SELECT 'item ' || i, i % 1000, CASE WHEN i % 3 = 0 "
        "THEN NULL ELSE 'note ' || i END FROM n;"
        "CREATE INDEX ix_item_name ON item (name);");
    tx.commit();
    return p;
  }();
  return path;
}

// A fresh copy of the template for each iteration (not timed).
std::string fresh_copy(benchmark::State& state) {
  state.PauseTiming();
  auto p = (fs::temp_directory_path() / "sqlcore_bench_migrate.db").string();
  fs::remove(p);
  fs::remove(p + "-journal");
  fs::copy_file(template_db(), p);
  state.ResumeTiming();
  return p;
}

void exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err != nullptr ? err : "?";
    sqlite3_free(err);
    throw std::runtime_error(msg);
  }
}

// The 12 steps by hand: price becomes BIGINT NOT NULL DEFAULT 0.
void BM_Rebuild1M_HandWrittenSQL(benchmark::State& state) {
  template_db();
  for (auto _ : state) {
    const std::string p = fresh_copy(state);
    sqlite3* db = nullptr;
    sqlite3_open(p.c_str(), &db);
    exec(db, "PRAGMA foreign_keys=ON");
    exec(db, "PRAGMA foreign_keys=OFF");
    exec(db, "BEGIN");
    exec(db,
         "CREATE TABLE new_item (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
         "price BIGINT DEFAULT 0 NOT NULL, note TEXT)");
    exec(db,
         "INSERT INTO new_item (id, name, price, note) SELECT id, name, coalesce(price, 0), note "
         "FROM item");
    exec(db,
         "UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name "
         "= 'item')) WHERE name = 'new_item'");
    exec(db, "DROP TABLE item");
    exec(db, "ALTER TABLE new_item RENAME TO item");
    exec(db, "CREATE INDEX ix_item_name ON item (name)");
    exec(db, "PRAGMA foreign_key_check");
    exec(db, "COMMIT");
    exec(db, "PRAGMA foreign_keys=ON");
    sqlite3_close(db);
  }
}
BENCHMARK(BM_Rebuild1M_HandWrittenSQL)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_Rebuild1M_BatchAlterTable(benchmark::State& state) {
  template_db();
  for (auto _ : state) {
    const std::string p = fresh_copy(state);
    sc::Engine e = sc::create_engine("sqlite:///" + p);
    sc::Connection conn = e.connect();
    sc::Operations(conn).batch_alter_table("item", [](sc::BatchOperations& b) {
      b.alter_column(
          "price",
          sc::AlterColumn{.type = sc::BigInteger(), .nullable = false, .server_default = "0"});
    });
  }
}
BENCHMARK(BM_Rebuild1M_BatchAlterTable)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
