// Tests for Connection and Transaction (src/engine/connection.cpp) on real database files.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <sqlite3.h>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/fault_vfs.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using namespace std::chrono_literals;

namespace {

std::int64_t count(sc::Connection& conn, const std::string& table) {
  return *conn.execute(sc::text("SELECT count(*) FROM " + table)).scalar<std::int64_t>();
}

bool has_table(sc::Connection& conn, const std::string& name) {
  return *conn.execute(sc::text("SELECT count(*) FROM sqlite_master WHERE name = :n"),
                       {{"n", name}})
              .scalar<std::int64_t>() > 0;
}

// A second engine on the same file, failing at once instead of waiting for locks.
sc::Engine impatient(const sc::testing::TempDir& dir, const std::string& file) {
  return sc::create_engine(dir.url(file), sc::EngineOptions{.busy_timeout = 0ms});
}

}  // namespace

TEST(Transaction, BeginImmediateBlocksSecondWriter) {
  sc::testing::TempDir dir;
  sc::Engine a = sc::create_engine(dir.url("t.db"), {.begin_mode = sc::BeginMode::immediate});
  sc::Connection c1 = a.connect();
  c1.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  sc::Transaction tx = c1.begin();  // BEGIN IMMEDIATE: takes the write lock now
  sc::Engine b = impatient(dir, "t.db");
  sc::Connection c2 = b.connect();
  try {
    c2.execute(sc::text("INSERT INTO t (x) VALUES (1)"));
    ADD_FAILURE() << "second writer was not blocked";
  } catch (const sc::OperationalError& e) {
    EXPECT_EQ(e.sqlite_primary_code(), SQLITE_BUSY);
    EXPECT_EQ(e.sql(), "INSERT INTO t (x) VALUES (1)");
  }
  // Also a second BEGIN IMMEDIATE fails at BEGIN, not at its first write.
  EXPECT_THROW(c2.begin(sc::BeginMode::immediate), sc::OperationalError);
  EXPECT_FALSE(c2.in_transaction());
  tx.commit();
  c2.execute(sc::text("INSERT INTO t (x) VALUES (1)"));
  EXPECT_EQ(count(c2, "t"), 1);
}

TEST(Transaction, PlainBeginWithoutWriteDoesNotBlock) {
  sc::testing::TempDir dir;
  sc::Engine a = sc::create_engine(dir.url("t.db"));  // deferred is the default
  sc::Connection c1 = a.connect();
  c1.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  sc::Engine b = impatient(dir, "t.db");
  sc::Connection c2 = b.connect();
  {
    sc::Transaction tx = c1.begin();  // BEGIN (deferred): no lock at all until first use
    EXPECT_TRUE(c1.raw().in_transaction());
    c2.execute(sc::text("INSERT INTO t (x) VALUES (1)"));  // a whole write transaction: no BUSY
    EXPECT_EQ(count(c2, "t"), 1);
    // After a read, c1 holds only SHARED: another connection can still take the write
    // (RESERVED) lock; with BEGIN IMMEDIATE in c1 it could not (test above).
    EXPECT_EQ(count(c1, "t"), 1);
    sc::Transaction t2 = c2.begin(sc::BeginMode::immediate);
    c2.execute(sc::text("INSERT INTO t (x) VALUES (2)"));
    t2.rollback();
    tx.commit();
  }
  EXPECT_EQ(count(c1, "t"), 1);
}

