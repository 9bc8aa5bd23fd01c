// Tests for the pools (src/pool/): threading models, seed cases of SQLAlchemy's sqlite docs,
// the WAL reader/writer pool, events, dispose. Run under the tsan preset too.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

#include "driver/raw_connection.hpp"
#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using namespace std::chrono_literals;

namespace {

// Durability is not what these tests are about: skip fsync to keep them fast.
void fast(sc::Engine& engine) {
  engine.on_connect([](sc::RawConnection& raw) { raw.exec("PRAGMA synchronous = OFF"); });
}

std::int64_t count(sc::Connection& conn, const char* table) {
  return *conn.execute(sc::text(std::string("SELECT count(*) FROM ") + table))
              .scalar<std::int64_t>();
}

template <class Fn>
void run_threads(int n, Fn fn) {
  std::vector<std::thread> threads;
  for (int t = 0; t < n; ++t) threads.emplace_back(fn, t);
  for (auto& th : threads) th.join();
}

}  // namespace

class PoolStress : public ::testing::TestWithParam<sc::PoolKind> {};

// 8 threads x 2,000 checkouts, reads and writes, on every pool kind; then dispose() closes
// every raw connection.
TEST_P(PoolStress, EightThreadsTwoThousandCheckoutsEach) {
  const long before = sc::detail::live_raw_connections();
  {
    sc::testing::TempDir dir;
    sc::PoolKind kind = GetParam();
    bool memory = kind == sc::PoolKind::static_;
    sc::Engine engine = sc::create_engine(memory ? "sqlite://" : dir.url("stress.db"),
                                          {.pool = kind, .pool_size = 4, .max_overflow = 4});
    fast(engine);
    {
      sc::Connection conn = engine.connect();
      conn.execute(sc::text("CREATE TABLE IF NOT EXISTS hits (thread INTEGER, n INTEGER)"));
    }
    std::atomic<int> errors{0};
    run_threads(8, [&](int t) {
      for (int i = 0; i < 2000; ++i) {
        try {
          bool write = i % 20 == 0;
          sc::Connection conn = write ? engine.connect() : engine.connect_readonly();
          if (write) {
            sc::Transaction tx = conn.begin(sc::BeginMode::immediate);
            conn.execute(sc::text("INSERT INTO hits (thread, n) VALUES (:t, :n)"),
                         {{"t", t}, {"n", i}});
            tx.commit();
          } else {
            (void)count(conn, "hits");
          }
        } catch (const std::exception& e) {
          ADD_FAILURE() << "thread " << t << ": " << e.what();
          ++errors;
          return;
        }
      }
    });
    EXPECT_EQ(errors.load(), 0);
    sc::Connection conn = engine.connect();
    EXPECT_EQ(count(conn, "hits"), 8 * 100);
    conn.close();
    engine.dispose();
    EXPECT_EQ(sc::detail::live_raw_connections(), before) << engine.pool().status();
  }
  EXPECT_EQ(sc::detail::live_raw_connections(), before);
}

INSTANTIATE_TEST_SUITE_P(Kinds, PoolStress,
                         ::testing::Values(sc::PoolKind::null, sc::PoolKind::singleton_thread,
                                           sc::PoolKind::static_, sc::PoolKind::queue,
                                           sc::PoolKind::wal),
                         [](const auto& info) {
                           switch (info.param) {
                             case sc::PoolKind::null:
                               return std::string("Null");
                             case sc::PoolKind::singleton_thread:
                               return std::string("SingletonThread");
                             case sc::PoolKind::static_:
                               return std::string("Static");
                             case sc::PoolKind::queue:
                               return std::string("Queue");
                             default:
                               return std::string("WAL");
                           }
                         });

