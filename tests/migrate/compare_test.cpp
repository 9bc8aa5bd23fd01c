// sc::compare: no difference where there is none (every corpus schema against its own
// reflection and against a copy made by create_all; C++-declared targets made by create_all),
// and each kind of difference found, named and described exactly.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/roundtrip.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
namespace sc = sqlcore;
namespace st = sqlcore::testing;

namespace {

const fs::path kRoundTripCorpus = SQLCORE_ROUNDTRIP_CORPUS_DIR;
const fs::path kSharedCorpus = fs::path(SQLCORE_SHARED_DIR) / "corpus" / "schemas";

// Each change as "kind table name [attributes]", for exact assertions.
std::vector<std::string> summary(const sc::SchemaDiff& diff) {
  std::vector<std::string> out;
  for (const auto& c : diff.changes()) {
    std::string s = std::string(sc::to_string(c.kind)) + " " + c.table + " " + c.name;
    if (!c.attributes.empty()) {
      s += " [";
      for (std::size_t i = 0; i < c.attributes.size(); ++i) s += (i ? "," : "") + c.attributes[i];
      s += "]";
    }
    out.push_back(s);
  }
  return out;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The ids of the round-trip corpus's EXCEPTIONS.md: schemas no round trip is tried on.
std::set<std::string> corpus_exceptions() {
  return st::read_exceptions(kRoundTripCorpus / "EXCEPTIONS.md");
}

std::set<std::string> corpus_known_failures() {
  auto ids = st::read_id_list(kRoundTripCorpus / "known_failures.txt");
  return {ids.begin(), ids.end()};
}

// The marker compare_with_itself returns for a schema this SQLite cannot make.
const std::string kCannotCreate = "cannot create";

// The outcome of comparing one schema with itself: "" when both comparisons are empty.
// `sql` is made in dir/<stem>.db, reflected, compared with the reflection; the reflection is
// made by create_all in dir/<stem>_copy.db and that file compared with it too.
std::string compare_with_itself(const std::string& sql, const fs::path& dir,
                                const std::string& stem) {
  sc::Engine e =
      sc::create_engine("sqlite:///" + (dir / (stem + ".db")).string(), {.foreign_keys = false});
  sc::Connection conn = e.connect();
  conn.raw().exec("PRAGMA synchronous = OFF");  // test files: no fsync
  try {
    conn.raw().exec(sql);
  } catch (const sc::Error&) {
    return kCannotCreate;
  }
  sc::MetaData reflected;
  reflected.reflect(conn);
  sc::SchemaDiff self = sc::compare(conn, reflected);
  if (!self.empty()) return "original vs its reflection:\n" + self.describe();
  sc::Engine e2 = sc::create_engine("sqlite:///" + (dir / (stem + "_copy.db")).string(),
                                    {.foreign_keys = false});
  sc::Connection conn2 = e2.connect();
  conn2.raw().exec("PRAGMA synchronous = OFF");
  try {
    reflected.create_all(conn2);
  } catch (const sc::Error& err) {
    return std::string("create_all: ") + err.what();
  }
  sc::SchemaDiff copy = sc::compare(conn2, reflected);
  if (!copy.empty()) return "create_all copy vs the reflection:\n" + copy.describe();
  return "";
}

std::string file_stem(std::string id) {
  std::replace_if(
      id.begin(), id.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
      '_');
  return id;
}

}  // namespace

// ---- no false positives ------------------------------------------------------------------

TEST(CompareCorpus, RealWorldSchemasCompareEmptyWithTheirReflectionAndACopy) {
  if (!fs::exists(kSharedCorpus)) GTEST_SKIP() << "no " << kSharedCorpus;
  st::TempDir dir;
  int compared = 0, skipped = 0;
  for (const auto& file : fs::directory_iterator(kSharedCorpus)) {
    if (file.path().extension() != ".sql") continue;
    std::string name = file.path().stem().string();
    std::string ddl = read_file(file.path());
    if (auto why = st::cannot_create(ddl)) {  // beyond this SQLite
      EXPECT_FALSE(sc::sqlite_dialect().supports_strict_tables()) << name << ": " << *why;
      ++skipped;
      continue;
    }
    EXPECT_EQ(compare_with_itself(ddl, dir.path(), name), "") << name;
    ++compared;
  }
  std::cout << "[ compare  ] real-world corpus: " << compared << " compared empty, " << skipped
            << " beyond this SQLite\n";
  EXPECT_EQ(compared + skipped, 14);
}

TEST(CompareCorpus, RoundTripCorpusSchemasCompareEmptyWithTheirReflectionAndACopy) {
  // The corpus is what SQLite 3.40 accepts (see tests/engine/roundtrip_corpus_test.cpp).
  if (!sc::sqlite_dialect().supports_strict_tables())
    GTEST_SKIP() << "the round-trip corpus needs SQLite 3.37 or later, not SQLite "
                 << sc::sqlite_dialect().version_text();
  const auto skip = corpus_exceptions();
  const auto known = corpus_known_failures();
  st::TempDir dir;
  int empty = 0, differ = 0, known_differ = 0, cannot = 0;
  for (const auto& f : fs::directory_iterator(kRoundTripCorpus)) {
    if (f.path().extension() != ".sql") continue;
    for (const auto& schema : st::read_corpus(f.path())) {
      if (skip.count(schema.id)) continue;
      std::string problem = compare_with_itself(schema.sql, dir.path(), file_stem(schema.id));
      for (const auto& x : fs::directory_iterator(dir.path())) fs::remove(x.path());
      if (problem.empty()) {
        ++empty;
      } else if (problem == kCannotCreate) {
        ++cannot;
      } else if (known.count(schema.id) && problem.rfind("create_all copy", 0) == 0) {
        // The copy is not the same schema (known_failures.txt): compare says where.
        ++known_differ;
      } else {
        ++differ;
        ADD_FAILURE() << schema.id << " (" << schema.source << "): " << problem << "-- schema:\n"
                      << schema.sql;
      }
    }
  }
  std::cout << "[ compare  ] round-trip corpus: " << empty << " compared empty, " << known_differ
            << " known round-trip failures differ in the copy, " << differ << " false positives, "
            << cannot << " this SQLite cannot make\n";
  EXPECT_GT(empty, 700);
}

// ---- differences -------------------------------------------------------------------------

namespace {

// A database on a real file (or :memory:) made from `ddl`, compared with targets.
class Live {
 public:
  explicit Live(const std::string& ddl, bool memory = false)
      : engine_(sc::create_engine(memory ? std::string("sqlite://") : dir_.url("live.db"),
                                  {.foreign_keys = false})),
        conn_(engine_.connect()) {
    if (!ddl.empty()) conn_.raw().exec(ddl);
  }
  sc::Connection& conn() { return conn_; }
  sc::SchemaDiff compare(const sc::MetaData& target, const sc::CompareOptions& o = {}) {
    return sc::compare(conn_, target, o);
  }

