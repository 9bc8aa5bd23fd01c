// Tests for run_in_transaction (src/engine/retry.cpp): real lock conflicts between connections
// on database files, in rollback-journal and WAL mode.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <sqlite3.h>

#include <atomic>
#include <latch>
#include <stdexcept>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using namespace std::chrono_literals;

namespace {

// An engine on `file` with a counter table holding 0; synchronous=OFF keeps 2,000 commits fast
// (the locking under test is the same).
sc::Engine counter_engine(const sc::testing::TempDir& dir, sc::JournalMode mode,
                          sc::EngineOptions options = {}) {
  options.pool = sc::PoolKind::queue;
  sc::Engine engine = sc::create_engine(dir.url("counter.db"), options);
  engine.on_connect([](sc::RawConnection& raw) { raw.exec("PRAGMA synchronous = OFF"); });
  sc::Connection conn = engine.connect();
  EXPECT_EQ(conn.pragmas().journal_mode(mode), mode);
  conn.execute(sc::text("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"));
  conn.execute(sc::text("INSERT INTO counter (id, n) VALUES (1, 0)"));
  return engine;
}

std::int64_t counter_value(sc::Engine& engine) {
  sc::Connection conn = engine.connect();
  return *conn.execute(sc::text("SELECT n FROM counter WHERE id = 1")).scalar<std::int64_t>();
}

// Two threads, each adding 1 a thousand times with a read-modify-write (SELECT, then UPDATE):
// exactly what a DEFERRED transaction loses to another writer. Returns the number of retries.
int increment_from_two_threads(sc::Engine& engine, sc::BeginMode mode) {
  std::atomic<int> retries{0};
  sc::RetryPolicy policy{.attempts = 1000,
                         .initial_backoff = 1ms,
                         .max_backoff = 8ms,
                         .begin_mode = mode,
                         .on_retry = [&](int attempt, const sc::Error& why) {
                           EXPECT_GE(attempt, 1);
                           EXPECT_TRUE(sc::is_lock_conflict(why)) << why.what();
                           ++retries;
                         }};
  std::latch start(2);
  auto work = [&] {
    start.arrive_and_wait();
    for (int i = 0; i < 1000; ++i)
      sc::run_in_transaction(
          engine,
          [](sc::Connection& c) {
            std::int64_t n =
                *c.execute(sc::text("SELECT n FROM counter WHERE id = 1")).scalar<std::int64_t>();
            std::this_thread::sleep_for(20us);  // some work between the read and the write
            c.execute(sc::text("UPDATE counter SET n = :n WHERE id = 1"), {{"n", n + 1}});
          },
          policy);
  };
  std::thread a(work), b(work);
  a.join();
  b.join();
  return retries.load();
}

// A connection holding the write lock of `engine`'s database (BEGIN IMMEDIATE) until released.
struct WriteLock {
  sc::Connection conn;
  sc::Transaction tx;
  explicit WriteLock(sc::Engine& engine)
      : conn(engine.connect()), tx(conn.begin(sc::BeginMode::immediate)) {}
};

}  // namespace

TEST(RunInTransaction, DeferredRetriesUntilTwoThreadsCountTo2000InRollbackJournalMode) {
  sc::testing::TempDir dir;
  sc::Engine engine = counter_engine(dir, sc::JournalMode::delete_);
  int retries = increment_from_two_threads(engine, sc::BeginMode::deferred);
  RecordProperty("retries", retries);
  EXPECT_EQ(counter_value(engine), 2000);
  EXPECT_GT(retries, 0) << "no lock conflict happened: the test did not test retrying";
}

TEST(RunInTransaction, DeferredRetriesUntilTwoThreadsCountTo2000InWalMode) {
  sc::testing::TempDir dir;
  sc::Engine engine = counter_engine(dir, sc::JournalMode::wal);
  int retries = increment_from_two_threads(engine, sc::BeginMode::deferred);
  RecordProperty("retries", retries);
  EXPECT_EQ(counter_value(engine), 2000);
  EXPECT_GT(retries, 0) << "no lock conflict happened: the test did not test retrying";
}