TEST(Transaction, SavepointRollbackKeepsOuterWork) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("sp.db"));
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  {
    sc::Transaction tx = conn.begin();
    conn.execute(sc::text("INSERT INTO t (x) VALUES (1)"));
    {
      sc::Transaction sp = conn.begin_nested();
      EXPECT_TRUE(sp.is_nested());
      EXPECT_TRUE(conn.in_nested_transaction());
      conn.execute(sc::text("INSERT INTO t (x) VALUES (2)"));
      {
        sc::Transaction inner = conn.begin_nested();  // any depth
        conn.execute(sc::text("INSERT INTO t (x) VALUES (3)"));
        inner.commit();
      }
      sp.rollback();  // undoes 2 and 3
      EXPECT_FALSE(sp.is_active());
    }
    EXPECT_FALSE(conn.in_nested_transaction());
    sc::Transaction kept = conn.begin_nested();
    conn.execute(sc::text("INSERT INTO t (x) VALUES (4)"));
    kept.commit();
    tx.commit();
  }
  sc::Connection other = engine.connect();
  EXPECT_EQ(other.execute(sc::text("SELECT x FROM t ORDER BY x")).scalars<std::int64_t>(),
            (std::vector<std::int64_t>{1, 4}));
}

TEST(Transaction, DDLRollsBackWithTheTransaction) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("ddl.db"));
  sc::Connection conn = engine.connect();
  {
    sc::Transaction tx = conn.begin();
    conn.execute(sc::text("CREATE TABLE gone (x INTEGER)"));
    conn.execute(sc::text("CREATE INDEX ix_gone ON gone (x)"));
    EXPECT_TRUE(has_table(conn, "gone"));
    tx.rollback();
  }
  EXPECT_FALSE(has_table(conn, "gone"));
  EXPECT_FALSE(has_table(conn, "ix_gone"));
  sc::Engine fresh = sc::create_engine(dir.url("ddl.db"));
  sc::Connection c2 = fresh.connect();
  EXPECT_FALSE(has_table(c2, "gone"));
}

TEST(Transaction, UncommittedRollsBackAtScopeExit) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("scope.db"));
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  {
    sc::Transaction tx = conn.begin();
    conn.execute(sc::text("INSERT INTO t (x) VALUES (1)"));
  }  // not committed
  EXPECT_FALSE(conn.in_transaction());
  EXPECT_FALSE(conn.raw().in_transaction());
  EXPECT_EQ(count(conn, "t"), 0);
  // Closing a connection with an open transaction rolls it back too.
  {
    sc::Connection c2 = engine.connect();
    sc::Transaction tx = c2.begin();
    c2.execute(sc::text("INSERT INTO t (x) VALUES (2)"));
    c2.close();
    EXPECT_FALSE(tx.is_active());
    EXPECT_THROW_MSG(tx.commit(), sc::InvalidRequestError, "connection is closed");
  }
  EXPECT_EQ(count(conn, "t"), 0);
}

TEST(Transaction, MisuseRaisesInvalidRequestError) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  sc::Transaction tx = conn.begin();
  EXPECT_THROW_MSG(conn.begin(), sc::InvalidRequestError, "use begin_nested()");
  sc::Transaction sp = conn.begin_nested();
  tx.commit();  // ends the savepoint with it
  EXPECT_FALSE(sp.is_active());
  EXPECT_THROW_MSG(sp.commit(), sc::InvalidRequestError, "inactive");
  EXPECT_THROW_MSG(tx.rollback(), sc::InvalidRequestError, "inactive");
  // Moving keeps one owner.
  sc::Transaction t2 = conn.begin();
  sc::Transaction moved = std::move(t2);
  EXPECT_FALSE(t2.is_active());
  EXPECT_TRUE(moved.is_active());
  moved.commit();
}

TEST(Transaction, BeginNestedWithoutTransactionActsAsBegin) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  {
    sc::Transaction tx = conn.begin_nested();
    EXPECT_FALSE(tx.is_nested());
    EXPECT_TRUE(conn.raw().in_transaction());
    conn.execute(sc::text("INSERT INTO t VALUES (1)"));
  }
  EXPECT_EQ(count(conn, "t"), 0);
}

