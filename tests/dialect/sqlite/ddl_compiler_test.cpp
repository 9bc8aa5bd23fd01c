// Where SQLAlchemy 1.4 emits DDL that SQLite refuses, sqlcore emits valid DDL or a CompileError
// naming the rule; STRICT, IF [NOT] EXISTS, DROP (src/dialect/sqlite/ddl_compiler.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/expect.hpp"

namespace sc = sqlcore;

namespace {
const sc::Dialect& d = sc::sqlite_dialect();

std::string create(const sc::Table& t) { return sc::CreateTable(t).compile(d); }

// Runs DDL on a fresh memory database; SQLite's refusal fails the test.
void runs(const std::string& sql) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  EXPECT_NO_THROW(conn.raw().exec(sql)) << sql;
}
}  // namespace

TEST(SQLiteDDLCompiler, AutoincrementOnlyOnASingleIntegerKey) {
  sc::MetaData m;
  auto& big = m.table("big", sc::Column("id", sc::BigInteger()).primary_key(),
                      sc::sqlite_autoincrement(true));
  EXPECT_THROW_MSG(
      create(big), sc::CompileError,
      "(in table 'big', column 'id'): sqlite_autoincrement(true) needs the key to be declared "
      "INTEGER (the rowid alias); it is BIGINT");
  auto& comp =
      m.table("comp", sc::Column("a", sc::Integer()).primary_key(),
              sc::Column("b", sc::Integer()).primary_key(), sc::sqlite_autoincrement(true));
  EXPECT_THROW_MSG(create(comp), sc::CompileError,
                   "needs a single-column primary key; this one has 2 columns");
  auto& str =
      m.table("str", sc::Column("k", sc::String(5)).primary_key(), sc::sqlite_autoincrement(true));
  EXPECT_THROW_MSG(create(str), sc::CompileError, "it is VARCHAR(5)");
  auto& none = m.table("none", sc::Column("a", sc::Integer()), sc::sqlite_autoincrement(true));
  EXPECT_THROW_MSG(create(none), sc::CompileError, "needs a primary key");
  auto& auto_comp = m.table("ac", sc::Column("a", sc::Integer()).primary_key().autoincrement(true),
                            sc::Column("b", sc::Integer()).primary_key());
  EXPECT_THROW_MSG(create(auto_comp), sc::CompileError,
                   "SQLite does not support autoincrement for composite primary keys");
  auto& norowid = m.table("nr", sc::Column("id", sc::Integer()).primary_key(),
                          sc::sqlite_autoincrement(true), sc::sqlite_with_rowid(false));
  EXPECT_THROW_MSG(create(norowid), sc::CompileError, "cannot go with sqlite_with_rowid(false)");
  // The recipe works.
  auto& ok = m.table(
      "ok", sc::Column("id", sc::BigInteger().with_variant(sc::Integer(), "sqlite")).primary_key(),
      sc::sqlite_autoincrement(true));
  EXPECT_NE(create(ok).find("id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT"), std::string::npos);
  runs(create(ok));
}

TEST(SQLiteDDLCompiler, ExpressionDefaultsGetParentheses) {
  sc::MetaData m;
  auto& t =
      m.table("t", sc::Column("id", sc::Integer()).primary_key(),
              sc::Column("ts", sc::Integer()).server_default(sc::text("strftime('%s', 'now')")),
              sc::Column("x", sc::Integer()).server_default(sc::text("abs(-1)")),
              sc::Column("lit", sc::Text()).server_default(sc::text("'quoted'")),
              sc::Column("blob", sc::LargeBinary()).server_default(sc::text("x'00ff'")),
              sc::Column("ct", sc::Date()).server_default(sc::text("current_date")),
              sc::Column("hex", sc::Integer()).server_default(sc::text("0x1F")),
              sc::Column("paren", sc::Integer()).server_default(sc::text("(1) + (2)")));
  std::string sql = create(t);
  EXPECT_NE(sql.find("ts INTEGER DEFAULT (strftime('%s', 'now'))"), std::string::npos) << sql;
  EXPECT_NE(sql.find("x INTEGER DEFAULT (abs(-1))"), std::string::npos);
  EXPECT_NE(sql.find("lit TEXT DEFAULT 'quoted'"), std::string::npos);
  EXPECT_NE(sql.find("blob BLOB DEFAULT x'00ff'"), std::string::npos);
  EXPECT_NE(sql.find("ct DATE DEFAULT current_date"), std::string::npos);
  EXPECT_NE(sql.find("hex INTEGER DEFAULT 0x1F"), std::string::npos);
  EXPECT_NE(sql.find("paren INTEGER DEFAULT ((1) + (2))"), std::string::npos);
  runs(sql);
}

