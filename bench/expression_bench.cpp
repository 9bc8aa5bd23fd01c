// The expression language against the raw SQLite C API, issue 8's two workloads:
// inserting 1,000,000 rows of (INTEGER, TEXT, REAL, DATETIME, BOOLEAN) through insert(t)
// executemany of structs, and selecting them back into a vector of structs. Both sides use
// the same file settings, one transaction, and sqlcore's own DATETIME formatter and parser
// (the fastest there is here), so the ratio is the layer's overhead alone.
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <vector>

#include <sqlcore/sqlcore.hpp>

#include "types/datetime_format.hpp"

#ifdef SQLCORE_BENCH_SQLITECPP
#include <SQLiteCpp/SQLiteCpp.h>
#endif
#ifdef SQLCORE_BENCH_SOCI
// The backend by name, loaded by SOCI from libsoci_sqlite3 (soci-sqlite3.h declares
// soci::sqlite3, but wraps <sqlite3.h> in a namespace of its own, which clashes with the raw
// side's include in this file).
#include <soci/soci.h>
#endif

namespace sc = sqlcore;

namespace {

constexpr std::int64_t kRows = 1'000'000;
// W10: lookups by primary key per round; make bench runs 5 rounds, 1,000,000 lookups in all
// for each variant (each one an autocommit read: a shared lock and the file's change counter
// checked per statement, as a program answering lookups does).
constexpr benchmark::IterationCount kLookups = 200'000;

struct Reading {
  std::int64_t id;
  std::string label;
  double value;
  sc::Timestamp at;
  bool ok;
};

std::vector<Reading> make_rows() {
  std::vector<Reading> rows;
  rows.reserve(kRows);
  sc::Timestamp t0 = std::chrono::time_point_cast<std::chrono::microseconds>(
      std::chrono::sys_days{std::chrono::year{2024} / 1 / 1});
  for (std::int64_t i = 0; i < kRows; ++i)
    rows.push_back({i + 1, "sensor-" + std::to_string(i % 1000), static_cast<double>(i) * 0.5,
                    t0 + std::chrono::seconds{i} + std::chrono::microseconds{i % 1000},
                    i % 3 == 0});
  return rows;
}

const std::vector<Reading>& rows() {
  static const std::vector<Reading> r = make_rows();
  return r;
}

std::string fresh(const char* name) {
  auto p = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove(p);
  std::filesystem::remove(p.string() + "-journal");
  return p.string();
}

constexpr const char* kCreate =
    "CREATE TABLE readings (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(40), value FLOAT, "
    "at DATETIME, ok BOOLEAN)";

void check(int rc, sqlite3* db) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    throw std::runtime_error(sqlite3_errmsg(db));
}

struct Schema {
  sc::MetaData m;
  const sc::Table& t =
      m.table("readings", sc::Column("id", sc::Integer()).primary_key(),
              sc::Column("label", sc::String(40)), sc::Column("value", sc::Float()),
              sc::Column("at", sc::DateTime()), sc::Column("ok", sc::Boolean()));
};