TEST(Transaction, BeginModesEmitTheirSQL) {
  sc::Engine engine = sc::create_engine("sqlite://");
  std::vector<std::string> seen;
  sc::Connection conn = engine.connect();
  sqlite3_trace_v2(
      conn.native_handle(), SQLITE_TRACE_STMT,
      [](unsigned, void* ctx, void* p, void*) {
        auto* out = static_cast<std::vector<std::string>*>(ctx);
        out->push_back(sqlite3_sql(static_cast<sqlite3_stmt*>(p)));
        return 0;
      },
      &seen);
  for (auto mode : {sc::BeginMode::deferred, sc::BeginMode::immediate, sc::BeginMode::exclusive}) {
    sc::Transaction tx = conn.begin(mode);
    sc::Transaction sp = conn.begin_nested();
    sp.rollback();
    tx.commit();
  }
  std::vector<std::string> expected = {"BEGIN",
                                       "SAVEPOINT sa_savepoint_1",
                                       "ROLLBACK TO SAVEPOINT sa_savepoint_1",
                                       "RELEASE SAVEPOINT sa_savepoint_1",
                                       "COMMIT",
                                       "BEGIN IMMEDIATE",
                                       "SAVEPOINT sa_savepoint_2",
                                       "ROLLBACK TO SAVEPOINT sa_savepoint_2",
                                       "RELEASE SAVEPOINT sa_savepoint_2",
                                       "COMMIT",
                                       "BEGIN EXCLUSIVE",
                                       "SAVEPOINT sa_savepoint_3",
                                       "ROLLBACK TO SAVEPOINT sa_savepoint_3",
                                       "RELEASE SAVEPOINT sa_savepoint_3",
                                       "COMMIT"};
  EXPECT_EQ(seen, expected);
  sqlite3_trace_v2(conn.native_handle(), 0, nullptr, nullptr);
}

TEST(Transaction, AutocommitIsolationEmitsNoBegin) {
  sc::testing::TempDir dir;
  sc::Engine engine =
      sc::create_engine(dir.url("ac.db"), {.isolation_level = sc::IsolationLevel::autocommit});
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  {
    sc::Transaction tx = conn.begin();
    EXPECT_FALSE(conn.raw().in_transaction());
    conn.execute(sc::text("INSERT INTO t VALUES (1)"));
  }  // "rollback" cannot undo: each statement committed on its own
  EXPECT_EQ(count(conn, "t"), 1);
}

TEST(Transaction, ReadUncommittedSetsThePragma) {
  sc::Engine engine =
      sc::create_engine("sqlite://", {.isolation_level = sc::IsolationLevel::read_uncommitted});
  sc::Connection conn = engine.connect();
  EXPECT_EQ(conn.execute(sc::text("PRAGMA read_uncommitted")).scalar<std::int64_t>(), 1);
  sc::Engine plain = sc::create_engine("sqlite://");
  sc::Connection c2 = plain.connect();
  EXPECT_EQ(c2.execute(sc::text("PRAGMA read_uncommitted")).scalar<std::int64_t>(), 0);
}

TEST(Transaction, EventsRunInOrder) {
  sc::Engine engine = sc::create_engine("sqlite://");
  std::vector<std::string> log;
  engine.on_connect([&](sc::RawConnection&) { log.push_back("connect1"); });
  engine.on_connect([&](sc::RawConnection& raw) {
    log.push_back("connect2");
    raw.exec("CREATE TABLE IF NOT EXISTS ev (x)");
  });
  engine.on_begin([&](sc::Connection&) { log.push_back("begin"); });
  engine.on_commit([&](sc::Connection&) { log.push_back("commit"); });
  engine.on_rollback([&](sc::Connection& c) {
    EXPECT_FALSE(c.closed());
    log.push_back("rollback");
  });
  sc::Connection conn = engine.connect();
  {
    sc::Transaction tx = conn.begin();
    tx.commit();
  }
  { sc::Transaction tx = conn.begin(); }
  {
    sc::Transaction tx = conn.begin();
    sc::Transaction sp = conn.begin_nested();
    sp.commit();
    tx.rollback();
  }
  EXPECT_EQ(log, (std::vector<std::string>{"connect1", "connect2", "begin", "commit", "begin",
                                           "rollback", "begin", "rollback"}));
}

