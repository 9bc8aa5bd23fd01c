// Tests for plan_migration, MigrationPlan::apply and script() on real files
// (src/migrate/plan.cpp): every row survives, integrity_check is ok, foreign_key_check is
// empty, and a second compare after apply is empty.
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

std::int64_t count(sc::Connection& c, const std::string& sql) {
  return c.exec_driver_sql(sql).scalar<std::int64_t>().value_or(-1);
}

std::string describe(const sc::MigrationPlan& plan) {
  std::string out;
  for (const auto& s : plan.steps()) out += s.describe() + "\n" + s.sql();
  for (const auto& l : plan.data_loss()) out += "loss: " + l.describe() + "\n";
  return out;
}

// The checks every migration test ends with.
void expect_migrated(sc::Connection& conn, const sc::MetaData& target) {
  EXPECT_EQ(st::integrity(conn), "ok");
  EXPECT_TRUE(st::foreign_key_violations(conn).empty());
  const sc::SchemaDiff diff = sc::compare(conn, target);
  EXPECT_TRUE(diff.empty()) << diff.describe();
  EXPECT_TRUE(sc::plan_migration(conn, target).empty());
  EXPECT_FALSE(conn.in_transaction());
}

struct Db {
  st::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("plan.db"));
  sc::Connection conn = engine.connect();
  void exec(const std::string& sql) { conn.raw().exec(sql); }
};

}  // namespace

TEST(MigrationPlan, NothingToDoIsAnEmptyPlan) {
  Db db;
  sc::MetaData v1;
  v1.table("users", pk(), sc::Column("name", sc::String(50)));
  v1.create_all(db.conn);
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v1);
  EXPECT_TRUE(plan.empty()) << describe(plan);
  EXPECT_TRUE(plan.diff().empty());
  EXPECT_EQ(plan.script(), "");
  plan.apply(db.conn);
}

