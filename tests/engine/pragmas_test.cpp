// Tests for Pragmas (src/engine/pragmas.cpp) on database files and :memory:.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using namespace std::chrono_literals;

namespace {

std::int64_t count(sc::Connection& conn, const std::string& table) {
  return *conn.execute(sc::text("SELECT count(*) FROM " + table)).scalar<std::int64_t>();
}

}  // namespace

TEST(Pragmas, JournalModeReturnsTheModeInForceOnAFile) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("j.db"));
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  sc::Pragmas p = conn.pragmas();
  EXPECT_EQ(p.journal_mode(), sc::JournalMode::delete_);
  for (sc::JournalMode mode :
       {sc::JournalMode::wal, sc::JournalMode::truncate, sc::JournalMode::persist,
        sc::JournalMode::memory, sc::JournalMode::off, sc::JournalMode::wal,
        sc::JournalMode::delete_}) {
    EXPECT_EQ(p.journal_mode(mode), mode);
    EXPECT_EQ(p.journal_mode(), mode);
  }
  p.journal_mode(sc::JournalMode::wal);
  // WAL is kept in the file: a new connection finds it.
  sc::Engine again = sc::create_engine(dir.url("j.db"));
  sc::Connection c2 = again.connect();
  EXPECT_EQ(c2.pragmas().journal_mode(), sc::JournalMode::wal);
}

TEST(Pragmas, JournalModeOfMemoryDatabaseStaysMemory) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  sc::Pragmas p = conn.pragmas();
  EXPECT_EQ(p.journal_mode(), sc::JournalMode::memory);
  EXPECT_EQ(p.journal_mode(sc::JournalMode::wal), sc::JournalMode::memory);  // what is in force
  EXPECT_EQ(p.journal_mode(sc::JournalMode::off), sc::JournalMode::off);
}

TEST(Pragmas, JournalModeToWalInsideATransactionKeepsTheOldMode) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("j.db"));
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO t (x) VALUES (1)"));
  // SQLite refuses the change without an error, and the answer says so.
  EXPECT_EQ(conn.pragmas().journal_mode(sc::JournalMode::wal), sc::JournalMode::delete_);
  tx.rollback();
  EXPECT_EQ(conn.pragmas().journal_mode(), sc::JournalMode::delete_);
}

TEST(Pragmas, SynchronousGetAndSet) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("s.db"));
  sc::Connection conn = engine.connect();
  sc::Pragmas p = conn.pragmas();
  for (sc::Synchronous level : {sc::Synchronous::off, sc::Synchronous::normal,
                                sc::Synchronous::full, sc::Synchronous::extra}) {
    p.set_synchronous(level);
    EXPECT_EQ(p.synchronous(), level);
  }
}

TEST(Pragmas, UserVersionAndApplicationIdAreKeptInTheFile) {
  sc::testing::TempDir dir;
  {
    sc::Engine engine = sc::create_engine(dir.url("v.db"));
    sc::Connection conn = engine.connect();
    sc::Pragmas p = conn.pragmas();
    EXPECT_EQ(p.user_version(), 0);
    EXPECT_EQ(p.application_id(), 0);
    p.set_user_version(3);
    p.set_application_id(0x53514C43);  // "SQLC"
    EXPECT_EQ(p.user_version(), 3);
  }
  sc::Engine engine = sc::create_engine(dir.url("v.db"));
  sc::Connection conn = engine.connect();
  sc::Pragmas p = conn.pragmas();
  EXPECT_EQ(p.user_version(), 3);
  EXPECT_EQ(p.application_id(), 0x53514C43);
  p.set_user_version(-7);  // a signed 32-bit integer
  EXPECT_EQ(p.user_version(), -7);
  p.set_application_id(-1);
  EXPECT_EQ(p.application_id(), -1);
}

TEST(Pragmas, UserVersionInMemory) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  sc::Pragmas p = conn.pragmas();
  EXPECT_EQ(p.user_version(), 0);
  p.set_user_version(12);
  EXPECT_EQ(p.user_version(), 12);
}

