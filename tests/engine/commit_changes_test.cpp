// Tests for Engine::on_commit_changes (src/engine/commit_changes.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <mutex>
#include <thread>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

/// What the listener saw: each notification's tables, sequence and thread; under a mutex.
struct Seen {
  std::mutex mutex;
  std::vector<std::vector<std::string>> tables;
  std::vector<std::optional<std::vector<std::int64_t>>> first_rowids;
  std::vector<std::uint64_t> sequences;
  std::vector<std::thread::id> threads;

  sc::CommitChangesListener listener() {
    return [this](const sc::CommittedChanges& ch) {
      std::lock_guard lock(mutex);
      tables.push_back(ch.tables());
      first_rowids.push_back(ch.tables().empty() ? std::nullopt : ch.rowids(ch.tables()[0]));
      sequences.push_back(ch.sequence());
      threads.push_back(std::this_thread::get_id());
    };
  }
  std::size_t size() {
    std::lock_guard lock(mutex);
    return tables.size();
  }
};

using Tables = std::vector<std::vector<std::string>>;

const char* kSchema =
    "CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT);"
    "CREATE TABLE b (id INTEGER PRIMARY KEY, v TEXT);"
    "CREATE TABLE w (k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID;"
    "CREATE TABLE nn (x INTEGER NOT NULL);";

sc::Engine engine_for(const std::string& url, Seen& seen) {
  sc::Engine engine = sc::create_engine(url);
  {
    sc::Connection c = engine.connect();
    c.raw().exec(kSchema);
  }
  engine.on_commit_changes(seen.listener());
  return engine;
}

}  // namespace

TEST(CommitChanges, CommittedTransactionNotifiesItsTablesAndRowids) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  Seen seen;
  sc::Engine engine = engine_for("sqlite://", seen);
  sc::Connection conn = engine.connect();
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO a VALUES (7, 'x'), (9, 'y')"));
  conn.execute(sc::text("UPDATE b SET v = 'none'"));  // changes no row: b is not named
  conn.execute(sc::text("INSERT INTO w VALUES ('k', 1)"));
  EXPECT_EQ(seen.size(), 0u) << "nothing before COMMIT";
  tx.commit();
  ASSERT_EQ(seen.tables, (Tables{{"a", "w"}}));
  EXPECT_EQ(seen.first_rowids[0], (std::vector<std::int64_t>{7, 9}));
  EXPECT_EQ(seen.threads[0], std::this_thread::get_id());
}

TEST(CommitChanges, AutocommittedStatementIsATransaction) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  Seen seen;
  sc::Engine engine = engine_for("sqlite://", seen);
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("INSERT INTO a (v) VALUES ('one')"));
  conn.execute(sc::text("DELETE FROM b"));  // no rows: no notification
  conn.execute(sc::text("UPDATE a SET v = 'two'"));
  conn.execute(sc::text("SELECT * FROM a")).fetchall();
  EXPECT_EQ(seen.tables, (Tables{{"a"}, {"a"}}));
  EXPECT_LT(seen.sequences[0], seen.sequences[1]);
}

TEST(CommitChanges, RolledBackTransactionNotifiesNothing) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  sc::testing::TempDir dir;
  Seen seen;
  sc::Engine engine = engine_for(dir.url("t.db"), seen);
  {
    sc::Connection conn = engine.connect();
    sc::Transaction tx = conn.begin();
    conn.execute(sc::text("INSERT INTO a VALUES (1, 'x')"));
    conn.execute(sc::text("INSERT INTO w VALUES ('k', 1)"));
    tx.rollback();
    sc::Transaction tx2 = conn.begin();
    conn.execute(sc::text("INSERT INTO b VALUES (1, 'x')"));
  }  // tx2 rolled back by its destructor
  {
    sc::Connection conn = engine.connect();
    sc::Transaction tx = conn.begin();
    conn.execute(sc::text("INSERT INTO w VALUES ('j', 1)"));
    conn.close();  // rolled back at close
  }
  EXPECT_EQ(seen.size(), 0u);
  sc::Connection conn = engine.connect();
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO b VALUES (2, 'kept')"));
  tx.commit();
  EXPECT_EQ(seen.tables, (Tables{{"b"}})) << "nothing rolled back leaks into the next commit";
}