TEST(MigrationPlan, AddNotNullColumnWithDefaultIsAnAlterTable) {
  Db db;
  sc::MetaData v1;
  v1.table("users", pk(), sc::Column("name", sc::String(50)));
  v1.create_all(db.conn);
  db.exec("INSERT INTO users (name) VALUES ('ann'), (NULL), ('bob')");
  const auto before = st::table_rows(db.conn);

  sc::MetaData v2;
  v2.table("users", pk(), sc::Column("name", sc::String(50)),
           sc::Column("email", sc::String(100)).nullable(false).server_default(""));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  ASSERT_EQ(plan.steps().size(), 1u) << describe(plan);
  EXPECT_FALSE(plan.steps()[0].rebuilds_table());
  EXPECT_NE(plan.steps()[0].sql().find("ALTER TABLE \"users\" ADD COLUMN"), std::string::npos)
      << plan.steps()[0].sql();
  EXPECT_FALSE(plan.needs_foreign_keys_off());
  EXPECT_TRUE(plan.data_loss().empty());
  plan.apply(db.conn);

  const auto after = st::table_rows(db.conn);
  ASSERT_EQ(after.at("users").size(), 3u);
  for (std::size_t i = 0; i < 3; ++i)
    EXPECT_EQ(after.at("users")[i], before.at("users")[i] + "|t:");
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, DropColumnThatAnIndexAViewAndATriggerUse) {
  Db db;
  db.exec(
      "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, legacy TEXT, price INTEGER);"
      "CREATE INDEX ix_item_legacy ON item (legacy);"
      "CREATE TABLE log (msg TEXT);"
      "CREATE VIEW item_v AS SELECT id, name, legacy FROM item;"
      "CREATE TRIGGER item_ins AFTER INSERT ON item BEGIN INSERT INTO log VALUES (new.legacy); "
      "END;"
      "INSERT INTO item (name, legacy, price) VALUES ('a', 'x', 1), ('b', NULL, 2), ('c', 'z', "
      "3);");
  const auto before = st::table_rows(db.conn);

  sc::MetaData v2;
  v2.table("item", pk(), sc::Column("name", sc::Text()), sc::Column("price", sc::Integer()));
  v2.table("log", sc::Column("msg", sc::Text()));
  v2.view("item_v", "SELECT id, name FROM item");
  v2.trigger("item_ins",
             "CREATE TRIGGER item_ins AFTER INSERT ON item BEGIN INSERT INTO log VALUES "
             "(new.name); END");
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  ASSERT_EQ(plan.data_loss().size(), 1u) << describe(plan);
  const sc::DataLoss& loss = plan.data_loss()[0];
  EXPECT_EQ(loss.kind, sc::DataLoss::Kind::drop_column);
  EXPECT_EQ(loss.table, "item");
  EXPECT_EQ(loss.column, "legacy");
  EXPECT_EQ(loss.rows, 2);
  EXPECT_THROW(plan.apply(db.conn), sc::DataLossError);
  EXPECT_EQ(st::table_rows(db.conn), before);  // refused: nothing ran

  plan.apply(db.conn, {.allow_data_loss = true});
  const auto after = st::table_rows(db.conn);
  EXPECT_EQ(after.at("item"),
            (std::vector<std::string>{"i:1|i:1|t:a|i:1", "i:2|i:2|t:b|i:2", "i:3|i:3|t:c|i:3"}));
  EXPECT_EQ(after.at("log"), before.at("log"));
  db.exec("INSERT INTO item (name, price) VALUES ('d', 4)");
  EXPECT_EQ(count(db.conn, "SELECT count(*) FROM log WHERE msg = 'd'"), 1);
  EXPECT_EQ(count(db.conn, "SELECT count(*) FROM item_v"), 4);
  EXPECT_EQ(count(db.conn, "SELECT count(*) FROM sqlite_master WHERE name = 'ix_item_legacy'"), 0);
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, DropColumnNothingUsesIsAnAlterTableOn335) {
  SQLCORE_REQUIRE(supports_drop_column);
  Db db;
  sc::MetaData v1;
  v1.table("t", pk(), sc::Column("a", sc::Integer()), sc::Column("b", sc::Integer()));
  v1.create_all(db.conn);
  db.exec("INSERT INTO t (a, b) VALUES (1, NULL), (2, NULL)");
  sc::MetaData v2;
  v2.table("t", pk(), sc::Column("a", sc::Integer()));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  ASSERT_EQ(plan.steps().size(), 1u) << describe(plan);
  EXPECT_FALSE(plan.steps()[0].rebuilds_table());
  EXPECT_NE(plan.steps()[0].sql().find("DROP COLUMN \"b\""), std::string::npos);
  EXPECT_TRUE(plan.data_loss().empty());  // b holds only NULLs
  plan.apply(db.conn);
  EXPECT_EQ(st::table_rows(db.conn).at("t"),
            (std::vector<std::string>{"i:1|i:1|i:1", "i:2|i:2|i:2"}));
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, TypeChangeConvertsAndDataLossCountsTheRows) {
  Db db;
  sc::MetaData v1;
  v1.table("m", pk(), sc::Column("v", sc::Text()));
  v1.create_all(db.conn);
  db.exec("INSERT INTO m (v) VALUES ('12'), ('abc'), ('1.5'), (NULL), (x'00')");
  sc::MetaData v2;
  v2.table("m", pk(), sc::Column("v", sc::Integer()));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  ASSERT_EQ(plan.data_loss().size(), 1u) << describe(plan);
  const sc::DataLoss& loss = plan.data_loss()[0];
  EXPECT_EQ(loss.kind, sc::DataLoss::Kind::type_conversion);
  EXPECT_EQ(loss.column, "v");
  EXPECT_EQ(loss.rows, 2);  // '12' -> 12, '1.5' -> 1.5
  EXPECT_EQ(loss.detail, "TEXT -> INTEGER");
  EXPECT_NE(loss.describe().find("2 row(s)"), std::string::npos) << loss.describe();
  try {
    plan.apply(db.conn);
    FAIL() << "no DataLossError";
  } catch (const sc::DataLossError& e) {
    EXPECT_NE(std::string(e.what()).find("m.v"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("TEXT -> INTEGER"), std::string::npos) << e.what();
  }
  plan.apply(db.conn, {.allow_data_loss = true});
  EXPECT_EQ(db.conn.exec_driver_sql("SELECT typeof(v) FROM m ORDER BY id").scalars<std::string>(),
            (std::vector<std::string>{"integer", "text", "real", "null", "blob"}));
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, MakeColumnNotNullRefusedWhileNullsExistFilledWithADefault) {
  Db db;
  sc::MetaData v1;
  v1.table("p", pk(), sc::Column("status", sc::String(10)));
  v1.create_all(db.conn);
  db.exec("INSERT INTO p (status) VALUES ('new'), (NULL), (NULL)");
  const auto schema_before = st::schema_rows(db.conn);
  const auto rows_before = st::table_rows(db.conn);

  sc::MetaData strict;
  strict.table("p", pk(), sc::Column("status", sc::String(10)).nullable(false));
  sc::MigrationPlan refused = sc::plan_migration(db.conn, strict);
  ASSERT_EQ(refused.data_loss().size(), 1u) << describe(refused);
  EXPECT_EQ(refused.data_loss()[0].kind, sc::DataLoss::Kind::not_null);
  EXPECT_EQ(refused.data_loss()[0].rows, 2);
  EXPECT_THROW(refused.apply(db.conn), sc::DataLossError);
  // Allowed, SQLite's NOT NULL stops the copy: rolled back, nothing changed.
  EXPECT_THROW(refused.apply(db.conn, {.allow_data_loss = true}), sc::IntegrityError);
  EXPECT_EQ(st::schema_rows(db.conn), schema_before);
  EXPECT_EQ(st::table_rows(db.conn), rows_before);

  sc::MetaData filled;
  filled.table("p", pk(),
               sc::Column("status", sc::String(10)).nullable(false).server_default("none"));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, filled);
  EXPECT_TRUE(plan.data_loss().empty()) << describe(plan);
  plan.apply(db.conn);
  EXPECT_EQ(db.conn.exec_driver_sql("SELECT status FROM p ORDER BY id").scalars<std::string>(),
            (std::vector<std::string>{"new", "none", "none"}));
  expect_migrated(db.conn, filled);
}

