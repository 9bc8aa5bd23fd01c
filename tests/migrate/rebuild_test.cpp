// Tests for SQLite's table rebuild and the transaction around schema changes
// (src/migrate/rebuild.cpp), on real files.
// SPDX-License-Identifier: MIT
#include "migrate/rebuild.hpp"

#include "dialect/sqlite/dialect.hpp"

#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/db_state.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
namespace st = sqlcore::testing;

namespace {

// A parent with AUTOINCREMENT, an index, a view and triggers, and a child that deletes in
// cascade: everything a rebuild must keep.
void make_shop(sc::Connection& conn) {
  conn.raw().exec(
      "CREATE TABLE item (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, price "
      "INTEGER, note TEXT);"
      "CREATE INDEX ix_item_name ON item (name);"
      "CREATE TABLE part (id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES item(id) ON DELETE "
      "CASCADE, label TEXT);"
      "CREATE TABLE log (msg TEXT);"
      "CREATE VIEW cheap AS SELECT id, name FROM item WHERE price < 10;"
      "CREATE VIEW cheap_names AS SELECT name FROM cheap;"
      "CREATE TRIGGER item_ins AFTER INSERT ON item BEGIN INSERT INTO log VALUES ('item ' || "
      "new.name); END;"
      "CREATE TRIGGER part_ins AFTER INSERT ON part BEGIN INSERT INTO log SELECT name FROM item "
      "WHERE id = new.item_id; END;");
  sc::Transaction tx = conn.begin();
  for (int i = 1; i <= 50; ++i)
    conn.exec_driver_sql("INSERT INTO item (name, price, note) VALUES (:n, :p, :o)",
                         {{"n", "item" + std::to_string(i)}, {"p", i % 20}, {"o", sc::Value()}});
  conn.raw().exec(
      "DELETE FROM item WHERE id > 45;"  // sqlite_sequence (50) above max(rowid) (45)
      "INSERT INTO part (item_id, label) SELECT id, 'p' || id FROM item;");
  tx.commit();
}

struct Snapshot {
  std::map<std::string, std::vector<std::string>> rows;
  std::map<std::string, std::int64_t> seq;
  std::vector<std::string> schema;
};
Snapshot snap(sc::Connection& c) {
  return {st::table_rows(c), st::sequences(c), st::schema_rows(c)};
}

void rebuild(sc::Connection& conn, const sc::Table& live, const sc::Table& target,
             std::vector<std::pair<std::string, std::string>> copy = {}) {
  sc::detail::RebuildSpec spec{&live, &target, std::move(copy)};
  bool fk_off = sc::detail::rebuild_needs_foreign_keys_off(conn, live.name());
  sc::detail::run_schema_change(conn, fk_off, [&] {
    for (const auto& s : sc::detail::rebuild_statements(conn, spec)) conn.raw().exec(s);
  });
}

TEST(Rebuild, KeepsRowsRowidsSequenceIndexesViewsTriggersAndChildren) {
  st::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("shop.db"));
  sc::Connection conn = engine.connect();
  make_shop(conn);
  const Snapshot before = snap(conn);
  sc::MetaData live;
  const sc::Table& item = live.reflect_table(conn, "item");
  sc::MetaData want;
  sc::TableArgs a = item.to_args();
  a.columns.emplace_back("extra", sc::Integer());
  const sc::Table& target = want.add_table("item", a);
  rebuild(conn, item, target);

  const Snapshot after = snap(conn);
  EXPECT_EQ(after.seq, before.seq);
  EXPECT_EQ(after.seq.at("item"), 50);
  EXPECT_EQ(after.rows.at("part"), before.rows.at("part"));  // no cascade
  EXPECT_EQ(after.rows.at("log"), before.rows.at("log"));
  ASSERT_EQ(after.rows.at("item").size(), 45u);
  for (std::size_t i = 0; i < 45; ++i)
    EXPECT_EQ(after.rows.at("item")[i], before.rows.at("item")[i] + "|NULL") << i;
  EXPECT_EQ(st::integrity(conn), "ok");
  EXPECT_TRUE(st::foreign_key_violations(conn).empty());
  // Indexes, views and triggers are back and work.
  EXPECT_EQ(conn.exec_driver_sql("SELECT count(*) FROM cheap_names").scalar<std::int64_t>(), 25);
  EXPECT_EQ(conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name IN "
                                 "('ix_item_name', 'cheap', 'cheap_names', 'item_ins', "
                                 "'part_ins')")
                .scalar<std::int64_t>(),
            5);
  conn.raw().exec("INSERT INTO item (name, price) VALUES ('new', 1)");
  EXPECT_EQ(conn.exec_driver_sql("SELECT max(id) FROM item").scalar<std::int64_t>(), 51);
  EXPECT_EQ(conn.exec_driver_sql("SELECT count(*) FROM log WHERE msg = 'item new'")
                .scalar<std::int64_t>(),
            1);
  EXPECT_EQ(conn.exec_driver_sql("PRAGMA foreign_keys").scalar<std::int64_t>(), 1);
}