 private:
  st::TempDir dir_;
  sc::Engine engine_;
  sc::Connection conn_;
};

using Strings = std::vector<std::string>;

}  // namespace

TEST(Compare, AddAndDropTableInDependencyOrder) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE old_child (id INTEGER PRIMARY KEY, p INTEGER REFERENCES old_parent(id));"
        "CREATE TABLE old_parent (id INTEGER PRIMARY KEY);",
        memory);
    sc::MetaData target;
    target.table("users", sc::Column("id", sc::Integer()).primary_key(),
                 sc::Column("email", sc::String(100)).index());
    target.table("posts", sc::Column("id", sc::Integer()).primary_key(),
                 sc::Column("user_id", sc::Integer()).foreign_key("users.id"));
    auto diff = db.compare(target);
    EXPECT_EQ(summary(diff),
              (Strings{"add_table users ", "add_index users ix_users_email", "add_table posts ",
                       "drop_table old_child ", "drop_table old_parent "}));
    EXPECT_EQ(diff.changes()[0].describe(), "users: add table");
    EXPECT_EQ(diff.changes()[1].describe(), "users: add index ix_users_email ON users (email)");
    EXPECT_EQ(diff.changes()[3].describe(), "old_child: drop table");
    EXPECT_EQ(diff.for_table("USERS").size(), 2u);
  }
}

TEST(CompareDeclared, EveryTypeMadeByCreateAllComparesEmpty) {
  for (bool memory : {false, true}) {
    Live db("", memory);
    sc::MetaData target;
    target.table("every_type", sc::Column("id", sc::Integer()).primary_key(),
                 sc::Column("big", sc::BigInteger()), sc::Column("small", sc::SmallInteger()),
                 sc::Column("flag", sc::Boolean()), sc::Column("f", sc::Float()),
                 sc::Column("f10", sc::Float(10)), sc::Column("num", sc::Numeric()),
                 sc::Column("num102", sc::Numeric(10, 2)), sc::Column("s", sc::String()),
                 sc::Column("s100", sc::String(100)), sc::Column("txt", sc::Text()),
                 sc::Column("u", sc::Unicode(20)), sc::Column("ut", sc::UnicodeText()),
                 sc::Column("bin", sc::LargeBinary()), sc::Column("d", sc::Date()),
                 sc::Column("t", sc::Time()), sc::Column("dt", sc::DateTime()),
                 sc::Column("j", sc::JSON()), sc::Column("e", sc::Enum({"red", "green"})),
                 sc::Column("i2", sc::INTEGER()), sc::Column("bi", sc::BIGINT()),
                 sc::Column("si", sc::SMALLINT()), sc::Column("b2", sc::BOOLEAN()),
                 sc::Column("fl", sc::FLOAT(5)), sc::Column("r", sc::REAL()),
                 sc::Column("n2", sc::NUMERIC(12, 4)), sc::Column("dec", sc::DECIMAL(8, 3)),
                 sc::Column("ch", sc::CHAR(3)), sc::Column("vc", sc::VARCHAR(30)),
                 sc::Column("nc", sc::NCHAR(4)), sc::Column("nvc", sc::NVARCHAR(40)),
                 sc::Column("tx", sc::TEXT(20)), sc::Column("cl", sc::CLOB()),
                 sc::Column("bl", sc::BLOB()), sc::Column("d2", sc::DATE()),
                 sc::Column("t2", sc::TIME()), sc::Column("dt2", sc::DATETIME()),
                 sc::Column("ts", sc::TIMESTAMP()), sc::Column("untyped", sc::NullType()),
                 sc::Column("declared", sc::Integer().declared_as("INTEGER NON")),
                 sc::Column("spaced", sc::VARCHAR(30).declared_as("varchar ( 30 )")));
    target.create_all(db.conn());
    auto diff = db.compare(target);
    EXPECT_TRUE(diff.empty()) << diff.describe();
  }
}