TEST(MigrationPlan, RenameAColumnAndATableForeignKeysPointAt) {
  if (sc::sqlite_dialect().server_version() < 3026000)
    GTEST_SKIP() << "RENAME COLUMN and foreign keys rewritten by RENAME TO need SQLite 3.26";
  Db db;
  sc::MetaData v1;
  v1.table("author", pk(), sc::Column("name", sc::Text()));
  v1.table("book", pk(), sc::Column("author_id", sc::Integer()).foreign_key("author.id"),
           sc::Column("title", sc::Text()));
  v1.create_all(db.conn);
  db.exec(
      "INSERT INTO author VALUES (1, 'a'), (2, 'b');"
      "INSERT INTO book VALUES (10, 1, 'x'), (11, 2, 'y'), (12, NULL, 'z');");
  const auto before = st::table_rows(db.conn);

  sc::MetaData v2;
  v2.table("writer", sc::Column("writer_id", sc::Integer()).primary_key(),
           sc::Column("name", sc::Text()));
  v2.table("book", pk(), sc::Column("author_id", sc::Integer()).foreign_key("writer.writer_id"),
           sc::Column("title", sc::Text()));
  EXPECT_THROW(sc::plan_migration(db.conn, v2, {.renames = {{"nobody", "writer"}}}),
               sc::ArgumentError);
  EXPECT_THROW(sc::plan_migration(db.conn, v2, {.renames = {{"author.nope", "x"}}}),
               sc::ArgumentError);
  EXPECT_THROW(sc::plan_migration(db.conn, v2, {.renames = {{"author.id", "book.writer_id"}}}),
               sc::ArgumentError);
  sc::MigrationPlan plan = sc::plan_migration(
      db.conn, v2, {.renames = {{"author", "writer"}, {"author.id", "writer.writer_id"}}});
  for (const auto& s : plan.steps()) EXPECT_FALSE(s.rebuilds_table()) << describe(plan);
  EXPECT_TRUE(plan.data_loss().empty()) << describe(plan);
  plan.apply(db.conn);
  const auto after = st::table_rows(db.conn);
  EXPECT_EQ(after.at("writer"), before.at("author"));
  EXPECT_EQ(after.at("book"), before.at("book"));
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, AddAndDropACheckAUniqueAndAForeignKey) {
  Db db;
  sc::MetaData v1;
  v1.table("dept", pk(), sc::Column("name", sc::Text()));
  v1.table("emp", pk(), sc::Column("code", sc::String(8)), sc::Column("age", sc::Integer()),
           sc::Column("dept_id", sc::Integer()));
  v1.create_all(db.conn);
  db.exec(
      "INSERT INTO dept VALUES (1, 'x'), (2, 'y');"
      "INSERT INTO emp VALUES (1, 'a', 30, 1), (2, 'b', 40, 2), (3, 'c', NULL, NULL);");
  const auto before = st::table_rows(db.conn);

  sc::MetaData v2;
  v2.table("dept", pk(), sc::Column("name", sc::Text()));
  v2.table("emp", pk(), sc::Column("code", sc::String(8)), sc::Column("age", sc::Integer()),
           sc::Column("dept_id", sc::Integer()), sc::CheckConstraint("age > 17", "ck_emp_age"),
           sc::UniqueConstraint({"code"}, "uq_emp_code"),
           sc::ForeignKeyConstraint({"dept_id"}, "dept", {"id"}));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  ASSERT_EQ(plan.steps().size(), 1u) << describe(plan);  // one rebuild carries all three
  EXPECT_TRUE(plan.steps()[0].rebuilds_table());
  EXPECT_TRUE(plan.needs_foreign_keys_off());
  EXPECT_TRUE(plan.data_loss().empty()) << describe(plan);
  plan.apply(db.conn);
  EXPECT_EQ(st::table_rows(db.conn), before);
  expect_migrated(db.conn, v2);
  EXPECT_THROW(db.exec("INSERT INTO emp (code, age) VALUES ('a', 50)"), sc::IntegrityError);
  EXPECT_THROW(db.exec("INSERT INTO emp (code, age) VALUES ('q', 5)"), sc::IntegrityError);

  sc::MigrationPlan back = sc::plan_migration(db.conn, v1);
  EXPECT_TRUE(back.data_loss().empty()) << describe(back);
  back.apply(db.conn);
  EXPECT_EQ(st::table_rows(db.conn), before);
  expect_migrated(db.conn, v1);
}

