// W1 (insert 1,000,000 structs) and W2 (select them back into structs) through the installed
// sqlcore package only (public headers, libsqlcore as installed), against the raw SQLite C API
// in the same process on the same file. sqlcore's private DATETIME formatter and parser are
// not reachable from here, so the raw side formats and parses the fixed
// "YYYY-MM-DD HH:MM:SS.ffffff" text by hand, as a program on the C API would.
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <sqlcore/sqlcore.hpp>

namespace sc = sqlcore;

namespace {

constexpr std::int64_t kRows = 1'000'000;

struct Reading {
  std::int64_t id;
  std::string label;
  double value;
  sc::Timestamp at;
  bool ok;
};

const std::vector<Reading>& rows() {
  static const std::vector<Reading> r = [] {
    std::vector<Reading> v;
    v.reserve(kRows);
    sc::Timestamp t0 = std::chrono::time_point_cast<std::chrono::microseconds>(
        std::chrono::sys_days{std::chrono::year{2024} / 1 / 1});
    for (std::int64_t i = 0; i < kRows; ++i)
      v.push_back({i + 1, "sensor-" + std::to_string(i % 1000), static_cast<double>(i) * 0.5,
                   t0 + std::chrono::seconds{i} + std::chrono::microseconds{i % 1000}, i % 3 == 0});
    return v;
  }();
  return r;
}

// "YYYY-MM-DD HH:MM:SS.ffffff", by hand.
void put(char* p, int n, unsigned v) {
  for (int i = n - 1; i >= 0; --i, v /= 10) p[i] = static_cast<char>('0' + v % 10);
}
std::string format_datetime(sc::Timestamp t) {
  auto day = std::chrono::floor<std::chrono::days>(t);
  std::chrono::year_month_day ymd{day};
  std::chrono::hh_mm_ss<std::chrono::microseconds> hms{t - day};
  std::string s(26, ' ');
  put(s.data(), 4, static_cast<unsigned>(static_cast<int>(ymd.year())));
  s[4] = '-';
  put(s.data() + 5, 2, static_cast<unsigned>(ymd.month()));
  s[7] = '-';
  put(s.data() + 8, 2, static_cast<unsigned>(ymd.day()));
  put(s.data() + 11, 2, static_cast<unsigned>(hms.hours().count()));
  s[13] = ':';
  put(s.data() + 14, 2, static_cast<unsigned>(hms.minutes().count()));
  s[16] = ':';
  put(s.data() + 17, 2, static_cast<unsigned>(hms.seconds().count()));
  s[19] = '.';
  put(s.data() + 20, 6, static_cast<unsigned>(hms.subseconds().count()));
  return s;
}
unsigned get(const char* p, int n) {
  unsigned v = 0;
  for (int i = 0; i < n; ++i) {
    if (p[i] < '0' || p[i] > '9') throw std::runtime_error("bad datetime");
    v = v * 10 + static_cast<unsigned>(p[i] - '0');
  }
  return v;
}
sc::Timestamp parse_datetime(const char* p, int n) {
  if (n != 26) throw std::runtime_error("bad datetime");
  std::chrono::year_month_day ymd{std::chrono::year{static_cast<int>(get(p, 4))},
                                  std::chrono::month{get(p + 5, 2)},
                                  std::chrono::day{get(p + 8, 2)}};
  return sc::Timestamp{std::chrono::sys_days{ymd}} + std::chrono::hours{get(p + 11, 2)} +
         std::chrono::minutes{get(p + 14, 2)} + std::chrono::seconds{get(p + 17, 2)} +
         std::chrono::microseconds{get(p + 20, 6)};
}

std::string fresh(const char* name) {
  auto p = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove(p);
  std::filesystem::remove(p.string() + "-journal");
  return p.string();
}

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
    std::string at = format_datetime(r.at);
    sqlite3_bind_text(st, 4, at.data(), static_cast<int>(at.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 5, r.ok ? 1 : 0);
    check(sqlite3_step(st), db);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
}

void BM_InstalledRawInsert1M(benchmark::State& state) {
  rows();
  Schema s;
  for (auto _ : state) {
    state.PauseTiming();
    std::string path = fresh("sqlcore_bench_inst_raw.db");
    {
      sc::Engine e = sc::create_engine("sqlite:///" + path);
      sc::Connection c = e.connect();
      s.m.create_all(c);  // the same DDL on both sides
    }
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
    state.ResumeTiming();
    raw_insert(db);
    state.PauseTiming();
    sqlite3_close(db);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_InstalledRawInsert1M)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_InstalledSqlcoreInsert1M(benchmark::State& state) {
  rows();
  Schema s;
  for (auto _ : state) {
    state.PauseTiming();
    std::string path = fresh("sqlcore_bench_inst_sc.db");
    sc::Engine engine = sc::create_engine("sqlite:///" + path);
    sc::Connection conn = engine.connect();
    conn.exec_driver_sql("PRAGMA synchronous=OFF");
    s.m.create_all(conn);
    state.ResumeTiming();
    {
      sc::Transaction tx = conn.begin();
      conn.execute(s.t.insert(), rows());
      tx.commit();
    }
  }
  state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_InstalledSqlcoreInsert1M)->Unit(benchmark::kMillisecond)->Iterations(1);

// The file both selects read, written once by the raw side through sqlcore's DDL.
const std::string& filled() {
  static const std::string path = [] {
    std::string p = fresh("sqlcore_bench_inst_read.db");
    {
      Schema s;
      sc::Engine e = sc::create_engine("sqlite:///" + p);
      sc::Connection c = e.connect();
      s.m.create_all(c);
    }
    sqlite3* db = nullptr;
    sqlite3_open(p.c_str(), &db);
    sqlite3_exec(db, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
    raw_insert(db);
    sqlite3_close(db);
    return p;
  }();
  return path;
}

void BM_InstalledRawSelect1M(benchmark::State& state) {
  sqlite3* db = nullptr;
  sqlite3_open(filled().c_str(), &db);
  for (auto _ : state) {
    std::vector<Reading> out;
    sqlite3_stmt* st = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT id, label, value, at, ok FROM readings", -1, &st, nullptr),
          db);
    while (sqlite3_step(st) == SQLITE_ROW) {
      Reading r;
      r.id = sqlite3_column_int64(st, 0);
      r.label.assign(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
                     static_cast<std::size_t>(sqlite3_column_bytes(st, 1)));
      r.value = sqlite3_column_double(st, 2);
      r.at = parse_datetime(reinterpret_cast<const char*>(sqlite3_column_text(st, 3)),
                            sqlite3_column_bytes(st, 3));
      r.ok = sqlite3_column_int(st, 4) != 0;
      out.push_back(std::move(r));
    }
    sqlite3_finalize(st);
    if (out.size() != static_cast<std::size_t>(kRows)) throw std::runtime_error("row count");
    benchmark::DoNotOptimize(out.data());
  }
  sqlite3_close(db);
  state.SetItemsProcessed(state.iterations() * kRows);
}
BENCHMARK(BM_InstalledRawSelect1M)->Unit(benchmark::kMillisecond);

void BM_InstalledSqlcoreSelect1M(benchmark::State& state) {
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
BENCHMARK(BM_InstalledSqlcoreSelect1M)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
