// Tests for the data-loss checks of a migration plan (src/migrate/data_loss.cpp): each kind
// counted against the data before anything runs, and described.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/db_state.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
namespace st = sqlcore::testing;

namespace {

sc::Column pk() { return sc::Column("id", sc::Integer()).primary_key(); }

struct Db {
  st::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("loss.db"));
  sc::Connection conn = engine.connect();
  void exec(const std::string& sql) { conn.raw().exec(sql); }
};

std::string all(const std::vector<sc::DataLoss>& losses) {
  std::string out;
  for (const auto& l : losses) out += l.describe() + "\n";
  return out;
}

}  // namespace

TEST(DataLoss, TypeConversionCountsValuesThatChangeStorageClass) {
  Db db;
  db.exec(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, s TEXT);"
      "INSERT INTO t (n, r, s) VALUES (1, 1.5, '7'), (2, 2.0, 'x'), ('y', NULL, '3.25'),"
      " (NULL, 4.0, NULL);");
  const auto before = st::table_rows(db.conn);
  sc::MetaData target;
  // n INTEGER -> TEXT: 1 and 2 become text ('y' is text already)
  // r REAL -> INTEGER: 2.0 and 4.0 become integers, 1.5 stays a real
  // s TEXT -> REAL: '7' and '3.25' become reals, 'x' stays text
  target.table("t", pk(), sc::Column("n", sc::Text()), sc::Column("r", sc::Integer()),
               sc::Column("s", sc::Float()));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, target);
  ASSERT_EQ(plan.data_loss().size(), 3u) << all(plan.data_loss());
  for (const auto& l : plan.data_loss()) {
    EXPECT_EQ(l.kind, sc::DataLoss::Kind::type_conversion);
    EXPECT_EQ(l.table, "t");
    EXPECT_EQ(l.rows, 2) << l.describe();
  }
  EXPECT_EQ(plan.data_loss()[0].column, "n");
  EXPECT_EQ(plan.data_loss()[0].describe(),
            "t.n: 2 row(s) hold values that INTEGER -> TEXT converts");
  EXPECT_EQ(plan.data_loss()[1].detail, "REAL -> INTEGER");
  EXPECT_EQ(plan.data_loss()[2].detail, "TEXT -> FLOAT");
  EXPECT_EQ(st::table_rows(db.conn), before);  // planning changed nothing
  EXPECT_EQ(
      db.conn.exec_driver_sql("SELECT count(*) FROM sqlite_temp_master").scalar<std::int64_t>(),
      0);  // the probe is gone
}

TEST(DataLoss, SameAffinityIsNoConversion) {
  Db db;
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, s VARCHAR(10)); INSERT INTO t (s) VALUES ('1')");
  sc::MetaData target;
  target.table("t", pk(), sc::Column("s", sc::String(200)));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, target);
  EXPECT_FALSE(plan.empty());
  EXPECT_TRUE(plan.data_loss().empty()) << all(plan.data_loss());
}

TEST(DataLoss, DroppedTablesAndColumnsHoldingValues) {
  Db db;
  db.exec(
      "CREATE TABLE keep (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT);"
      "CREATE TABLE gone (x); CREATE TABLE empty_gone (x);"
      "INSERT INTO keep (a, b, c) VALUES ('1', NULL, 'z'), ('2', NULL, NULL);"
      "INSERT INTO gone VALUES (1), (2), (3);");
  sc::MetaData target;
  target.table("keep", pk(), sc::Column("a", sc::Text()));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, target, {.drop_extra_tables = true});
  const auto& losses = plan.data_loss();
  ASSERT_EQ(losses.size(), 2u) << all(losses);  // b holds only NULLs, empty_gone no rows
  auto find = [&](sc::DataLoss::Kind k) {
    for (const auto& l : losses)
      if (l.kind == k) return &l;
    return static_cast<const sc::DataLoss*>(nullptr);
  };
  ASSERT_NE(find(sc::DataLoss::Kind::drop_column), nullptr);
  EXPECT_EQ(find(sc::DataLoss::Kind::drop_column)->column, "c");
  EXPECT_EQ(find(sc::DataLoss::Kind::drop_column)->rows, 1);
  ASSERT_NE(find(sc::DataLoss::Kind::drop_table), nullptr);
  EXPECT_EQ(find(sc::DataLoss::Kind::drop_table)->table, "gone");
  EXPECT_EQ(find(sc::DataLoss::Kind::drop_table)->rows, 3);
  EXPECT_EQ(find(sc::DataLoss::Kind::drop_table)->describe(),
            "gone: dropping the table loses its 3 row(s)");
  // Without drop_extra_tables the tables stay: only the column is lost.
  EXPECT_EQ(sc::plan_migration(db.conn, target).data_loss().size(), 1u);
}