TEST(Rebuild, FailureHalfWayLeavesSchemaAndRowsIdentical) {
  st::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("fail.db"));
  sc::Connection conn = engine.connect();
  make_shop(conn);
  conn.raw().exec("UPDATE item SET price = 3 WHERE id IN (4, 5)");
  const Snapshot before = snap(conn);
  sc::MetaData live;
  const sc::Table& item = live.reflect_table(conn, "item");
  sc::MetaData want;
  sc::TableArgs a = item.to_args();
  a.add(sc::UniqueConstraint({"price"}, "uq_item_price"));  // rows 3, 4, 5 violate it
  const sc::Table& target = want.add_table("item", a);
  EXPECT_THROW(rebuild(conn, item, target), sc::IntegrityError);
  const Snapshot after = snap(conn);
  EXPECT_EQ(after.schema, before.schema);
  EXPECT_EQ(after.rows, before.rows);
  EXPECT_EQ(after.seq, before.seq);
  EXPECT_FALSE(conn.in_transaction());
  EXPECT_EQ(conn.exec_driver_sql("PRAGMA foreign_keys").scalar<std::int64_t>(), 1);
  EXPECT_EQ(st::integrity(conn), "ok");
}

TEST(Rebuild, ReferencedTableInsideOpenTransactionWithForeignKeysOnIsRefused) {
  st::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("tx.db"));
  sc::Connection conn = engine.connect();
  make_shop(conn);
  const Snapshot before = snap(conn);
  sc::MetaData live;
  const sc::Table& item = live.reflect_table(conn, "item");
  ASSERT_TRUE(sc::detail::rebuild_needs_foreign_keys_off(conn, "item"));
  EXPECT_FALSE(sc::detail::rebuild_needs_foreign_keys_off(conn, "log"));
  sc::Transaction tx = conn.begin();
  try {
    rebuild(conn, item, item);
    FAIL() << "no MigrationError";
  } catch (const sc::MigrationError& e) {
    EXPECT_NE(std::string(e.what()).find("foreign_keys=OFF"), std::string::npos) << e.what();
  }
  // A table nothing refers to rebuilds inside the caller's transaction.
  const sc::Table& log = live.reflect_table(conn, "log");
  rebuild(conn, log, log);
  EXPECT_TRUE(conn.in_transaction());
  tx.rollback();
  EXPECT_EQ(snap(conn).schema, before.schema);
}

TEST(Rebuild, WithoutRowidAndBackKeepsEveryRow) {
  st::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("wr.db"));
  sc::Connection conn = engine.connect();
  conn.raw().exec(
      "CREATE TABLE kv (k TEXT PRIMARY KEY, v INTEGER);"
      "INSERT INTO kv VALUES ('a', 1), ('b', NULL), ('c', 3);");
  auto values = [&] {
    return conn.exec_driver_sql("SELECT k || ':' || coalesce(v, 'null') FROM kv ORDER BY k")
        .scalars<std::string>();
  };
  const auto before = values();
  for (bool rowid : {false, true}) {
    sc::MetaData live;
    const sc::Table& kv = live.reflect_table(conn, "kv");
    sc::MetaData want;
    sc::TableArgs a = kv.to_args();
    a.add(sc::sqlite_with_rowid(rowid));
    rebuild(conn, kv, want.add_table("kv", a));
    EXPECT_EQ(values(), before);
    EXPECT_EQ(st::integrity(conn), "ok");
    const std::string sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'kv'")
                                .scalar<std::string>()
                                .value_or("");
    EXPECT_EQ(sql.find("WITHOUT ROWID") == std::string::npos, rowid) << sql;
  }
}

// SQLCipher's SQLite 3.15 has no RENAME COLUMN nor DROP COLUMN: Operations told so (by that
// version's dialect) make both by the rebuild, here on the linked SQLite.
TEST(Rebuild, OperationsOnSQLite315RenameAndDropColumnsByTheRebuild) {
  st::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("old.db"));
  sc::Connection conn = engine.connect();
  conn.raw().exec(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT CHECK (length(a) < 10), b INTEGER, c TEXT);"
      "CREATE INDEX ix_t_a ON t (a) WHERE a IS NOT NULL;"
      "CREATE INDEX ix_t_expr ON t (lower(a), b);"
      "INSERT INTO t VALUES (2, 'x', 1, 'k'), (5, NULL, 2, 'l'), (9, 'z', NULL, NULL);");
  const sc::SQLiteDialect old(3015002);
  sc::Operations ops(conn, old);
  auto rows = [&] {
    return conn.exec_driver_sql("SELECT _rowid_ || ':' || quote(a2) || quote(b) FROM t")
        .scalars<std::string>();
  };
  ops.rename_column("t", "a", "a2");
  const std::string sql = conn.exec_driver_sql("SELECT group_concat(sql, ';') FROM sqlite_master")
                              .scalar<std::string>()
                              .value_or("");
  EXPECT_EQ(sql.rfind("CREATE TABLE \"t\" (\n\t", 0), 0u) << sql;  // rebuilt, not altered
  EXPECT_NE(sql.find("length(\"a2\") < 10"), std::string::npos) << sql;
  EXPECT_NE(sql.find("WHERE \"a2\" IS NOT NULL"), std::string::npos) << sql;
  EXPECT_NE(sql.find("lower(\"a2\")"), std::string::npos) << sql;
  EXPECT_EQ(rows(), (std::vector<std::string>{"2:'x'1", "5:NULL2", "9:'z'NULL"}));
  ops.drop_column("t", "c");
  EXPECT_EQ(rows(), (std::vector<std::string>{"2:'x'1", "5:NULL2", "9:'z'NULL"}));
  EXPECT_EQ(conn.exec_driver_sql("PRAGMA table_info(t)").fetchall().size(), 3u);
  // A view that reads the column: refused, since the rebuild cannot rewrite it.
  conn.raw().exec("CREATE VIEW v AS SELECT a2 FROM t");
  try {
    ops.rename_column("t", "a2", "a3");
    FAIL() << "no MigrationError";
  } catch (const sc::MigrationError& e) {
    EXPECT_NE(std::string(e.what()).find("view 'v'"), std::string::npos) << e.what();
  }
  EXPECT_EQ(st::integrity(conn), "ok");
  EXPECT_TRUE(st::foreign_key_violations(conn).empty());
}