TEST(SQLiteDDLCompiler, InitiallyNeedsDeferrable) {
  sc::MetaData m;
  m.table("p", sc::Column("id", sc::Integer()).primary_key());
  auto& t = m.table(
      "c", sc::Column("pid", sc::Integer()).foreign_key("p.id", sc::FK().initially("DEFERRED")));
  EXPECT_THROW_MSG(create(t), sc::CompileError, "INITIALLY DEFERRED needs deferrable(true)");
  auto& bad = m.table(
      "c2", sc::Column("pid", sc::Integer()).foreign_key("p.id", sc::FK().ondelete("EXPLODE")));
  EXPECT_THROW_MSG(create(bad), sc::CompileError, "Unexpected SQL phrase: 'EXPLODE'");
}

TEST(SQLiteDDLCompiler, WithoutRowidNeedsAPrimaryKey) {
  sc::MetaData m;
  auto& t = m.table("t", sc::Column("a", sc::Integer()), sc::sqlite_with_rowid(false));
  EXPECT_THROW_MSG(create(t), sc::CompileError,
                   "(in table 't'): a WITHOUT ROWID table needs a PRIMARY KEY");
}

TEST(SQLiteDDLCompiler, StrictTables) {
  sc::MetaData m;
  auto& t = m.table("s", sc::Column("id", sc::Integer()).primary_key(),
                    sc::Column("name", sc::Text()).nullable(false), sc::Column("score", sc::REAL()),
                    sc::Column("data", sc::BLOB()), sc::sqlite_strict(true));
  if (!sc::sqlite_dialect().supports_strict_tables()) {
    EXPECT_THROW_MSG(create(t), sc::CompileError, "STRICT tables need SQLite 3.37 or later");
    GTEST_SKIP() << "capability supports_strict_tables is missing";
  }
  EXPECT_EQ(create(t),
            "CREATE TABLE s (\n\tid INTEGER NOT NULL,\n\tname TEXT NOT NULL,\n\tscore "
            "REAL,\n\tdata BLOB,\n\t"
            "PRIMARY KEY (id)\n) STRICT");
  runs(create(t));
  auto& both = m.table("b", sc::Column("k", sc::Text()).primary_key(), sc::sqlite_strict(true),
                       sc::sqlite_with_rowid(false));
  EXPECT_NE(create(both).find(") WITHOUT ROWID, STRICT"), std::string::npos);
  runs(create(both));
  auto& bad = m.table("bad", sc::Column("id", sc::Integer()).primary_key(),
                      sc::Column("name", sc::String(20)), sc::sqlite_strict(true));
  EXPECT_THROW_MSG(
      create(bad), sc::CompileError,
      "(in table 'bad', column 'name'): a STRICT table takes only the types INT, INTEGER, REAL, "
      "TEXT, BLOB and ANY; this column is VARCHAR(20)");
}

TEST(SQLiteDDLCompiler, GeneratedColumnRules) {
  SQLCORE_REQUIRE(supports_generated_columns);
  sc::MetaData m;
  auto& t = m.table("g", sc::Column("a", sc::Integer()),
                    sc::Column("b", sc::Integer()).computed("a * 2").server_default("1"));
  EXPECT_THROW_MSG(create(t), sc::CompileError, "a generated column cannot have a DEFAULT");
  auto& k = m.table("k", sc::Column("a", sc::Integer()),
                    sc::Column("b", sc::Integer()).computed("a * 2").primary_key());
  EXPECT_THROW_MSG(create(k), sc::CompileError, "cannot be part of the PRIMARY KEY");
}