TEST(RunInTransaction, ImmediateTwoThreadsCountTo2000) {
  for (sc::JournalMode mode : {sc::JournalMode::delete_, sc::JournalMode::wal}) {
    sc::testing::TempDir dir;
    sc::Engine engine = counter_engine(dir, mode);
    increment_from_two_threads(engine, sc::BeginMode::immediate);
    EXPECT_EQ(counter_value(engine), 2000);
  }
}

TEST(RunInTransaction, DefaultPolicyBeginsImmediate) {
  sc::testing::TempDir dir;
  sc::Engine engine = counter_engine(dir, sc::JournalMode::delete_);
  EXPECT_EQ(sc::RetryPolicy{}.begin_mode, sc::BeginMode::immediate);
  // Inside the work the write lock is held already: another connection cannot take it.
  sc::Engine other = sc::create_engine(dir.url("counter.db"), {.busy_timeout = 0ms});
  sc::run_in_transaction(engine, [&](sc::Connection&) {
    sc::Connection c2 = other.connect();
    EXPECT_THROW(c2.begin(sc::BeginMode::immediate), sc::OperationalError);
  });
}

TEST(RunInTransaction, ReturnsTheValueOfTheWork) {
  sc::testing::TempDir dir;
  sc::Engine engine = counter_engine(dir, sc::JournalMode::delete_);
  int changed = sc::run_in_transaction(engine, [](sc::Connection& c) {
    return static_cast<int>(c.execute(sc::text("UPDATE counter SET n = n + 5")).rowcount());
  });
  EXPECT_EQ(changed, 1);
  std::string text = sc::run_in_transaction(engine, [](sc::Connection& c) {
    return *c.execute(sc::text("SELECT 'n is ' || n FROM counter")).scalar<std::string>();
  });
  EXPECT_EQ(text, "n is 5");
  int kept = 42;
  int& ref = sc::run_in_transaction(engine, [&](sc::Connection&) -> int& { return kept; });
  EXPECT_EQ(&ref, &kept);
  sc::run_in_transaction(engine, [](sc::Connection& c) {  // void
    c.execute(sc::text("UPDATE counter SET n = n + 1"));
  });
  EXPECT_EQ(counter_value(engine), 6);
}

TEST(RunInTransaction, ReturnsTheValueOfTheRunThatCommitted) {
  sc::testing::TempDir dir;
  sc::Engine engine = counter_engine(dir, sc::JournalMode::delete_, {.busy_timeout = 0ms});
  auto lock = std::make_unique<WriteLock>(engine);
  int runs = 0;
  int value = sc::run_in_transaction(
      engine,
      [&](sc::Connection& c) {
        ++runs;
        c.execute(sc::text("UPDATE counter SET n = n + 1"));  // BUSY on the first run
        return runs;
      },
      {.initial_backoff = 0ms,
       .begin_mode = sc::BeginMode::deferred,
       .on_retry = [&](int, const sc::Error&) { lock.reset(); }});
  EXPECT_EQ(runs, 2);
  EXPECT_EQ(value, 2);
  EXPECT_EQ(counter_value(engine), 1);
}

TEST(RunInTransaction, BusyAtBeginImmediateIsRetried) {
  sc::testing::TempDir dir;
  sc::Engine engine = counter_engine(dir, sc::JournalMode::delete_, {.busy_timeout = 0ms});
  auto lock = std::make_unique<WriteLock>(engine);
  int runs = 0;
  std::vector<int> attempts;
  sc::run_in_transaction(
      engine,
      [&](sc::Connection& c) {
        ++runs;
        c.execute(sc::text("UPDATE counter SET n = n + 1"));
      },
      {.initial_backoff = 1ms, .on_retry = [&](int attempt, const sc::Error& why) {
         attempts.push_back(attempt);
         const auto* db = dynamic_cast<const sc::OperationalError*>(&why);
         ASSERT_NE(db, nullptr) << why.what();
         EXPECT_EQ(db->sqlite_primary_code(), SQLITE_BUSY);
         EXPECT_EQ(db->sql(), "BEGIN IMMEDIATE");
         if (attempt == 2) lock.reset();
       }});
  EXPECT_EQ(attempts, (std::vector<int>{1, 2}));
  EXPECT_EQ(runs, 1);  // BEGIN failed twice: the work ran once
  EXPECT_EQ(counter_value(engine), 1);
}

