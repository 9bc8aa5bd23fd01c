// Tests for the Inspector and MetaData::reflect beyond the SQLAlchemy comparison
// (src/engine/inspector.cpp, src/engine/reflect.cpp, src/dialect/sqlite/reflection.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "dialect/sqlite/create_parser.hpp"
#include "support/capability.hpp"
#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {
sc::Engine memory_with(const std::string& ddl) {
  sc::Engine e = sc::create_engine("sqlite://");
  sc::Connection c = e.connect();
  c.raw().exec(ddl);
  return e;
}
}  // namespace

TEST(Inspector, UnknownTablesRaiseNoSuchTableError) {
  sc::Engine e = memory_with("CREATE TABLE t (id INTEGER PRIMARY KEY)");
  sc::Inspector insp = sc::inspect(e);
  EXPECT_THROW_MSG(insp.get_columns("nope"), sc::NoSuchTableError, "no table or view named 'nope'");
  EXPECT_THROW(insp.get_pk_constraint("nope"), sc::NoSuchTableError);
  EXPECT_THROW(insp.get_foreign_keys("nope"), sc::NoSuchTableError);
  EXPECT_THROW(insp.get_indexes("nope"), sc::NoSuchTableError);
  EXPECT_THROW(insp.get_view_definition("nope"), sc::NoSuchTableError);
  EXPECT_FALSE(insp.has_table("nope"));
  EXPECT_TRUE(insp.has_table("T"));  // names are case-insensitive
  sc::MetaData m;
  EXPECT_THROW(m.reflect(e, {.only = {"t", "nope"}}), sc::NoSuchTableError);
}

TEST(Inspector, QuotesInTableNamesCannotInjectIntoPragmas) {
  const char* evil = "x\"); DROP TABLE victim; --";
  sc::Engine e =
      memory_with(std::string("CREATE TABLE victim (id INTEGER); CREATE TABLE \"x\"\"); DROP TABLE "
                              "victim; --\" (a INTEGER)"));
  sc::Inspector insp = sc::inspect(e);
  auto cols = insp.get_columns(evil);
  ASSERT_EQ(cols.size(), 1u);
  EXPECT_EQ(cols[0].name, "a");
  EXPECT_TRUE(insp.get_indexes(evil).empty());
  EXPECT_THROW(insp.get_columns("victim\"); DROP TABLE victim; --"), sc::NoSuchTableError);
  sc::Connection c = e.connect();
  EXPECT_EQ(
      c.execute(sc::text("SELECT count(*) FROM sqlite_master WHERE name = 'victim'")).scalar<int>(),
      1);
}

TEST(Inspector, InternalAndShadowTablesAreNotUserTables) {
  if (auto why = sc::testing::cannot_create("CREATE VIRTUAL TABLE f USING fts5(x)"))
    GTEST_SKIP() << *why;
  sc::Engine e = memory_with(
      "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT);"
      "INSERT INTO t (body) VALUES ('x');"
      "CREATE VIRTUAL TABLE t_fts USING fts5(body, content='t', content_rowid='id');"
      "CREATE INDEX ix_body ON t (body); ANALYZE;");
  sc::Inspector insp = sc::inspect(e);
  EXPECT_EQ(insp.get_table_names(), (std::vector<std::string>{"t", "t_fts"}));
  auto fts = insp.get_table_options("t_fts");
  EXPECT_TRUE(fts.virtual_table);
  EXPECT_EQ(fts.module, "fts5");
  auto shadow = insp.get_table_options("t_fts_data");
  EXPECT_TRUE(shadow.shadow);
  EXPECT_TRUE(insp.get_table_options("t").autoincrement);
  EXPECT_FALSE(insp.get_table_options("t").shadow);
}