TEST(Connection, ForeignKeysAreEnforcedOnEveryConnection) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("fk.db"), {.pool = sc::PoolKind::null});
  {
    sc::Connection conn = engine.connect();
    conn.execute(sc::text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"));
    conn.execute(sc::text("CREATE TABLE child (pid INTEGER REFERENCES parent (id))"));
  }
  for (int i = 0; i < 3; ++i) {  // NullPool: a new raw connection every time
    sc::Connection conn = engine.connect();
    EXPECT_EQ(conn.execute(sc::text("PRAGMA foreign_keys")).scalar<std::int64_t>(), 1);
    try {
      conn.execute(sc::text("INSERT INTO child (pid) VALUES (42)"));
      ADD_FAILURE() << "foreign key not enforced";
    } catch (const sc::IntegrityError& e) {
      EXPECT_EQ(e.sqlite_code(), SQLITE_CONSTRAINT_FOREIGNKEY);
    }
  }
  sc::Engine off = sc::create_engine(dir.url("fk.db"), {.foreign_keys = false});
  sc::Connection conn = off.connect();
  conn.execute(sc::text("INSERT INTO child (pid) VALUES (42)"));  // SQLite's own default
  EXPECT_EQ(count(conn, "child"), 1);
}

TEST(Connection, BusyTimeoutIsSetOnEveryConnection) {
  sc::Engine engine = sc::create_engine("sqlite://", {.busy_timeout = 1234ms});
  sc::Connection conn = engine.connect();
  EXPECT_EQ(conn.execute(sc::text("PRAGMA busy_timeout")).scalar<std::int64_t>(), 1234);
  sc::Engine url_wins = sc::create_engine("sqlite:///:memory:?timeout=2.5");
  sc::Connection c2 = url_wins.connect();
  EXPECT_EQ(c2.execute(sc::text("PRAGMA busy_timeout")).scalar<std::int64_t>(), 2500);
}

TEST(Connection, BusyTimeoutWaitsForTheLock) {
  sc::testing::TempDir dir;
  sc::Engine a = sc::create_engine(dir.url("w.db"));
  sc::Connection c1 = a.connect();
  c1.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  sc::Transaction tx = c1.begin(sc::BeginMode::immediate);
  std::thread releaser([&] {
    std::this_thread::sleep_for(200ms);
    tx.commit();
  });
  sc::Engine b = sc::create_engine(dir.url("w.db"), {.busy_timeout = 10000ms});
  sc::Connection c2 = b.connect();
  sc::Transaction t2 = c2.begin(sc::BeginMode::immediate);  // waits, then succeeds
  c2.execute(sc::text("INSERT INTO t VALUES (1)"));
  t2.commit();
  releaser.join();
  EXPECT_EQ(count(c2, "t"), 1);
}

TEST(Connection, ReadonlyConnectionRefusesWrites) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("ro.db"));
  {
    sc::Connection conn = engine.connect();
    conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  }
  {
    sc::Connection ro = engine.connect_readonly();
    EXPECT_TRUE(ro.readonly());
    EXPECT_EQ(count(ro, "t"), 0);
    EXPECT_THROW(ro.execute(sc::text("INSERT INTO t VALUES (1)")), sc::OperationalError);
  }
  sc::Connection rw = engine.connect();  // the same pooled handle, writable again
  rw.execute(sc::text("INSERT INTO t VALUES (1)"));
  EXPECT_EQ(count(rw, "t"), 1);
}

TEST(Connection, NativeHandleIsTheLiveConnection) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  sqlite3* db = conn.native_handle();
  ASSERT_NE(db, nullptr);
  ASSERT_EQ(
      sqlite3_exec(db, "CREATE TABLE t (x); INSERT INTO t VALUES (7)", nullptr, nullptr, nullptr),
      SQLITE_OK);
  EXPECT_EQ(conn.execute(sc::text("SELECT x FROM t")).scalar<std::int64_t>(), 7);
  conn.close();
  EXPECT_TRUE(conn.closed());
  EXPECT_THROW_MSG(conn.native_handle(), sc::InvalidRequestError, "closed");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT 1")), sc::InvalidRequestError, "closed");
}