TEST(QueuePool, ConcurrentWritersWithBeginImmediateLoseNoRow) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(
      dir.url("writers.db"), {.begin_mode = sc::BeginMode::immediate, .busy_timeout = 10000ms});
  fast(engine);
  {
    sc::Connection conn = engine.connect();
    conn.execute(sc::text("CREATE TABLE t (id INTEGER PRIMARY KEY, thread INTEGER, n INTEGER)"));
  }
  run_threads(4, [&](int t) {
    sc::Connection conn = engine.connect();
    for (int i = 0; i < 1000; ++i) {
      try {
        sc::Transaction tx =
            conn.begin();  // BEGIN IMMEDIATE: waits for the lock, never BUSY mid-way
        conn.execute(sc::text("INSERT INTO t (thread, n) VALUES (:t, :n)"), {{"t", t}, {"n", i}});
        tx.commit();
      } catch (const sc::Error& e) {
        ADD_FAILURE() << e.what();
        return;
      }
    }
  });
  sc::Connection conn = engine.connect();
  EXPECT_EQ(count(conn, "t"), 4000);
  EXPECT_EQ(
      conn.execute(sc::text("SELECT count(DISTINCT thread || '-' || n) FROM t")).scalar<int>(),
      4000);
}

TEST(WALPool, ReadersNeverWaitForTheWriterAndSeeOneSnapshot) {
  sc::testing::TempDir dir;
  // Readers fail at once if they ever have to wait for a lock (busy_timeout 0).
  sc::Engine engine = sc::create_engine(
      dir.url("wal.db"), {.busy_timeout = 0ms, .pool = sc::PoolKind::wal, .pool_size = 4});
  {
    sc::Connection w = engine.connect();
    EXPECT_EQ(w.execute(sc::text("PRAGMA journal_mode")).scalar<std::string>(), "wal");
    w.execute(sc::text("CREATE TABLE ledger (id INTEGER PRIMARY KEY, v INTEGER)"));
  }
  // The writer keeps an uncommitted write open: a reader reads at once, without its rows.
  {
    sc::Connection w = engine.connect();
    sc::Transaction tx = w.begin(sc::BeginMode::immediate);
    w.execute(sc::text("INSERT INTO ledger (v) VALUES (5), (-5)"));
    sc::Connection r = engine.connect_readonly();
    EXPECT_EQ(count(r, "ledger"), 0);
    EXPECT_THROW(r.execute(sc::text("INSERT INTO ledger (v) VALUES (1)")),
                 sc::OperationalError);  // read-only
    tx.commit();
    EXPECT_EQ(count(r, "ledger"), 2);
  }
  std::atomic<bool> writing{true};
  std::atomic<int> reads{0};
  std::thread writer([&] {
    sc::Connection w = engine.connect();
    // Only the readers are held to busy_timeout 0. The writer may meet a short SQLITE_BUSY at
    // BEGIN IMMEDIATE: a reader that reads the wal-index header while a commit rewrites it
    // takes the WAL write lock for an instant to read it again (wal.c, walIndexReadHdr).
    w.exec_driver_sql("PRAGMA busy_timeout = 5000");
    for (int i = 1; i <= 300; ++i) {
      sc::Transaction tx = w.begin(sc::BeginMode::immediate);
      // Each commit keeps the sum at zero and adds two rows.
      w.execute(sc::text("INSERT INTO ledger (v) VALUES (:v), (-:v)"), {{"v", i}});
      tx.commit();
    }
    writing = false;
  });
  run_threads(4, [&](int) {
    int local = 0;
    while (writing || local < 20) {
      sc::Connection r = engine.connect_readonly();
      sc::Transaction snapshot = r.begin();  // one read transaction: one snapshot
      std::int64_t n1 = count(r, "ledger");
      std::int64_t sum =
          *r.execute(sc::text("SELECT coalesce(sum(v), 0) FROM ledger")).scalar<std::int64_t>();
      std::int64_t n2 = count(r, "ledger");
      EXPECT_EQ(n1, n2);  // the writer's commits in between are not seen
      EXPECT_EQ(sum, 0);  // never half a commit
      EXPECT_EQ(n1 % 2, 0);
      snapshot.commit();
      ++local;
    }
    reads += local;
  });
  writer.join();
  EXPECT_GE(reads.load(), 80);
  sc::Connection r = engine.connect_readonly();
  EXPECT_EQ(count(r, "ledger"), 602);
}

