// Concurrency soak: 8 threads (4 writers, 4 readers) on one database file through QueuePool
// (rollback journal) and through the WAL pool, for SQLCORE_SOAK_SECONDS (default 2) each;
// every snapshot a reader sees and the final state are checked against what was committed.
// SPDX-License-Identifier: MIT
//
// Writers run their transactions through run_in_transaction: counter increments (BEGIN
// IMMEDIATE), read-then-write transfers (BEGIN DEFERRED: SQLite refuses the upgrade with
// SQLITE_BUSY when another connection wrote meanwhile, and the work is run again), commits
// with a savepoint rolled back inside, and work that throws after writing (rolled back). Every
// committed transaction inserts one `log` row (its thread and the thread's commit number) and
// adds 1 to one `counter` row; transfers move money between `account` rows, whose total never
// changes. Readers check in one read transaction: the total of the accounts, sum(counter) ==
// count(log), no row of rolled-back work, and a count(log) that never goes back.
#include <sqlcore/sqlcore.hpp>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <latch>
#include <map>
#include <mutex>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <typeinfo>
#include <vector>

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kThreads = 8;
constexpr int kWriters = 4;
constexpr int kAccounts = 10;
constexpr int kCounters = 8;
constexpr std::int64_t kTotal = std::int64_t{1000} * kAccounts;

std::chrono::milliseconds soak_duration() {
  const char* env = std::getenv("SQLCORE_SOAK_SECONDS");
  double seconds = env != nullptr && *env != '\0' ? std::atof(env) : 2.0;
  if (seconds <= 0) seconds = 2.0;
  return std::chrono::milliseconds(static_cast<std::int64_t>(seconds * 1000));
}

// The deliberate failure of "abort" work: rolled back, never retried.
struct Abort : std::runtime_error {
  Abort() : std::runtime_error("deliberate abort") {}
};

// The most derived of sqlcore's error classes that `e` is, by name, with SQLite's code name.
std::string error_class(const std::exception& e) {
  std::string name = "std::exception";
  if (dynamic_cast<const sc::TimeoutError*>(&e))
    name = "TimeoutError";
  else if (dynamic_cast<const sc::InvalidRequestError*>(&e))
    name = "InvalidRequestError";
  else if (dynamic_cast<const sc::IntegrityError*>(&e))
    name = "IntegrityError";
  else if (dynamic_cast<const sc::OperationalError*>(&e))
    name = "OperationalError";
  else if (dynamic_cast<const sc::DatabaseError*>(&e))
    name = "DatabaseError";
  else if (dynamic_cast<const sc::DBAPIError*>(&e))
    name = "DBAPIError";
  else if (dynamic_cast<const sc::Error*>(&e))
    name = "Error";
  if (const auto* db = dynamic_cast<const sc::DBAPIError*>(&e))
    name += std::string(" (") + sqlite3_errstr(db->sqlite_code()) + ", code " +
            std::to_string(db->sqlite_code()) + ")";
  return name;
}

// What one thread did; merged after the run.
struct ThreadCounts {
  std::int64_t commits = 0;  // = the thread's log rows
  std::map<std::string, std::int64_t> commits_by_kind;
  std::int64_t aborted = 0;  // work that threw on purpose, rolled back
  std::int64_t retries = 0;
  std::map<std::string, std::int64_t> retried_errors;
  std::int64_t reads = 0;
  std::int64_t torn_reads = 0;                 // a snapshot that broke an invariant
  std::map<std::string, std::int64_t> errors;  // surfaced to the caller, by class
  std::vector<std::string> first_errors;
};

struct Soak {
  sc::Engine& engine;
  std::atomic<bool> stop{false};
  std::vector<ThreadCounts> counts = std::vector<ThreadCounts>(kThreads);

  void surfaced(ThreadCounts& c, const std::exception& e) {
    ++c.errors[error_class(e)];
    if (c.first_errors.size() < 3) c.first_errors.push_back(e.what());
  }

