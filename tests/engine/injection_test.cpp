// Every entry point where a user-supplied name or string reaches SQL text: schema, table,
// column, index and constraint names, defaults, Enum values, URL values, cipher settings. Each
// gets `x"; DROP TABLE victim; --` style input and must quote it (or bind it, or refuse it with
// a clear error), never run a second statement. Backup and save_as: backup_test.cpp; URLs:
// url_test.cpp.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

const std::string kDouble = "x\"; DROP TABLE victim; --";
const std::string kSingle = "x'); DROP TABLE victim; --";
const std::string kBracket = "x]; DROP TABLE victim; --";

struct Victim {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("v.db"));
  sc::Connection conn = engine.connect();
  Victim() { conn.execute(sc::text("CREATE TABLE victim (x INTEGER)")); }
  bool alive() {
    return *conn.execute(sc::text("SELECT count(*) FROM sqlite_master WHERE name = 'victim'"))
                .scalar<std::int64_t>() == 1;
  }
  bool has(const std::string& name) {
    return *conn.execute(sc::text("SELECT count(*) FROM sqlite_master WHERE name = :n"),
                         {{"n", name}})
                .scalar<std::int64_t>() == 1;
  }
};

}  // namespace

TEST(Injection, CreateAllQuotesEveryDeclaredNameAndLiteral) {
  Victim v;
  sc::MetaData meta;
  for (const std::string& evil : {kDouble, kSingle, kBracket}) {
    meta.table("t" + evil, sc::Column("id", sc::Integer()).primary_key(),
               sc::Column("c" + evil, sc::String()).server_default(evil),
               sc::Column("e" + evil, sc::Enum({"a", evil})), sc::Column("b" + evil, sc::Boolean()),
               sc::Index("i" + evil, {"c" + evil}), sc::CheckConstraint("id > 0", "ck" + evil));
  }
  meta.create_all(v.conn);
  EXPECT_TRUE(v.alive());
  for (const std::string& evil : {kDouble, kSingle, kBracket}) {
    EXPECT_TRUE(v.has("t" + evil)) << evil;
    EXPECT_TRUE(v.has("i" + evil)) << evil;
    const sc::Table& t = *meta.find_table("t" + evil);
    v.conn.execute(sc::insert(t).values({{"id", 1}, {"e" + evil, evil}, {"b" + evil, true}}));
    sc::Result r = v.conn.execute(sc::select(t.c("c" + evil), t.c("e" + evil)));
    sc::Row row = *r.begin();
    EXPECT_EQ(row.get<std::string>(0), evil);  // the default, byte for byte
    EXPECT_EQ(row.get<std::string>(1), evil);
  }
  sc::Inspector insp(v.conn);
  auto cols = insp.get_columns("t" + kDouble);
  ASSERT_EQ(cols.size(), 4u);
  EXPECT_EQ(cols[1].name, "c" + kDouble);
  meta.drop_all(v.conn);
  EXPECT_TRUE(v.alive());
  EXPECT_FALSE(v.has("t" + kDouble));
}

TEST(Injection, CreateAllRunsOneStatementAtATime) {
  // Raw SQL text is SQL by design (declared_as, a text() default): what it may not do is run
  // a second statement, so create_all never goes through a multi-statement exec. Both texts
  // make valid SQL that drops `victim` when run as a script.
  Victim v;
  sc::MetaData a;
  a.table(
      "a",
      sc::Column("x", sc::Integer().declared_as("INT); DROP TABLE victim; CREATE TABLE pwned (y")));
  a.create_all(v.conn);  // the declared name is written quoted: one column type, no statement
  EXPECT_TRUE(v.alive());
  EXPECT_FALSE(v.has("pwned"));
  {
    sc::Result type = v.conn.execute(sc::text("PRAGMA table_info(a)"));  // SQLite 3.15 too
    EXPECT_EQ((*type.begin()).get<std::string>(2),
              "INT); DROP TABLE victim; CREATE TABLE pwned (y");
  }
  a.drop_all(v.conn);
  sc::MetaData b;
  b.table("b", sc::Column("x", sc::Integer())
                   .server_default(
                       sc::text("0)); DROP TABLE victim; CREATE TABLE pwned (y, z DEFAULT (0")));
  EXPECT_THROW(b.create_all(v.conn), sc::Error);
  EXPECT_TRUE(v.alive());
  EXPECT_FALSE(v.has("a"));  // the transaction rolled back: all or nothing
  EXPECT_FALSE(v.has("b"));
  EXPECT_FALSE(v.has("pwned"));
  EXPECT_FALSE(v.conn.in_transaction());
}

