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

namespace {

// type|name of every object, in sqlite_master's order (the order they were created in).
std::vector<std::string> creation_order(sc::Connection& conn) {
  return conn
      .execute(sc::text("SELECT type || '|' || name FROM sqlite_master WHERE name NOT LIKE "
                        "'sqlite_%' ORDER BY rowid"))
      .scalars<std::string>();
}

// A trigger whose body holds ';' in a string, a comment and a quoted name, a CASE ... END,
// and columns named begin and end (names to SQLite).
const char* kLogTrigger =
    "CREATE TRIGGER t_log AFTER INSERT ON t WHEN new.begin > 0 BEGIN\n"
    "  INSERT INTO log (msg, \"semi;colon\") VALUES ('added; ' || new.a, 1); -- done; really\n"
    "  UPDATE t SET end = CASE WHEN new.a > 1 THEN 'big' ELSE 'small' END /* ; */\n"
    "   WHERE begin = new.begin;\n"
    "END";

// Declared out of order: v2 reads v1, which is declared after it; an INSTEAD OF trigger is
// on v2.
void declare_views_and_triggers(sc::MetaData& m) {
  m.table("t", sc::Column("a", sc::Integer()), sc::Column("begin", sc::Integer()),
          sc::Column("end", sc::Text()));
  m.table("log", sc::Column("msg", sc::Text()), sc::Column("semi;colon", sc::Integer()));
  m.trigger("v2_insert",
            "CREATE TRIGGER v2_insert INSTEAD OF INSERT ON v2 BEGIN INSERT INTO t (a, begin) "
            "VALUES (new.a, 1); END;");
  m.view("v2", "SELECT a FROM v1 WHERE a > 0");
  m.view("v1", "SELECT a FROM t");
  m.trigger("t_log", kLogTrigger);
}

}  // namespace

TEST(MetaData, TriggersAreReflectedCreatedAndDroppedInDependencyOrder) {
  sc::testing::TempDir dir;
  sc::MetaData m;
  declare_views_and_triggers(m);
  ASSERT_EQ(m.triggers().size(), 2u);
  EXPECT_EQ(m.triggers()[0].table, "v2");
  EXPECT_EQ(m.triggers()[1].table, "t");
  EXPECT_EQ(m.triggers()[1].sql, kLogTrigger);
  sc::Engine engine = sc::create_engine(dir.url("triggers.db"));
  sc::Connection conn = engine.connect();
  m.create_all(conn);
  const std::vector<std::string> order{"table|log", "table|t",           "view|v1",
                                       "view|v2",   "trigger|v2_insert", "trigger|t_log"};
  EXPECT_EQ(creation_order(conn), order);
  m.create_all(conn);  // checkfirst: views and triggers are there already
  conn.execute(sc::text("INSERT INTO v2 (a) VALUES (2)"));  // INSTEAD OF, then AFTER INSERT
  EXPECT_EQ(
      conn.execute(sc::text("SELECT msg || '|' || \"semi;colon\" FROM log")).scalar<std::string>(),
      "added; 2|1");
  EXPECT_EQ(conn.execute(sc::text("SELECT end FROM t")).scalar<std::string>(), "big");

  // Reflected (by default): sqlite_master's order and text, the table of each trigger.
  sc::MetaData r;
  r.reflect(conn);
  ASSERT_EQ(r.views().size(), 2u);
  ASSERT_EQ(r.triggers().size(), 2u);
  auto stored = [&](const std::string& name) {
    return conn.execute(sc::text("SELECT sql FROM sqlite_master WHERE name = :n"), {{"n", name}})
        .scalar<std::string>()
        .value_or("");
  };
  EXPECT_EQ(r.views()[0].name, "v1");
  EXPECT_EQ(r.views()[1].sql, stored("v2"));
  EXPECT_EQ(r.triggers()[0].name, "v2_insert");
  EXPECT_EQ(r.triggers()[0].table, "v2");
  EXPECT_EQ(r.triggers()[1].sql, stored("t_log"));
  EXPECT_EQ(r.triggers()[1].table, "t");
  sc::Engine copy = sc::create_engine(dir.url("copy.db"));
  sc::Connection c2 = copy.connect();
  r.create_all(c2);
  EXPECT_EQ(creation_order(c2), order);
  for (const char* name : {"v1", "v2", "v2_insert", "t_log"})
    EXPECT_EQ(c2.execute(sc::text("SELECT sql FROM sqlite_master WHERE name = :n"),
                         {{"n", std::string(name)}})
                  .scalar<std::string>()
                  .value_or(""),
              stored(name))
        << name;
  sc::MetaData tables_only;
  tables_only.reflect(conn, {.views = false, .triggers = false});
  EXPECT_TRUE(tables_only.views().empty());
  EXPECT_TRUE(tables_only.triggers().empty());
  sc::MetaData some;  // `only`: the views it names, the triggers on what it reflects
  some.reflect(conn, {.only = {"T", "v1"}});
  EXPECT_EQ(some.tables().size(), 1u);
  ASSERT_EQ(some.views().size(), 1u);
  EXPECT_EQ(some.views()[0].name, "v1");
  ASSERT_EQ(some.triggers().size(), 1u);
  EXPECT_EQ(some.triggers()[0].name, "t_log");
  sc::MetaData log_only;
  log_only.reflect(conn, {.only = {"log"}});
  EXPECT_TRUE(log_only.views().empty());
  EXPECT_TRUE(log_only.triggers().empty());

  // drop_all: triggers and views first (a view before the view it reads), then the tables.
  m.drop_all(conn);
  EXPECT_TRUE(schema_names(conn).empty());
  m.drop_all(conn);  // nothing left: nothing to do
  EXPECT_THROW(m.drop_all(conn, /*checkfirst=*/false), sc::OperationalError);
}

