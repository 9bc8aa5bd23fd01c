// Pools: QueuePool checkout+checkin against opening a new sqlite3 connection, and (W12) read
// throughput of the WAL pool against QueuePool and against raw connections, one per thread,
// while a writer commits.
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <sqlcore/sqlcore.hpp>

namespace sc = sqlcore;

namespace {

std::string temp_db(const char* name) {
  auto p = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove(p);
  std::filesystem::remove(p.string() + "-wal");
  std::filesystem::remove(p.string() + "-shm");
  return p.string();
}

void BM_QueuePoolCheckoutCheckin(benchmark::State& state) {
  sc::Engine engine = sc::create_engine("sqlite:///" + temp_db("sqlcore_bench_pool.db"));
  { sc::Connection warm = engine.connect(); }
  for (auto _ : state) {
    sc::Connection conn = engine.connect();
    benchmark::DoNotOptimize(conn.native_handle());
  }
}
BENCHMARK(BM_QueuePoolCheckoutCheckin);

void BM_RawOpenClose(benchmark::State& state) {
  std::string path = temp_db("sqlcore_bench_open.db");
  {
    sqlite3* db;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  for (auto _ : state) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    sqlite3_close(db);
  }
}
BENCHMARK(BM_RawOpenClose);

constexpr auto kCommitEvery = std::chrono::milliseconds(1);
constexpr auto kBreath = std::chrono::microseconds(200);

// 4 reader threads do point reads while one writer commits a row at a time: 2,000 reads each
// through the WAL pool; 10 each through QueuePool, whose readers wait out every commit
// (rollback journal), so that the run stays short. Compare reads per second.
void read_while_writing(benchmark::State& state, sc::PoolKind kind) {
  const int per_thread = kind == sc::PoolKind::wal ? 2000 : 10;
  std::string path =
      temp_db(kind == sc::PoolKind::wal ? "sqlcore_bench_wal.db" : "sqlcore_bench_q.db");
  sc::Engine engine = sc::create_engine(
      "sqlite:///" + path,
      {.busy_timeout = std::chrono::milliseconds(10000), .pool = kind, .pool_size = 4});
  engine.on_connect([](sc::RawConnection& raw) { raw.exec("PRAGMA synchronous = NORMAL"); });
  {
    sc::Connection c = engine.connect();
    c.execute(sc::text("CREATE TABLE kv (k INTEGER PRIMARY KEY, v TEXT)"));
    sc::Transaction tx = c.begin();
    for (int i = 0; i < 1000; ++i)
      c.execute(sc::text("INSERT INTO kv VALUES (:k, 'x')"), {{"k", i}});
    tx.commit();
  }
  std::int64_t reads = 0;
  for (auto _ : state) {
    std::atomic<bool> done{false};
    std::thread writer([&] {
      sc::Connection w = engine.connect();
      auto next = std::chrono::steady_clock::now();
      for (int i = 0; !done; ++i) {
        sc::Transaction tx = w.begin(sc::BeginMode::immediate);
        w.execute(sc::text("UPDATE kv SET v = :v WHERE k = :k"),
                  {{"v", std::to_string(i)}, {"k", i % 1000}});
        tx.commit();
        // One commit per millisecond at most (kCommitEvery), and at least kBreath between two:
        // with a rollback journal a writer that commits back to back can starve a reader's
        // SHARED lock past busy_timeout (SQLite's busy handler sleeps and retries, it does
        // not queue), which made this benchmark abort now and then (a slow commit on a loaded
        // machine must not make the next ones back to back); and a fixed pace gives the
        // readers of every variant the same number of commits to see (each one invalidates
        // their page cache), however fast the writer's own path is.
        next = std::max(next + kCommitEvery, std::chrono::steady_clock::now() + kBreath);
        std::this_thread::sleep_until(next);
      }
    });
    auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> readers;
    for (int t = 0; t < 4; ++t) {
      readers.emplace_back([&, t] {
        for (int i = 0; i < per_thread; ++i) {
          sc::Connection r = engine.connect_readonly();
          auto v = r.execute(sc::text("SELECT v FROM kv WHERE k = :k"), {{"k", (i * 7 + t) % 1000}})
                       .scalar<std::string>();
          benchmark::DoNotOptimize(v);
        }
      });
    }
    for (auto& r : readers) r.join();
    auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    done = true;
    writer.join();
    state.SetIterationTime(elapsed);
    reads += 4 * per_thread;
  }
  state.SetItemsProcessed(reads);
}

void BM_ReadsWhileWriting_WALPool(benchmark::State& state) {
  read_while_writing(state, sc::PoolKind::wal);
}
void BM_ReadsWhileWriting_QueuePool(benchmark::State& state) {
  read_while_writing(state, sc::PoolKind::queue);
}
// W12's baseline: the same 4 readers and writer on raw sqlite3 connections, one per thread
// (journal_mode=WAL, synchronous=NORMAL, each reader's SELECT prepared once and rebound).
void exec(sqlite3* db, const char* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
    throw std::runtime_error(sqlite3_errmsg(db));
}

void BM_ReadsWhileWriting_RawPerThread(benchmark::State& state) {
  const int per_thread = 2000;
  std::string path = temp_db("sqlcore_bench_rawwal.db");
  auto open = [&] {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_busy_timeout(db, 10000);
    exec(db, "PRAGMA synchronous = NORMAL");
    return db;
  };
  {
    sqlite3* db = open();
    exec(db, "PRAGMA journal_mode = WAL");
    exec(db, "CREATE TABLE kv (k INTEGER PRIMARY KEY, v TEXT)");
    exec(db, "BEGIN");
    sqlite3_stmt* ins = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO kv VALUES (?, 'x')", -1, &ins, nullptr);
    for (int i = 0; i < 1000; ++i) {
      sqlite3_bind_int(ins, 1, i);
      sqlite3_step(ins);
      sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    exec(db, "COMMIT");
    sqlite3_close(db);
  }
  std::int64_t reads = 0;
  for (auto _ : state) {
    std::atomic<bool> done{false};
    std::thread writer([&] {
      sqlite3* w = open();
      auto next = std::chrono::steady_clock::now();
      sqlite3_stmt* up = nullptr;
      sqlite3_prepare_v2(w, "UPDATE kv SET v = ? WHERE k = ?", -1, &up, nullptr);
      for (int i = 0; !done; ++i) {
        exec(w, "BEGIN IMMEDIATE");
        std::string v = std::to_string(i);
        sqlite3_bind_text(up, 1, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
        sqlite3_bind_int(up, 2, i % 1000);
        sqlite3_step(up);
        sqlite3_reset(up);
        exec(w, "COMMIT");
        // The same pace as read_while_writing's writer.
        next = std::max(next + kCommitEvery, std::chrono::steady_clock::now() + kBreath);
        std::this_thread::sleep_until(next);
      }
      sqlite3_finalize(up);
      sqlite3_close(w);
    });
    auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> readers;
    for (int t = 0; t < 4; ++t) {
      readers.emplace_back([&, t] {
        sqlite3* r = open();
        sqlite3_stmt* q = nullptr;
        sqlite3_prepare_v2(r, "SELECT v FROM kv WHERE k = ?", -1, &q, nullptr);
        for (int i = 0; i < per_thread; ++i) {
          sqlite3_bind_int(q, 1, (i * 7 + t) % 1000);
          std::string v;
          if (sqlite3_step(q) == SQLITE_ROW)
            v.assign(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)),
                     static_cast<std::size_t>(sqlite3_column_bytes(q, 0)));
          sqlite3_reset(q);
          benchmark::DoNotOptimize(v);
        }
        sqlite3_finalize(q);
        sqlite3_close(r);
      });
    }
    for (auto& r : readers) r.join();
    auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    done = true;
    writer.join();
    state.SetIterationTime(elapsed);
    reads += 4 * per_thread;
  }
  state.SetItemsProcessed(reads);
}
BENCHMARK(BM_ReadsWhileWriting_RawPerThread)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

BENCHMARK(BM_ReadsWhileWriting_WALPool)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK(BM_ReadsWhileWriting_QueuePool)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