TEST(RunInTransaction, BusyAtCommitRollsBackAndRunsTheWorkAgain) {
  sc::testing::TempDir dir;
  sc::Engine engine = counter_engine(dir, sc::JournalMode::delete_, {.busy_timeout = 0ms});
  // A reader's SHARED lock keeps the COMMIT (which needs EXCLUSIVE in rollback-journal mode)
  // from finishing.
  auto reader = std::make_unique<sc::Connection>(engine.connect());
  auto read_tx = std::make_unique<sc::Transaction>(reader->begin(sc::BeginMode::deferred));
  EXPECT_EQ(*reader->execute(sc::text("SELECT n FROM counter")).scalar<std::int64_t>(), 0);
  int runs = 0;
  std::string failed_sql;
  sc::run_in_transaction(engine,
                         [&](sc::Connection& c) {
                           ++runs;
                           c.execute(sc::text("UPDATE counter SET n = n + 1"));
                         },
                         {.initial_backoff = 0ms, .on_retry = [&](int, const sc::Error& why) {
                            failed_sql = dynamic_cast<const sc::DBAPIError&>(why).sql();
                            read_tx.reset();
                            reader.reset();
                          }});
  EXPECT_EQ(failed_sql, "COMMIT");
  EXPECT_EQ(runs, 2);
  EXPECT_EQ(counter_value(engine), 1);  // the first run's UPDATE was rolled back
}

TEST(RunInTransaction, AttemptsExhaustedRethrowsTheLastError) {
  sc::testing::TempDir dir;
  sc::Engine engine = counter_engine(dir, sc::JournalMode::delete_, {.busy_timeout = 0ms});
  WriteLock lock(engine);
  int runs = 0, retries = 0;
  try {
    sc::run_in_transaction(engine,
                           [&](sc::Connection& c) {
                             ++runs;
                             c.execute(sc::text("UPDATE counter SET n = n + 1"));
                           },
                           {.attempts = 3,
                            .initial_backoff = 1ms,
                            .begin_mode = sc::BeginMode::deferred,
                            .on_retry = [&](int, const sc::Error&) { ++retries; }});
    ADD_FAILURE() << "no error after the attempts ran out";
  } catch (const sc::OperationalError& e) {
    EXPECT_EQ(e.sqlite_primary_code(), SQLITE_BUSY);
    EXPECT_EQ(e.sql(), "UPDATE counter SET n = n + 1");
  }
  EXPECT_EQ(runs, 3);
  EXPECT_EQ(retries, 2);  // before the second and the third run, not after the last
}

TEST(RunInTransaction, OtherExceptionRollsBackAndPropagatesAtOnce) {
  sc::testing::TempDir dir;
  sc::Engine engine = counter_engine(dir, sc::JournalMode::delete_);
  int runs = 0, retries = 0;
  sc::RetryPolicy policy{.on_retry = [&](int, const sc::Error&) { ++retries; }};
  EXPECT_THROW_MSG(sc::run_in_transaction(
                       engine,
                       [&](sc::Connection& c) {
                         ++runs;
                         c.execute(sc::text("UPDATE counter SET n = 100"));
                         throw std::runtime_error("the work gave up");
                       },
                       policy),
                   std::runtime_error, "the work gave up");
  // An error from SQLite that is no lock conflict is not retried either.
  EXPECT_THROW_MSG(sc::run_in_transaction(
                       engine,
                       [&](sc::Connection& c) {
                         ++runs;
                         c.execute(sc::text("UPDATE counter SET n = 100"));
                         c.execute(sc::text("INSERT INTO counter (id, n) VALUES (1, 1)"));
                       },
                       policy),
                   sc::IntegrityError, "UNIQUE constraint failed");
  EXPECT_EQ(runs, 2);
  EXPECT_EQ(retries, 0);
  EXPECT_EQ(counter_value(engine), 0);  // both UPDATEs rolled back
  // The connection went back to the pool without a transaction: the next one works.
  sc::run_in_transaction(engine, [](sc::Connection& c) {
    EXPECT_TRUE(c.in_transaction());
    c.execute(sc::text("UPDATE counter SET n = 7"));
  });
  EXPECT_EQ(counter_value(engine), 7);
}

