// Tests for SQLite's table rebuild and the transaction around schema changes
// (src/migrate/rebuild.cpp), on real files.
// SPDX-License-Identifier: MIT
#include "migrate/rebuild.hpp"

#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

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

}  // namespace