  void writer(int t) {
    ThreadCounts& c = counts[t];
    std::mt19937 rng(std::random_device{}() + static_cast<unsigned>(t));
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(1, n)(rng); };
    sc::RetryPolicy immediate{.attempts = 1000,
                              .initial_backoff = 1ms,
                              .max_backoff = 20ms,
                              .on_retry = [&](int, const sc::Error& why) {
                                ++c.retries;
                                ++c.retried_errors[error_class(why)];
                              }};
    sc::RetryPolicy deferred = immediate;
    deferred.begin_mode = sc::BeginMode::deferred;
    while (!stop.load(std::memory_order_relaxed)) {
      const std::int64_t seq = c.commits + 1;
      const int k = pick(kCounters);
      auto log_and_count = [&](sc::Connection& conn, const char* kind) {
        conn.execute(sc::text("INSERT INTO log (thread, seq, kind, k) VALUES (:t, :s, :kind, :k)"),
                     {{"t", t}, {"s", seq}, {"kind", kind}, {"k", k}});
        conn.execute(sc::text("UPDATE counter SET n = n + 1 WHERE id = :k"), {{"k", k}});
      };
      const int what = pick(100);
      std::string kind;
      try {
        if (what <= 40) {
          kind = "increment";
          sc::run_in_transaction(
              engine, [&](sc::Connection& conn) { log_and_count(conn, "increment"); }, immediate);
        } else if (what <= 75) {
          kind = "transfer";
          const int from = pick(kAccounts), to = pick(kAccounts);
          sc::run_in_transaction(
              engine,
              [&](sc::Connection& conn) {
                // Read, then write: a DEFERRED transaction upgrading its read lock.
                std::int64_t bal =
                    *conn.execute(sc::text("SELECT bal FROM account WHERE id = :a"), {{"a", from}})
                         .scalar<std::int64_t>();
                std::int64_t amount = bal > 0 ? 1 + bal % 7 : 0;
                conn.execute(sc::text("UPDATE account SET bal = bal - :x WHERE id = :a"),
                             {{"x", amount}, {"a", from}});
                conn.execute(sc::text("UPDATE account SET bal = bal + :x WHERE id = :a"),
                             {{"x", amount}, {"a", to}});
                log_and_count(conn, "transfer");
              },
              deferred);
        } else if (what <= 90) {
          kind = "savepoint";
          sc::run_in_transaction(
              engine,
              [&](sc::Connection& conn) {
                log_and_count(conn, "savepoint");
                sc::Transaction sp = conn.begin_nested();
                conn.execute(sc::text("INSERT INTO log (thread, seq, kind, k) VALUES (:t, -1, "
                                      "'rolled back savepoint', :k)"),
                             {{"t", t}, {"k", k}});
                conn.execute(sc::text("UPDATE counter SET n = n + 1 WHERE id = :k"), {{"k", k}});
                conn.execute(sc::text("UPDATE account SET bal = bal + 5 WHERE id = 1"));
                sp.rollback();
              },
              immediate);
        } else {
          kind = "abort";
          sc::run_in_transaction(
              engine,
              [&](sc::Connection& conn) {
                conn.execute(sc::text("INSERT INTO log (thread, seq, kind, k) VALUES (:t, -2, "
                                      "'aborted', :k)"),
                             {{"t", t}, {"k", k}});
                conn.execute(sc::text("UPDATE counter SET n = n + 1 WHERE id = :k"), {{"k", k}});
                conn.execute(sc::text("UPDATE account SET bal = bal + 5 WHERE id = 2"));
                throw Abort();
              },
              immediate);
        }
        ++c.commits;
        ++c.commits_by_kind[kind];
      } catch (const Abort&) {
        ++c.aborted;
      } catch (const std::exception& e) {
        // An error surfaced: the transaction did not commit (run_in_transaction rolled it
        // back), so the next one reuses this seq.
        surfaced(c, e);
      }
    }
  }

  void reader(int t) {
    ThreadCounts& c = counts[t];
    std::int64_t last_count = 0;
    while (!stop.load(std::memory_order_relaxed)) {
      try {
        sc::Connection conn = engine.connect_readonly();
        sc::Transaction tx = conn.begin();
        auto one = [&](const char* sql) {
          return *conn.execute(sc::text(sql)).scalar<std::int64_t>();
        };
        std::int64_t total = one("SELECT sum(bal) FROM account");
        std::int64_t logged = one("SELECT count(*) FROM log");
        std::int64_t counted = one("SELECT sum(n) FROM counter");
        std::int64_t rolled_back = one("SELECT count(*) FROM log WHERE seq < 0");
        tx.commit();
        ++c.reads;
        if (total != kTotal || logged != counted || rolled_back != 0 || logged < last_count) {
          ++c.torn_reads;
          if (c.first_errors.size() < 3)
            c.first_errors.push_back("torn snapshot: total " + std::to_string(total) + ", log " +
                                     std::to_string(logged) + ", counters " +
                                     std::to_string(counted) + ", rolled-back rows " +
                                     std::to_string(rolled_back) + ", previous log " +
                                     std::to_string(last_count));
        }
        last_count = logged;
      } catch (const std::exception& e) {
        surfaced(c, e);
      }
    }
  }
};