TEST(Connection, CheckSameThreadRefusesOtherThreads) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("th.db") + "?check_same_thread=true");
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("SELECT 1"));
  std::thread other([&] {
    EXPECT_THROW_MSG(conn.execute(sc::text("SELECT 1")), sc::ProgrammingError, "same thread");
  });
  other.join();
}

// ---- A transaction SQLite rolled back by itself (issue 14, item 7)
// -------------------------------

namespace {

// A file database whose next page-allocating write fails with SQLITE_FULL (max_page_count).
struct FullDatabase {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("full.db"));
  sc::Connection conn = engine.connect();
  FullDatabase() {
    conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
    conn.execute(sc::text("CREATE TABLE big (b BLOB)"));
    conn.execute(sc::text("PRAGMA max_page_count = 5"));
  }
  void overflow() { conn.execute(sc::text("INSERT INTO big VALUES (randomblob(100000))")); }
};

}  // namespace

TEST(Transaction, AfterSQLiteRolledBackOnFullEveryStatementIsRefusedUntilRollback) {
  FullDatabase db;
  sc::Transaction tx = db.conn.begin();
  db.conn.execute(sc::text("INSERT INTO t VALUES (1)"));
  auto e = [&] {
    try {
      db.overflow();
    } catch (const sc::OperationalError& err) {
      return err.sqlite_primary_code();
    }
    return 0;
  }();
  ASSERT_EQ(e, SQLITE_FULL);
  EXPECT_FALSE(db.conn.raw().in_transaction());  // SQLite ended it
  EXPECT_TRUE(tx.is_active());                   // sqlcore's still needs its rollback
  // The caller catches and carries on: nothing runs in autocommit behind its back.
  EXPECT_THROW_MSG(db.conn.execute(sc::text("INSERT INTO t VALUES (2)")), sc::InvalidRequestError,
                   "rolled back by SQLite itself after an error");
  EXPECT_THROW_MSG(db.conn.execute(sc::text("INSERT INTO t VALUES (2)")), sc::InvalidRequestError,
                   "database or disk is full");
  EXPECT_THROW_MSG(db.conn.begin_nested(), sc::InvalidRequestError, "rolled back by SQLite");
  EXPECT_THROW_MSG(db.conn.execute_many(sc::text("INSERT INTO t VALUES (:x)"), {{{"x", 3}}}),
                   sc::InvalidRequestError, "rolled back by SQLite");
  EXPECT_THROW_MSG(db.conn.exec_driver_sql("INSERT INTO t VALUES (4)"), sc::InvalidRequestError,
                   "rolled back by SQLite");
  EXPECT_THROW_MSG(tx.commit(), sc::InvalidRequestError, "nothing was committed");
  EXPECT_FALSE(tx.is_active());
  EXPECT_EQ(count(db.conn, "t"), 0);  // atomic: neither row 1 nor any later one
  // The connection works again once the transaction has ended.
  sc::Transaction again = db.conn.begin();
  db.conn.execute(sc::text("INSERT INTO t VALUES (5)"));
  again.commit();
  EXPECT_EQ(count(db.conn, "t"), 1);
}

TEST(Transaction, ASavepointInsideARolledBackTransactionKeepsTheRootRefusing) {
  FullDatabase db;
  sc::Transaction tx = db.conn.begin();
  db.conn.execute(sc::text("INSERT INTO t VALUES (1)"));
  {
    sc::Transaction sp = db.conn.begin_nested();
    EXPECT_THROW(db.overflow(), sc::OperationalError);
    sp.rollback();  // ends the savepoint only: the root was rolled back by SQLite
  }
  EXPECT_TRUE(tx.is_active());
  EXPECT_THROW_MSG(db.conn.execute(sc::text("INSERT INTO t VALUES (2)")), sc::InvalidRequestError,
                   "rolled back by SQLite");
  tx.rollback();
  EXPECT_EQ(count(db.conn, "t"), 0);
}