TEST(WALPool, OneWriterAtATimeAndBoundedReaders) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(
      dir.url("w.db"), {.pool = sc::PoolKind::wal, .pool_size = 2, .pool_timeout = 50ms});
  sc::Connection w = engine.connect();
  sc::Connection again =
      engine.connect();  // the same thread shares the writer, never waits for itself
  EXPECT_EQ(w.native_handle(), again.native_handle());
  std::thread other([&] {
    EXPECT_THROW_MSG(engine.connect(), sc::TimeoutError,
                     "the writer stayed checked out by another thread");
  });
  other.join();
  sc::Connection r1 = engine.connect_readonly();
  sc::Connection r2 = engine.connect_readonly();
  EXPECT_NE(r1.native_handle(), r2.native_handle());
  EXPECT_NE(r1.native_handle(), w.native_handle());
  EXPECT_THROW_MSG(engine.connect_readonly(), sc::TimeoutError, "all 2 readers (pool_size)");
  EXPECT_NE(engine.pool().status().find("readers 2 (2 checked out)"), std::string::npos)
      << engine.pool().status();
  r1.close();
  sc::Connection r3 = engine.connect_readonly();  // reused
  EXPECT_TRUE(r3.readonly());
}

TEST(StaticPool, OneMemoryDatabaseForAllThreads) {
  sc::Engine engine = sc::create_engine("sqlite://", {.pool = sc::PoolKind::static_});
  {
    sc::Connection conn = engine.connect();
    conn.execute(sc::text("CREATE TABLE t (thread INTEGER)"));
  }
  run_threads(8, [&](int t) {
    for (int i = 0; i < 50; ++i) {
      sc::Connection conn = engine.connect();  // takes turns with the other threads
      conn.execute(sc::text("INSERT INTO t VALUES (:t)"), {{"t", t}});
    }
  });
  sc::Connection conn = engine.connect();
  EXPECT_EQ(count(conn, "t"), 400);
}

class TempTables : public ::testing::TestWithParam<sc::PoolKind> {};

// SQLAlchemy's sqlite docs: with SingletonThreadPool and StaticPool a temporary table lives on
// across checkouts, commits and rollbacks.
TEST_P(TempTables, SurviveCommitAndRollbackAcrossCheckouts) {
  sc::Engine engine = sc::create_engine("sqlite://", {.pool = GetParam()});
  {
    sc::Connection conn = engine.connect();
    sc::Transaction tx = conn.begin();
    conn.execute(sc::text("CREATE TEMP TABLE scratch (x INTEGER)"));
    conn.execute(sc::text("INSERT INTO scratch VALUES (1)"));
    tx.commit();
  }
  {
    sc::Connection conn = engine.connect();
    sc::Transaction tx = conn.begin();
    conn.execute(sc::text("INSERT INTO scratch VALUES (2)"));
    tx.rollback();
  }
  sc::Connection conn = engine.connect();
  EXPECT_EQ(count(conn, "temp.scratch"), 1);
}

INSTANTIATE_TEST_SUITE_P(Pools, TempTables,
                         ::testing::Values(sc::PoolKind::singleton_thread, sc::PoolKind::static_));

TEST(SingletonThreadPool, ClosesAThreadsConnectionWhenTheThreadEnds) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("s.db"), {.pool = sc::PoolKind::singleton_thread});
  const long before = sc::detail::live_raw_connections();
  std::thread t([&] {
    sc::Connection a = engine.connect();
    sc::Connection b = engine.connect();  // the same connection for the same thread
    EXPECT_EQ(a.native_handle(), b.native_handle());
    EXPECT_EQ(sc::detail::live_raw_connections(), before + 1);
  });
  t.join();
  EXPECT_EQ(sc::detail::live_raw_connections(), before);  // closed as the thread ended
  EXPECT_NE(engine.pool().status().find("0 connections"), std::string::npos)
      << engine.pool().status();
}

TEST(SingletonThreadPool, KeepsAtMostPoolSizeIdleConnections) {
  sc::testing::TempDir dir;
  sc::Engine engine =
      sc::create_engine(dir.url("s.db"), {.pool = sc::PoolKind::singleton_thread, .pool_size = 2});
  std::atomic<int> ready{0};
  std::atomic<bool> go{false};
  // Three threads stay alive holding idle slots; the third one to connect evicts the oldest.
  std::vector<std::thread> threads;
  for (int i = 0; i < 3; ++i) {
    threads.emplace_back([&] {
      { sc::Connection c = engine.connect(); }
      ++ready;
      while (!go) std::this_thread::sleep_for(1ms);
    });
    while (ready <= i) std::this_thread::sleep_for(1ms);
  }
  EXPECT_NE(engine.pool().status().find("2 connections"), std::string::npos)
      << engine.pool().status();
  go = true;
  for (auto& t : threads) t.join();
}