TEST(SQLiteDDLCompiler, IfNotExistsAndDrops) {
  sc::MetaData m;
  auto& t = m.table("t", sc::Column("id", sc::Integer()).primary_key(),
                    sc::Column("a", sc::Integer()), sc::Index("ix_a", {"a"}));
  EXPECT_EQ(sc::CreateTable(t, true).compile(d).rfind("CREATE TABLE IF NOT EXISTS t (", 0), 0u);
  EXPECT_EQ(sc::CreateIndex(t.index("ix_a"), true).compile(d),
            "CREATE INDEX IF NOT EXISTS ix_a ON t (a)");
  EXPECT_EQ(sc::DropTable(t).compile(d), "DROP TABLE t");
  EXPECT_EQ(sc::DropTable(t, true).compile(d), "DROP TABLE IF EXISTS t");
  EXPECT_EQ(sc::DropIndex(t.index("ix_a")).compile(d), "DROP INDEX ix_a");
  EXPECT_EQ(sc::DropIndex(t.index("ix_a"), true).compile(d), "DROP INDEX IF EXISTS ix_a");
}

TEST(SQLiteDDLCompiler, QuotesSQLiteKeywordsThatSQLAlchemyMisses) {
  sc::MetaData m;
  auto& t = m.table("window", sc::Column("nothing", sc::Integer()).primary_key(),
                    sc::Column("returning", sc::Text()), sc::Column("filter", sc::Integer()),
                    sc::Column("over", sc::Integer()), sc::Index("rows", {"filter"}));
  std::string sql = create(t);
  EXPECT_NE(
      sql.find("CREATE TABLE \"window\" (\n\t\"nothing\" INTEGER NOT NULL,\n\t\"returning\" TEXT"),
      std::string::npos)
      << sql;
  EXPECT_EQ(sc::CreateIndex(t.index("rows")).compile(d),
            "CREATE INDEX \"rows\" ON \"window\" (\"filter\")");
  runs(sc::ddl_script(m, d));
}

TEST(SQLiteDDLCompiler, ForeignKeyTargetsAreCheckedAtCompileTime) {
  sc::MetaData m;
  auto& t = m.table("c", sc::Column("pid", sc::Integer()).foreign_key("nowhere.id"));
  EXPECT_THROW_MSG(create(t), sc::ArgumentError,
                   "table 'c': foreign key on column 'pid' references table 'nowhere', which is "
                   "not in this MetaData");
  m.table("p", sc::Column("id", sc::Integer()).primary_key());
  auto& t2 = m.table("c2", sc::Column("pid", sc::Integer()).foreign_key("p.idx"));
  EXPECT_THROW_MSG(create(t2), sc::ArgumentError,
                   "references column 'p.idx', which does not exist");
}

// A table-level CHECK takes sqlite_on_conflict as the other constraints do; SQLAlchemy renders
// it after the CHECK, and SQLite accepts the table (its parser then ignores the clause).
TEST(SQLiteDDLCompiler, CheckConstraintOnConflictIsRenderedAndSQLiteAcceptsIt) {
  sc::MetaData m;
  auto& t =
      m.table("t", sc::Column("id", sc::Integer()).primary_key(), sc::Column("x", sc::Integer()),
              sc::CheckConstraint("x > 0", "ck_x").sqlite_on_conflict("fail"));
  EXPECT_NE(create(t).find("CONSTRAINT ck_x CHECK (x > 0) ON CONFLICT FAIL"), std::string::npos);
  EXPECT_THROW_MSG(sc::CheckConstraint("x > 0").sqlite_on_conflict("SKIP"), sc::ArgumentError,
                   "CheckConstraint: ON CONFLICT resolution 'SKIP' is not one of ROLLBACK");
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  m.create_all(conn);
  conn.execute(t.insert().values({{"id", 1}, {"x", 5}}));
  EXPECT_THROW_MSG(conn.execute(t.insert().values({{"id", 2}, {"x", -1}})), sc::IntegrityError,
                   "CHECK constraint failed: ck_x");
  std::vector<std::string> rows;
  for (const sc::Row& row : conn.execute(sc::select(t).order_by(t.c("id"))))
    rows.push_back(std::to_string(row.get<std::int64_t>(0)) + "|" +
                   std::to_string(row.get<std::int64_t>(1)));
  EXPECT_EQ(rows, (std::vector<std::string>{"1|5"}));
  auto checks = sc::inspect(conn).get_check_constraints("t");
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].name, "ck_x");
  EXPECT_EQ(checks[0].sqltext, "x > 0");
}