TEST(Pragmas, IntegrityCheckOkIsEmpty) {
  if (sqlite3_libversion_number() < 3033000)
    GTEST_SKIP() << "integrity_check(TABLE) needs SQLite 3.33";
  sc::testing::TempDir dir;
  for (const std::string& url : {dir.url("i.db"), std::string("sqlite://")}) {
    sc::Engine engine = sc::create_engine(url);
    sc::Connection conn = engine.connect();
    conn.execute(sc::text("CREATE TABLE t (x INTEGER CHECK (x > 0))"));
    conn.execute(sc::text("CREATE INDEX ix ON t (x)"));
    conn.execute(sc::text("INSERT INTO t (x) VALUES (1), (2)"));
    sc::Pragmas p = conn.pragmas();
    EXPECT_EQ(p.integrity_check(), std::vector<std::string>{}) << url;
    EXPECT_EQ(p.quick_check(), std::vector<std::string>{}) << url;
    EXPECT_EQ(p.integrity_check("t"), std::vector<std::string>{}) << url;
    EXPECT_EQ(p.quick_check("t"), std::vector<std::string>{}) << url;
  }
}

TEST(Pragmas, IntegrityCheckReportsProblemsUpToMaxErrors) {
  if (sqlite3_libversion_number() < 3033000)
    GTEST_SKIP() << "integrity_check(TABLE) needs SQLite 3.33";
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("i.db"));
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER CHECK (x > 0))"));
  conn.execute(sc::text("CREATE TABLE fine (y INTEGER)"));
  // Rows that break the CHECK, stored while SQLite was told not to check.
  conn.exec_driver_sql("PRAGMA ignore_check_constraints = ON");
  conn.execute(sc::text("INSERT INTO t (x) VALUES (-1), (-2), (-3)"));
  conn.exec_driver_sql("PRAGMA ignore_check_constraints = OFF");
  sc::Pragmas p = conn.pragmas();
  std::vector<std::string> problems = p.integrity_check();
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0], "CHECK constraint failed in t");
  EXPECT_EQ(p.integrity_check(2).size(), 2u);
  EXPECT_EQ(p.quick_check().size(), 3u);
  EXPECT_EQ(p.quick_check(1).size(), 1u);
  EXPECT_EQ(p.integrity_check("t").size(), 3u);
  EXPECT_EQ(p.integrity_check("fine"), std::vector<std::string>{});
  EXPECT_THROW_MSG(p.integrity_check(0), sc::ArgumentError, "max_errors must be at least 1");
  EXPECT_THROW_MSG(p.quick_check(-5), sc::ArgumentError, "max_errors must be at least 1");
}