TEST(Pool, EventsRunOncePerConnectionAndPerCheckout) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("e.db"), {.pool = sc::PoolKind::queue});
  int connects = 0, checkouts = 0, checkins = 0;
  engine.on_connect([&](sc::RawConnection&) { ++connects; });
  engine.on_checkout([&](sc::RawConnection& raw) {
    ++checkouts;
    EXPECT_FALSE(raw.in_transaction());
  });
  engine.on_checkin([&](sc::RawConnection& raw) {
    ++checkins;
    EXPECT_FALSE(raw.in_transaction());  // reset before it goes back
  });
  for (int i = 0; i < 5; ++i) {
    sc::Connection conn = engine.connect();
    sc::Transaction tx = conn.begin();
    conn.execute(sc::text("SELECT 1"));
  }  // left open: rolled back at checkin
  EXPECT_EQ(connects, 1);
  EXPECT_EQ(checkouts, 5);
  EXPECT_EQ(checkins, 5);
}

TEST(QueuePool, RecycleAndPrePingReplaceConnections) {
  sc::testing::TempDir dir;
  int connects = 0;
  sc::Engine recycled =
      sc::create_engine(dir.url("r.db"), {.pool_recycle = std::chrono::seconds(0)});
  recycled.on_connect([&](sc::RawConnection&) { ++connects; });
  for (int i = 0; i < 3; ++i) {
    sc::Connection c = recycled.connect();
    std::this_thread::sleep_for(2ms);
  }
  EXPECT_EQ(connects, 3);  // every checkout found its connection too old
  sc::Engine pinged = sc::create_engine(dir.url("r.db"), {.pool_pre_ping = true});
  { sc::Connection c = pinged.connect(); }
  sc::Connection c = pinged.connect();
  EXPECT_EQ(c.execute(sc::text("SELECT 1")).scalar<int>(), 1);
}

TEST(QueuePool, DisposeClosesIdleNowAndLentAtCheckin) {
  sc::testing::TempDir dir;
  const long before = sc::detail::live_raw_connections();
  sc::Engine engine = sc::create_engine(dir.url("d.db"));
  sc::Connection lent = engine.connect();
  { sc::Connection idle = engine.connect(); }
  EXPECT_EQ(sc::detail::live_raw_connections(), before + 2);
  engine.dispose();
  EXPECT_EQ(sc::detail::live_raw_connections(), before + 1);
  lent.close();
  EXPECT_EQ(sc::detail::live_raw_connections(), before);
  sc::Connection fresh = engine.connect();  // the engine keeps working after dispose
  EXPECT_EQ(fresh.execute(sc::text("SELECT 2")).scalar<int>(), 2);
}

namespace {
// A pool of the application's own: one connection, counting its checkouts.
class CountingPool final : public sc::Pool {
 public:
  explicit CountingPool(sc::ConnectionCreator creator) : raw_(creator()) {}
  sc::RawConnection& checkout() override {
    ++checkouts;
    return *raw_;
  }
  void checkin(sc::RawConnection&) noexcept override {}
  std::string status() const override { return "CountingPool: " + std::to_string(checkouts); }
  void dispose() noexcept override {}
  sc::PoolKind kind() const noexcept override { return sc::PoolKind::static_; }
  int checkouts = 0;

 private:
  std::unique_ptr<sc::RawConnection> raw_;
};
}  // namespace

TEST(Pool, APoolGivenAsAnObject) {
  sc::Engine engine = sc::create_engine("sqlite://", {.pool_factory = [](sc::ConnectionCreator c) {
                                          return std::make_unique<CountingPool>(std::move(c));
                                        }});
  {
    sc::Connection a = engine.connect();
    a.execute(sc::text("CREATE TABLE t (x)"));
  }
  {
    sc::Connection b = engine.connect();
    EXPECT_EQ(count(b, "t"), 0);
  }
  EXPECT_EQ(engine.pool().status(), "CountingPool: 2");
  EXPECT_EQ(engine.pool().kind(), sc::PoolKind::static_);
}