void raw_insert(sqlite3* db) {
  check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db);
  sqlite3_stmt* st = nullptr;
  check(sqlite3_prepare_v2(db,
                           "INSERT INTO readings (id, label, value, at, ok) VALUES (?, ?, ?, ?, ?)",
                           -1, &st, nullptr),
        db);
  for (const Reading& r : rows()) {
    sqlite3_bind_int64(st, 1, r.id);
    sqlite3_bind_text(st, 2, r.label.data(), static_cast<int>(r.label.size()), SQLITE_STATIC);
    sqlite3_bind_double(st, 3, r.value);
    std::string at = sc::detail::format_datetime(r.at);
    sqlite3_bind_text(st, 4, at.data(), static_cast<int>(at.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 5, r.ok ? 1 : 0);
    check(sqlite3_step(st), db);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
}

// Times `insert(db)` on a fresh file with the table, set up and closed outside the timing.
void time_raw_insert(benchmark::State& state, const char* file, void (*insert)(sqlite3*)) {
  rows();
  for (auto _ : state) {
    state.PauseTiming();
    std::string path = fresh(file);
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
    sqlite3_exec(db, kCreate, nullptr, nullptr, nullptr);
    state.ResumeTiming();
    insert(db);
    state.PauseTiming();
    sqlite3_close(db);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * kRows);
}

void BM_RawInsert1M(benchmark::State& state) {
  time_raw_insert(state, "sqlcore_bench_expr_raw.db", raw_insert);
}
BENCHMARK(BM_RawInsert1M)->Unit(benchmark::kMillisecond)->Iterations(1);

// The raw C API at its best: multi-row INSERT ... VALUES of 1,000 rows per statement (what
// sqlcore's executemany sends, as SQLAlchemy 2.0's insertmanyvalues does).
void raw_insert_batched(sqlite3* db) {
  constexpr std::size_t kPage = 1000;
  check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db);
  std::string sql = "INSERT INTO readings (id, label, value, at, ok) VALUES ";
  for (std::size_t i = 0; i < kPage; ++i) sql += i ? ", (?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?)";
  sqlite3_stmt* st = nullptr;
  check(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), db);
  std::vector<std::string> at(kPage);
  const auto& all = rows();
  for (std::size_t start = 0; start < all.size(); start += kPage) {
    for (std::size_t k = 0; k < kPage; ++k) {
      const Reading& r = all[start + k];
      int b = static_cast<int>(k * 5);
      sqlite3_bind_int64(st, b + 1, r.id);
      sqlite3_bind_text(st, b + 2, r.label.data(), static_cast<int>(r.label.size()), SQLITE_STATIC);
      sqlite3_bind_double(st, b + 3, r.value);
      at[k] = sc::detail::format_datetime(r.at);
      sqlite3_bind_text(st, b + 4, at[k].data(), static_cast<int>(at[k].size()), SQLITE_STATIC);
      sqlite3_bind_int(st, b + 5, r.ok ? 1 : 0);
    }
    check(sqlite3_step(st), db);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
}

void BM_RawInsert1MBatched(benchmark::State& state) {
  static_assert(kRows % 1000 == 0);
  time_raw_insert(state, "sqlcore_bench_expr_rawb.db", raw_insert_batched);
}
BENCHMARK(BM_RawInsert1MBatched)->Unit(benchmark::kMillisecond)->Iterations(1);

// Times `insert(conn, schema)` in one transaction, on a fresh file made outside the timing.
template <class Insert>
void time_sqlcore_insert(benchmark::State& state, const char* file, const Insert& insert) {
  rows();
  Schema s;
  for (auto _ : state) {
    state.PauseTiming();
    std::string path = fresh(file);
    sc::Engine engine = sc::create_engine("sqlite:///" + path);
    sc::Connection conn = engine.connect();
    conn.exec_driver_sql("PRAGMA synchronous=OFF");
    s.m.create_all(conn);
    state.ResumeTiming();
    {
      sc::Transaction tx = conn.begin();
      insert(conn, s);
      tx.commit();
    }
  }
  state.SetItemsProcessed(state.iterations() * kRows);
}

void BM_SqlcoreInsert1M(benchmark::State& state) {
  time_sqlcore_insert(state, "sqlcore_bench_expr_sc.db",
                      [](sc::Connection& conn, Schema& s) { conn.execute(s.t.insert(), rows()); });
}
BENCHMARK(BM_SqlcoreInsert1M)->Unit(benchmark::kMillisecond)->Iterations(1);

// The table both selects read: written once by the raw side.
std::string read_db_path() {
  return (std::filesystem::temp_directory_path() / "sqlcore_bench_expr_read.db").string();
}

