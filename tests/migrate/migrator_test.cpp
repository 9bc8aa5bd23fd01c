// Tests for the versioned Migrator on real files (src/migrate/migrator.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <atomic>
#include <chrono>
#include <thread>

#include <gtest/gtest.h>

#include "support/db_state.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

std::int64_t count(sc::Connection& c, const std::string& sql) {
  return c.exec_driver_sql(sql).scalar<std::int64_t>().value_or(-1);
}

sc::Migrator::Step sql_step(std::string sql) {
  return [sql](sc::Connection& c) { c.raw().exec(sql); };
}

template <class F>
std::string message_of(F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "(no exception)";
}

}  // namespace

TEST(Migrator, RunsPendingStepsInOrderAndRecordsThem) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("m.db"));
  sc::Migrator m(engine);
  m.add(1, "create users", sql_step("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"))
      .add(2, "add email", sql_step("ALTER TABLE users ADD COLUMN email TEXT"))
      .add(3, "seed", sql_step("INSERT INTO users (name, email) VALUES ('ann', 'a@x')"));
  EXPECT_EQ(m.current_version(), 0);
  EXPECT_EQ(m.pending(), (std::vector<int>{1, 2, 3}));
  EXPECT_TRUE(m.applied().empty());

  m.upgrade(2);
  EXPECT_EQ(m.current_version(), 2);
  EXPECT_EQ(m.pending(), (std::vector<int>{3}));
  m.upgrade();
  EXPECT_EQ(m.current_version(), 3);
  EXPECT_TRUE(m.pending().empty());
  m.upgrade();  // nothing pending: nothing runs twice

  auto applied = m.applied();
  ASSERT_EQ(applied.size(), 3u);
  EXPECT_EQ(applied[0].version, 1);
  EXPECT_EQ(applied[0].name, "create users");
  EXPECT_EQ(applied[2].name, "seed");
  ASSERT_EQ(applied[1].applied_at.size(), 19u) << applied[1].applied_at;  // YYYY-MM-DD HH:MM:SS
  EXPECT_EQ(applied[1].applied_at[4], '-');
  EXPECT_EQ(applied[1].applied_at[10], ' ');
  sc::Connection c = engine.connect();
  EXPECT_EQ(count(c, "SELECT count(*) FROM users"), 1);
}

TEST(Migrator, StateTableNameIsAnOption) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("m.db"));
  sc::Migrator m(engine, sc::MigratorOptions{.table = "app versions"});
  m.add(1, "t", sql_step("CREATE TABLE t (x)"));
  m.upgrade();
  sc::Connection c = engine.connect();
  EXPECT_EQ(count(c, "SELECT count(*) FROM \"app versions\""), 1);
  EXPECT_EQ(count(c, "SELECT count(*) FROM sqlite_master WHERE name = 'sqlcore_migrations'"), 0);
}

TEST(Migrator, RefusesVersionZeroNegativeOrDuplicate) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("m.db"));
  sc::Migrator m(engine);
  m.add(1, "one", sql_step("CREATE TABLE a (x)"));
  EXPECT_THROW(m.add(0, "zero", sql_step("SELECT 1")), sc::ArgumentError);
  EXPECT_THROW(m.add(-3, "minus", sql_step("SELECT 1")), sc::ArgumentError);
  std::string msg = message_of([&] { m.add(1, "again", sql_step("SELECT 1")); });
  EXPECT_NE(msg.find("version 1"), std::string::npos) << msg;
  EXPECT_NE(msg.find("\"one\""), std::string::npos) << msg;
  EXPECT_THROW(m.add(2, "empty", nullptr), sc::ArgumentError);
}

