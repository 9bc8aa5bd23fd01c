// Round trips of schemas SQLite accepts: create → MetaData::reflect → create_all into a fresh
// file gives the same PRAGMA table_xinfo / index_list / index_xinfo / foreign_key_list and the
// same parsed constraints (issue 14, item 1), and reflected text never runs as extra SQL.
// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <sqlcore/sqlcore.hpp>

#include "support/capability.hpp"
#include "support/schema_compare.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

// The round trip of `ddl`; a failure shows the script create_all ran.
void expect_round_trip(const std::string& name, const std::string& ddl) {
  sc::testing::TempDir dir;
  sc::testing::RoundTrip rt;
  ASSERT_NO_THROW(rt = sc::testing::round_trip(dir, name, ddl)) << ddl;
  EXPECT_EQ(rt.copy, rt.original) << rt.script;
}

}  // namespace

TEST(ReflectRoundTrip, LineCommentsInsideCheckDefaultGeneratedAndWhere) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("comments",
                    "CREATE TABLE t(a INT CHECK (a > 0 -- positive\n), b INT DEFAULT (1 -- one\n"
                    "), c INT GENERATED ALWAYS AS (a + 1 -- plus\n), d INT, CHECK (d < 5 -- five\n"
                    "));\nCREATE INDEX ix ON t(d) WHERE d > 0 -- partial");
}

TEST(ReflectRoundTrip, CollateAndDescInTableUniqueAndPrimaryKey) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("collate_unique",
                    "CREATE TABLE t(email TEXT, b TEXT, UNIQUE(email COLLATE NOCASE), "
                    "PRIMARY KEY(b DESC))");
  expect_round_trip("collate_pk",
                    "CREATE TABLE u(a TEXT, b TEXT, PRIMARY KEY(a COLLATE NOCASE, b DESC)) "
                    "WITHOUT ROWID");
  expect_round_trip("column_pk_desc", "CREATE TABLE v(a TEXT PRIMARY KEY DESC, b)");
}

TEST(ReflectRoundTrip, CaseInsensitiveUniquenessSurvives) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  sc::testing::TempDir dir;
  sc::testing::round_trip(dir, "nocase",
                          "CREATE TABLE t(email TEXT, UNIQUE(email COLLATE NOCASE))");
  sc::Engine copy = sc::create_engine(dir.url("nocase_copy.db"));
  sc::Connection conn = copy.connect();
  conn.execute(sc::text("INSERT INTO t VALUES ('a@x')"));
  EXPECT_THROW(conn.execute(sc::text("INSERT INTO t VALUES ('A@X')")), sc::IntegrityError);
}

TEST(ReflectRoundTrip, IntegerPrimaryKeyDescIsNoRowidAlias) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("pk_desc", "CREATE TABLE t(x INTEGER PRIMARY KEY DESC, y)");
  expect_round_trip("pk_alias_desc", "CREATE TABLE t(x INTEGER, y, PRIMARY KEY(x DESC))");
}

// UNIQUE before PRIMARY KEY DESC: SQLite folds the key into the UNIQUE's ascending index and
// the column stays no rowid alias; the copy writes UNIQUE PRIMARY KEY DESC again.
TEST(ReflectRoundTrip, IntegerUniquePrimaryKeyDescStaysNoRowidAlias) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  sc::testing::TempDir dir;
  sc::testing::RoundTrip rt;
  ASSERT_NO_THROW(rt = sc::testing::round_trip(dir, "unique_pk_desc",
                                               "CREATE TABLE t(a INTEGER UNIQUE PRIMARY KEY "
                                               "DESC, b)"));
  EXPECT_EQ(rt.copy, rt.original) << rt.script;
  for (const char* file : {"unique_pk_desc.db", "unique_pk_desc_copy.db"}) {
    sc::Engine engine = sc::create_engine(dir.url(file));
    sc::Connection conn = engine.connect();
    conn.execute(sc::text("INSERT INTO t(rowid, a) VALUES (5, 7)"));
    EXPECT_EQ(*conn.execute(sc::text("SELECT rowid FROM t")).scalar<std::int64_t>(), 5) << file;
    EXPECT_EQ(*conn.execute(sc::text("SELECT a FROM t")).scalar<std::int64_t>(), 7) << file;
  }
}

TEST(ReflectRoundTrip, ForeignKeyWithAColumnCountOtherThanTheParentKey) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("fk_count",
                    "CREATE TABLE p(x PRIMARY KEY);\n"
                    "CREATE TABLE c(a, b, FOREIGN KEY(a, b) REFERENCES p)");
}