TEST(CompareDeclared, DefaultsCollationsGeneratedChecksKeysAndOptionsCompareEmpty) {
  for (bool memory : {false, true}) {
    Live db("", memory);
    sc::MetaData target;
    target.table("parent", sc::Column("id", sc::Integer()).primary_key(),
                 sc::Column("code", sc::String(10)).unique(),
                 sc::Column("name", sc::Text()).nullable(false).collation("NOCASE"),
                 sc::sqlite_autoincrement(true));
    target.table(
        "child", sc::Column("a", sc::Integer()), sc::Column("b", sc::String(20)),
        sc::Column("parent_id", sc::Integer())
            .foreign_key("parent.id", sc::FK().ondelete("CASCADE").onupdate("no action")),
        sc::Column("code", sc::String(10)),
        sc::Column("created", sc::DateTime()).server_default(sc::text("CURRENT_TIMESTAMP")),
        sc::Column("status", sc::String(10)).server_default("new"),
        sc::Column("n", sc::Integer()).server_default(sc::text("0")),
        sc::Column("expr", sc::Integer()).server_default(sc::text("1 + 2")),
        sc::Column("now", sc::DateTime()).server_default(sc::server_default_now(sc::DateTime())),
        sc::Column("age", sc::Integer()).check("age >= 0").check("age < 200", "ck_age_max"),
        sc::PrimaryKeyConstraint({"a", "b"}), sc::UniqueConstraint({"b", "code"}, "uq_b_code"),
        sc::UniqueConstraint({"code", "n"}).collate("code", "NOCASE"),
        sc::CheckConstraint("a > 0 AND b <> 'x'"), sc::CheckConstraint("n < 10", "ck_n"),
        sc::ForeignKeyConstraint({"code"}, "parent", {"code"},
                                 sc::FK().name("fk_code").deferrable(true).initially("DEFERRED")),
        sc::ForeignKeyConstraint({"n"}, "parent", {}),
        sc::Index("ix_child_expr", {}).expression("lower(b)").column("a"),
        sc::Index("ix_child_partial", {"n"}).unique().sqlite_where("n IS NOT NULL"),
        sc::Index("ix_child_desc", {}).expression("created DESC"));
    target.table("kv", sc::Column("k", sc::Text()).primary_key(), sc::Column("v", sc::BLOB()),
                 sc::sqlite_with_rowid(false));
    if (sc::sqlite_dialect().supports_generated_columns())
      target.table("gen", sc::Column("x", sc::Integer()),
                   sc::Column("twice", sc::Integer()).computed("x * 2"),
                   sc::Column("stored", sc::Integer()).computed("x + 1", true),
                   sc::Column("virt", sc::Integer()).computed("x - 1", false));
    if (sc::sqlite_dialect().supports_strict_tables())
      target.table("strict_t", sc::Column("id", sc::Integer()).primary_key(),
                   sc::Column("v", sc::Text()), sc::sqlite_strict(true));
    target.view("v_child", "SELECT a, b FROM child WHERE n > 0");
    target.trigger("t_child",
                   "CREATE TRIGGER t_child AFTER INSERT ON child BEGIN "
                   "UPDATE child SET n = n + 1 WHERE a = new.a; END");
    target.create_all(db.conn());
    auto diff = db.compare(target);
    EXPECT_TRUE(diff.empty()) << diff.describe();
  }
}

TEST(CompareDeclared, HandWrittenSchemaMatchesItsDeclarationDespiteSpelling) {
  // INTEGER PRIMARY KEY and a WITHOUT ROWID key are NOT NULL without saying so; names and
  // types compare without case; CHECK text without white space and outer parentheses; a
  // column-level REFERENCES is the table-level FOREIGN KEY; REFERENCES p is p's primary key.
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE P (ID integer primary key, Code varchar ( 10 ) UNIQUE);"
        "CREATE TABLE kv (k text primary key, v blob) without rowid;"
        "CREATE TABLE c (a INT, b TEXT DEFAULT ('x'), p INTEGER REFERENCES p, "
        "CHECK ((a>0)), UNIQUE (A, b));"
        "CREATE VIEW \"v\" AS SELECT a\n  FROM c;",
        memory);
    sc::MetaData target;
    target.table("p", sc::Column("id", sc::Integer()).primary_key(),
                 sc::Column("code", sc::String(10)).unique());
    target.table("kv", sc::Column("k", sc::Text()).primary_key(), sc::Column("v", sc::BLOB()),
                 sc::sqlite_with_rowid(false));
    target.table("c", sc::Column("a", sc::INTEGER().declared_as("int")),
                 sc::Column("b", sc::Text()).server_default("x"),
                 sc::Column("p", sc::Integer()).foreign_key("p.id"), sc::CheckConstraint("a > 0"),
                 sc::UniqueConstraint({"a", "B"}));
    target.view("V", "select a from c");
    auto diff = db.compare(target);
    EXPECT_TRUE(diff.empty()) << diff.describe();
  }
}