TEST(Transaction, ExecuteManyThatFillsTheDiskLeavesTheTransactionRefusing) {
  FullDatabase db;
  sc::Transaction tx = db.conn.begin();
  db.conn.execute(sc::text("INSERT INTO t VALUES (1)"));
  std::vector<sc::Params> rows(3, sc::Params{{"n", 100000}});
  EXPECT_THROW(db.conn.execute_many(sc::text("INSERT INTO big VALUES (randomblob(:n))"), rows),
               sc::OperationalError);
  EXPECT_THROW_MSG(db.conn.execute(sc::text("INSERT INTO t VALUES (2)")), sc::InvalidRequestError,
                   "rolled back by SQLite");
  tx.rollback();
  EXPECT_EQ(count(db.conn, "t"), 0);
}

// Found by tests/reliability/fault_injection_test.cpp: outside a transaction executemany's
// savepoint is the transaction, and its RELEASE the commit. When that commit failed on an I/O
// error SQLite kept the transaction open, and no one owned it: every later begin() failed with
// "cannot start a transaction within a transaction".
TEST(Transaction, ExecuteManyWhoseCommitFailsLeavesNoTransactionOpen) {
  sc::testing::TempDir dir;
  sc::testing::FaultVfs vfs("sqlcore_connection_test_fault");
  sc::Engine engine = sc::create_engine(vfs.url(dir.file("c.db")));
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  std::vector<sc::Params> rows(50, sc::Params{{"x", 1}});
  // Every fsync fails from the commit's first one on (the journal's), the rollback's too.
  vfs.arm({.ops = sc::testing::fault_op::sync,
           .fail_at = 1,
           .error = SQLITE_IOERR,
           .persistent = true});
  EXPECT_THROW(conn.execute_many(sc::text("INSERT INTO t VALUES (:x)"), rows),
               sc::OperationalError);
  vfs.disarm();
  EXPECT_GT(vfs.faults(), 0);
  EXPECT_FALSE(conn.in_transaction());
  EXPECT_FALSE(conn.raw().in_transaction());  // SQLite's transaction ended too
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO t VALUES (2)"));
  tx.commit();
  EXPECT_EQ(count(conn, "t"), 1);  // the failed executemany left nothing
}

TEST(Transaction, AnInterruptedWriteRollsBackAndIsRefusedToo) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("i.db"));
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  conn.execute(sc::text("INSERT INTO t VALUES (1)"));
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO t VALUES (2)"));
  // A progress handler that asks to stop is sqlite3_interrupt for the running statement.
  sqlite3_progress_handler(
      conn.native_handle(), 1, [](void*) { return 1; }, nullptr);
  auto code = [&] {
    try {
      conn.execute(sc::text("UPDATE t SET x = x + 1"));
    } catch (const sc::OperationalError& e) {
      return e.sqlite_primary_code();
    }
    return 0;
  }();
  sqlite3_progress_handler(conn.native_handle(), 0, nullptr, nullptr);
  ASSERT_EQ(code, SQLITE_INTERRUPT);
  EXPECT_THROW_MSG(conn.execute(sc::text("INSERT INTO t VALUES (3)")), sc::InvalidRequestError,
                   "interrupted");
  tx.rollback();
  EXPECT_EQ(count(conn, "t"), 1);
  EXPECT_EQ(conn.execute(sc::text("SELECT x FROM t")).scalar<std::int64_t>(), 1);
}

TEST(Transaction, AStatementErrorSQLiteUndoesAloneKeepsTheTransaction) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER UNIQUE)"));
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO t VALUES (1)"));
  EXPECT_THROW(conn.execute(sc::text("INSERT INTO t VALUES (1)")), sc::IntegrityError);
  conn.execute(sc::text("INSERT INTO t VALUES (2)"));  // still the same transaction
  tx.commit();
  EXPECT_EQ(count(conn, "t"), 2);
}