TEST(MigrationPlan, WithoutRowidAndBack) {
  Db db;
  sc::MetaData v1;
  v1.table("kv", sc::Column("k", sc::String(20)).primary_key(), sc::Column("v", sc::Integer()));
  v1.create_all(db.conn);
  db.exec("INSERT INTO kv VALUES ('a', 1), ('b', NULL), ('c', 3)");
  auto values = [&] {
    return db.conn.exec_driver_sql("SELECT k || ':' || coalesce(v, '-') FROM kv ORDER BY k")
        .scalars<std::string>();
  };
  const auto before = values();
  sc::MetaData v2;
  v2.table("kv", sc::Column("k", sc::String(20)).primary_key(), sc::Column("v", sc::Integer()),
           sc::sqlite_with_rowid(false));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  ASSERT_EQ(plan.steps().size(), 1u) << describe(plan);
  EXPECT_TRUE(plan.steps()[0].rebuilds_table());
  plan.apply(db.conn);
  EXPECT_EQ(values(), before);
  expect_migrated(db.conn, v2);
  sc::plan_migration(db.conn, v1).apply(db.conn);
  EXPECT_EQ(values(), before);
  expect_migrated(db.conn, v1);
}

TEST(MigrationPlan, StrictOnAndOff) {
  SQLCORE_REQUIRE(supports_strict_tables);
  Db db;
  sc::MetaData v1;
  v1.table("s", pk(), sc::Column("n", sc::Integer()), sc::Column("t", sc::Text()));
  v1.create_all(db.conn);
  db.exec("INSERT INTO s (n, t) VALUES (1, 'a'), (NULL, NULL), (3, 'c')");
  const auto before = st::table_rows(db.conn);
  sc::MetaData v2;
  v2.table("s", pk(), sc::Column("n", sc::Integer()), sc::Column("t", sc::Text()),
           sc::sqlite_strict(true));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  EXPECT_TRUE(plan.data_loss().empty()) << describe(plan);
  plan.apply(db.conn);
  EXPECT_EQ(st::table_rows(db.conn), before);
  EXPECT_THROW(db.exec("INSERT INTO s (n) VALUES ('not a number')"), sc::IntegrityError);
  expect_migrated(db.conn, v2);
  sc::plan_migration(db.conn, v1).apply(db.conn);
  EXPECT_EQ(st::table_rows(db.conn), before);
  expect_migrated(db.conn, v1);
}