TEST(Compare, ColumnsAddedDroppedAndEachAttributeAltered) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, age INTEGER, legacy TEXT, "
        "nick TEXT COLLATE NOCASE, score REAL DEFAULT 0, note TEXT NOT NULL, code INTEGER)",
        memory);
    sc::MetaData target;
    target.table("users", sc::Column("id", sc::Integer()).primary_key(),
                 sc::Column("name", sc::Text()).nullable(false), sc::Column("age", sc::Text()),
                 sc::Column("nick", sc::Text()),
                 sc::Column("score", sc::REAL()).server_default(sc::text("1")),
                 sc::Column("note", sc::String(50)), sc::Column("email", sc::String(100)),
                 sc::Column("code", sc::Integer()).nullable(false).server_default(sc::text("7")));
    auto diff = db.compare(target);
    EXPECT_EQ(summary(diff),
              (Strings{"drop_column users legacy", "add_column users email",
                       "alter_column users name [nullable]", "alter_column users age [type]",
                       "alter_column users nick [collation]", "alter_column users score [default]",
                       "alter_column users note [type,nullable]",
                       "alter_column users code [nullable,default]"}));
    EXPECT_EQ(diff.describe(),
              "users: drop column legacy\n"
              "users: add column email VARCHAR(100)\n"
              "users: alter column name (not nullable)\n"
              "users: alter column age (type INTEGER -> TEXT)\n"
              "users: alter column nick (collation NOCASE -> BINARY)\n"
              "users: alter column score (default 0 -> 1)\n"
              "users: alter column note (type TEXT -> VARCHAR(50), nullable)\n"
              "users: alter column code (not nullable, default none -> 7)\n");
    const auto& age = diff.changes()[3];
    EXPECT_EQ(age.from, "age INTEGER");
    EXPECT_EQ(age.to, "age TEXT");
    EXPECT_EQ(diff.changes()[0].from, "legacy TEXT");
    EXPECT_EQ(diff.changes()[0].to, "");
    EXPECT_EQ(diff.changes()[1].from, "");
  }
}

TEST(Compare, PrimaryKeyMembershipAndOrder) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE pk (a INTEGER NOT NULL, b INTEGER NOT NULL, c INTEGER NOT NULL, "
        "PRIMARY KEY (a, b))",
        memory);
    sc::MetaData order;
    order.table("pk", sc::Column("a", sc::Integer()), sc::Column("b", sc::Integer()),
                sc::Column("c", sc::Integer()).nullable(false),
                sc::PrimaryKeyConstraint({"b", "a"}));
    EXPECT_EQ(summary(db.compare(order)),
              (Strings{"alter_column pk a [primary_key]", "alter_column pk b [primary_key]"}));
    EXPECT_EQ(db.compare(order).changes()[0].describe(), "pk: alter column a (primary key)");
    sc::MetaData member;
    member.table("pk", sc::Column("a", sc::Integer()).primary_key(),
                 sc::Column("b", sc::Integer()).primary_key(),
                 sc::Column("c", sc::Integer()).primary_key());
    EXPECT_EQ(summary(db.compare(member)), (Strings{"alter_column pk c [primary_key]"}));
    sc::MetaData same;
    same.table("pk", sc::Column("a", sc::Integer()).primary_key(),
               sc::Column("b", sc::Integer()).primary_key(),
               sc::Column("c", sc::Integer()).nullable(false));
    EXPECT_TRUE(db.compare(same).empty()) << db.compare(same).describe();
  }
}

TEST(Compare, GeneratedExpressionAndStorage) {
  SQLCORE_REQUIRE(supports_generated_columns);
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE g (x INTEGER, y INTEGER GENERATED ALWAYS AS (x * 2) VIRTUAL, "
        "z INTEGER AS (x + 1) STORED)",
        memory);
    sc::MetaData target;
    target.table("g", sc::Column("x", sc::Integer()),
                 sc::Column("y", sc::Integer()).computed("x * 3"),
                 sc::Column("z", sc::Integer()).computed("x + 1", false));
    auto diff = db.compare(target);
    EXPECT_EQ(summary(diff),
              (Strings{"alter_column g y [generated]", "alter_column g z [generated]"}));
    EXPECT_EQ(diff.describe(),
              "g: alter column y (generated (x * 2) -> (x * 3))\n"
              "g: alter column z (generated (x + 1) STORED -> (x + 1))\n");
    sc::MetaData same;
    same.table("g", sc::Column("x", sc::Integer()),
               sc::Column("y", sc::Integer()).computed("(X*2)"),
               sc::Column("z", sc::Integer()).computed("x + 1", true));
    EXPECT_TRUE(db.compare(same).empty()) << db.compare(same).describe();
  }
}