TEST(ReflectRoundTrip, EmptyIdentifiers) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("empty_table",
                    "CREATE TABLE \"\"(\"\" INT, b UNIQUE);\nCREATE INDEX ix ON \"\"(\"\");\n"
                    "CREATE TABLE c(x REFERENCES \"\"(b))");
  expect_round_trip("empty_index",
                    "CREATE TABLE t(a, \"\" TEXT);\nCREATE INDEX \"\" ON t(\"\", a)");
}

TEST(ReflectRoundTrip, DoubleQuotedIndexElementThatNamesNoColumnIsAString) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("quoted_element", "CREATE TABLE t(a, b);\nCREATE INDEX i ON t(a, \"val\")");
}

TEST(ReflectRoundTrip, QuotedTypeNames) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("quoted_types",
                    "CREATE TABLE t(a [char.3], b \"VARCHAR (+1,-10, 5)\", c 'x''y', "
                    "d \"INT\" PRIMARY KEY)");
}

TEST(ReflectRoundTrip, ChecksAfterStackedNamesAndAfterATableConstraint) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("checks",
                    "CREATE TABLE t(x INT CONSTRAINT a CONSTRAINT b CHECK(x>0), a, b, "
                    "PRIMARY KEY(a) CHECK(b<10))");
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec(
      "CREATE TABLE t(x INT CONSTRAINT a CONSTRAINT b CHECK(x>0), a, b, PRIMARY KEY(a) "
      "CHECK(b<10))");
  auto checks = sc::inspect(conn).get_check_constraints("t");
  ASSERT_EQ(checks.size(), 2u);
  EXPECT_EQ(checks[0].sqltext, "x>0");
  EXPECT_EQ(checks[0].name.value_or(""), "b");
  EXPECT_EQ(checks[1].sqltext, "b<10");
}

TEST(ReflectRoundTrip, DeclaredTypeNamesKeptVerbatim) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  const char* ddl =
      "CREATE TABLE t(a BLOBBER, b LARGE BLOB, c JSON BLOB, d VARCHAR(1,10), e CHAR(4294967296), "
      "f VARCHAR(0x10), g NUMERIC(1e3))";
  expect_round_trip("verbatim_types", ddl);
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec(ddl);
  sc::MetaData meta;
  meta.reflect(conn);
  const sc::Table& t = *meta.find_table("t");
  for (auto [col, declared] : {std::pair{"a", "BLOBBER"},
                               {"b", "LARGE BLOB"},
                               {"c", "JSON BLOB"},
                               {"d", "VARCHAR(1,10)"},
                               {"e", "CHAR(4294967296)"},
                               {"f", "VARCHAR(0x10)"},
                               {"g", "NUMERIC(1e3)"}})
    EXPECT_EQ(t.c(col).type().compile(sc::sqlite_dialect()), declared) << col;
  // The reflected type maps the name as SQLAlchemy does: BLOBBER is untyped (NullType).
  EXPECT_TRUE(t.c("a").type().is_null_type());
}

TEST(ReflectRoundTrip, TableLevelPrimaryKeyAutoincrementAndItsName) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("pk_autoinc", "CREATE TABLE t(x INTEGER, y, PRIMARY KEY(x AUTOINCREMENT))");
  expect_round_trip("pk_named_autoinc",
                    "CREATE TABLE t(x INTEGER, CONSTRAINT pk PRIMARY KEY (x AUTOINCREMENT))");
  expect_round_trip("col_named_autoinc",
                    "CREATE TABLE t(x INTEGER CONSTRAINT pk PRIMARY KEY AUTOINCREMENT)");
}

TEST(ReflectRoundTrip, ForeignKeyWrittenInOtherCase) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("fk_case",
                    "CREATE TABLE a1(id INTEGER PRIMARY KEY);\n"
                    "CREATE TABLE b(x REFERENCES A1 (ID))");
}

TEST(ReflectRoundTrip, VirtualTableAfterTheTableItReads) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("fts_content",
                    "CREATE TABLE zz(a, b);\n"
                    "CREATE VIRTUAL TABLE aa USING fts4(content=zz, a, b)");
}

TEST(ReflectRoundTrip, TwoUniquesOnTheSameColumnsWithDifferentOnConflict) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("two_uniques",
                    "CREATE TABLE t(a, b, UNIQUE(a, b), UNIQUE(a, b) ON CONFLICT REPLACE, "
                    "UNIQUE(a COLLATE NOCASE, b) ON CONFLICT IGNORE)");
}

namespace {

// The columns sqlite_autoindex_<table>_N indexes in the copy round_trip() made in `dir`.
std::string autoindex_columns(const sc::testing::TempDir& dir, const std::string& name,
                              const std::string& index) {
  sc::Engine copy = sc::create_engine(dir.url(name + "_copy.db"));
  sc::Connection conn = copy.connect();
  std::string out;
  for (const sc::Row& row : conn.execute(
           sc::text("SELECT name FROM pragma_index_info(:ix) ORDER BY seqno"), {{"ix", index}}))
    out += (out.empty() ? "" : ",") + row.get<std::string>(0);
  return out;
}

}  // namespace