// SQLite numbers the indexes of PRIMARY KEY and UNIQUE (sqlite_autoindex_<table>_N) in the
// order of the CREATE text, column constraints first: sqlite_column_constraint() writes one on
// its column, sqlite_constraints_in_given_order(true) the key where it was given.
TEST(SQLiteDDLCompiler, ColumnConstraintsAndTheKeyInTheOrderGiven) {
  SQLCORE_REQUIRE(supports_table_xinfo);  // reads pragma_index_list
  sc::MetaData m;
  auto& t = m.table(
      "t", sc::Column("a", sc::Integer()), sc::Column("b", sc::Text()), sc::Column("c", sc::Text()),
      sc::UniqueConstraint({"a"}, "ua").sqlite_column_constraint().sqlite_on_conflict("ignore"),
      sc::UniqueConstraint({"b", "c"}), sc::PrimaryKeyConstraint({"c"}),
      sc::sqlite_constraints_in_given_order(true));
  EXPECT_EQ(t.sqlite_primary_key_position(), 2u);
  EXPECT_EQ(create(t),
            "CREATE TABLE t (\n\ta INTEGER CONSTRAINT ua UNIQUE ON CONFLICT IGNORE,\n\tb TEXT,"
            "\n\tc TEXT NOT NULL,\n\tUNIQUE (b, c),\n\tPRIMARY KEY (c)\n)");
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  m.create_all(conn);
  std::vector<std::string> indexes;
  for (const sc::Row& row :
       conn.execute(sc::text("SELECT il.name || ':' || ii.name FROM pragma_index_list('t') AS il, "
                             "pragma_index_info(il.name) AS ii ORDER BY il.name, ii.seqno")))
    indexes.push_back(row.get<std::string>(0));
  EXPECT_EQ(indexes,
            (std::vector<std::string>{"sqlite_autoindex_t_1:a", "sqlite_autoindex_t_2:b",
                                      "sqlite_autoindex_t_2:c", "sqlite_autoindex_t_3:c"}));
  // Without the option the key comes first, as SQLAlchemy writes it.
  auto& u = m.table("u", sc::Column("a", sc::Integer()), sc::Column("b", sc::Text()),
                    sc::UniqueConstraint({"a"}), sc::PrimaryKeyConstraint({"b"}));
  EXPECT_EQ(u.sqlite_primary_key_position(), 0u);
  EXPECT_EQ(create(u),
            "CREATE TABLE u (\n\ta INTEGER,\n\tb TEXT NOT NULL,\n\tPRIMARY KEY (b),\n\t"
            "UNIQUE (a)\n)");
  // A key on its column, with DESC and a name.
  auto& v = m.table("v", sc::Column("k", sc::Text()),
                    sc::PrimaryKeyConstraint({"k"}, "pk_v").desc("k").sqlite_column_constraint());
  EXPECT_EQ(create(v), "CREATE TABLE v (\n\tk TEXT NOT NULL CONSTRAINT pk_v PRIMARY KEY DESC\n)");
  runs(create(v));
}

TEST(SQLiteDDLCompiler, ColumnConstraintNeedsOneColumnWithoutCollate) {
  sc::MetaData m;
  EXPECT_THROW_MSG(m.table("t", sc::Column("a", sc::Integer()), sc::Column("b", sc::Integer()),
                           sc::UniqueConstraint({"a", "b"}).sqlite_column_constraint()),
                   sc::ArgumentError,
                   "table 't': UniqueConstraint with sqlite_column_constraint() needs exactly one "
                   "column (it has 2)");
  EXPECT_THROW_MSG(
      m.table("t", sc::Column("a", sc::Text()),
              sc::UniqueConstraint({"a"}).collate("a", "NOCASE").sqlite_column_constraint()),
      sc::ArgumentError, "cannot have a COLLATE on its element");
  EXPECT_THROW_MSG(m.table("t", sc::Column("a", sc::Text()),
                           sc::UniqueConstraint({"a"}).desc("a").sqlite_column_constraint()),
                   sc::ArgumentError, "cannot have DESC (only a PRIMARY KEY can)");
  EXPECT_THROW_MSG(m.table("t", sc::Column("a", sc::Text()), sc::Column("b", sc::Text()),
                           sc::PrimaryKeyConstraint({"a", "b"}).sqlite_column_constraint()),
                   sc::ArgumentError,
                   "table 't': PrimaryKeyConstraint with sqlite_column_constraint() needs exactly "
                   "one column (it has 2)");
}