TEST(DataLoss, NewNotNullColumnWithoutDefaultOnATableWithRows) {
  Db db;
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT); INSERT INTO t (a) VALUES ('x'), ('y')");
  sc::MetaData target;
  target.table("t", pk(), sc::Column("a", sc::Text()),
               sc::Column("b", sc::Integer()).nullable(false));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, target);
  ASSERT_EQ(plan.data_loss().size(), 1u) << all(plan.data_loss());
  EXPECT_EQ(plan.data_loss()[0].kind, sc::DataLoss::Kind::not_null);
  EXPECT_EQ(plan.data_loss()[0].column, "b");
  EXPECT_EQ(plan.data_loss()[0].rows, 2);
  EXPECT_EQ(plan.data_loss()[0].describe(),
            "t.b: NOT NULL, but 2 row(s) hold NULL and there is no DEFAULT");
}

TEST(DataLoss, NewCheckUniqueAndForeignKeyThatRowsViolate) {
  Db db;
  db.exec(
      "CREATE TABLE dept (id INTEGER PRIMARY KEY);"
      "CREATE TABLE emp (id INTEGER PRIMARY KEY, age INTEGER, code TEXT, dept_id INTEGER);"
      "INSERT INTO dept VALUES (1);"
      "INSERT INTO emp (age, code, dept_id) VALUES (10, 'a', 1), (30, 'a', 9), (NULL, 'a', NULL),"
      " (40, NULL, 8), (50, NULL, 1);");
  sc::MetaData target;
  target.table("dept", pk());
  target.table("emp", pk(), sc::Column("age", sc::Integer()).check("age >= 18"),
               sc::Column("code", sc::Text()).unique(),
               sc::Column("dept_id", sc::Integer()).foreign_key("dept.id"));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, target);
  const auto& losses = plan.data_loss();
  ASSERT_EQ(losses.size(), 3u) << all(losses);
  EXPECT_EQ(losses[0].kind, sc::DataLoss::Kind::check);
  EXPECT_EQ(losses[0].rows, 1);  // 10; NULL passes a CHECK
  EXPECT_EQ(losses[0].detail, "age >= 18");
  EXPECT_EQ(losses[1].kind, sc::DataLoss::Kind::unique);
  EXPECT_EQ(losses[1].column, "code");
  EXPECT_EQ(losses[1].rows, 3);  // three 'a'; NULLs are distinct
  EXPECT_EQ(losses[2].kind, sc::DataLoss::Kind::foreign_key);
  EXPECT_EQ(losses[2].column, "dept_id");
  EXPECT_EQ(losses[2].rows, 2);  // 9 and 8; NULL refers to nothing
  EXPECT_EQ(losses[2].describe(), "emp.dept_id: 2 row(s) refer to no row of dept");
  try {
    plan.apply(db.conn);
    FAIL() << "no DataLossError";
  } catch (const sc::DataLossError& e) {
    const std::string what = e.what();
    for (const auto& l : losses) EXPECT_NE(what.find(l.describe()), std::string::npos) << what;
  }
}

TEST(DataLoss, ChecksSeeTheRowsTheCopyMakesRenamesAndDefaultsIncluded) {
  SQLCORE_REQUIRE(supports_rename_column);
  Db db;
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER); INSERT INTO t (v) VALUES (1), (-1)");
  sc::MetaData target;
  target.table("t", pk(), sc::Column("value", sc::Integer()),
               sc::Column("w", sc::Integer()).server_default(sc::text("5")),
               sc::CheckConstraint("value > 0 AND w = 5"));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, target, {.renames = {{"t.v", "value"}}});
  ASSERT_EQ(plan.data_loss().size(), 1u) << all(plan.data_loss());
  EXPECT_EQ(plan.data_loss()[0].kind, sc::DataLoss::Kind::check);
  EXPECT_EQ(plan.data_loss()[0].rows, 1);
}

TEST(DataLoss, ValuesAStrictTableRefuses) {
  SQLCORE_REQUIRE(supports_strict_tables);
  Db db;
  db.exec(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT);"
      "INSERT INTO t (n, s) VALUES (1, 'a'), ('2', 'b'), ('x', 3), (1.5, NULL), (NULL, x'01');");
  const auto schema = st::schema_rows(db.conn);
  const auto rows = st::table_rows(db.conn);
  sc::MetaData target;
  target.table("t", pk(), sc::Column("n", sc::Integer()), sc::Column("s", sc::Text()),
               sc::sqlite_strict(true));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, target);
  ASSERT_EQ(plan.data_loss().size(), 2u) << all(plan.data_loss());
  // n: 'x' and 1.5 stay what INTEGER cannot hold ('2' becomes 2); s: the blob (3 becomes '3')
  EXPECT_EQ(plan.data_loss()[0].column, "n");
  EXPECT_EQ(plan.data_loss()[0].rows, 2);
  EXPECT_EQ(plan.data_loss()[0].describe(),
            "t.n: 2 row(s) hold values that INTEGER -> STRICT INTEGER refuses");
  EXPECT_EQ(plan.data_loss()[1].column, "s");
  EXPECT_EQ(plan.data_loss()[1].rows, 1);
  EXPECT_THROW(plan.apply(db.conn), sc::DataLossError);
  // Allowed, SQLite refuses the copy: rolled back, nothing changed.
  EXPECT_THROW(plan.apply(db.conn, {.allow_data_loss = true}), sc::IntegrityError);
  EXPECT_EQ(st::schema_rows(db.conn), schema);
  EXPECT_EQ(st::table_rows(db.conn), rows);
}