const std::string& filled() {
  static const std::string path = [] {
    std::string p = fresh("sqlcore_bench_expr_read.db");
    sqlite3* db = nullptr;
    sqlite3_open(p.c_str(), &db);
    sqlite3_exec(db, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
    sqlite3_exec(db, kCreate, nullptr, nullptr, nullptr);
    raw_insert(db);
    sqlite3_close(db);
    return p;
  }();
  return path;
}

// One row of the select into a struct, by hand.
Reading read_row(sqlite3_stmt* st) {
  Reading r;
  r.id = sqlite3_column_int64(st, 0);
  r.label.assign(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
                 static_cast<std::size_t>(sqlite3_column_bytes(st, 1)));
  r.value = sqlite3_column_double(st, 2);
  std::string_view at(reinterpret_cast<const char*>(sqlite3_column_text(st, 3)),
                      static_cast<std::size_t>(sqlite3_column_bytes(st, 3)));
  auto t = sc::detail::parse_datetime(at);
  if (!t) throw std::runtime_error("bad datetime");
  r.at = *t;
  r.ok = sqlite3_column_int(st, 4) != 0;
  return r;
}

// sqlite3_open: the connection serialized (its mutex taken by every sqlite3_column_* call), as
// a C program opens one by default; `flags` with SQLITE_OPEN_NOMUTEX: as sqlcore opens its own.
sqlite3* open_raw(int flags = 0) {
  sqlite3* db = nullptr;
  if (flags == 0)
    check(sqlite3_open(filled().c_str(), &db), db);
  else
    check(sqlite3_open_v2(filled().c_str(), &db, flags, nullptr), db);
  return db;
}
constexpr int kNoMutex = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;

void raw_select_1m(benchmark::State& state, int flags) {
  sqlite3* db = open_raw(flags);
  for (auto _ : state) {
    std::vector<Reading> out;
    sqlite3_stmt* st = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT id, label, value, at, ok FROM readings", -1, &st, nullptr),
          db);
    while (sqlite3_step(st) == SQLITE_ROW) out.push_back(read_row(st));
    sqlite3_finalize(st);
    if (out.size() != static_cast<std::size_t>(kRows)) throw std::runtime_error("row count");
    benchmark::DoNotOptimize(out.data());
  }
  sqlite3_close(db);
  state.SetItemsProcessed(state.iterations() * kRows);
}
void BM_RawSelect1M(benchmark::State& state) { raw_select_1m(state, 0); }
BENCHMARK(BM_RawSelect1M)->Unit(benchmark::kMillisecond);
// (info) The same loop on a connection opened as sqlcore opens its own (no connection mutex).
void BM_RawSelect1MNoMutex(benchmark::State& state) { raw_select_1m(state, kNoMutex); }
BENCHMARK(BM_RawSelect1MNoMutex)->Unit(benchmark::kMillisecond);