TEST(Rebuild, ABrokenViewElsewhereDoesNotStopItAndSettingsAreRestored) {
  st::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("broken.db"));
  sc::Connection conn = engine.connect();
  conn.raw().exec(
      "CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x'), (2, 'y');"
      "CREATE TABLE gone (y); CREATE VIEW broken AS SELECT y FROM gone; DROP TABLE gone;");
  const auto before = st::table_rows(conn);
  sc::MetaData live;
  const sc::Table& t = live.reflect_table(conn, "t");
  rebuild(conn, t, t);
  EXPECT_EQ(st::table_rows(conn), before);
  auto legacy = [&] {
    return conn.exec_driver_sql("PRAGMA legacy_alter_table").scalar<std::int64_t>();
  };
  const auto setting = legacy();
  const auto schema = st::schema_rows(conn);
  // A failure after the rename (an index on a column that does not exist): the rows, the
  // schema and the connection's legacy_alter_table are as they were.
  sc::MetaData want;
  sc::TableArgs a = t.to_args();
  a.add(sc::Index("ix_bad", {}).expression("no_such_column"));
  EXPECT_THROW(rebuild(conn, t, want.add_table("t", a)), sc::OperationalError);
  EXPECT_EQ(legacy(), setting);
  EXPECT_EQ(st::schema_rows(conn), schema);
  EXPECT_EQ(st::table_rows(conn), before);
  EXPECT_EQ(st::integrity(conn), "ok");
}

TEST(Rebuild, SelfReferencingCascadeTableKeepsEveryRow) {
  st::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("tree.db"));
  sc::Connection conn = engine.connect();
  conn.raw().exec(
      "CREATE TABLE node (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES node (id) ON DELETE "
      "CASCADE, label TEXT);"
      "INSERT INTO node VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 2, 'b'), (4, 1, 'c');");
  const auto before = st::table_rows(conn);
  ASSERT_TRUE(sc::detail::rebuild_needs_foreign_keys_off(conn, "node"));
  sc::MetaData live;
  const sc::Table& node = live.reflect_table(conn, "node");
  sc::MetaData want;
  sc::TableArgs a = node.to_args();
  a.add(sc::CheckConstraint("length(label) > 0", "ck_label"));
  rebuild(conn, node, want.add_table("node", a));
  EXPECT_EQ(st::table_rows(conn), before);
  EXPECT_TRUE(st::foreign_key_violations(conn).empty());
  conn.raw().exec("DELETE FROM node WHERE id = 2");  // its cascade still works
  EXPECT_EQ(conn.exec_driver_sql("SELECT count(*) FROM node").scalar<std::int64_t>(), 2);
}

TEST(Rebuild, GeneratedColumnsAreComputedNotCopied) {
  SQLCORE_REQUIRE(supports_generated_columns);
  st::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("gen.db"));
  sc::Connection conn = engine.connect();
  conn.raw().exec(
      "CREATE TABLE g (id INTEGER PRIMARY KEY, a INTEGER, twice INTEGER GENERATED ALWAYS AS (a * "
      "2) STORED, plus INTEGER GENERATED ALWAYS AS (a + 1) VIRTUAL);"
      "INSERT INTO g (id, a) VALUES (3, 1), (8, 5);");
  sc::MetaData live;
  const sc::Table& g = live.reflect_table(conn, "g");
  sc::MetaData want;
  sc::TableArgs a = g.to_args();
  a.columns.emplace_back("note", sc::Text());
  rebuild(conn, g, want.add_table("g", a));
  EXPECT_EQ(
      conn.exec_driver_sql("SELECT group_concat(id || ':' || twice || ':' || plus, ',') FROM g")
          .scalar<std::string>(),
      "3:2:2,8:10:6");
  EXPECT_EQ(st::integrity(conn), "ok");
}

}  // namespace