TEST(Pragmas, ForeignKeyCheckReportsTypedViolations) {
  if (sqlite3_libversion_number() < 3026000)
    GTEST_SKIP() << "the test reads pragma_foreign_key_list";
  sc::testing::TempDir dir;
  // foreign_keys off, so the bad rows can be stored at all.
  sc::Engine engine = sc::create_engine(dir.url("fk.db"), {.foreign_keys = false});
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"));
  conn.execute(sc::text("CREATE TABLE other (id INTEGER PRIMARY KEY)"));
  conn.execute(
      sc::text("CREATE TABLE child (id INTEGER PRIMARY KEY, o INTEGER REFERENCES other (id), "
               "p INTEGER REFERENCES parent (id))"));
  conn.execute(sc::text(
      "CREATE TABLE kid (k TEXT PRIMARY KEY, p INTEGER REFERENCES parent (id)) WITHOUT ROWID"));
  conn.execute(sc::text("INSERT INTO parent (id) VALUES (1)"));
  conn.execute(sc::text("INSERT INTO child (id, o, p) VALUES (10, NULL, 1), (11, NULL, 2)"));
  conn.execute(sc::text("INSERT INTO kid (k, p) VALUES ('a', 3)"));
  sc::Pragmas p = conn.pragmas();

  std::vector<sc::ForeignKeyViolation> child = p.foreign_key_check("child");
  ASSERT_EQ(child.size(), 1u);
  EXPECT_EQ(child[0].table, "child");
  EXPECT_EQ(child[0].rowid, 11);
  EXPECT_TRUE(child[0].has_rowid);
  EXPECT_EQ(child[0].parent, "parent");
  // fk_index is the id PRAGMA foreign_key_list gives the constraint.
  EXPECT_EQ(child[0].fk_index,
            *conn.execute(sc::text("SELECT id FROM pragma_foreign_key_list('child') "
                                   "WHERE \"table\" = 'parent'"))
                 .scalar<int>());

  std::vector<sc::ForeignKeyViolation> all = p.foreign_key_check();
  ASSERT_EQ(all.size(), 2u);
  auto kid = std::find_if(all.begin(), all.end(), [](const auto& v) { return v.table == "kid"; });
  ASSERT_NE(kid, all.end());
  EXPECT_FALSE(kid->has_rowid);  // WITHOUT ROWID: SQLite reports NULL
  EXPECT_EQ(kid->rowid, 0);
  EXPECT_EQ(kid->parent, "parent");

  conn.execute(sc::text("DELETE FROM child WHERE id = 11"));
  conn.execute(sc::text("DELETE FROM kid"));
  EXPECT_TRUE(p.foreign_key_check().empty());
}

TEST(Pragmas, ForeignKeyCheckInMemory) {
  sc::Engine engine = sc::create_engine("sqlite://", {.foreign_keys = false});
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"));
  conn.execute(sc::text("CREATE TABLE child (id INTEGER PRIMARY KEY, p REFERENCES parent)"));
  EXPECT_TRUE(conn.pragmas().foreign_key_check().empty());
  conn.execute(sc::text("INSERT INTO child (id, p) VALUES (5, 9)"));
  std::vector<sc::ForeignKeyViolation> bad = conn.pragmas().foreign_key_check();
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].rowid, 5);
  EXPECT_EQ(bad[0].fk_index, 0);
}

TEST(Pragmas, WalCheckpointCopiesTheFrames) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("w.db"));
  sc::Connection conn = engine.connect();
  sc::Pragmas p = conn.pragmas();
  ASSERT_EQ(p.journal_mode(sc::JournalMode::wal), sc::JournalMode::wal);
  // Without automatic checkpoints, every frame written stays in the WAL until asked.
  conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0");
  conn.execute(sc::text("CREATE TABLE t (x TEXT)"));
  for (int i = 0; i < 20; ++i)
    conn.execute(sc::text("INSERT INTO t (x) VALUES (:x)"), {{"x", std::string(3000, 'a')}});
  sc::CheckpointResult passive = p.wal_checkpoint(sc::CheckpointMode::passive);
  EXPECT_FALSE(passive.busy);
  EXPECT_GT(passive.log_frames, 20);
  EXPECT_EQ(passive.checkpointed_frames, passive.log_frames);
  sc::CheckpointResult full = p.wal_checkpoint(sc::CheckpointMode::full);
  EXPECT_FALSE(full.busy);
  EXPECT_EQ(full.log_frames, passive.log_frames);  // the frames stay until the WAL restarts
  sc::CheckpointResult truncated = p.wal_checkpoint(sc::CheckpointMode::truncate);
  EXPECT_FALSE(truncated.busy);
  EXPECT_EQ(truncated.log_frames, 0);  // TRUNCATE empties the WAL file
  EXPECT_EQ(std::filesystem::file_size(dir.file("w.db-wal")), 0u);
  conn.execute(sc::text("INSERT INTO t (x) VALUES ('b')"));
  sc::CheckpointResult restart = p.wal_checkpoint(sc::CheckpointMode::restart);
  EXPECT_FALSE(restart.busy);
  EXPECT_GT(restart.log_frames, 0);
  EXPECT_EQ(count(conn, "t"), 21);
}