void BM_SqlcoreSelect1M(benchmark::State& state) {
  Schema s;
  sc::Engine engine = sc::create_engine("sqlite:///" + filled());
  sc::Connection conn = engine.connect();
  sc::Select q = sc::select(s.t);
  for (auto _ : state) {
    std::vector<Reading> out = conn.execute(q).all<Reading>();
    if (out.size() != static_cast<std::size_t>(kRows)) throw std::runtime_error("row count");
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_SqlcoreSelect1M)->Unit(benchmark::kMillisecond);

// W10 (W8 before): one row by primary key, again and again (kLookups), into a struct (the DATETIME
// parsed). The raw side keeps one prepared statement; sqlcore goes through the whole path each
// time: the compiled cache (the statement's shape is looked up, never compiled again), the
// statement cache, binding through the column's type and the typed read.

std::int64_t next_id(std::int64_t& i) { return 1 + (i++ * 7919) % kRows; }

void raw_select_by_id(benchmark::State& state, int flags) {
  sqlite3* db = open_raw(flags);
  sqlite3_stmt* st = nullptr;
  check(sqlite3_prepare_v2(db, "SELECT id, label, value, at, ok FROM readings WHERE id = ?", -1,
                           &st, nullptr),
        db);
  std::int64_t i = 0;
  for (auto _ : state) {
    std::int64_t id = next_id(i);
    sqlite3_bind_int64(st, 1, id);
    std::vector<Reading> out;
    while (sqlite3_step(st) == SQLITE_ROW) out.push_back(read_row(st));
    sqlite3_reset(st);
    if (out.size() != 1 || out[0].id != id) throw std::runtime_error("wrong row");
    benchmark::DoNotOptimize(out.data());
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  state.SetItemsProcessed(state.iterations());
}
void BM_RawSelectById(benchmark::State& state) { raw_select_by_id(state, 0); }
BENCHMARK(BM_RawSelectById)->Iterations(kLookups);
void BM_RawSelectByIdNoMutex(benchmark::State& state) { raw_select_by_id(state, kNoMutex); }
BENCHMARK(BM_RawSelectByIdNoMutex)->Iterations(kLookups);

// The statement built anew for each id, as `select(t).where(t.c("id") == id)` in a loop.
void select_by_id_built(benchmark::State& state, std::size_t compiled_cache_size) {
  Schema s;
  sc::Engine engine =
      sc::create_engine("sqlite:///" + filled(), {.compiled_cache_size = compiled_cache_size});
  sc::Connection conn = engine.connect();
  std::int64_t i = 0;
  for (auto _ : state) {
    std::int64_t id = next_id(i);
    std::vector<Reading> out =
        conn.execute(sc::select(s.t).where(s.t.c("id") == id)).all<Reading>();
    if (out.size() != 1 || out[0].id != id) throw std::runtime_error("wrong row");
    benchmark::DoNotOptimize(out.data());
  }
  if (compiled_cache_size > 0 && engine.compiled_cache_stats().misses != 1)
    throw std::runtime_error("compiled more than once");
  state.SetItemsProcessed(state.iterations());
}
void BM_SqlcoreSelectByIdBuilt(benchmark::State& state) { select_by_id_built(state, 500); }
BENCHMARK(BM_SqlcoreSelectByIdBuilt);
// The same without the compiled cache: what compiling each execution costs.
void BM_SqlcoreSelectByIdBuiltUncached(benchmark::State& state) { select_by_id_built(state, 0); }
BENCHMARK(BM_SqlcoreSelectByIdBuiltUncached);

// One statement with bindparam("id"), executed with the id as a parameter.
void BM_SqlcoreSelectByIdBindparam(benchmark::State& state) {
  Schema s;
  sc::Engine engine = sc::create_engine("sqlite:///" + filled());
  sc::Connection conn = engine.connect();
  sc::Select q = sc::select(s.t).where(s.t.c("id") == sc::bindparam("id"));
  std::int64_t i = 0;
  for (auto _ : state) {
    std::int64_t id = next_id(i);
    std::vector<Reading> out = conn.execute(q, {{"id", id}}).all<Reading>();
    if (out.size() != 1 || out[0].id != id) throw std::runtime_error("wrong row");
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SqlcoreSelectByIdBindparam)->Iterations(kLookups);

// W1 with maps: execute_many(insert, vector<Params>), the maps made outside the timing.
void BM_SqlcoreInsert1MMaps(benchmark::State& state) {
  std::vector<sc::Params> maps;
  maps.reserve(kRows);
  for (const Reading& r : rows())
    maps.push_back(
        {{"id", r.id}, {"label", r.label}, {"value", r.value}, {"at", r.at}, {"ok", r.ok}});
  time_sqlcore_insert(state, "sqlcore_bench_expr_maps.db", [&](sc::Connection& conn, Schema& s) {
    conn.execute_many(s.t.insert(), maps);
  });
}
BENCHMARK(BM_SqlcoreInsert1MMaps)->Unit(benchmark::kMillisecond)->Iterations(1);

// W2 memory: the peak resident set of a process that selects the 1,000,000 rows into a
// vector of structs, raw and through sqlcore, each in a fresh process (this program run
// again with SQLCORE_BENCH_RSS=raw|sqlcore), read by wait4().
// The child's own high-water mark, read after its exec (VmHWM of /proc/self/status): what
// wait4's ru_maxrss would report counts the parent's pages the child shared before exec.
long own_peak_kb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  return -1;
}

int rss_child(const std::string& side) {
  std::vector<Reading> out;
  if (side == "raw") {
    sqlite3* db = nullptr;
    sqlite3_open(read_db_path().c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, label, value, at, ok FROM readings", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) out.push_back(read_row(st));
    sqlite3_finalize(st);
    sqlite3_close(db);
  } else {
    Schema s;
    sc::Engine engine = sc::create_engine("sqlite:///" + read_db_path());
    sc::Connection conn = engine.connect();
    out = conn.execute(sc::select(s.t)).all<Reading>();
  }
  if (out.size() != static_cast<std::size_t>(kRows)) return 1;
  std::printf("%ld\n", own_peak_kb());
  return 0;
}

std::string g_self;  // this program's path, run again for the RSS children

double peak_rss_mb(const char* side) {
  std::string cmd = std::string("SQLCORE_BENCH_RSS=") + side + " '" + g_self + "'";
  FILE* p = ::popen(cmd.c_str(), "r");
  if (p == nullptr) throw std::runtime_error("popen failed");
  long kb = -1;
  if (std::fscanf(p, "%ld", &kb) != 1) kb = -1;
  if (::pclose(p) != 0 || kb <= 0) throw std::runtime_error("rss child failed");
  return static_cast<double>(kb) / 1024.0;
}

void BM_PeakRssSelect1M(benchmark::State& state) {
  filled();
  double raw = 0, sqlcore = 0;
  for (auto _ : state) {
    raw = peak_rss_mb("raw");
    sqlcore = peak_rss_mb("sqlcore");
  }
  state.counters["raw_MB"] = raw;
  state.counters["sqlcore_MB"] = sqlcore;
  state.counters["ratio"] = sqlcore / raw;
}
BENCHMARK(BM_PeakRssSelect1M)->Unit(benchmark::kMillisecond)->Iterations(1);

// ---- W9: one conn.execute(insert, params) per row -------------------------------------------
// 100,000 rows in one transaction, each its own execute with a Params map built for it (a
// program that inserts as events arrive, no executemany), against one prepared INSERT rebound
// and stepped per row.
constexpr std::int64_t kEventRows = 100'000;

void raw_insert_events(sqlite3* db) {
  check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db);
  sqlite3_stmt* st = nullptr;
  check(sqlite3_prepare_v2(db,
                           "INSERT INTO readings (id, label, value, at, ok) VALUES (?, ?, ?, ?, ?)",
                           -1, &st, nullptr),
        db);
  const auto& all = rows();
  for (std::int64_t i = 0; i < kEventRows; ++i) {
    const Reading& r = all[static_cast<std::size_t>(i)];
    sqlite3_bind_int64(st, 1, r.id);
    sqlite3_bind_text(st, 2, r.label.data(), static_cast<int>(r.label.size()), SQLITE_STATIC);
    sqlite3_bind_double(st, 3, r.value);
    std::string at = sc::detail::format_datetime(r.at);
    sqlite3_bind_text(st, 4, at.data(), static_cast<int>(at.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 5, r.ok ? 1 : 0);
    check(sqlite3_step(st), db);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
}

void BM_RawInsertEvents100k(benchmark::State& state) {
  time_raw_insert(state, "sqlcore_bench_expr_rawev.db", raw_insert_events);
  state.SetItemsProcessed(state.iterations() * kEventRows);
}
BENCHMARK(BM_RawInsertEvents100k)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SqlcoreInsertEvents100k(benchmark::State& state) {
  time_sqlcore_insert(state, "sqlcore_bench_expr_scev.db", [](sc::Connection& conn, Schema& s) {
    const sc::Insert ins = s.t.insert();
    const auto& all = rows();
    for (std::int64_t i = 0; i < kEventRows; ++i) {
      const Reading& r = all[static_cast<std::size_t>(i)];
      conn.execute(
          ins, {{"id", r.id}, {"label", r.label}, {"value", r.value}, {"at", r.at}, {"ok", r.ok}});
    }
  });
  state.SetItemsProcessed(state.iterations() * kEventRows);
}
BENCHMARK(BM_SqlcoreInsertEvents100k)->Unit(benchmark::kMillisecond)->Iterations(3);

// ---- the C++ peers, written as their documentation writes them --------------------------------
// The same rows, files and settings as the raw and sqlcore variants above, in this process (so
// Google Benchmark's random interleaving alternates them); DATETIME text is parsed and formatted
// with the same function as the raw side's, so every column only measures the layer.

#ifdef SQLCORE_BENCH_SQLITECPP
// SQLiteCpp: one SQLite::Statement prepared once, bind / exec / reset per row; reads with
// executeStep() and getColumn().
void BM_SQLiteCppInsert1M(benchmark::State& state) {
  rows();
  for (auto _ : state) {
    state.PauseTiming();
    std::string path = fresh("sqlcore_bench_expr_sqlitecpp.db");
    auto db =
        std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db->exec("PRAGMA synchronous=OFF");
    db->exec(kCreate);
    state.ResumeTiming();
    {
      SQLite::Transaction tx(*db);
      SQLite::Statement ins(
          *db, "INSERT INTO readings (id, label, value, at, ok) VALUES (?, ?, ?, ?, ?)");
      for (const Reading& r : rows()) {
        ins.bind(1, r.id);
        ins.bindNoCopy(2, r.label);
        ins.bind(3, r.value);
        ins.bind(4, sc::detail::format_datetime(r.at));
        ins.bind(5, r.ok ? 1 : 0);
        ins.exec();
        ins.reset();
      }
      tx.commit();
    }
    state.PauseTiming();
    db.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_SQLiteCppInsert1M)->Unit(benchmark::kMillisecond)->Iterations(1);

Reading sqlitecpp_row(SQLite::Statement& q) {
  Reading r;
  r.id = q.getColumn(0).getInt64();
  r.label = q.getColumn(1).getString();
  r.value = q.getColumn(2).getDouble();
  SQLite::Column at = q.getColumn(3);
  auto t = sc::detail::parse_datetime(
      std::string_view(at.getText(), static_cast<std::size_t>(at.getBytes())));
  if (!t) throw std::runtime_error("bad datetime");
  r.at = *t;
  r.ok = q.getColumn(4).getInt() != 0;
  return r;
}

void BM_SQLiteCppSelect1M(benchmark::State& state) {
  SQLite::Database db(filled(), SQLite::OPEN_READONLY);
  for (auto _ : state) {
    std::vector<Reading> out;
    SQLite::Statement q(db, "SELECT id, label, value, at, ok FROM readings");
    while (q.executeStep()) out.push_back(sqlitecpp_row(q));
    if (out.size() != static_cast<std::size_t>(kRows)) throw std::runtime_error("row count");
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_SQLiteCppSelect1M)->Unit(benchmark::kMillisecond);

void BM_SQLiteCppSelectById(benchmark::State& state) {
  SQLite::Database db(filled(), SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT id, label, value, at, ok FROM readings WHERE id = ?");
  std::int64_t i = 0;
  for (auto _ : state) {
    std::int64_t id = next_id(i);
    q.bind(1, id);
    std::vector<Reading> out;
    while (q.executeStep()) out.push_back(sqlitecpp_row(q));
    q.reset();
    if (out.size() != 1 || out[0].id != id) throw std::runtime_error("wrong row");
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SQLiteCppSelectById)->Iterations(kLookups);
#endif

#ifdef SQLCORE_BENCH_SOCI
// SOCI: bulk operations, as its documentation advises for many rows: use(vector) for the insert
// and into(vector) for the select, 1,000 rows per execute / fetch; the lookup is one prepared
// statement with use() and into(), executed per id.
constexpr std::size_t kSociBulk = 1000;

void BM_SOCIInsert1M(benchmark::State& state) {
  rows();
  for (auto _ : state) {
    state.PauseTiming();
    std::string path = fresh("sqlcore_bench_expr_soci.db");
    auto sql = std::make_unique<soci::session>("sqlite3", "db=" + path);
    *sql << "PRAGMA synchronous=OFF";
    *sql << kCreate;
    state.ResumeTiming();
    {
      soci::transaction tx(*sql);
      std::vector<long long> id(kSociBulk);
      std::vector<std::string> label(kSociBulk), at(kSociBulk);
      std::vector<double> value(kSociBulk);
      std::vector<int> ok(kSociBulk);
      soci::statement ins =
          (sql->prepare << "INSERT INTO readings (id, label, value, at, ok) "
                           "VALUES (:id, :label, :value, :at, :ok)",
           soci::use(id), soci::use(label), soci::use(value), soci::use(at), soci::use(ok));
      const auto& all = rows();
      for (std::size_t start = 0; start < all.size(); start += kSociBulk) {
        for (std::size_t k = 0; k < kSociBulk; ++k) {
          const Reading& r = all[start + k];
          id[k] = r.id;
          label[k] = r.label;
          value[k] = r.value;
          at[k] = sc::detail::format_datetime(r.at);
          ok[k] = r.ok ? 1 : 0;
        }
        ins.execute(true);
      }
      tx.commit();
    }
    state.PauseTiming();
    sql.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_SOCIInsert1M)->Unit(benchmark::kMillisecond)->Iterations(1);

Reading soci_row(long long id, std::string&& label, double value, const std::string& at, int ok) {
  auto t = sc::detail::parse_datetime(at);
  if (!t) throw std::runtime_error("bad datetime");
  return Reading{id, std::move(label), value, *t, ok != 0};
}

void BM_SOCISelect1M(benchmark::State& state) {
  soci::session sql("sqlite3", "db=" + filled());
  for (auto _ : state) {
    std::vector<Reading> out;
    std::vector<long long> id(kSociBulk);
    std::vector<std::string> label(kSociBulk), at(kSociBulk);
    std::vector<double> value(kSociBulk);
    std::vector<int> ok(kSociBulk);
    soci::statement q =
        (sql.prepare << "SELECT id, label, value, at, ok FROM readings", soci::into(id),
         soci::into(label), soci::into(value), soci::into(at), soci::into(ok));
    q.execute();
    while (q.fetch()) {
      for (std::size_t k = 0; k < id.size(); ++k)
        out.push_back(soci_row(id[k], std::move(label[k]), value[k], at[k], ok[k]));
      id.resize(kSociBulk);
      label.resize(kSociBulk);
      value.resize(kSociBulk);
      at.resize(kSociBulk);
      ok.resize(kSociBulk);
    }
    if (out.size() != static_cast<std::size_t>(kRows)) throw std::runtime_error("row count");
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_SOCISelect1M)->Unit(benchmark::kMillisecond);

void BM_SOCISelectById(benchmark::State& state) {
  soci::session sql("sqlite3", "db=" + filled());
  long long id = 0, got = 0;
  std::string label, at;
  double value = 0;
  int ok = 0;
  soci::statement q =
      (sql.prepare << "SELECT id, label, value, at, ok FROM readings WHERE id = :id", soci::use(id),
       soci::into(got), soci::into(label), soci::into(value), soci::into(at), soci::into(ok));
  std::int64_t i = 0;
  for (auto _ : state) {
    id = next_id(i);
    std::vector<Reading> out;
    q.execute();
    while (q.fetch()) out.push_back(soci_row(got, std::move(label), value, at, ok));
    if (out.size() != 1 || out[0].id != id) throw std::runtime_error("wrong row");
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SOCISelectById)->Iterations(kLookups);
#endif

}  // namespace

int main(int argc, char** argv) {
  if (const char* side = std::getenv("SQLCORE_BENCH_RSS")) return rss_child(side);
  g_self = std::filesystem::read_symlink("/proc/self/exe").string();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