TEST(Inspector, ColumnsCarryAffinityAndCppType) {
  sc::Engine e = memory_with(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL, score REAL, flag "
      "BOOLEAN, born DATETIME, "
      "d DATE, tm TIME, amount NUMERIC(10, 2), data BLOB, anything, odd XYZINTQPR)");
  sc::Inspector insp = sc::inspect(e);
  auto cols = insp.get_columns("t");
  std::map<std::string, std::pair<sc::Affinity, std::string>> got;
  for (const auto& c : cols) got[c.name] = {c.affinity, c.cpp_type};
  EXPECT_EQ(got["id"], std::make_pair(sc::Affinity::integer, std::string("std::int64_t")));
  EXPECT_EQ(got["name"], std::make_pair(sc::Affinity::text, std::string("std::string")));
  EXPECT_EQ(got["score"], std::make_pair(sc::Affinity::real, std::string("double")));
  EXPECT_EQ(got["flag"], std::make_pair(sc::Affinity::numeric, std::string("bool")));
  EXPECT_EQ(got["born"], std::make_pair(sc::Affinity::numeric, std::string("sqlcore::Timestamp")));
  EXPECT_EQ(got["d"].second, "std::chrono::year_month_day");
  EXPECT_EQ(got["tm"].second, "sqlcore::TimeOfDay");
  EXPECT_EQ(got["amount"].second, "sqlcore::Decimal");
  EXPECT_EQ(got["data"], std::make_pair(sc::Affinity::blob, std::string("sqlcore::Blob")));
  EXPECT_EQ(got["anything"], std::make_pair(sc::Affinity::blob, std::string("sqlcore::Value")));
  EXPECT_EQ(got["odd"], std::make_pair(sc::Affinity::integer, std::string("std::int64_t")));
  EXPECT_EQ(cols[0].primary_key, 1);
  EXPECT_FALSE(cols[1].nullable);
  EXPECT_EQ(cols[1].declared_type, "VARCHAR(20)");
}

TEST(Inspector, ExpressionIndexesAreReported) {
  sc::Engine e = memory_with(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, born DATE);"
      "CREATE INDEX ix_expr ON t (lower(name), born DESC);");
  sc::Inspector insp = sc::inspect(e);
  auto ix = insp.get_indexes("t");
  ASSERT_EQ(ix.size(), 1u);
  EXPECT_TRUE(ix[0].has_expressions);
  EXPECT_EQ(ix[0].columns, (std::vector<std::string>{"", "born"}));
  EXPECT_EQ(ix[0].elements, (std::vector<std::string>{"lower(name)", "born DESC"}));
}

TEST(Inspector, AttachedAndTempSchemas) {
  sc::testing::TempDir dir;
  {
    sc::Engine other = sc::create_engine(dir.url("other.db"));
    sc::Connection c = other.connect();
    c.execute(sc::text("CREATE TABLE remote (id INTEGER PRIMARY KEY, v TEXT)"));
  }
  sc::Engine e = sc::create_engine(dir.url("main.db"));
  sc::Connection conn = e.connect();
  conn.execute(sc::text("CREATE TABLE local (id INTEGER PRIMARY KEY)"));
  conn.execute(sc::text("ATTACH DATABASE :path AS other"), {{"path", dir.file("other.db")}});
  conn.execute(sc::text("CREATE TEMP TABLE scratch (x INTEGER)"));
  sc::Inspector insp = sc::inspect(conn);
  EXPECT_EQ(insp.get_table_names(), std::vector<std::string>{"local"});
  EXPECT_EQ(insp.get_table_names("other"), std::vector<std::string>{"remote"});
  EXPECT_EQ(insp.get_columns("remote", "other").size(), 2u);
  EXPECT_THROW(insp.get_columns("remote"), sc::NoSuchTableError);
  EXPECT_EQ(insp.get_temp_table_names(), std::vector<std::string>{"scratch"});
  EXPECT_EQ(insp.get_columns("scratch", "temp").size(), 1u);
  EXPECT_EQ(insp.get_schema_names(), (std::vector<std::string>{"main", "other"}));
  sc::MetaData m;
  m.reflect(conn, {.schema = "other"});
  EXPECT_NE(m.find_table("remote"), nullptr);
}

TEST(Inspector, ViewsAndTheirDefinitions) {
  sc::Engine e = memory_with(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); CREATE VIEW v AS SELECT name FROM t;");
  sc::Inspector insp = sc::inspect(e);
  EXPECT_EQ(insp.get_view_names(), std::vector<std::string>{"v"});
  EXPECT_EQ(insp.get_view_definition("v"), "CREATE VIEW v AS SELECT name FROM t");
  EXPECT_EQ(insp.get_columns("v").size(), 1u);  // a view's columns, as SQLAlchemy allows
  EXPECT_TRUE(insp.get_table_names().size() == 1);
}

TEST(MetaData, ReflectOnlyAndOneTableAtATime) {
  sc::Engine e = memory_with(
      "CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE b (id INTEGER PRIMARY KEY, a_id "
      "INTEGER REFERENCES a (id));"
      "CREATE TABLE c (id INTEGER PRIMARY KEY);");
  sc::MetaData m;
  m.reflect(e, {.only = {"b"}});
  EXPECT_EQ(m.tables().size(), 1u);
  const sc::Table& b = *m.find_table("b");
  EXPECT_EQ(b.foreign_keys().size(), 1u);
  EXPECT_NE(
      sc::CreateTable(b).compile(sc::sqlite_dialect()).find("FOREIGN KEY(a_id) REFERENCES a (id)"),
      std::string::npos);  // references a table outside the MetaData, as reflected
  sc::Connection conn = e.connect();
  const sc::Table& c = m.reflect_table(conn, "C");
  EXPECT_EQ(c.name(), "c");
  EXPECT_THROW(m.reflect_table(conn, "zzz"), sc::NoSuchTableError);
}