TEST(Pragmas, WalCheckpointReportsBusyWhenAReaderHoldsTheWal) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("w.db"), {.busy_timeout = 0ms});
  sc::Connection conn = engine.connect();
  ASSERT_EQ(conn.pragmas().journal_mode(sc::JournalMode::wal), sc::JournalMode::wal);
  conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0");
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  sc::Connection reader = engine.connect();
  sc::Transaction read_tx = reader.begin();
  EXPECT_EQ(count(reader, "t"), 0);  // a snapshot that needs the WAL's frames
  conn.execute(sc::text("INSERT INTO t (x) VALUES (1)"));
  sc::CheckpointResult cp = conn.pragmas().wal_checkpoint(sc::CheckpointMode::restart);
  EXPECT_TRUE(cp.busy);
  EXPECT_LT(cp.checkpointed_frames, cp.log_frames);
}

TEST(Pragmas, WalCheckpointOutsideWalModeReportsNoFrames) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  sc::CheckpointResult cp = conn.pragmas().wal_checkpoint(sc::CheckpointMode::truncate);
  EXPECT_FALSE(cp.busy);
  EXPECT_EQ(cp.log_frames, -1);
  EXPECT_EQ(cp.checkpointed_frames, -1);
}

TEST(Pragmas, OptimizeRunsAndLeavesTheConnectionUsable) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("o.db"));
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  conn.execute(sc::text("CREATE INDEX ix ON t (x)"));
  conn.execute(
      sc::text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
               "INSERT INTO t (x) SELECT i FROM n"));
  EXPECT_NO_THROW(conn.pragmas().optimize());
  EXPECT_EQ(count(conn, "t"), 100);
}

TEST(Pragmas, PageCountPageSizeAndFreelist) {
  sc::testing::TempDir dir;
  for (const std::string& url : {dir.url("p.db"), std::string("sqlite://")}) {
    sc::Engine engine = sc::create_engine(url);
    sc::Connection conn = engine.connect();
    sc::Pragmas p = conn.pragmas();
    EXPECT_EQ(p.page_size(), 4096) << url;  // SQLite's default since 3.12
    conn.execute(sc::text("CREATE TABLE t (x TEXT)"));
    std::int64_t before = p.page_count();
    for (int i = 0; i < 30; ++i)
      conn.execute(sc::text("INSERT INTO t (x) VALUES (:x)"), {{"x", std::string(2000, 'z')}});
    EXPECT_GT(p.page_count(), before + 10) << url;
    EXPECT_EQ(p.freelist_count(), 0) << url;
    conn.execute(sc::text("DELETE FROM t"));
    EXPECT_GT(p.freelist_count(), 10) << url;  // no auto_vacuum: freed pages stay in the file
  }
}

TEST(Pragmas, CacheSizeAndBusyTimeoutBelongToTheConnection) {
  sc::Engine engine = sc::create_engine("sqlite://", {.busy_timeout = 1234ms});
  sc::Connection conn = engine.connect();
  sc::Pragmas p = conn.pragmas();
  EXPECT_EQ(p.cache_size(), -2000);  // SQLite's default: 2,000 KiB
  p.set_cache_size(500);
  EXPECT_EQ(p.cache_size(), 500);
  p.set_cache_size(-4096);
  EXPECT_EQ(p.cache_size(), -4096);
  EXPECT_EQ(p.busy_timeout(), 1234ms);  // EngineOptions::busy_timeout
  p.set_busy_timeout(250ms);
  EXPECT_EQ(p.busy_timeout(), 250ms);
  EXPECT_THROW_MSG(p.set_busy_timeout(-1ms), sc::ArgumentError, "got -1 ms");
  EXPECT_THROW_MSG(p.set_busy_timeout(std::chrono::milliseconds(1LL << 40)), sc::ArgumentError,
                   "between 0 and");
  EXPECT_EQ(p.busy_timeout(), 250ms);
}