TEST(MetaData, TriggerTextMustBeExactlyOneCreateTrigger) {
  sc::MetaData m;
  const std::string body = "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END";
  for (const std::string& bad : {
           body + "; DROP TABLE victim",
           body + "; CREATE TRIGGER tr2 AFTER INSERT ON t BEGIN SELECT 1; END",
           body + " DROP TABLE victim",
           std::string(
               "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; DROP TABLE victim; END"),
           std::string(
               "CREATE TRIGGER tr AFTER INSERT ON t; DROP TABLE victim; BEGIN SELECT 1; END"),
           std::string("CREATE TRIGGER tr AFTER INSERT ON t BEGIN END"),
           std::string("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1 END"),
           std::string("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 'x; END"),
           std::string("CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; /* END"),
           std::string("CREATE TRIGGER tr AFTER INSERT ON t"),
           std::string("CREATE VIEW tr AS SELECT 1"),
           std::string("DROP TABLE victim; ") + body,
       }) {
    SCOPED_TRACE(bad);
    EXPECT_THROW_MSG(m.trigger("tr", bad), sc::CompileError,
                     "trigger 'tr': the SQL is not one CREATE TRIGGER statement");
  }
  EXPECT_THROW_MSG(m.trigger("other", body), sc::CompileError,
                   "trigger 'other': its CREATE TRIGGER statement names 'tr'");
  EXPECT_TRUE(m.triggers().empty());
  // One ';' at the end, a comment after END, TEMP, IF NOT EXISTS, schema names, quotes.
  m.trigger("tr", body + ";");
  m.trigger("tr2",
            "CREATE TEMP TRIGGER IF NOT EXISTS main.\"tr2\" BEFORE UPDATE OF a ON "
            "main.[t] FOR EACH ROW BEGIN SELECT ';'; END -- trailing");
  ASSERT_EQ(m.triggers().size(), 2u);
  EXPECT_EQ(m.triggers()[1].table, "t");
  EXPECT_EQ(sc::ddl_script(m, sc::sqlite_dialect()),
            body + ";\n\n" +
                "CREATE TEMP TRIGGER IF NOT EXISTS main.\"tr2\" BEFORE UPDATE OF a ON main.[t] FOR "
                "EACH ROW BEGIN SELECT ';'; END;\n\n");
}

TEST(MetaData, StoredTriggerTextWithASecondStatementIsRefusedBeforeAnyDDL) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("hostile.db"));
  sc::Connection conn = engine.connect();
  conn.raw().exec(
      "CREATE TABLE victim(a); CREATE TRIGGER tr AFTER INSERT ON victim BEGIN SELECT 1; END;"
      "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE TRIGGER tr AFTER "
      "INSERT ON victim BEGIN SELECT 1; END; DROP TABLE victim' WHERE name = 'tr';"
      "PRAGMA writable_schema = OFF;");
  sc::MetaData meta;
  meta.reflect(conn);
  ASSERT_EQ(meta.triggers().size(), 1u);
  EXPECT_THROW_MSG(sc::ddl_script(meta, sc::sqlite_dialect()), sc::CompileError,
                   "trigger 'tr': the SQL is not one CREATE TRIGGER statement (more than one");
  sc::Engine copy = sc::create_engine(dir.url("copy.db"));
  sc::Connection c2 = copy.connect();
  EXPECT_THROW(meta.create_all(c2), sc::CompileError);
  EXPECT_TRUE(schema_names(c2).empty());
}

TEST(DDLScript, WritesViewsAfterTheViewsTheyReadThenTriggers) {
  sc::MetaData m;
  declare_views_and_triggers(m);
  std::string script = sc::ddl_script(m, sc::sqlite_dialect());
  auto at = [&](const std::string& s) { return script.find(s); };
  EXPECT_LT(at("CREATE TABLE log"), at("CREATE VIEW \"v1\""));
  EXPECT_LT(at("CREATE VIEW \"v1\""), at("CREATE VIEW \"v2\""));
  EXPECT_LT(at("CREATE VIEW \"v2\""), at("CREATE TRIGGER v2_insert"));
  EXPECT_LT(at("CREATE TRIGGER v2_insert"), at("CREATE TRIGGER t_log"));
  EXPECT_NE(at(std::string(kLogTrigger) + ";\n"), std::string::npos) << script;
}