TEST(CommitChanges, RolledBackSavepointNotifiesNothing) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  Seen seen;
  sc::Engine engine = engine_for("sqlite://", seen);
  sc::Connection conn = engine.connect();
  {
    sc::Transaction tx = conn.begin();
    conn.execute(sc::text("INSERT INTO a VALUES (1, 'kept')"));
    sc::Transaction sp = conn.begin_nested();
    conn.execute(sc::text("INSERT INTO b VALUES (1, 'undone')"));
    conn.execute(sc::text("INSERT INTO w VALUES ('undone', 1)"));
    sc::Transaction inner = conn.begin_nested();
    conn.execute(sc::text("UPDATE a SET v = 'undone too'"));
    inner.commit();  // released into sp, which is rolled back
    sp.rollback();
    sc::Transaction sp2 = conn.begin_nested();
    conn.execute(sc::text("INSERT INTO w VALUES ('kept', 2)"));
    sp2.commit();
    tx.commit();
  }
  ASSERT_EQ(seen.tables, (Tables{{"a", "w"}}));
  EXPECT_EQ(seen.first_rowids[0], (std::vector<std::int64_t>{1})) << "a's UPDATE was undone";
  {
    // Only a rolled-back savepoint wrote: the commit changed nothing, nothing is notified.
    sc::Transaction tx = conn.begin();
    sc::Transaction sp = conn.begin_nested();
    conn.execute(sc::text("INSERT INTO w VALUES ('x', 3)"));
    sp.rollback();
    tx.commit();
  }
  EXPECT_EQ(seen.size(), 1u);
}

TEST(CommitChanges, WithoutRowidTablesAreIncluded) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  Seen seen;
  sc::Engine engine = engine_for("sqlite://", seen);
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("INSERT INTO w VALUES ('a', 1), ('b', 2)"));
  conn.execute(sc::text("UPDATE w SET v = v + 1 WHERE k = 'a'"));
  conn.execute(sc::text("DELETE FROM w"));
  ASSERT_EQ(seen.tables, (Tables{{"w"}, {"w"}, {"w"}}));
  EXPECT_EQ(seen.first_rowids[0], std::nullopt) << "a WITHOUT ROWID table has no rowids";
}

TEST(CommitChanges, DeleteWithoutWhereIsSeen) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  Seen seen;
  sc::Engine engine = engine_for("sqlite://", seen);
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("INSERT INTO a VALUES (1, 'x'), (2, 'y')"));
  conn.execute(sc::text("DELETE FROM a"));  // SQLite's truncate optimisation skips the update hook
  ASSERT_EQ(seen.tables, (Tables{{"a"}, {"a"}}));
  EXPECT_EQ(seen.first_rowids.back(), (std::vector<std::int64_t>{1, 2}));
}

TEST(CommitChanges, FailedStatementIsNotNotified) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  Seen seen;
  sc::Engine engine = engine_for("sqlite://", seen);
  sc::Connection conn = engine.connect();
  // Two rows go in before the NULL fails the statement: SQLite undoes all three.
  EXPECT_THROW(conn.execute(sc::text("INSERT INTO nn VALUES (1), (2), (NULL)")),
               sc::IntegrityError);
  EXPECT_EQ(seen.size(), 0u);
  sc::Transaction tx = conn.begin();
  EXPECT_THROW(conn.execute(sc::text("INSERT INTO nn VALUES (1), (2), (NULL)")),
               sc::IntegrityError);
  conn.execute(sc::text("INSERT INTO a VALUES (1, 'x')"));
  tx.commit();
  EXPECT_EQ(seen.tables, (Tables{{"a"}}));
}

TEST(CommitChanges, CommitThroughTextAndExecuteManyNotify) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  Seen seen;
  sc::Engine engine = engine_for("sqlite://", seen);
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("BEGIN"));
  conn.execute(sc::text("INSERT INTO b VALUES (1, 'x')"));
  EXPECT_EQ(seen.size(), 0u);
  conn.execute(sc::text("COMMIT"));
  conn.execute_many(sc::text("INSERT INTO a (v) VALUES (:v)"), {{{"v", "p"}}, {{"v", "q"}}});
  EXPECT_EQ(seen.tables, (Tables{{"b"}, {"a"}}));
  EXPECT_EQ(seen.first_rowids[1], (std::vector<std::int64_t>{1, 2}));
}

TEST(CommitChanges, AppliedChangesetNotifies) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  Seen seen;
  sc::Engine engine = engine_for("sqlite://", seen);
  sc::Connection conn = engine.connect();
  sc::Changeset cs;
  {
    sc::ChangeRecorder rec(conn);
    conn.execute(sc::text("INSERT INTO w VALUES ('a', 1)"));
    cs = rec.changeset();
  }
  sc::apply_changeset(conn, cs.inverted());
  EXPECT_EQ(seen.tables, (Tables{{"w"}, {"w"}}));
  EXPECT_EQ(*conn.execute(sc::text("SELECT count(*) FROM w")).scalar<int>(), 0);
}