// SQLite numbers the indexes of PRIMARY KEY and UNIQUE in the order of the CREATE text,
// column constraints first; the copy writes each where the original does, so every
// sqlite_autoindex_<table>_N indexes the same columns (the comparison names them exactly).
TEST(ReflectRoundTrip, AutoindexNumbersFollowTheDeclarationOrder) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  sc::testing::TempDir dir;
  sc::testing::RoundTrip rt;
  ASSERT_NO_THROW(rt = sc::testing::round_trip(
                      dir, "pp", "CREATE TABLE pp(a UNIQUE, b, c, PRIMARY KEY(b, c))"));
  EXPECT_EQ(rt.copy, rt.original) << rt.script;
  EXPECT_EQ(autoindex_columns(dir, "pp", "sqlite_autoindex_pp_1"), "a");
  EXPECT_EQ(autoindex_columns(dir, "pp", "sqlite_autoindex_pp_2"), "b,c");
  EXPECT_NE(rt.script.find("\ta UNIQUE,"), std::string::npos) << rt.script;
  // ON CONFLICT REPLACE indexes come last in index_list; their numbers do not.
  expect_round_trip("on_conflict",
                    "CREATE TABLE t2(a INTEGER UNIQUE ON CONFLICT IGNORE, b INTEGER UNIQUE ON "
                    "CONFLICT FAIL, c INTEGER UNIQUE ON CONFLICT REPLACE, d INTEGER UNIQUE)");
  // Table constraints: the key after a UNIQUE.
  expect_round_trip("table_level",
                    "CREATE TABLE t5(b DEFAULT (5+3), c TEXT, d INTEGER, e TEXT, UNIQUE(b,c,d), "
                    "PRIMARY KEY(e,b,c))");
  // A column constraint before a table one, and a key merged into an earlier UNIQUE's index.
  expect_round_trip("mixed", "CREATE TABLE t(a int UNIQUE, b float PRIMARY KEY, c, UNIQUE(a,c))");
  expect_round_trip("merged",
                    "CREATE TABLE t1(aa UNIQUE, bb UNIQUE, cc UNIQUE, UNIQUE(aA), PRIMARY KEY(bB), "
                    "UNIQUE(cC))");
  // WITHOUT ROWID: an INTEGER PRIMARY KEY's index is made last, one with DESC where written.
  expect_round_trip("norowid_desc",
                    "CREATE TABLE t0(c0 INTEGER PRIMARY KEY DESC, c1 UNIQUE) WITHOUT ROWID");
  expect_round_trip(
      "norowid_last",
      "CREATE TABLE w(id INTEGER PRIMARY KEY, a UNIQUE, UNIQUE(a, id)) WITHOUT ROWID");
  expect_round_trip("norowid_conflict",
                    "CREATE TABLE t1(b UNIQUE ON CONFLICT IGNORE, c UNIQUE ON CONFLICT FAIL, "
                    "a INT PRIMARY KEY ON CONFLICT REPLACE) WITHOUT ROWID");
  expect_round_trip("collate_norowid",
                    "CREATE TABLE t0(c0 COLLATE RTRIM, c1 BLOB UNIQUE, PRIMARY KEY (c0, c1)) "
                    "WITHOUT ROWID");
  // A rowid key makes no index: a UNIQUE on its column is a UNIQUE of its own.
  expect_round_trip("rowid_and_unique",
                    "CREATE TABLE r(a INTEGER PRIMARY KEY, b, UNIQUE(a), CONSTRAINT ub UNIQUE(b))");
}

// A later UNIQUE on the columns of an earlier one makes no index; its ON CONFLICT becomes the
// index's when the first has none, as SQLite merges them.
TEST(ReflectRoundTrip, DuplicateUniqueGivesItsOnConflictToTheFirst) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  const char* ddl = "CREATE TABLE m(a UNIQUE, b, UNIQUE(a) ON CONFLICT IGNORE)";
  expect_round_trip("merged_conflict", ddl);
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec(ddl);
  auto uniques = sc::inspect(conn).get_unique_constraints("m");
  ASSERT_EQ(uniques.size(), 1u);
  EXPECT_EQ(uniques[0].on_conflict, std::optional<std::string>("IGNORE"));
  EXPECT_TRUE(uniques[0].sqlite_column_constraint);
  EXPECT_EQ(uniques[0].sqlite_autoindex, std::optional<int>(1));
}

