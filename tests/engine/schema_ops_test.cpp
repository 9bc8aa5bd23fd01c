// Tests for MetaData::create_all / drop_all and ddl_script on real database files
// (src/engine/schema_ops.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <cstdlib>
#include <fstream>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

sc::Column pk() { return sc::Column("id", sc::Integer()).primary_key(); }

std::vector<std::string> schema_names(sc::Connection& conn) {
  return conn
      .execute(
          sc::text("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"))
      .scalars<std::string>();
}

// Three tables whose foreign keys form a cycle: x → z → y → x.
void declare_cycle(sc::MetaData& m) {
  m.table("x", pk(), sc::Column("z_id", sc::Integer()).foreign_key("z.id"),
          sc::Index("ix_x_z", {"z_id"}));
  m.table("y", pk(), sc::Column("x_id", sc::Integer()).foreign_key("x.id"));
  m.table("z", pk(), sc::Column("y_id", sc::Integer()).foreign_key("y.id"));
}

}  // namespace

TEST(MetaData, CreateAllThenDropAllACycleWithForeignKeysOn) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("cycle.db"));  // foreign_keys=ON by default
  sc::MetaData m;
  declare_cycle(m);
  m.create_all(engine);
  sc::Connection conn = engine.connect();
  EXPECT_EQ(schema_names(conn), (std::vector<std::string>{"ix_x_z", "x", "y", "z"}));
  // Rows that reference each other all around the cycle.
  {
    sc::Transaction tx = conn.begin();
    conn.raw().exec("PRAGMA defer_foreign_keys = ON");
    conn.execute(sc::text("INSERT INTO x (id, z_id) VALUES (1, 1)"));
    conn.execute(sc::text("INSERT INTO y (id, x_id) VALUES (1, 1)"));
    conn.execute(sc::text("INSERT INTO z (id, y_id) VALUES (1, 1)"));
    tx.commit();
  }
  EXPECT_THROW(conn.execute(sc::text("DELETE FROM y")), sc::IntegrityError);  // enforced
  m.drop_all(conn);
  EXPECT_TRUE(schema_names(conn).empty());
  EXPECT_EQ(conn.execute(sc::text("PRAGMA foreign_keys")).scalar<int>(), 1);
  EXPECT_EQ(conn.execute(sc::text("PRAGMA defer_foreign_keys")).scalar<int>(),
            0);  // reset at commit
}

TEST(MetaData, CreateAllChecksFirstAndDropAllSkipsMissing) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("cf.db"));
  sc::MetaData m;
  m.table("a", pk(), sc::Column("n", sc::Integer()).index());
  m.table("b", pk(), sc::Column("a_id", sc::Integer()).foreign_key("a.id"));
  sc::Connection conn = engine.connect();
  conn.execute(
      sc::text("CREATE TABLE a (id INTEGER PRIMARY KEY, n INTEGER, extra TEXT)"));  // already there
  m.create_all(conn);
  EXPECT_EQ(schema_names(conn),
            (std::vector<std::string>{"a", "b"}));  // a kept as it was, no index added
  m.create_all(conn);                               // twice is fine
  EXPECT_THROW(m.create_all(conn, /*checkfirst=*/false), sc::OperationalError);
  EXPECT_EQ(schema_names(conn),
            (std::vector<std::string>{"a", "b"}));  // the failed run rolled back
  conn.execute(sc::text("DROP TABLE b"));
  m.drop_all(conn);
  EXPECT_TRUE(schema_names(conn).empty());
  m.drop_all(conn);  // nothing left: nothing to do
}

TEST(MetaData, CreateAllStaysInsideTheCallersTransaction) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("tx.db"));
  sc::MetaData m;
  declare_cycle(m);
  sc::Connection conn = engine.connect();
  {
    sc::Transaction tx = conn.begin();
    m.create_all(conn);
    EXPECT_EQ(schema_names(conn).size(), 4u);
    tx.rollback();
  }
  EXPECT_TRUE(schema_names(conn).empty());
}

TEST(MetaData, CreateAllRefusesAForeignKeyToAnUnknownTableBeforeAnyDDL) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("bad.db"));
  sc::MetaData m;
  m.table("a", pk());
  m.table("b", pk(), sc::Column("c_id", sc::Integer()).foreign_key("c.id"));
  EXPECT_THROW_MSG(m.create_all(engine), sc::ArgumentError,
                   "references table 'c', which is not in this MetaData");
  sc::Connection conn = engine.connect();
  EXPECT_TRUE(schema_names(conn).empty());
}

TEST(DDLScript, RunsInTheSQLite3ShellAndCreatesEverything) {
  sc::testing::TempDir dir;
  sc::MetaData m;
  declare_cycle(m);
  m.table("users", pk(), sc::Column("name", sc::String(50)).nullable(false).unique(),
          sc::Column("born", sc::DateTime()),
          sc::Column("parent_id", sc::Integer()).foreign_key("users.id"),
          sc::Index("ix_users_born", {"born"}).sqlite_where("born IS NOT NULL"),
          sc::sqlite_autoincrement(true));
  m.table("Odd \"Name\"", sc::Column("select", sc::Integer()).primary_key(),
          sc::Index("by select", {"select"}));
  std::string script = sc::ddl_script(m, sc::sqlite_dialect());
  EXPECT_EQ(script.rfind("CREATE TABLE", 0), 0u);
  std::string script_file = dir.file("schema.sql");
  std::ofstream(script_file) << script;
  std::string db = dir.file("shell.db");
  std::string cmd = "sqlite3 -bail '" + db + "' < '" + script_file + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << script;
  sc::Engine engine = sc::create_engine("sqlite:///" + db);
  sc::Connection conn = engine.connect();
  EXPECT_EQ(schema_names(conn),
            (std::vector<std::string>{"Odd \"Name\"", "by select", "ix_users_born", "ix_x_z",
                                      "users", "x", "y", "z"}));
}