TEST(Compare, UnnamedConstraintsMatchByWhatTheyConstrain) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE);"
        "CREATE TABLE c (a INTEGER, b TEXT, p INTEGER, q TEXT, CONSTRAINT uq_ab UNIQUE (a, b), "
        "CHECK (a > 0), FOREIGN KEY (p) REFERENCES parent, "
        "FOREIGN KEY (q) REFERENCES parent (code) ON DELETE CASCADE)",
        memory);
    auto declare = [](sc::MetaData& m, const std::string& check, const std::string& ondelete,
                      std::vector<std::string> unique) {
      m.table("parent", sc::Column("id", sc::Integer()).primary_key(),
              sc::Column("code", sc::Text()).unique());
      m.table("c", sc::Column("a", sc::Integer()), sc::Column("b", sc::Text()),
              sc::Column("p", sc::Integer()).foreign_key("parent.id"),
              sc::Column("q", sc::Text()).foreign_key("parent.code", sc::FK().ondelete(ondelete)),
              sc::UniqueConstraint(std::move(unique)), sc::CheckConstraint(check));
    };
    sc::MetaData same;  // unnamed in the target: the live uq_ab is the same UNIQUE
    declare(same, "(A > 0)", "cascade", {"a", "b"});
    EXPECT_TRUE(db.compare(same).empty()) << db.compare(same).describe();

    sc::MetaData changed;
    declare(changed, "a > 1", "SET NULL", {"b", "a"});
    auto diff = db.compare(changed);
    const std::string fk = "FOREIGN KEY (q) REFERENCES parent (code) ON DELETE ";
    EXPECT_EQ(summary(diff),
              (Strings{"drop_constraint c uq_ab", "drop_constraint c CHECK (a > 0)",
                       "drop_constraint c " + fk + "CASCADE", "add_constraint c UNIQUE (b, a)",
                       "add_constraint c CHECK (a > 1)", "add_constraint c " + fk + "SET NULL"}));
    EXPECT_EQ(diff.changes()[0].from, "CONSTRAINT uq_ab UNIQUE (a, b)");
    EXPECT_EQ(diff.changes()[3].to, "UNIQUE (b, a)");
    EXPECT_EQ(diff.changes()[0].describe(), "c: drop constraint uq_ab");
    EXPECT_EQ(diff.changes()[4].describe(), "c: add constraint CHECK (a > 1)");
  }
}

TEST(Compare, NamedConstraintRenamedOnlyByNameIsDroppedAndAdded) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE c (a INTEGER CONSTRAINT ck_a CHECK (a > 0), b TEXT, "
        "CONSTRAINT uq_b UNIQUE (b))",
        memory);
    sc::MetaData target;
    target.table("c", sc::Column("a", sc::Integer()), sc::Column("b", sc::Text()),
                 sc::CheckConstraint("a > 0", "ck_positive"), sc::UniqueConstraint({"b"}, "uq_b"));
    auto diff = db.compare(target);
    EXPECT_EQ(summary(diff), (Strings{"drop_constraint c ck_a", "add_constraint c ck_positive"}));
    EXPECT_EQ(diff.describe(),
              "c: drop constraint ck_a\n"
              "c: add constraint ck_positive CHECK (a > 0)\n");
    EXPECT_EQ(diff.changes()[0].from, "CONSTRAINT ck_a CHECK (a > 0)");
    EXPECT_EQ(diff.changes()[1].to, "CONSTRAINT ck_positive CHECK (a > 0)");
  }
}

TEST(Compare, ForeignKeyDeferrableAndActions) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE p (id INTEGER PRIMARY KEY);"
        "CREATE TABLE c (x INTEGER REFERENCES p (id) ON UPDATE CASCADE "
        "DEFERRABLE INITIALLY DEFERRED, y INTEGER REFERENCES p (id) NOT DEFERRABLE)",
        memory);
    sc::MetaData target;
    target.table("p", sc::Column("id", sc::Integer()).primary_key());
    target.table("c",
                 sc::Column("x", sc::Integer())
                     .foreign_key("p.id", sc::FK().onupdate("CASCADE").deferrable(true)),
                 sc::Column("y", sc::Integer()).foreign_key("p.id"));
    auto diff = db.compare(target);
    EXPECT_EQ(summary(diff), (Strings{"drop_constraint c FOREIGN KEY (x) REFERENCES p (id) ON "
                                      "UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED",
                                      "add_constraint c FOREIGN KEY (x) REFERENCES p (id) ON "
                                      "UPDATE CASCADE"}));
  }
}

TEST(Compare, IndexesPartialExpressionUniqueAndAutomatic) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE t (a INTEGER NOT NULL, b TEXT UNIQUE, c TEXT NOT NULL, PRIMARY KEY (a, c));"
        "CREATE INDEX ix_partial ON t (a) WHERE a > 0;"
        "CREATE INDEX ix_expr ON t (lower(b), a DESC);"
        "CREATE INDEX ix_unique ON t (c);"
        "CREATE INDEX ix_same ON t (a ASC, \"B\");"
        "CREATE INDEX ix_gone ON t (c, a);",
        memory);
    auto declare = [](sc::MetaData& m, const std::string& where, const std::string& expr,
                      bool unique) {
      m.table("t", sc::Column("a", sc::Integer()).primary_key(),
              sc::Column("b", sc::Text()).unique(), sc::Column("c", sc::Text()).primary_key(),
              sc::Index("ix_partial", {"a"}).sqlite_where(where),
              sc::Index("ix_expr", {}).expression(expr).expression("a DESC"),
              sc::Index("ix_unique", {"c"}).unique(unique), sc::Index("ix_same", {"a", "b"}));
    };
    sc::MetaData same;  // sqlite_autoindex_t_1 / _2 are the UNIQUE and the PRIMARY KEY
    declare(same, "(a>0)", "LOWER(b)", false);
    sc::SchemaDiff d = db.compare(same);
    EXPECT_EQ(summary(d), (Strings{"drop_index t ix_gone"}));
    EXPECT_EQ(d.changes()[0].from, "CREATE INDEX ix_gone ON t (c, a)");
    sc::MetaData changed;
    declare(changed, "a > 1", "upper(b)", true);
    auto diff = db.compare(changed);
    EXPECT_EQ(summary(diff),
              (Strings{"drop_index t ix_expr", "drop_index t ix_gone", "drop_index t ix_partial",
                       "drop_index t ix_unique", "add_index t ix_expr", "add_index t ix_partial",
                       "add_index t ix_unique"}));
    EXPECT_EQ(diff.changes()[5].describe(), "t: add index ix_partial ON t (a) WHERE a > 1");
    EXPECT_EQ(diff.changes()[6].describe(), "t: add unique index ix_unique ON t (c)");
    EXPECT_EQ(diff.changes()[4].to, "CREATE INDEX ix_expr ON t (upper(b), a DESC)");
  }
}