TEST(MigrationPlan, AutoincrementKeepsItsSequence) {
  Db db;
  sc::MetaData v1;
  v1.table("ev", pk(), sc::Column("what", sc::Text()), sc::sqlite_autoincrement(true));
  v1.create_all(db.conn);
  db.exec("INSERT INTO ev (what) VALUES ('a'), ('b'), ('c'), ('d'); DELETE FROM ev WHERE id > 2");
  const auto seq = st::sequences(db.conn);
  ASSERT_EQ(seq.at("ev"), 4);
  const auto before = st::table_rows(db.conn);
  sc::MetaData v2;
  v2.table("ev", pk(), sc::Column("what", sc::Text()).nullable(false).server_default("?"),
           sc::sqlite_autoincrement(true));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  ASSERT_EQ(plan.steps().size(), 1u) << describe(plan);
  EXPECT_TRUE(plan.steps()[0].rebuilds_table());
  plan.apply(db.conn);
  EXPECT_EQ(st::sequences(db.conn), seq);
  EXPECT_EQ(st::table_rows(db.conn), before);
  db.exec("INSERT INTO ev (what) VALUES ('e')");
  EXPECT_EQ(count(db.conn, "SELECT max(id) FROM ev"), 5);
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, RebuildingACascadeParentDeletesNoChild) {
  Db db;
  auto declare = [](sc::MetaData& m, bool checked) {
    if (checked)
      m.table("parent", pk(), sc::Column("name", sc::Text()), sc::CheckConstraint("name <> ''"));
    else
      m.table("parent", pk(), sc::Column("name", sc::Text()));
    m.table("child", pk(),
            sc::Column("parent_id", sc::Integer())
                .foreign_key("parent.id", sc::FK().ondelete("CASCADE")));
  };
  sc::MetaData v1, v2;
  declare(v1, false);
  declare(v2, true);
  v1.create_all(db.conn);
  db.exec(
      "INSERT INTO parent VALUES (1, 'a'), (2, 'b');"
      "INSERT INTO child VALUES (10, 1), (11, 1), (12, 2);");
  const auto before = st::table_rows(db.conn);
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  EXPECT_TRUE(plan.needs_foreign_keys_off()) << describe(plan);
  EXPECT_NE(plan.script().find("PRAGMA foreign_keys=OFF;\nBEGIN;"), std::string::npos);
  plan.apply(db.conn);
  EXPECT_EQ(st::table_rows(db.conn), before);
  EXPECT_EQ(count(db.conn, "PRAGMA foreign_keys"), 1);
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, FailureHalfWayLeavesSchemaAndRowsIdentical) {
  Db db;
  sc::MetaData v1;
  v1.table("a", pk(), sc::Column("x", sc::Integer()));
  v1.table("b", pk(), sc::Column("code", sc::Text()));
  v1.create_all(db.conn);
  db.exec("INSERT INTO a (x) VALUES (1), (2); INSERT INTO b (code) VALUES ('p'), ('p'), ('q')");
  const auto schema = st::schema_rows(db.conn);
  const auto rows = st::table_rows(db.conn);
  sc::MetaData v2;
  v2.table("a", pk(), sc::Column("x", sc::Integer()), sc::Column("y", sc::Integer()));
  v2.table("b", pk(), sc::Column("code", sc::Text()), sc::UniqueConstraint({"code"}));
  v2.table("c", pk());
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  ASSERT_EQ(plan.data_loss().size(), 1u) << describe(plan);
  EXPECT_EQ(plan.data_loss()[0].kind, sc::DataLoss::Kind::unique);
  EXPECT_EQ(plan.data_loss()[0].rows, 2);
  ASSERT_GE(plan.steps().size(), 3u);
  EXPECT_THROW(plan.apply(db.conn, {.allow_data_loss = true}), sc::IntegrityError);
  EXPECT_EQ(st::schema_rows(db.conn), schema);
  EXPECT_EQ(st::table_rows(db.conn), rows);
  EXPECT_EQ(st::integrity(db.conn), "ok");
  EXPECT_FALSE(db.conn.in_transaction());
  EXPECT_EQ(count(db.conn, "PRAGMA foreign_keys"), 1);
}