TEST(CommitChanges, ListenerExceptionIsDroppedAndOthersRun) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  Seen seen;
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.on_commit_changes([](const sc::CommittedChanges&) { throw std::runtime_error("view"); });
  engine.on_commit_changes(seen.listener());
  sc::Connection conn = engine.connect();
  conn.raw().exec(kSchema);
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO a VALUES (1, 'x')"));
  EXPECT_NO_THROW(tx.commit());
  EXPECT_NO_THROW(conn.execute(sc::text("INSERT INTO a VALUES (2, 'x')")));
  EXPECT_EQ(seen.size(), 2u);
  EXPECT_EQ(*conn.execute(sc::text("SELECT count(*) FROM a")).scalar<int>(), 2);
}

TEST(CommitChanges, ListenerSeesTheCommittedDataAndMayWrite) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  sc::testing::TempDir dir;
  Seen seen;
  sc::Engine engine = engine_for(dir.url("t.db"), seen);
  std::vector<std::int64_t> counts;
  engine.on_commit_changes([&](const sc::CommittedChanges& ch) {
    sc::Connection other = engine.connect();  // another connection: the commit is visible
    counts.push_back(*other.execute(sc::text("SELECT count(*) FROM a")).scalar<std::int64_t>());
    if (ch.contains("a")) other.execute(sc::text("INSERT INTO b VALUES (NULL, 'log')"));
  });
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("INSERT INTO a VALUES (1, 'x')"));
  EXPECT_EQ(seen.tables, (Tables{{"a"}, {"b"}}));  // the listener's own commit comes second
  EXPECT_EQ(counts, (std::vector<std::int64_t>{1, 1}));
}

TEST(CommitChanges, RegisteredWhileCheckedOutWatchesFromNextBegin) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  Seen seen;
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec(kSchema);
  engine.on_commit_changes(seen.listener());
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO a VALUES (1, 'x')"));
  tx.commit();
  EXPECT_EQ(seen.tables, (Tables{{"a"}}));
}

TEST(CommitChanges, EightThreadsThroughQueuePoolGetOneNotificationPerCommit) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  sc::testing::TempDir dir;
  Seen seen;
  sc::Engine engine = sc::create_engine(
      dir.url("q.db"),
      {.begin_mode = sc::BeginMode::immediate, .pool = sc::PoolKind::queue, .pool_size = 8});
  {
    sc::Connection c = engine.connect();
    c.raw().exec("PRAGMA journal_mode = WAL");
    c.raw().exec(kSchema);
  }
  engine.on_commit_changes(seen.listener());
  constexpr int kThreads = 8, kCommits = 25;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kCommits; ++i) {
        sc::Connection c = engine.connect();
        sc::Transaction tx = c.begin();
        c.execute(
            sc::text(i % 2 == 0 ? "INSERT INTO a (v) VALUES (:v)" : "INSERT INTO w VALUES (:v, 0)"),
            {{"v", std::to_string(t) + "/" + std::to_string(i)}});
        if (i % 5 == 0) {  // a rolled-back savepoint now and then: still one notification
          sc::Transaction sp = c.begin_nested();
          c.execute(sc::text("INSERT INTO b (v) VALUES ('undone')"));
          sp.rollback();
        }
        tx.commit();
      }
    });
  for (auto& th : threads) th.join();
  std::lock_guard lock(seen.mutex);
  ASSERT_EQ(seen.sequences.size(), static_cast<std::size_t>(kThreads * kCommits));
  for (std::size_t i = 0; i < seen.sequences.size(); ++i) {
    if (i > 0) {
      EXPECT_LT(seen.sequences[i - 1], seen.sequences[i]) << "delivered in commit order";
    }
    ASSERT_EQ(seen.tables[i].size(), 1u);
    EXPECT_NE(seen.tables[i][0], "b");
  }
}

TEST(CommitChanges, RecorderOpenedBeforeWatchingKeepsRecording) {
  SQLCORE_REQUIRE_FEATURE(lacks_change_hooks);
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  Seen seen;
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec(kSchema);
  sc::ChangeRecorder rec(conn);  // its session first, then the engine's hooks (at begin)
  engine.on_commit_changes(seen.listener());
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO w VALUES ('a', 1)"));
  conn.execute(sc::text("INSERT INTO a VALUES (1, 'x')"));
  tx.commit();
  EXPECT_EQ(seen.tables, (Tables{{"w", "a"}}));
  EXPECT_EQ(rec.changeset().changes().size(), 2u);
}