std::string join(const std::map<std::string, std::int64_t>& m) {
  std::string out;
  for (const auto& [name, n] : m) out += (out.empty() ? "" : ", ") + name + " " + std::to_string(n);
  return out.empty() ? "none" : out;
}

void soak(const char* name, sc::PoolKind pool, sc::JournalMode journal) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(
      dir.url("soak.db"), {.busy_timeout = 5000ms, .pool = pool, .pool_size = kThreads});
  // synchronous=OFF: no fsync per commit, so the writers contend for the lock instead of
  // waiting for the disk; the locking under test is the same (durability is the crash tests'
  // part, tests/reliability/crash_durability_test.cpp).
  engine.on_connect([](sc::RawConnection& raw) { raw.exec("PRAGMA synchronous = OFF"); });
  {
    sc::Connection conn = engine.connect();
    ASSERT_EQ(conn.pragmas().journal_mode(journal), journal);
    conn.exec_driver_sql(
        "CREATE TABLE log (id INTEGER PRIMARY KEY, thread INTEGER NOT NULL, seq INTEGER NOT "
        "NULL, kind TEXT NOT NULL, k INTEGER NOT NULL)");
    conn.exec_driver_sql("CREATE INDEX ix_log_thread ON log (thread, seq)");
    conn.exec_driver_sql("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
    conn.exec_driver_sql("CREATE TABLE account (id INTEGER PRIMARY KEY, bal INTEGER NOT NULL)");
    sc::Transaction tx = conn.begin();
    for (int i = 1; i <= kCounters; ++i)
      conn.execute(sc::text("INSERT INTO counter VALUES (:i, 0)"), {{"i", i}});
    for (int i = 1; i <= kAccounts; ++i)
      conn.execute(sc::text("INSERT INTO account VALUES (:i, 1000)"), {{"i", i}});
    tx.commit();
  }

  Soak s{engine};
  const std::chrono::milliseconds duration = soak_duration();
  std::latch start(kThreads + 1);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      if (t < kWriters)
        s.writer(t);
      else
        s.reader(t);
    });
  start.arrive_and_wait();
  Clock::time_point t0 = Clock::now();
  std::this_thread::sleep_for(duration);
  s.stop = true;
  for (std::thread& th : threads) th.join();
  double seconds = std::chrono::duration<double>(Clock::now() - t0).count();

  ThreadCounts all;
  for (const ThreadCounts& c : s.counts) {
    all.commits += c.commits;
    all.aborted += c.aborted;
    all.retries += c.retries;
    all.reads += c.reads;
    all.torn_reads += c.torn_reads;
    for (const auto& [k, n] : c.commits_by_kind) all.commits_by_kind[k] += n;
    for (const auto& [k, n] : c.retried_errors) all.retried_errors[k] += n;
    for (const auto& [k, n] : c.errors) all.errors[k] += n;
    for (const std::string& e : c.first_errors) ADD_FAILURE() << e;
  }
  std::printf(
      "[ figures  ] %s: %.1f s, %d threads (%d writers, %d readers): %lld commits (%s), %lld "
      "aborted on purpose, %lld retries (%s), %lld reads, %lld torn reads, errors surfaced: "
      "%s\n",
      name, seconds, kThreads, kWriters, kThreads - kWriters, static_cast<long long>(all.commits),
      join(all.commits_by_kind).c_str(), static_cast<long long>(all.aborted),
      static_cast<long long>(all.retries), join(all.retried_errors).c_str(),
      static_cast<long long>(all.reads), static_cast<long long>(all.torn_reads),
      join(all.errors).c_str());
  ::testing::Test::RecordProperty("commits", static_cast<int>(all.commits));
  ::testing::Test::RecordProperty("retries", static_cast<int>(all.retries));
  ::testing::Test::RecordProperty("reads", static_cast<int>(all.reads));
  EXPECT_EQ(all.errors, (std::map<std::string, std::int64_t>{}));
  EXPECT_EQ(all.torn_reads, 0);
  EXPECT_GT(all.commits, 0);
  EXPECT_GT(all.reads, 0);
  EXPECT_GT(all.aborted + all.commits_by_kind["savepoint"], 0);

  // The final state against the counts.
  sc::Connection conn = engine.connect();
  auto one = [&](const std::string& sql, const sc::Params& params = {}) {
    return *conn.execute(sc::text(sql), params).scalar<std::int64_t>();
  };
  EXPECT_EQ(conn.pragmas().integrity_check(), std::vector<std::string>{});
  EXPECT_EQ(one("SELECT count(*) FROM log"), all.commits);
  EXPECT_EQ(one("SELECT sum(n) FROM counter"), all.commits);
  EXPECT_EQ(one("SELECT sum(bal) FROM account"), kTotal);
  EXPECT_EQ(one("SELECT count(*) FROM log WHERE seq < 0"), 0);
  for (const auto& [kind, n] : all.commits_by_kind)
    EXPECT_EQ(one("SELECT count(*) FROM log WHERE kind = :k", {{"k", kind}}), n) << kind;
  for (int t = 0; t < kWriters; ++t) {
    // Every commit of the thread present once, numbered 1 .. commits: none lost, none twice
    // (a retried run's rows were rolled back with it).
    const std::int64_t n = s.counts[t].commits;
    EXPECT_EQ(one("SELECT count(*) FROM log WHERE thread = :t", {{"t", t}}), n) << t;
    EXPECT_EQ(one("SELECT count(DISTINCT seq) FROM log WHERE thread = :t", {{"t", t}}), n) << t;
    EXPECT_EQ(one("SELECT coalesce(max(seq), 0) FROM log WHERE thread = :t", {{"t", t}}), n) << t;
  }
  EXPECT_EQ(one("SELECT count(*) FROM log l JOIN (SELECT k, count(*) AS c FROM log GROUP BY k) "
                "g USING (k) JOIN counter ON counter.id = l.k WHERE counter.n != g.c"),
            0);
  conn.close();
  engine.dispose();
}

}  // namespace

TEST(ConcurrencySoak, QueuePoolRollbackJournalLosesNothing) {
  soak("QueuePool, journal_mode=delete", sc::PoolKind::queue, sc::JournalMode::delete_);
}

TEST(ConcurrencySoak, QueuePoolWalLosesNothing) {
  soak("QueuePool, journal_mode=wal", sc::PoolKind::queue, sc::JournalMode::wal);
}

TEST(ConcurrencySoak, WalPoolLosesNothing) {
  soak("WAL pool", sc::PoolKind::wal, sc::JournalMode::wal);
}