TEST(Injection, InspectorAndReflectQuoteTableAndSchemaNames) {
  Victim v;
  v.conn.execute(sc::text("CREATE TABLE \"x\"\"; DROP TABLE victim; --\" (y INTEGER)"));
  v.conn.execute(
      sc::text("CREATE INDEX \"i\"\"; DROP TABLE victim; --\" ON \"x\"\"; DROP TABLE "
               "victim; --\" (y)"));
  v.conn.execute(sc::text("ATTACH DATABASE :f AS :n"),
                 {{"f", v.dir.file("other.db")}, {"n", kDouble}});
  sc::Inspector insp(v.conn);
  EXPECT_EQ(insp.get_columns(kDouble).size(), 1u);
  EXPECT_EQ(insp.get_indexes(kDouble).size(), 1u);
  EXPECT_TRUE(insp.get_table_names(kDouble).empty());  // the attached database, by its name
  EXPECT_THROW(insp.get_columns(kDouble, kDouble), sc::NoSuchTableError);
  EXPECT_THROW(insp.get_columns("victim", "main\".x; DROP TABLE victim; --"), sc::Error);
  EXPECT_FALSE(insp.has_table(kSingle, kDouble));
  sc::MetaData meta;
  EXPECT_EQ(meta.reflect_table(v.conn, kDouble).columns().size(), 1u);
  sc::MetaData other;
  EXPECT_THROW(other.reflect_table(v.conn, kDouble, kSingle), sc::Error);
  EXPECT_TRUE(v.alive());
}

TEST(Injection, TextBindsNeverBecomeSQL) {
  Victim v;
  v.conn.execute(sc::text("INSERT INTO victim VALUES (:x)"), {{"x", kDouble}});
  v.conn.execute_many(sc::text("INSERT INTO victim VALUES (:x)"), {{{"x", kSingle}}});
  v.conn.exec_driver_sql("INSERT INTO victim VALUES (:x)", {{"x", kBracket}});
  EXPECT_TRUE(v.alive());
  EXPECT_EQ(v.conn.execute(sc::text("SELECT count(*) FROM victim")).scalar<std::int64_t>(), 3);
  // Text run as SQL is one statement, whatever it holds.
  EXPECT_THROW_MSG(v.conn.execute(sc::text("SELECT 1; DROP TABLE victim")), sc::ProgrammingError,
                   "one statement at a time");
  EXPECT_THROW_MSG(v.conn.exec_driver_sql("SELECT 1; DROP TABLE victim"), sc::ProgrammingError,
                   "one statement at a time");
  EXPECT_TRUE(v.alive());
}

TEST(Injection, CipherSettingsFromTheURLAreLiteralsInOneStatement) {
  if (!sc::sqlcipher_available()) GTEST_SKIP() << "capability: needs the SQLCipher build";
  Victim v;
  std::string url = "sqlite+pysqlcipher://:k@/" + v.dir.file("enc.db") +
                    "?cipher=aes%27%3B%20DROP%20TABLE%20victim%3B%20--";
  sc::Engine enc = sc::create_engine(url);
  try {
    sc::Connection c = enc.connect();
    c.execute(sc::text("CREATE TABLE victim (x INTEGER)"));
  } catch (const sc::Error&) {
    // SQLCipher may refuse the unknown cipher; what matters is that nothing else ran.
  }
  EXPECT_TRUE(v.alive());
}