TEST(RunInTransaction, ExceptionFromOnRetryEndsIt) {
  sc::testing::TempDir dir;
  sc::Engine engine = counter_engine(dir, sc::JournalMode::delete_, {.busy_timeout = 0ms});
  WriteLock lock(engine);
  int runs = 0;
  EXPECT_THROW_MSG(
      sc::run_in_transaction(
          engine,
          [&](sc::Connection& c) {
            ++runs;
            c.execute(sc::text("UPDATE counter SET n = n + 1"));
          },
          {.begin_mode = sc::BeginMode::deferred,
           .on_retry = [](int, const sc::Error&) { throw std::runtime_error("stop now"); }}),
      std::runtime_error, "stop now");
  EXPECT_EQ(runs, 1);
}

TEST(RunInTransaction, RefusesABadPolicyAndAnAutocommitEngine) {
  sc::testing::TempDir dir;
  sc::Engine engine = counter_engine(dir, sc::JournalMode::delete_);
  int runs = 0;
  auto work = [&](sc::Connection&) { ++runs; };
  EXPECT_THROW_MSG(sc::run_in_transaction(engine, work, {.attempts = 0}), sc::ArgumentError,
                   "attempts must be at least 1 (got 0)");
  EXPECT_THROW_MSG(sc::run_in_transaction(engine, work, {.initial_backoff = -1ms}),
                   sc::ArgumentError, "must not be negative");
  sc::Engine autocommit =
      sc::create_engine(dir.url("counter.db"), {.isolation_level = sc::IsolationLevel::autocommit});
  EXPECT_THROW_MSG(sc::run_in_transaction(autocommit, work), sc::ArgumentError,
                   "IsolationLevel::autocommit");
  EXPECT_EQ(runs, 0);
}

TEST(RunInTransaction, WorksOnMemoryDatabases) {
  sc::Engine engine = sc::create_engine("sqlite://");
  {
    sc::Connection c = engine.connect();
    c.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  }
  std::int64_t id = sc::run_in_transaction(engine, [](sc::Connection& c) {
    return c.execute(sc::text("INSERT INTO t (x) VALUES (1)")).lastrowid();
  });
  EXPECT_EQ(id, 1);
}

TEST(IsLockConflict, BusyAndLockedCodesOnly) {
  auto error = [](int code) { return sc::OperationalError("x", code, "x", "SELECT 1"); };
  EXPECT_TRUE(sc::is_lock_conflict(error(SQLITE_BUSY)));
  EXPECT_TRUE(sc::is_lock_conflict(error(SQLITE_BUSY_SNAPSHOT)));
  EXPECT_TRUE(sc::is_lock_conflict(error(SQLITE_BUSY_RECOVERY)));
  EXPECT_TRUE(sc::is_lock_conflict(error(SQLITE_LOCKED)));
  EXPECT_TRUE(sc::is_lock_conflict(error(SQLITE_LOCKED_SHAREDCACHE)));
  EXPECT_FALSE(sc::is_lock_conflict(error(SQLITE_ERROR)));
  EXPECT_FALSE(sc::is_lock_conflict(error(SQLITE_IOERR)));
  EXPECT_FALSE(sc::is_lock_conflict(sc::IntegrityError("x", SQLITE_CONSTRAINT_UNIQUE, "x", "")));
  EXPECT_FALSE(sc::is_lock_conflict(sc::InvalidRequestError("database is locked")));
}