TEST(Migrator, SomeoneElsesMigrationsAreAMigrationError) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("m.db"));
  {
    sc::Migrator theirs(engine);
    theirs.add(1, "create users", sql_step("CREATE TABLE users (id INTEGER PRIMARY KEY)"))
        .add(2, "their step", sql_step("CREATE TABLE other (x)"));
    theirs.upgrade();
  }
  sc::Migrator unknown(engine);  // knows 1 but not 2
  unknown.add(1, "create users", sql_step("CREATE TABLE users (id INTEGER PRIMARY KEY)"));
  EXPECT_THROW(unknown.pending(), sc::MigrationError);
  std::string msg = message_of([&] { unknown.upgrade(); });
  EXPECT_NE(msg.find("migration 2"), std::string::npos) << msg;
  EXPECT_NE(msg.find("their step"), std::string::npos) << msg;

  sc::Migrator renamed(engine);  // same numbers, another name for 2
  renamed.add(1, "create users", sql_step("SELECT 1"))
      .add(2, "my step", sql_step("SELECT 1"))
      .add(3, "more", sql_step("CREATE TABLE more (x)"));
  msg = message_of([&] { renamed.upgrade(); });
  EXPECT_NE(msg.find("\"their step\""), std::string::npos) << msg;
  EXPECT_NE(msg.find("\"my step\""), std::string::npos) << msg;
  EXPECT_THROW(renamed.pending(), sc::MigrationError);
  sc::Connection c = engine.connect();
  EXPECT_EQ(count(c, "SELECT count(*) FROM sqlite_master WHERE name = 'more'"), 0);
  EXPECT_EQ(renamed.current_version(), 2);
}

TEST(Migrator, FailingStepRollsBackAndRecordsNothingEarlierStepsStay) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("m.db"));
  sc::Migrator m(engine);
  m.add(1, "create", sql_step("CREATE TABLE t (id INTEGER PRIMARY KEY, x UNIQUE)"))
      .add(2, "fails half way",
           [](sc::Connection& c) {
             c.raw().exec("CREATE TABLE half (y); INSERT INTO t (x) VALUES (1)");
             c.raw().exec("INSERT INTO t (x) VALUES (1)");  // UNIQUE fails
           })
      .add(3, "never", sql_step("CREATE TABLE never (z)"));
  EXPECT_THROW(m.upgrade(), sc::IntegrityError);
  EXPECT_EQ(m.current_version(), 1);
  EXPECT_EQ(m.pending(), (std::vector<int>{2, 3}));
  sc::Connection c = engine.connect();
  EXPECT_EQ(count(c, "SELECT count(*) FROM sqlite_master WHERE name IN ('half', 'never')"), 0);
  EXPECT_EQ(count(c, "SELECT count(*) FROM t"), 0);
  EXPECT_EQ(count(c, "PRAGMA foreign_keys"), 1);  // restored after the failure
}

TEST(Migrator, StepRebuildingACascadeParentDeletesNoChild) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("m.db"));  // foreign_keys=ON
  {
    sc::Connection c = engine.connect();
    c.raw().exec(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT);"
        "CREATE TABLE child (id INTEGER PRIMARY KEY, "
        "  parent_id INTEGER REFERENCES parent(id) ON DELETE CASCADE);"
        "INSERT INTO parent VALUES (1, 'a'), (2, 'b');"
        "INSERT INTO child VALUES (10, 1), (11, 1), (12, 2);");
  }
  sc::Connection before = engine.connect();
  const auto rows_before = sc::testing::table_rows(before);
  before.close();

  sc::Migrator m(engine);
  // SQLite's 12-step rebuild written by hand: DROP TABLE parent with foreign keys on would
  // delete every child first.
  m.add(1, "rebuild parent",
        sql_step("CREATE TABLE parent_new (id INTEGER PRIMARY KEY, "
                 "name TEXT NOT NULL DEFAULT '');"
                 "INSERT INTO parent_new (id, name) SELECT id, name FROM parent;"
                 "DROP TABLE parent;"
                 "ALTER TABLE parent_new RENAME TO parent;"));
  m.upgrade();
  sc::Connection c = engine.connect();
  auto rows_after = sc::testing::table_rows(c);
  rows_after.erase("sqlcore_migrations");
  EXPECT_EQ(rows_after, rows_before);
  EXPECT_EQ(count(c, "SELECT count(*) FROM child"), 3);
  EXPECT_EQ(sc::testing::integrity(c), "ok");
  EXPECT_TRUE(sc::testing::foreign_key_violations(c).empty());
  EXPECT_EQ(count(c, "PRAGMA foreign_keys"), 1);
}