TEST(Compare, TableOptionsWithoutRowidAndAutoincrement) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE kv (k TEXT PRIMARY KEY NOT NULL, v BLOB) WITHOUT ROWID;"
        "CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);"
        "CREATE TABLE plain (id INTEGER PRIMARY KEY, v TEXT);",
        memory);
    sc::MetaData target;
    target.table("kv", sc::Column("k", sc::Text()).primary_key(), sc::Column("v", sc::BLOB()));
    target.table("plain", sc::Column("id", sc::Integer()).primary_key(),
                 sc::Column("v", sc::Text()), sc::sqlite_autoincrement(true));
    target.table("seq", sc::Column("id", sc::Integer()).primary_key(), sc::Column("v", sc::Text()));
    auto diff = db.compare(target);
    EXPECT_EQ(summary(diff), (Strings{"alter_table_options kv  [without_rowid]",
                                      "alter_table_options plain  [autoincrement]",
                                      "alter_table_options seq  [autoincrement]"}));
    EXPECT_EQ(diff.describe(),
              "kv: alter table options (WITHOUT ROWID -> none)\n"
              "plain: alter table options (none -> AUTOINCREMENT)\n"
              "seq: alter table options (AUTOINCREMENT -> none)\n");
    sc::MetaData back;
    back.table("kv", sc::Column("k", sc::Text()).primary_key(), sc::Column("v", sc::BLOB()),
               sc::sqlite_with_rowid(false));
    back.table("plain", sc::Column("id", sc::Integer()).primary_key(), sc::Column("v", sc::Text()));
    back.table("seq", sc::Column("id", sc::Integer()).primary_key(), sc::Column("v", sc::Text()),
               sc::sqlite_autoincrement(true));
    EXPECT_TRUE(db.compare(back).empty()) << db.compare(back).describe();
  }
}

TEST(Compare, TableOptionStrict) {
  SQLCORE_REQUIRE(supports_strict_tables);
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE s (id INTEGER PRIMARY KEY, v TEXT) STRICT;"
        "CREATE TABLE n (id INTEGER PRIMARY KEY, v TEXT);",
        memory);
    sc::MetaData target;
    target.table("n", sc::Column("id", sc::Integer()).primary_key(), sc::Column("v", sc::Text()),
                 sc::sqlite_strict(true));
    target.table("s", sc::Column("id", sc::Integer()).primary_key(), sc::Column("v", sc::Text()));
    auto diff = db.compare(target);
    EXPECT_EQ(summary(diff),
              (Strings{"alter_table_options n  [strict]", "alter_table_options s  [strict]"}));
    EXPECT_EQ(diff.describe(),
              "n: alter table options (none -> STRICT)\n"
              "s: alter table options (STRICT -> none)\n");
  }
}

TEST(Compare, ViewTextChangeIsADropAndAnAdd) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE t (a INTEGER, b TEXT);"
        "create view v_a as select a from t;"
        "CREATE VIEW v_b AS SELECT b FROM t WHERE b <> 'X';",
        memory);
    sc::MetaData target;
    target.table("t", sc::Column("a", sc::Integer()), sc::Column("b", sc::Text()));
    target.view("v_a", "SELECT  A\n FROM t");              // the same, spelt otherwise
    target.view("v_b", "SELECT b FROM t WHERE b <> 'x'");  // a string differs in case
    target.view("v_new", "SELECT a FROM v_a");
    auto diff = db.compare(target);
    EXPECT_EQ(summary(diff), (Strings{"drop_view  v_b", "add_view  v_b", "add_view  v_new"}));
    EXPECT_EQ(diff.describe(), "drop view v_b\nadd view v_b\nadd view v_new\n");
    EXPECT_EQ(diff.changes()[0].from, "CREATE VIEW v_b AS SELECT b FROM t WHERE b <> 'X'");
    EXPECT_EQ(diff.changes()[1].to, "CREATE VIEW \"v_b\" AS SELECT b FROM t WHERE b <> 'x'");
  }
}

TEST(Compare, TriggerChangeIsADropAndAnAdd) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE t (a INTEGER);  CREATE TABLE log (a INTEGER);"
        "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.a); END;"
        "CREATE TRIGGER t_del AFTER DELETE ON t BEGIN DELETE FROM log WHERE a = old.a; END;",
        memory);
    sc::MetaData target;
    target.table("t", sc::Column("a", sc::Integer()));
    target.table("log", sc::Column("a", sc::Integer()));
    target.trigger("t_ins",
                   "create trigger t_ins after insert on t begin insert into log values(NEW.a); "
                   "end");
    target.trigger("t_del",
                   "CREATE TRIGGER t_del BEFORE DELETE ON t BEGIN DELETE FROM log WHERE a = "
                   "old.a; END");
    auto diff = db.compare(target);
    EXPECT_EQ(summary(diff), (Strings{"drop_trigger t t_del", "add_trigger t t_del"}));
    EXPECT_EQ(diff.describe(), "t: drop trigger t_del\nt: add trigger t_del\n");
  }
}

