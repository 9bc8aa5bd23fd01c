// W11: a 10-table join with GROUP BY, built with the expression language on every call (the
// compiled cache on, as an engine has it, and off: compiling each call), against the same SQL
// text prepared once by hand and stepped through the C API into the same structs.
//
// Data: a fact table `sales` of 2,000 rows, each with a foreign key into every one of 9
// dimension tables of 100 rows; the query joins all ten, filters on one dimension, groups by
// two (100 groups) and orders them. Executing it takes about a millisecond here, so the
// per-call work (building the statement, the cache lookup or the compile, binding, the typed
// reads of 100 rows) is measured against a query of realistic size, not against a scan that
// would hide it.
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <sqlcore/sqlcore.hpp>

namespace sc = sqlcore;

namespace {

constexpr int kDims = 9;
constexpr int kDimRows = 100;
constexpr int kFacts = 2000;

struct Schema {
  sc::MetaData m;
  std::vector<const sc::Table*> dims;
  const sc::Table* sales = nullptr;
  Schema() {
    for (int d = 0; d < kDims; ++d)
      dims.push_back(
          &m.table("d" + std::to_string(d), sc::Column("id", sc::Integer()).primary_key(),
                   sc::Column("name", sc::String(20)), sc::Column("grp", sc::Integer())));
    sc::TableArgs args;
    args.add(sc::Column("id", sc::Integer()).primary_key());
    for (int d = 0; d < kDims; ++d)
      args.add(sc::Column("d" + std::to_string(d) + "_id", sc::Integer())
                   .foreign_key("d" + std::to_string(d) + ".id"));
    args.add(sc::Column("amount", sc::Float()));
    sales = &m.add_table("sales", std::move(args));
  }
};

struct Group {
  std::int64_t g1;
  std::int64_t g2;
  std::int64_t n;
  double total;
};

// The statement, built from scratch: what a report function does on each call.
sc::Select report(const Schema& s) {
  const sc::Table& f = *s.sales;
  sc::FromClause from = f.join(*s.dims[0], f.c("d0_id") == s.dims[0]->c("id"));
  for (int d = 1; d < kDims; ++d)
    from = from.join(*s.dims[d], f.c("d" + std::to_string(d) + "_id") == s.dims[d]->c("id"));
  const sc::Table& a = *s.dims[1];
  const sc::Table& b = *s.dims[2];
  return sc::select(a.c("grp").label("g1"), b.c("grp").label("g2"), sc::func::count().label("n"),
                    sc::func::sum(f.c("amount")).label("total"))
      .select_from(from)
      .where(s.dims[3]->c("grp") < 8)
      .group_by(a.c("grp"), b.c("grp"))
      .order_by(a.c("grp"), b.c("grp"));
}

const std::string& database() {
  static const std::string path = [] {
    auto p = (std::filesystem::temp_directory_path() / "sqlcore_bench_join.db").string();
    std::filesystem::remove(p);
    Schema s;
    sc::Engine e = sc::create_engine("sqlite:///" + p);
    sc::Connection c = e.connect();
    s.m.create_all(c);
    sc::Transaction tx = c.begin();
    std::string dims = std::to_string(kDimRows);
    for (int d = 0; d < kDims; ++d)
      c.raw().exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                   dims + ") INSERT INTO d" + std::to_string(d) +
                   " (id, name, grp) SELECT i, 'name ' || i, i % 10 FROM n");
    std::string cols, vals;
    for (int d = 0; d < kDims; ++d) {
      cols += ", d" + std::to_string(d) + "_id";
      vals += ", 1 + (i * " + std::to_string(7 + 2 * d) + ") % " + dims;
    }
    c.raw().exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                 std::to_string(kFacts) + ") INSERT INTO sales (id" + cols + ", amount) SELECT i" +
                 vals + ", i * 0.25 FROM n");
    tx.commit();
    c.raw().exec("ANALYZE");
    return p;
  }();
  return path;
}

void BM_Join10_HandPrepared(benchmark::State& state) {
  Schema s;
  const sc::Compiled compiled = report(s).compile(sc::sqlite_dialect());
  sqlite3* db = nullptr;
  sqlite3_open_v2(database().c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, compiled.sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
    throw std::runtime_error(sqlite3_errmsg(db));
  for (auto _ : state) {
    sqlite3_bind_int64(st, 1, 8);
    std::vector<Group> out;
    while (sqlite3_step(st) == SQLITE_ROW)
      out.push_back({sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
                     sqlite3_column_int64(st, 2), sqlite3_column_double(st, 3)});
    sqlite3_reset(st);
    if (out.empty()) throw std::runtime_error("no groups");
    benchmark::DoNotOptimize(out.data());
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
}
BENCHMARK(BM_Join10_HandPrepared)->Unit(benchmark::kMicrosecond);

void join_built(benchmark::State& state, std::size_t compiled_cache_size) {
  Schema s;
  sc::Engine engine =
      sc::create_engine("sqlite:///" + database(), {.compiled_cache_size = compiled_cache_size});
  sc::Connection conn = engine.connect();
  for (auto _ : state) {
    std::vector<Group> out = conn.execute(report(s)).all<Group>();
    if (out.empty()) throw std::runtime_error("no groups");
    benchmark::DoNotOptimize(out.data());
  }
}
void BM_Join10_Sqlcore(benchmark::State& state) { join_built(state, 500); }
BENCHMARK(BM_Join10_Sqlcore)->Unit(benchmark::kMicrosecond);
void BM_Join10_SqlcoreUncached(benchmark::State& state) { join_built(state, 0); }
BENCHMARK(BM_Join10_SqlcoreUncached)->Unit(benchmark::kMicrosecond);

// The statement's construction and compilation alone, no database: what the per-call
// overhead is made of.
void BM_Join10_BuildAndCompile(benchmark::State& state) {
  Schema s;
  for (auto _ : state) {
    sc::Compiled c = report(s).compile(sc::sqlite_dialect());
    benchmark::DoNotOptimize(c.sql.data());
  }
}
BENCHMARK(BM_Join10_BuildAndCompile)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