TEST(CreateParser, AnyPrefixOfAnyStatementParsesWithoutCrashOrHang) {
  // Every prefix of every CREATE statement of the test schemas and the corpus: truncated
  // text, unbalanced parentheses and quotes must parse (partially) and return.
  std::vector<std::string> statements;
  auto collect = [&](const std::string& ddl) {
    if (sc::testing::cannot_create(ddl)) return;  // a schema this SQLite cannot make
    sc::Engine e = memory_with(ddl);
    sc::Connection c = e.connect();
    for (const auto& row :
         c.execute(sc::text("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")))
      statements.push_back(row.get<std::string>(0));
  };
  std::ifstream in(SQLCORE_GOLDEN_DIR "/reflection_schemas.sql");
  std::string block;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("-- schema: ", 0) == 0) {
      if (!block.empty()) collect(block);
      block.clear();
    } else {
      block += line + "\n";
    }
  }
  collect(block);
  namespace fs = std::filesystem;
  fs::path corpus = fs::path(SQLCORE_SHARED_DIR) / "corpus" / "schemas";
  if (fs::exists(corpus))
    for (const auto& f : fs::directory_iterator(corpus)) {
      std::ifstream s(f.path());
      std::string ddl((std::istreambuf_iterator<char>(s)), std::istreambuf_iterator<char>());
      if (sc::testing::cannot_create(ddl)) continue;
      sc::Engine e = sc::create_engine("sqlite://", {.foreign_keys = false});
      sc::Connection c = e.connect();
      c.raw().exec(ddl);
      for (const auto& row :
           c.execute(sc::text("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")))
        statements.push_back(row.get<std::string>(0));
    }
  statements.push_back("CREATE TABLE \"unterminated (a INTEGER, [b");
  statements.push_back("CREATE TABLE t (a INTEGER CHECK ((((, b) /* never closed");
  std::size_t parsed = 0;
  for (const auto& sql : statements)
    for (std::size_t n = 0; n <= sql.size(); n += (sql.size() > 2000 ? 7 : 1)) {
      auto t = sc::detail::parse_create_table(std::string_view(sql).substr(0, n));
      auto i = sc::detail::parse_create_index(std::string_view(sql).substr(0, n));
      parsed += (t ? 1 : 0) + (i ? 1 : 0);
    }
  EXPECT_GT(parsed, 1000u);
}

// Found by fuzz_reflect: SQLite reads GENERATED as a constraint only in "GENERATED ALWAYS AS";
// before anything else it is a word of the type, and the expression after AS was lost.
TEST(CreateParser, GeneratedNotFollowedByAlwaysIsPartOfTheTypeName) {
  auto t = sc::detail::parse_create_table("CREATE TABLE abc (a, b GENERATED x AS (a + 1))");
  ASSERT_TRUE(t);
  ASSERT_EQ(t->columns.size(), 2u);
  EXPECT_EQ(t->columns[1].type, "GENERATED x");
  EXPECT_EQ(t->columns[1].generated_sql, "a + 1");
  auto always = sc::detail::parse_create_table("CREATE TABLE t (a, b INT GENERATED ALWAYS AS (a))");
  ASSERT_TRUE(always);
  EXPECT_EQ(always->columns[1].type, "INT");
  EXPECT_EQ(always->columns[1].generated_sql, "a");
  // The whole path: reflected and created again on a fresh database (SQLite 3.31 and later).
  SQLCORE_REQUIRE(supports_generated_columns);
  sc::Engine e = sc::create_engine("sqlite://");
  sc::Connection c = e.connect();
  c.execute(sc::text("CREATE TABLE abc (a, b GENERATED x AS (a + 1))"));
  sc::MetaData m;
  m.reflect(c);
  sc::Engine fresh = sc::create_engine("sqlite://");
  sc::Connection f = fresh.connect();
  m.create_all(f);
  f.execute(sc::text("INSERT INTO abc (a) VALUES (41)"));
  EXPECT_EQ(*f.execute(sc::text("SELECT b FROM abc")).scalar<std::int64_t>(), 42);
}