TEST(Compare, IgnoreTablesLeavesThemAndTheirTriggersOut) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE sqlcore_migrations (version INTEGER PRIMARY KEY, name TEXT);"
        "CREATE TABLE Audit (x INTEGER);"
        "CREATE TRIGGER audit_t AFTER INSERT ON audit BEGIN SELECT 1; END;"
        "CREATE TABLE t (a INTEGER);",
        memory);
    sc::MetaData target;
    target.table("t", sc::Column("a", sc::Integer()));
    EXPECT_EQ(summary(db.compare(target)),
              (Strings{"drop_trigger audit audit_t", "drop_table Audit "}));
    sc::CompareOptions o;
    o.ignore_tables.push_back("AUDIT");
    EXPECT_TRUE(db.compare(target, o).empty()) << db.compare(target, o).describe();
  }
}

TEST(Compare, AttachedSchemaThroughOptionsSchema) {
  st::TempDir dir;
  sc::Engine e = sc::create_engine(dir.url("main.db"));
  sc::Connection conn = e.connect();
  conn.raw().exec("CREATE TABLE m (x INTEGER)");
  conn.raw().exec("ATTACH DATABASE '" + dir.file("aux.db") + "' AS aux");
  conn.raw().exec("CREATE TABLE aux.t (id INTEGER PRIMARY KEY, v TEXT)");
  conn.raw().exec("CREATE INDEX aux.ix_t_v ON t (v)");
  sc::MetaData target;
  target.table("t", sc::Column("id", sc::Integer()).primary_key(), sc::Column("v", sc::Text()),
               sc::Index("ix_t_v", {"v"}));
  sc::CompareOptions o;
  o.schema = "aux";
  sc::SchemaDiff aux = sc::compare(conn, target, o);
  EXPECT_TRUE(aux.empty()) << aux.describe();
  EXPECT_EQ(summary(sc::compare(conn, target)),
            (Strings{"add_table t ", "add_index t ix_t_v", "drop_table m "}));
  o.schema = "nope";
  try {
    sc::compare(conn, target, o);
    ADD_FAILURE() << "compare with an unknown schema did not throw";
  } catch (const sc::ArgumentError& e) {
    EXPECT_STREQ(e.what(),
                 "compare: CompareOptions::schema names 'nope', which is not an attached database");
  }
}

TEST(Compare, OrderDropsDependentsFirstAndAddsInDependencyOrder) {
  Live db(
      "CREATE TABLE a (id INTEGER PRIMARY KEY);"
      "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));"
      "CREATE VIEW v1 AS SELECT * FROM b; CREATE VIEW v2 AS SELECT * FROM v1;"
      "CREATE TRIGGER tr AFTER INSERT ON b BEGIN SELECT 1; END;"
      "CREATE TABLE keep (x INTEGER);");
  sc::MetaData target;
  target.table("keep", sc::Column("x", sc::Integer()), sc::Column("y", sc::Integer()));
  target.table("z_child", sc::Column("id", sc::Integer()).primary_key(),
               sc::Column("p", sc::Integer()).foreign_key("a_parent.id"));
  target.table("a_parent", sc::Column("id", sc::Integer()).primary_key());
  target.view("w", "SELECT * FROM keep");
  target.trigger("tw", "CREATE TRIGGER tw AFTER INSERT ON keep BEGIN SELECT 1; END");
  EXPECT_EQ(summary(db.compare(target)),
            (Strings{"drop_trigger b tr", "drop_view  v2", "drop_view  v1", "add_table a_parent ",
                     "add_table z_child ", "add_column keep y", "drop_table b ", "drop_table a ",
                     "add_view  w", "add_trigger keep tw"}));
}

TEST(Compare, ChangeKindNames) {
  using K = sc::ChangeKind;
  const std::vector<std::pair<K, std::string>> names{
      {K::add_table, "add_table"},
      {K::drop_table, "drop_table"},
      {K::add_column, "add_column"},
      {K::drop_column, "drop_column"},
      {K::alter_column, "alter_column"},
      {K::add_index, "add_index"},
      {K::drop_index, "drop_index"},
      {K::add_constraint, "add_constraint"},
      {K::drop_constraint, "drop_constraint"},
      {K::alter_table_options, "alter_table_options"},
      {K::add_view, "add_view"},
      {K::drop_view, "drop_view"},
      {K::add_trigger, "add_trigger"},
      {K::drop_trigger, "drop_trigger"}};
  for (const auto& [k, n] : names) EXPECT_EQ(sc::to_string(k), n);
}