TEST(Pragmas, TableListNamesTablesAndViews) {
  if (sqlite3_libversion_number() < 3037000) {
    sc::Engine engine = sc::create_engine("sqlite://");
    sc::Connection conn = engine.connect();
    EXPECT_THROW_MSG(conn.pragmas().table_list(), sc::NotSupportedError, "3.37.0");
    return;
  }
  sc::testing::TempDir dir;
  for (const std::string& url : {dir.url("l.db"), std::string("sqlite://")}) {
    sc::Engine engine = sc::create_engine(url);
    sc::Connection conn = engine.connect();
    conn.execute(sc::text("CREATE TABLE plain (a INTEGER, b TEXT)"));
    conn.execute(sc::text("CREATE TABLE s (id INTEGER PRIMARY KEY, n INTEGER) STRICT"));
    conn.execute(sc::text("CREATE TABLE w (k TEXT PRIMARY KEY) WITHOUT ROWID"));
    conn.execute(sc::text("CREATE VIEW v AS SELECT a FROM plain"));
    std::vector<sc::TableListEntry> list = conn.pragmas().for_schema("main").table_list();
    auto find = [&](const std::string& name) {
      auto it =
          std::find_if(list.begin(), list.end(), [&](const auto& e) { return e.name == name; });
      EXPECT_NE(it, list.end()) << name;
      return it == list.end() ? sc::TableListEntry{} : *it;
    };
    sc::TableListEntry plain = find("plain");
    EXPECT_EQ(plain.schema, "main");
    EXPECT_EQ(plain.type, "table");
    EXPECT_EQ(plain.ncol, 2);
    EXPECT_FALSE(plain.strict);
    EXPECT_FALSE(plain.without_rowid);
    EXPECT_TRUE(find("s").strict);
    EXPECT_TRUE(find("w").without_rowid);
    EXPECT_EQ(find("v").type, "view");
    // Without for_schema(): every attached database, temp's schema table included.
    std::vector<sc::TableListEntry> every = conn.pragmas().table_list();
    EXPECT_TRUE(
        std::any_of(every.begin(), every.end(), [](const auto& e) { return e.schema == "temp"; }));
  }
}

TEST(Pragmas, ForSchemaQuotesTheNameAndTargetsThatDatabase) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("main.db"));
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  conn.execute(sc::text("ATTACH DATABASE :f AS \"we\"\"ird\""), {{"f", dir.file("aux.db")}});
  sc::Pragmas aux = conn.pragmas().for_schema("we\"ird");
  aux.set_user_version(9);
  EXPECT_EQ(aux.user_version(), 9);
  EXPECT_EQ(conn.pragmas().user_version(), 0);
  EXPECT_EQ(conn.pragmas().for_schema("main").user_version(), 0);
  EXPECT_EQ(aux.journal_mode(sc::JournalMode::wal), sc::JournalMode::wal);
  EXPECT_EQ(conn.pragmas().for_schema("main").journal_mode(), sc::JournalMode::delete_);
  EXPECT_EQ(aux.integrity_check(), std::vector<std::string>{});
  // A name that reads as SQL stays a name: SQLite finds no such database, nothing else runs.
  EXPECT_THROW_MSG(
      conn.pragmas().for_schema("main.user_version = 5; DROP TABLE t; --").user_version(),
      sc::OperationalError, "unknown database");
  EXPECT_THROW(conn.pragmas().foreign_key_check("t); DROP TABLE t; --"), sc::OperationalError);
  EXPECT_EQ(conn.pragmas().user_version(), 0);
  EXPECT_EQ(count(conn, "t"), 0);  // still there
}

TEST(Pragmas, FollowTheirConnectionAndRefuseAClosedOne) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  sc::Pragmas p = conn.pragmas();
  sc::Connection moved = std::move(conn);
  p.set_user_version(4);
  EXPECT_EQ(moved.pragmas().user_version(), 4);
  moved.close();
  EXPECT_THROW_MSG(p.user_version(), sc::InvalidRequestError, "closed");
  EXPECT_THROW(moved.pragmas(), sc::InvalidRequestError);
}