TEST(MigrationPlan, ScriptIsExactlyWhatApplyRuns) {
  Db db;
  sc::MetaData v1;
  v1.table("t", pk(), sc::Column("a", sc::Integer()));
  v1.create_all(db.conn);
  db.exec("INSERT INTO t (a) VALUES (1)");
  sc::MetaData v2;
  v2.table("t", pk(), sc::Column("a", sc::Integer()).nullable(false).server_default(sc::text("0")),
           sc::Index("ix_t_a", {"a"}));
  v2.table("u", pk(), sc::Column("t_id", sc::Integer()).foreign_key("t.id"));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  std::vector<std::string> ran;
  db.engine.on_execute([&](const sc::ExecuteEvent& e) {
    // apply's own looks at the settings it restores are not part of the script
    if (e.sql != "PRAGMA foreign_keys" && e.sql != "PRAGMA legacy_alter_table")
      ran.emplace_back(e.sql);
  });
  plan.apply(db.conn);
  std::string script;
  for (const auto& s : ran) script += s + ";\n";
  EXPECT_EQ(script, plan.script());
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, ViewsTriggersAndTablesTheTargetLacksAreKeptUnlessAsked) {
  Db db;
  db.exec(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER);"
      "CREATE TABLE old (x);"
      "INSERT INTO old VALUES (1), (2);"
      "CREATE VIEW tv AS SELECT a FROM t;"
      "CREATE TRIGGER tt AFTER INSERT ON t BEGIN SELECT 1; END;");
  sc::MetaData v2;
  v2.table("t", pk(), sc::Column("a", sc::Integer()), sc::CheckConstraint("a >= 0"));
  sc::MigrationPlan keep = sc::plan_migration(db.conn, v2);
  EXPECT_TRUE(keep.data_loss().empty()) << describe(keep);
  keep.apply(db.conn);
  EXPECT_EQ(count(db.conn, "SELECT count(*) FROM sqlite_master WHERE name IN ('old', 'tv', 'tt')"),
            3);
  sc::MigrationPlan drop = sc::plan_migration(
      db.conn, v2,
      {.drop_extra_tables = true, .drop_extra_views = true, .drop_extra_triggers = true});
  ASSERT_EQ(drop.data_loss().size(), 1u) << describe(drop);
  EXPECT_EQ(drop.data_loss()[0].kind, sc::DataLoss::Kind::drop_table);
  EXPECT_EQ(drop.data_loss()[0].rows, 2);
  drop.apply(db.conn, {.allow_data_loss = true});
  EXPECT_EQ(count(db.conn, "SELECT count(*) FROM sqlite_master WHERE name IN ('old', 'tv', 'tt')"),
            0);
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, ApplyNeedsNoOpenTransactionApplyInTransactionNeedsOne) {
  Db db;
  sc::MetaData v2;
  v2.table("t", pk());
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  EXPECT_THROW(plan.apply_in_transaction(db.conn), sc::InvalidRequestError);
  sc::Transaction tx = db.conn.begin();
  EXPECT_THROW(plan.apply(db.conn), sc::InvalidRequestError);
  tx.rollback();
  plan.apply(db.conn);
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, ApplyInTransactionRefusesARebuildWithForeignKeysOn) {
  Db db;
  sc::MetaData v1;
  v1.table("p", pk(), sc::Column("a", sc::Integer()));
  v1.table("c", pk(), sc::Column("p_id", sc::Integer()).foreign_key("p.id"));
  v1.create_all(db.conn);
  sc::MetaData v2;
  v2.table("p", pk(), sc::Column("a", sc::Integer()), sc::CheckConstraint("a > 0"));
  v2.table("c", pk(), sc::Column("p_id", sc::Integer()).foreign_key("p.id"));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  ASSERT_TRUE(plan.needs_foreign_keys_off());
  const auto schema = st::schema_rows(db.conn);
  sc::Transaction tx = db.conn.begin();
  EXPECT_THROW(plan.apply_in_transaction(db.conn), sc::MigrationError);
  tx.commit();
  EXPECT_EQ(st::schema_rows(db.conn), schema);
}

TEST(MigrationPlan, AMigratorStepAppliesAPlanInItsTransaction) {
  Db db;
  sc::MetaData v1, v2, v3;
  v1.table("users", pk(), sc::Column("name", sc::Text()));
  v2.table("users", pk(), sc::Column("name", sc::Text()), sc::Column("email", sc::Text()));
  v3.table("users", pk(), sc::Column("name", sc::Text()).nullable(false).server_default(""),
           sc::Column("email", sc::Text()), sc::UniqueConstraint({"email"}));
  v3.table("posts", pk(), sc::Column("user_id", sc::Integer()).foreign_key("users.id"));
  sc::Migrator m(db.engine);
  auto to = [](const sc::MetaData& target) {
    return [&target](sc::Connection& c) { sc::plan_migration(c, target).apply_in_transaction(c); };
  };
  m.add(1, "users", to(v1)).add(2, "email", to(v2)).add(3, "posts", to(v3));
  m.upgrade(2);
  db.exec("INSERT INTO users (name, email) VALUES ('a', 'a@x'), (NULL, NULL)");
  m.upgrade();
  EXPECT_EQ(m.current_version(), 3);
  EXPECT_EQ(db.conn.exec_driver_sql("SELECT name FROM users ORDER BY id").scalars<std::string>(),
            (std::vector<std::string>{"a", ""}));
  expect_migrated(db.conn, v3);
}

