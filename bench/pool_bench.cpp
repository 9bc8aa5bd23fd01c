// Pools: QueuePool checkout+checkin against opening a new sqlite3 connection, and read
// throughput of the WAL pool against QueuePool while a writer commits.
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <sqlite3.h>

#include <atomic>
#include <filesystem>
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
      for (int i = 0; !done; ++i) {
        sc::Transaction tx = w.begin(sc::BeginMode::immediate);
        w.execute(sc::text("UPDATE kv SET v = :v WHERE k = :k"),
                  {{"v", std::to_string(i)}, {"k", i % 1000}});
        tx.commit();
        // A breath between commits: with a rollback journal a writer that commits back to
        // back can starve a reader's SHARED lock past busy_timeout (SQLite's busy handler
        // sleeps and retries, it does not queue), which made this benchmark abort now and
        // then. Both pools get the same pause, so the comparison stays fair.
        std::this_thread::sleep_for(std::chrono::microseconds(200));
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