TEST(Migrator, ForeignKeyViolationBeforeCommitFailsTheStep) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("m.db"));
  sc::Migrator m(engine);
  m.add(1, "tables",
        sql_step("CREATE TABLE p (id INTEGER PRIMARY KEY);"
                 "CREATE TABLE ch (id INTEGER PRIMARY KEY, p_id REFERENCES p(id));"))
      .add(2, "orphan", sql_step("INSERT INTO ch VALUES (1, 99)"));
  std::string msg = message_of([&] { m.upgrade(); });
  EXPECT_NE(msg.find("foreign key violation"), std::string::npos) << msg;
  EXPECT_NE(msg.find("\"orphan\""), std::string::npos) << msg;
  EXPECT_EQ(m.current_version(), 1);
  sc::Connection c = engine.connect();
  EXPECT_EQ(count(c, "SELECT count(*) FROM ch"), 0);
  EXPECT_EQ(count(c, "PRAGMA foreign_keys"), 1);
}

TEST(Migrator, ForeignKeysOffStaysOff) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("m.db"), {.foreign_keys = false});
  sc::Migrator m(engine);
  m.add(1, "t", [](sc::Connection& c) {
    EXPECT_EQ(count(c, "PRAGMA foreign_keys"), 0);
    c.raw().exec("CREATE TABLE t (x)");
  });
  m.upgrade();
  sc::Connection c = engine.connect();
  EXPECT_EQ(count(c, "PRAGMA foreign_keys"), 0);
}

TEST(Migrator, ConcurrentUpgradesRunEachStepOnce) {
  sc::testing::TempDir dir;
  const std::string url = dir.url("m.db");
  std::atomic<int> runs{0};
  auto make = [&](sc::Engine& e) {
    sc::Migrator m(e);
    m.add(1, "slow", [&](sc::Connection& c) {
      ++runs;
      c.raw().exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)");
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    });
    m.add(2, "second", [&](sc::Connection& c) {
      ++runs;
      c.raw().exec("INSERT INTO t VALUES (2)");
    });
    return m;
  };
  sc::Engine e1 = sc::create_engine(url);
  sc::Engine e2 = sc::create_engine(url);
  sc::Migrator m1 = make(e1);
  sc::Migrator m2 = make(e2);
  std::exception_ptr err1, err2;
  std::thread a([&] {
    try {
      m1.upgrade();
    } catch (...) {
      err1 = std::current_exception();
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  std::thread b([&] {
    try {
      m2.upgrade();
    } catch (...) {
      err2 = std::current_exception();
    }
  });
  a.join();
  b.join();
  EXPECT_FALSE(err1);
  EXPECT_FALSE(err2);
  EXPECT_EQ(runs.load(), 2);
  sc::Connection c = e1.connect();
  EXPECT_EQ(count(c, "SELECT count(*) FROM t"), 2);
  EXPECT_EQ(m2.current_version(), 2);
  EXPECT_TRUE(m2.pending().empty());
}

// API §10's example: a step that creates tables, one that uses Operations.
TEST(Migrator, StepsUseCreateAllAndOperations) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("m.db"));
  sc::MetaData target;
  target.table("users", sc::Column("id", sc::Integer()).primary_key(),
               sc::Column("name", sc::String(50)));
  target.table(
      "posts", sc::Column("id", sc::Integer()).primary_key(),
      sc::Column("user_id", sc::Integer()).foreign_key("users.id", sc::FK().ondelete("CASCADE")));
  sc::Migrator m(engine);
  m.add(1, "create users", [&](sc::Connection& c) { target.create_all(c); });
  m.add(2, "seed", sql_step("INSERT INTO users VALUES (1, 'a'); INSERT INTO posts VALUES (1, 1)"));
  m.add(3, "add email", [](sc::Connection& c) {
    sc::Operations(c).add_column("users", sc::Column("email", sc::String(100)));
  });
  m.add(4, "check names", [](sc::Connection& c) {  // a rebuild of the cascade parent
    sc::Operations(c).create_check_constraint("ck_users_name", "users", "name <> ''");
  });
  EXPECT_EQ(m.pending(), (std::vector<int>{1, 2, 3, 4}));
  m.upgrade();
  EXPECT_EQ(m.current_version(), 4);
  sc::Connection c = engine.connect();
  EXPECT_EQ(count(c, "SELECT count(*) FROM posts"), 1);                      // no cascade
  EXPECT_EQ(count(c, "SELECT count(*) FROM users WHERE email IS NULL"), 1);  // the column is there
  EXPECT_THROW(c.raw().exec("INSERT INTO users (id, name) VALUES (2, '')"), sc::IntegrityError);
  EXPECT_EQ(sc::testing::integrity(c), "ok");
  EXPECT_TRUE(sc::testing::foreign_key_violations(c).empty());
}