TEST(MigrationPlan, AddColumnSQLiteCannotAlterIsARebuild) {
  Db db;
  sc::MetaData v1;
  v1.table("t", pk(), sc::Column("a", sc::Integer()));
  v1.create_all(db.conn);
  db.exec("INSERT INTO t (a) VALUES (1), (2)");
  const auto before = st::table_rows(db.conn);
  struct Case {
    const char* what;
    sc::Column column;
  };
  std::vector<Case> cases{
      {"CURRENT_TIMESTAMP default",
       sc::Column("at", sc::Text()).server_default(sc::text("CURRENT_TIMESTAMP"))},
      {"expression default", sc::Column("n", sc::Integer()).server_default(sc::text("1 + 1"))},
      {"UNIQUE", sc::Column("u", sc::Integer()).unique()},
      {"foreign key", sc::Column("t_id", sc::Integer()).foreign_key("t.id")},
  };
  for (const Case& c : cases) {
    sc::MetaData v2;
    v2.table("t", pk(), sc::Column("a", sc::Integer()), c.column);
    sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
    ASSERT_EQ(plan.steps().size(), 1u) << c.what << "\n" << describe(plan);
    EXPECT_TRUE(plan.steps()[0].rebuilds_table()) << c.what;
    plan.apply(db.conn);
    expect_migrated(db.conn, v2);
    sc::plan_migration(db.conn, v1).apply(db.conn, {.allow_data_loss = true});
    EXPECT_EQ(st::table_rows(db.conn), before) << c.what;
  }
  // A column between others: ADD COLUMN only appends.
  sc::MetaData middle;
  middle.table("t", pk(), sc::Column("m", sc::Integer()), sc::Column("a", sc::Integer()));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, middle);
  ASSERT_EQ(plan.steps().size(), 1u) << describe(plan);
  EXPECT_TRUE(plan.steps()[0].rebuilds_table());
  plan.apply(db.conn);
  EXPECT_EQ(st::table_rows(db.conn).at("t"),
            (std::vector<std::string>{"i:1|i:1|NULL|i:1", "i:2|i:2|NULL|i:2"}));
}

TEST(MigrationPlan, IndexChangesAreCreateAndDropIndex) {
  Db db;
  sc::MetaData v1;
  v1.table("t", pk(), sc::Column("a", sc::Integer()), sc::Column("b", sc::Integer()),
           sc::Index("ix_t_a", {"a"}));
  v1.create_all(db.conn);
  sc::MetaData v2;
  v2.table("t", pk(), sc::Column("a", sc::Integer()), sc::Column("b", sc::Integer()),
           sc::Index("ix_t_a", {"a", "b"}), sc::Index("ix_t_b", {"b"}).sqlite_where("b > 0"));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  EXPECT_FALSE(plan.needs_foreign_keys_off());
  for (const auto& s : plan.steps()) EXPECT_FALSE(s.rebuilds_table()) << describe(plan);
  EXPECT_EQ(plan.steps().size(), 3u) << describe(plan);  // drop ix_t_a, create both
  plan.apply(db.conn);
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, ViewsOverARebuiltTableAreMadeAgain) {
  Db db;
  db.exec(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER);"
      "CREATE VIEW tv AS SELECT a FROM t;"
      "CREATE VIEW tvv AS SELECT a * 2 AS b FROM tv;"
      "INSERT INTO t (a) VALUES (1), (2);");
  sc::MetaData v2;
  v2.table("t", pk(), sc::Column("a", sc::Integer()).nullable(false).server_default(sc::text("0")));
  v2.add_view("tv", "CREATE VIEW tv AS SELECT a FROM t");
  v2.add_view("tvv", "CREATE VIEW tvv AS SELECT a * 2 AS b FROM tv");
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2);
  ASSERT_EQ(plan.steps().size(), 1u) << describe(plan);
  EXPECT_TRUE(plan.steps()[0].rebuilds_table());
  plan.apply(db.conn);
  EXPECT_EQ(db.conn.exec_driver_sql("SELECT b FROM tvv ORDER BY b").scalars<std::int64_t>(),
            (std::vector<std::int64_t>{2, 4}));
  expect_migrated(db.conn, v2);
}