TEST(Compare, AVirtualTableIsItsCreateStatement) {
  if (auto why = st::cannot_create("CREATE VIRTUAL TABLE x USING fts5(a)")) GTEST_SKIP() << *why;
  Live db("CREATE VIRTUAL TABLE docs USING fts5(title, body);");
  sc::MetaData same;
  same.reflect(db.conn());
  EXPECT_TRUE(db.compare(same).empty()) << db.compare(same).describe();
  sc::MetaData changed;
  changed.table("docs", sc::Column("title", sc::NullType()),
                sc::sqlite_virtual_table("CREATE VIRTUAL TABLE docs USING fts5(title)"));
  EXPECT_EQ(summary(db.compare(changed)), (Strings{"add_table docs ", "drop_table docs "}));
}

TEST(CompareCorpus, AChangedCopyOfEachRealWorldSchemaShowsExactlyTheChange) {
  // Against vacuous emptiness: each schema declared again from its reflection (to_args) with
  // one column added to its first table and the first index of a table dropped.
  if (!fs::exists(kSharedCorpus)) GTEST_SKIP() << "no " << kSharedCorpus;
  int n = 0;
  for (const auto& file : fs::directory_iterator(kSharedCorpus)) {
    if (file.path().extension() != ".sql") continue;
    std::string ddl = read_file(file.path());
    if (st::cannot_create(ddl)) continue;
    SCOPED_TRACE(file.path().stem().string());
    Live db(ddl, /*memory=*/true);
    sc::MetaData reflected;
    reflected.reflect(db.conn());
    sc::MetaData target;
    Strings expected;
    bool dropped = false;
    for (const sc::Table* t : reflected.tables()) {
      sc::TableArgs args = t->to_args();
      if (t == reflected.tables().front() && t->sqlite_virtual_sql().empty()) {
        args.columns.emplace_back("compare_probe", sc::Text());
        expected.push_back("add_column " + t->name() + " compare_probe");
      }
      if (!dropped && !args.indexes.empty() && t->sqlite_virtual_sql().empty()) {
        expected.push_back("drop_index " + t->name() + " " + args.indexes.front().name());
        args.indexes.erase(args.indexes.begin());
        dropped = true;
      }
      target.add_table(t->name(), std::move(args));
    }
    for (const auto& v : reflected.views()) target.add_view(v.name, v.sql);
    for (const auto& t : reflected.triggers()) target.add_trigger(t.name, t.sql, t.table);
    auto got = summary(db.compare(target));
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(got, expected);
    ++n;
  }
  EXPECT_GT(n, 0);
}

TEST(CompareDeclared, AUniqueSQLiteFoldsIntoAnotherKeyIsNotMissing) {
  // SQLite makes no second index for a UNIQUE with the columns and collations of an earlier
  // PRIMARY KEY or UNIQUE (DESC aside): the database has one constraint where the target
  // declares two, and that is no difference.
  for (bool memory : {false, true}) {
    Live db("", memory);
    sc::MetaData target;
    target.table("c", sc::Column("x", sc::Text()).unique(), sc::UniqueConstraint({"x"}));
    target.table("b", sc::Column("x", sc::Text()).primary_key(),
                 sc::Column("y", sc::Text()).primary_key(), sc::UniqueConstraint({"x", "y"}));
    target.table("g", sc::Column("x", sc::Text()), sc::Column("y", sc::Text()),
                 sc::UniqueConstraint({"x", "y"}).desc("y"), sc::UniqueConstraint({"x", "y"}));
    target.table("a", sc::Column("x", sc::Integer()).primary_key(), sc::UniqueConstraint({"x"}));
    target.create_all(db.conn());
    auto diff = db.compare(target);
    EXPECT_TRUE(diff.empty()) << diff.describe();
  }
}

TEST(CompareDeclared, ASchemaChangedByAlterTableComparesEmptyWithItsTarget) {
  // What a plan's ALTER TABLE steps leave in sqlite_master (SQLite edits the CREATE text)
  // compares like a table created that way.
  if (auto why = st::cannot_create("CREATE TABLE x (a); ALTER TABLE x RENAME COLUMN a TO b"))
    GTEST_SKIP() << *why;  // RENAME COLUMN: SQLite 3.25
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE p (id INTEGER PRIMARY KEY);"
        "CREATE TABLE t (a INTEGER, legacy TEXT);"
        "ALTER TABLE t ADD COLUMN b VARCHAR(10) NOT NULL DEFAULT 'x';"
        "ALTER TABLE t ADD COLUMN p_id INTEGER REFERENCES p (id) ON DELETE CASCADE;"
        "ALTER TABLE t ADD COLUMN n INTEGER CHECK (n > 0);"
        "ALTER TABLE t RENAME COLUMN a TO c;"
        "ALTER TABLE t RENAME TO t2;",
        memory);
    if (sc::sqlite_dialect().supports_drop_column())
      db.conn().raw().exec("ALTER TABLE t2 DROP COLUMN legacy");
    sc::MetaData target;
    target.table("p", sc::Column("id", sc::Integer()).primary_key());
    target.table(
        "t2", sc::Column("c", sc::Integer()),
        sc::Column("b", sc::String(10)).nullable(false).server_default("x"),
        sc::Column("p_id", sc::Integer()).foreign_key("p.id", sc::FK().ondelete("CASCADE")),
        sc::Column("n", sc::Integer()).check("n > 0"));
    if (!sc::sqlite_dialect().supports_drop_column()) {
      EXPECT_EQ(summary(db.compare(target)), (Strings{"drop_column t2 legacy"}));
      continue;
    }
    auto diff = db.compare(target);
    EXPECT_TRUE(diff.empty()) << diff.describe();
  }
}