// ---- Locks (issue 14, items 6 and 7) ---------------------------------------------------------

TEST(Transaction, BusyOnUpgradeNamesDeadlockAvoidanceAndTheRemedies) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("up.db"), {.busy_timeout = 5000ms});
  sc::Connection setup = engine.connect();
  setup.execute(sc::text("PRAGMA journal_mode = WAL")).fetchall();
  setup.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  setup.close();
  sc::Connection reader = engine.connect();
  sc::Connection writer = engine.connect();
  sc::Transaction tx = reader.begin();  // deferred
  EXPECT_EQ(count(reader, "t"), 0);     // the read fixes the snapshot
  writer.execute(sc::text("INSERT INTO t VALUES (1)"));
  auto start = std::chrono::steady_clock::now();
  try {
    reader.execute(sc::text("INSERT INTO t VALUES (2)"));
    ADD_FAILURE() << "the write of a stale read transaction succeeded";
  } catch (const sc::OperationalError& e) {
    EXPECT_EQ(e.sqlite_primary_code(), SQLITE_BUSY);  // the semantics are SQLite's
    std::string m = e.what();
    for (const char* part : {"deadlock avoidance", "busy_timeout cannot help", "BEGIN IMMEDIATE",
                             "run_in_transaction", "INSERT INTO t VALUES (2)"})
      EXPECT_NE(m.find(part), std::string::npos) << part << " not in: " << m;
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, 2s);  // at once, not after the timeout
  tx.rollback();
  // The remedy works: a writer that begins IMMEDIATE.
  sc::Transaction ok = reader.begin(sc::BeginMode::immediate);
  reader.execute(sc::text("INSERT INTO t VALUES (2)"));
  ok.commit();
  EXPECT_EQ(count(reader, "t"), 2);
}

TEST(Connection, ALockAtConnectSaysItIsTransientAndWhatToDo) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("lock.db"));
  sc::Connection holder = engine.connect();
  holder.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  sc::Transaction tx = holder.begin(sc::BeginMode::exclusive);  // rollback journal: no readers
  sc::Engine other = sc::create_engine(dir.url("lock.db") + "?timeout=0.05");
  try {
    sc::Connection c = other.connect();
    ADD_FAILURE() << "connected through an exclusive lock";
  } catch (const sc::OperationalError& e) {
    EXPECT_EQ(e.sqlite_primary_code(), SQLITE_BUSY);
    std::string m = e.what();
    for (const char* part : {"database is locked", "transient", "timeout=", "50 ms", "WAL"})
      EXPECT_NE(m.find(part), std::string::npos) << part << " not in: " << m;
  }
  tx.rollback();
  EXPECT_NO_THROW(other.connect());
}

// ---- Statements that hold nothing to run (issue 14, item 7) ------------------------------------

TEST(Connection, EmptyTextsRunAsNothingEveryTimeAndExecuteManyRuns) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  for (const char* sql : {"", " ", ";", "-- c", "/* c */", " ;\n-- c\n"}) {
    for (int i = 0; i < 3; ++i) {  // the second run takes the cached statement
      sc::Result r = conn.execute(sc::text(sql));
      EXPECT_TRUE(r.fetchall().empty()) << sql;
    }
    EXPECT_NO_THROW(conn.exec_driver_sql(sql)) << sql;
    EXPECT_NO_THROW(conn.execute_many(sc::text(sql), {{}, {}})) << sql;
  }
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  sc::Result r = conn.execute_many(sc::text("INSERT INTO t VALUES (:x)"),
                                   {{{"x", 1}}, {{"x", 2}}, {{"x", 3}}});
  EXPECT_EQ(r.rowcount(), 3);
  EXPECT_EQ(
      conn.execute_many(sc::text("UPDATE t SET x = x + :d"), {{{"d", 1}}, {{"d", 1}}}).rowcount(),
      6);
  EXPECT_EQ(conn.execute(sc::text("SELECT sum(x) FROM t")).scalar<std::int64_t>(), 12);
}