TEST(MigrationPlan, ARenamedTableThatAlsoChangesIsRenamedThenRebuilt) {
  Db db;
  sc::MetaData v1;
  v1.table("old", pk(), sc::Column("a", sc::Integer()));
  v1.create_all(db.conn);
  db.exec("INSERT INTO old (a) VALUES (5), (6)");
  const auto before = st::table_rows(db.conn);
  sc::MetaData v2;
  v2.table("fresh", pk(), sc::Column("a", sc::Integer()), sc::CheckConstraint("a > 1"));
  sc::MigrationPlan plan = sc::plan_migration(db.conn, v2, {.renames = {{"old", "fresh"}}});
  ASSERT_EQ(plan.steps().size(), 2u) << describe(plan);
  EXPECT_FALSE(plan.steps()[0].rebuilds_table());
  EXPECT_TRUE(plan.steps()[1].rebuilds_table());
  plan.apply(db.conn);
  EXPECT_EQ(st::table_rows(db.conn).at("fresh"), before.at("old"));
  expect_migrated(db.conn, v2);
  // Without the hint: a new table and the old one kept.
  sc::MetaData v3;
  v3.table("other", pk());
  sc::MigrationPlan no_hint = sc::plan_migration(db.conn, v3);
  EXPECT_EQ(no_hint.steps().size(), 1u) << describe(no_hint);
}

// docs/migrations.md, "A worked example: version 1 to version 3".
TEST(MigrationPlan, WorkedExampleFromVersion1To3) {
  Db db;
  sc::MetaData v1, v2, v3;
  v1.table("users", sc::Column("id", sc::Integer()).primary_key(),
           sc::Column("name", sc::String(50)));
  v2.table("users", sc::Column("id", sc::Integer()).primary_key(),
           sc::Column("name", sc::String(50)), sc::Column("email", sc::String(100)));
  v3.table("users", sc::Column("id", sc::Integer()).primary_key(),
           sc::Column("full_name", sc::String(50)).nullable(false).server_default(""),
           sc::Column("email", sc::String(100)).unique());
  v3.table("posts", sc::Column("id", sc::Integer()).primary_key(),
           sc::Column("user_id", sc::Integer())
               .nullable(false)
               .foreign_key("users.id", sc::FK().ondelete("CASCADE")),
           sc::Column("body", sc::Text()));
  v3.view("named_users", "SELECT id, full_name FROM users WHERE full_name <> ''");
  v1.create_all(db.conn);
  db.exec("INSERT INTO users (name) VALUES ('ann'), ('bob'), (NULL)");

  sc::MigrationPlan to2 = sc::plan_migration(db.conn, v2);
  EXPECT_EQ(to2.script(),
            "BEGIN;\n"
            "ALTER TABLE \"users\" ADD COLUMN email VARCHAR(100);\n"
            "PRAGMA foreign_key_check;\n"
            "COMMIT;\n");
  to2.apply(db.conn);
  expect_migrated(db.conn, v2);
  db.exec("UPDATE users SET email = name || '@x' WHERE name IS NOT NULL");
  const auto before = st::table_rows(db.conn);

  if (sc::sqlite_dialect().server_version() < 3025000) GTEST_SKIP() << "RENAME COLUMN: 3.25";
  sc::MigrationPlan to3 =
      sc::plan_migration(db.conn, v3, {.renames = {{"users.name", "full_name"}}});
  std::string steps;
  for (const auto& s : to3.steps()) steps += s.describe() + "\n";
  EXPECT_EQ(steps,
            "users: rename column name to full_name (ALTER TABLE)\n"
            "posts: add table\n"
            "users: rebuild (users: alter column full_name (not nullable); users: add constraint "
            "UNIQUE (email))\n"
            "add view named_users\n");
  EXPECT_TRUE(to3.data_loss().empty()) << describe(to3);
  const std::string script = to3.script();
  EXPECT_EQ(script.rfind("PRAGMA foreign_keys=OFF;\nBEGIN;\nALTER TABLE \"users\" RENAME COLUMN "
                         "\"name\" TO \"full_name\";\n",
                         0),
            0u)
      << script;
  EXPECT_NE(script.find("SELECT \"id\", coalesce(\"full_name\", ''), \"email\" FROM \"users\""),
            std::string::npos)
      << script;
  to3.apply(db.conn);
  EXPECT_EQ(st::table_rows(db.conn).at("users"),
            (std::vector<std::string>{"i:1|i:1|t:ann|t:ann@x", "i:2|i:2|t:bob|t:bob@x",
                                      "i:3|i:3|t:|NULL"}));
  EXPECT_EQ(before.at("users")[2], "i:3|i:3|NULL|NULL");
  expect_migrated(db.conn, v3);
}