// An untyped column with PRIMARY KEY DESC: create_all of the copy threw ("Can't generate DDL
// for NullType()") while checking whether the key is an INTEGER one.
TEST(ReflectRoundTrip, UntypedPrimaryKeyDesc) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("untyped_pk_desc", "CREATE TABLE t0(c0 PRIMARY KEY DESC)");
  expect_round_trip("untyped_pk_desc_table", "CREATE TABLE t1(c0, c1, PRIMARY KEY(c0 DESC, c1))");
}

TEST(ReflectRoundTrip, ViewsAreCreated) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  expect_round_trip("views", "CREATE TABLE t(a);\nCREATE VIEW v AS SELECT a FROM t");
}

TEST(ReflectRoundTrip, TypeNameWithTheWordGenerated) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  const char* ddl =
      "CREATE TABLE t(a 'GENERATED', b \"X GENERATED Y\", c INT GENERATED ALWAYS AS (1), "
      "d 'GENERATED' AS (2), e [INT GENERATED ALWAYS])";
  expect_round_trip("generated_word", ddl);
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec(ddl);
  auto cols = sc::inspect(conn).get_columns("t");
  ASSERT_EQ(cols.size(), 5u);
  EXPECT_FALSE(cols[0].computed);
  EXPECT_EQ(cols[0].declared_type, "GENERATED");
  EXPECT_FALSE(cols[1].computed);
  EXPECT_EQ(cols[1].declared_type, "X GENERATED Y");
  EXPECT_EQ(cols[2].declared_type, "INT");
  ASSERT_TRUE(cols[3].computed);
  EXPECT_EQ(cols[3].computed->sqltext, "2");
  EXPECT_EQ(cols[3].declared_type, "GENERATED");
  EXPECT_FALSE(cols[4].computed);
}

TEST(ReflectRoundTrip, QuotedTypeNameThatLooksLikeSQLRunsNothing) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  sc::testing::TempDir dir;
  sc::testing::RoundTrip rt;
  ASSERT_NO_THROW(rt = sc::testing::round_trip(dir, "hostile_type",
                                               "CREATE TABLE t(x 'INT); CREATE TABLE pwned(y')"));
  EXPECT_EQ(rt.copy, rt.original) << rt.script;
  EXPECT_EQ(rt.copy.find("pwned\n"), std::string::npos) << rt.copy;
}

TEST(ReflectRoundTrip, StoredViewOrVirtualTableTextWithExtraStatementsIsRefused) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // the comparison reads pragma_table_xinfo
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("hostile.db"), {.foreign_keys = false});
  sc::Connection conn = engine.connect();
  conn.raw().exec(
      "CREATE TABLE victim(a); CREATE VIEW v AS SELECT 1; CREATE VIRTUAL TABLE f USING "
      "fts4(x); PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE VIEW v AS "
      "SELECT 1; DROP TABLE victim' WHERE name = 'v'; PRAGMA writable_schema = OFF;");
  sc::MetaData meta;
  meta.reflect(conn, {.views = true});
  EXPECT_THROW(sc::ddl_script(meta, sc::sqlite_dialect()), sc::CompileError);
  sc::Engine copy = sc::create_engine(dir.url("hostile_copy.db"));
  sc::Connection conn2 = copy.connect();
  EXPECT_THROW(meta.create_all(conn2), sc::CompileError);
  EXPECT_EQ(conn2.execute(sc::text("SELECT count(*) FROM sqlite_master")).scalar<int>(), 0);

  sc::MetaData vt;
  vt.table("f", sc::Column("x", sc::Text()),
           sc::sqlite_virtual_table("CREATE VIRTUAL TABLE f USING fts4(x); DROP TABLE victim"));
  EXPECT_THROW(vt.create_all(conn2), sc::CompileError);
  sc::MetaData typed;
  typed.table("t", sc::Column("x", sc::Integer().declared_as("INT); DROP TABLE victim; --")));
  typed.create_all(conn2);
  EXPECT_EQ(
      conn2.execute(sc::text("SELECT type FROM pragma_table_xinfo('t')")).scalar<std::string>(),
      "INT); DROP TABLE victim; --");
}

TEST(MetaData, ViewDeclaredByItsSelectIsCreatedByCreateAll) {
  sc::MetaData meta;
  meta.table("users", sc::Column("id", sc::Integer()).primary_key());
  meta.view("v_users", "SELECT id FROM users");
  ASSERT_EQ(meta.views().size(), 1u);
  EXPECT_EQ(meta.views()[0].sql, "CREATE VIEW \"v_users\" AS SELECT id FROM users");
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  meta.create_all(conn);
  meta.create_all(conn);  // checkfirst: the view is there already
  EXPECT_EQ(conn.execute(sc::text("SELECT count(*) FROM v_users")).scalar<int>(), 0);
}
