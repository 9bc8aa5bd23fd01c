// Tests for text() execution, Result and Row (src/engine/result.cpp, connection.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include <cctype>

#include "driver/raw_state.hpp"
#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using namespace std::chrono;

namespace {

struct TextExecution : ::testing::TestWithParam<bool> {
  // Each test runs on a temp file and on :memory:.
  TextExecution()
      : engine(sc::create_engine(GetParam() ? dir.url("r.db") : "sqlite://")),
        conn(engine.connect()) {
    conn.execute(
        sc::text("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, born DATETIME, "
                 "score REAL, flag BOOLEAN, data BLOB)"));
  }
  sc::testing::TempDir dir;
  sc::Engine engine;
  sc::Connection conn;
};

struct User {
  std::int64_t id;
  std::string name;
  std::optional<sc::Timestamp> born;
};

// A user type on String whose result conversion upper-cases the text.
struct Upper {};
sc::Type upper_type() {
  sc::TypeProcessors to_upper;
  to_upper.result = [](const sc::Value& v) {
    std::string s = *v.get_if<std::string>();
    for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return sc::Value(s);
  };
  return sc::user_type<Upper>(sc::String(), to_upper);
}

sc::Timestamp at(int y, unsigned m, unsigned d, int hh = 0, int mm = 0, int ss = 0, int us = 0) {
  return time_point_cast<microseconds>(sys_days{year{y} / m / d}) + hours{hh} + minutes{mm} +
         seconds{ss} + microseconds{us};
}

}  // namespace

INSTANTIATE_TEST_SUITE_P(FileAndMemory, TextExecution, ::testing::Values(true, false),
                         [](const auto& info) { return info.param ? "File" : "Memory"; });

TEST_P(TextExecution, NamedBindsAndGetByNameAndIndex) {
  conn.execute(sc::text("INSERT INTO users (name, score, flag) VALUES (:name, :score, :flag)"),
               {{"name", "ada"}, {"score", 1.5}, {"flag", true}});
  auto r =
      conn.execute(sc::text("INSERT INTO users (name) VALUES (:n)"), {{"n", std::string("bob")}});
  EXPECT_EQ(r.rowcount(), 1);
  EXPECT_EQ(r.lastrowid(), 2);
  EXPECT_FALSE(r.returns_rows());
  int rows = 0;
  for (const sc::Row& row :
       conn.execute(sc::text("SELECT id, name, score, flag FROM users WHERE id > :min ORDER BY id"),
                    {{"min", 0}})) {
    ++rows;
    EXPECT_EQ(row.get<std::int64_t>("id"), rows);
    EXPECT_EQ(row.get<std::int64_t>(0), rows);
    EXPECT_EQ(row.get<int>(0), rows);
    EXPECT_EQ(row.get<std::string>(1), rows == 1 ? "ada" : "bob");
    EXPECT_EQ(row.get<std::string_view>("name"), rows == 1 ? "ada" : "bob");
    if (rows == 1) {
      EXPECT_DOUBLE_EQ(row.get<double>("score"), 1.5);
      EXPECT_TRUE(row.get<bool>("flag"));
    } else {
      EXPECT_EQ(row.get<std::optional<double>>("score"), std::nullopt);
      EXPECT_TRUE(row.is_null(3));
    }
  }
  EXPECT_EQ(rows, 2);
}

TEST_P(TextExecution, SameBindUsedTwiceAndQuotedColonsAreNotBinds) {
  auto r = conn.execute(sc::text("SELECT :x + :x, ':notabind', \":alsonot\" IS NULL -- :comment"),
                        {{"x", 21}});
  EXPECT_EQ(r.scalar<std::int64_t>(), 42);
}

TEST_P(TextExecution, ColumnNamesInCursorOrder) {
  auto r = conn.execute(sc::text("SELECT name, id AS ident, 1 + 1, score FROM users"));
  EXPECT_EQ(r.keys(), (std::vector<std::string>{"name", "ident", "1 + 1", "score"}));
}

TEST_P(TextExecution, DottedColumnNamesAreCutUnlessRaw) {
  // SQLAlchemy's sqlite docs: a UNION reports "table.column" names on some SQLite versions,
  // and SQLAlchemy cuts them to the column name unless sqlite_raw_colnames is set.
  conn.execute(sc::text("CREATE TABLE x (a INTEGER, b INTEGER)"));
  conn.execute(sc::text("CREATE TABLE y (a INTEGER, b INTEGER)"));
  conn.execute(sc::text("INSERT INTO x VALUES (1, 2)"));
  conn.execute(sc::text("INSERT INTO y VALUES (3, 4)"));
  const char* sql = "SELECT x.a AS \"x.a\", x.b AS \"x.b\" FROM x UNION SELECT y.a, y.b FROM y";
  auto r = conn.execute(sc::text(sql));
  EXPECT_EQ(r.keys(), (std::vector<std::string>{"a", "b"}));
  std::vector<std::int64_t> as;
  for (const auto& row : r) as.push_back(row.get<std::int64_t>("a"));
  EXPECT_EQ(as, (std::vector<std::int64_t>{1, 3}));
  auto plain = conn.execute(sc::text("SELECT x.a, x.b FROM x UNION SELECT y.a, y.b FROM y"));
  EXPECT_EQ(plain.keys(), (std::vector<std::string>{"a", "b"}));

  sc::Engine raw =
      sc::create_engine(GetParam() ? dir.url("r.db") : "sqlite://", {.raw_colnames = true});
  sc::Connection c2 = raw.connect();
  if (!GetParam()) return;  // a new memory database has no tables
  EXPECT_EQ(c2.execute(sc::text(sql)).keys(), (std::vector<std::string>{"x.a", "x.b"}));
}

TEST_P(TextExecution, TypesMapAppliesToBindsAndResultColumns) {
  conn.execute(sc::text("INSERT INTO users (name, born) VALUES ('ada', :born)"),
               {{"born", at(2011, 3, 15, 12, 5, 57, 10558)}}, {{"born", sc::DateTime()}});
  auto stored = conn.execute(sc::text("SELECT born FROM users")).scalar<std::string>();
  EXPECT_EQ(stored, "2011-03-15 12:05:57.010558");  // SQLAlchemy 1.4's text
  auto r = conn.execute(sc::text("SELECT id, name, born FROM users WHERE id > :min"), {{"min", 0}},
                        {{"born", sc::DateTime()}});
  for (const sc::Row& row : r) {
    EXPECT_EQ(row.get<sc::Timestamp>("born"), at(2011, 3, 15, 12, 5, 57, 10558));
    EXPECT_EQ(row.get<year_month_day>("born"), year{2011} / 3 / 15);
    EXPECT_EQ(row.get<sc::TimeOfDay>("born"), (sc::TimeOfDay{12, 5, 57, 10558}));
    EXPECT_EQ(row.get<sc::Value>("born"), sc::Value(at(2011, 3, 15, 12, 5, 57, 10558)));
  }
  // The contract's UPDATE form: a sys_days point bound through DateTime.
  conn.execute(sc::text("UPDATE users SET born = :born WHERE id = 1"),
               {{"born", time_point_cast<microseconds>(sys_days{year{2011} / 3 / 15})}},
               {{"born", sc::DateTime()}});
  EXPECT_EQ(conn.execute(sc::text("SELECT born FROM users")).scalar<std::string>(),
            "2011-03-15 00:00:00.000000");
  // Date and Time binds.
  conn.execute(sc::text("CREATE TABLE t (d DATE, t TIME)"));
  conn.execute(
      sc::text("INSERT INTO t (d, t) VALUES (:d, :t)"),
      {{"d", year_month_day{year{1066}, month{10}, day{14}}}, {"t", sc::TimeOfDay{1, 2, 3, 4}}},
      {{"d", sc::Date()}, {"t", sc::Time()}});
  auto row = conn.execute(sc::text("SELECT d, t FROM t")).fetchall().at(0);
  EXPECT_EQ(row[0], sc::Value("1066-10-14"));
  EXPECT_EQ(row[1], sc::Value("01:02:03.000004"));
}

TEST_P(TextExecution, AllIntoStructsByPosition) {
  conn.execute_many(
      sc::text("INSERT INTO users (name, born) VALUES (:name, :born)"),
      {{{"name", "ada"}, {"born", at(1815, 12, 10)}}, {{"name", "grace"}, {"born", std::nullopt}}},
      {{"born", sc::DateTime()}});
  std::vector<User> all =
      conn.execute(sc::text("SELECT id, name, born FROM users ORDER BY id")).all<User>();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, 1);
  EXPECT_EQ(all[0].name, "ada");
  EXPECT_EQ(all[0].born, at(1815, 12, 10));
  EXPECT_EQ(all[1].name, "grace");
  EXPECT_EQ(all[1].born, std::nullopt);
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT id, name FROM users")).all<User>(),
                   sc::ArgumentError,
                   "the result has 2 columns (id, name) but the struct has 3 fields");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT name, id, born FROM users")).all<User>(),
                   sc::ValueError, "column 'users.name' holds text 'ada', which is not an integer");
}

TEST_P(TextExecution, ExecuteManyIsOnePreparedStatementAndAtomic) {
  auto& cache = conn.raw().state().cache;
  std::size_t before = cache.prepare_count();
  std::vector<sc::Params> sets;
  for (int i = 0; i < 100; ++i) sets.push_back({{"n", "user" + std::to_string(i)}});
  auto r = conn.execute_many(sc::text("INSERT INTO users (name) VALUES (:n)"), sets);
  EXPECT_EQ(r.rowcount(), 100);
  EXPECT_EQ(cache.prepare_count() - before, 1u);
  // A bad set anywhere sends nothing.
  sets.push_back({{"wrong", "x"}});
  EXPECT_THROW_MSG(conn.execute_many(sc::text("INSERT INTO users (name) VALUES (:n)"), sets),
                   sc::ArgumentError, "A value is required for bind parameter 'n'");
  EXPECT_EQ(conn.execute(sc::text("SELECT count(*) FROM users")).scalar<std::int64_t>(), 100);
  // A failing row rolls back the whole batch, inside the caller's transaction too.
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO users (name) VALUES ('kept')"));
  EXPECT_THROW(conn.execute_many(sc::text("INSERT INTO users (id, name) VALUES (:id, :n)"),
                                 {{{"id", 500}, {"n", "a"}}, {{"id", 500}, {"n", "b"}}}),
               sc::IntegrityError);
  tx.commit();
  EXPECT_EQ(conn.execute(sc::text("SELECT count(*) FROM users")).scalar<std::int64_t>(), 101);
  EXPECT_THROW_MSG(conn.execute_many(sc::text("SELECT :n"), {{{"n", 1}}}), sc::ArgumentError,
                   "returns 1 columns");
}

TEST_P(TextExecution, StatementCacheReusesPreparedStatements) {
  auto& cache = conn.raw().state().cache;
  std::size_t before = cache.prepare_count();
  for (int i = 0; i < 10; ++i)
    conn.execute(sc::text("INSERT INTO users (name) VALUES (:n)"), {{"n", "x"}});
  EXPECT_EQ(cache.prepare_count() - before, 1u);
  // The same SQL while a Result still holds its statement: a second, private statement.
  auto r1 = conn.execute(sc::text("SELECT id FROM users ORDER BY id"));
  auto r2 = conn.execute(sc::text("SELECT id FROM users ORDER BY id"));
  EXPECT_EQ(r1.scalars<std::int64_t>().size(), 10u);
  EXPECT_EQ(r2.scalars<std::int64_t>().size(), 10u);
}

TEST_P(TextExecution, BadBindsThrowBeforeAnythingRuns) {
  EXPECT_THROW_MSG(
      conn.execute(sc::text("INSERT INTO users (name) VALUES (:name)"), {{"nme", "x"}}),
      sc::ArgumentError, "A value is required for bind parameter 'name'");
  EXPECT_THROW_MSG(conn.execute(sc::text("INSERT INTO users (name) VALUES (:name)"),
                                {{"name", "x"}, {"extra", 1}}),
                   sc::ArgumentError,
                   "parameter 'extra' is not a bind of the statement (its binds: name)");
  EXPECT_THROW_MSG(conn.execute(sc::text("INSERT INTO users (name) VALUES (?)"), {}),
                   sc::ArgumentError, "positional");
  EXPECT_THROW_MSG(
      conn.execute(sc::text("INSERT INTO users (name) VALUES (:a)"), {{"a", 1}, {"a", 2}}),
      sc::ArgumentError, "given twice");
  EXPECT_THROW_MSG(conn.execute(sc::text("INSERT INTO users (name, born) VALUES ('x', :b)"),
                                {{"b", "not a date"}}, {{"b", sc::DateTime()}}),
                   sc::ValueError,
                   "parameter 'b': text 'not a date' is not valid for a DATETIME column");
  EXPECT_EQ(conn.execute(sc::text("SELECT count(*) FROM users")).scalar<std::int64_t>(), 0);
  // The connection stays usable: the statement went back to the cache.
  conn.execute(sc::text("INSERT INTO users (name) VALUES (:name)"), {{"name", "x"}});
  EXPECT_EQ(conn.execute(sc::text("SELECT count(*) FROM users")).scalar<std::int64_t>(), 1);
}

TEST_P(TextExecution, WrongGetThrowsValueErrorNamingTheColumn) {
  conn.execute(sc::text("INSERT INTO users (name, score) VALUES ('ada', 2.5)"));
  auto r = conn.execute(sc::text("SELECT id, name, score, born FROM users"));
  const sc::Row& row = *r.begin();
  EXPECT_THROW_MSG(row.get<std::int64_t>("name"), sc::ValueError,
                   "column 'users.name' holds text 'ada', which is not an integer");
  EXPECT_THROW_MSG(row.get<std::int64_t>("score"), sc::ValueError, "holds real 2.5");
  EXPECT_THROW_MSG(row.get<std::string>("id"), sc::ValueError,
                   "holds integer 1, which is not text");
  EXPECT_THROW_MSG(row.get<sc::Timestamp>("born"), sc::ValueError,
                   "column 'users.born' is NULL and cannot be read");
  EXPECT_THROW_MSG(row.get<sc::Timestamp>("name"), sc::ValueError, "not a valid DATETIME");
  EXPECT_THROW_MSG(row.get<std::string>("nope"), sc::ArgumentError,
                   "no column named 'nope' in the result (columns: id, name, score, born)");
  EXPECT_THROW_MSG(row.get<int>(7), sc::ArgumentError, "column index 7 is out of range");
  conn.execute(sc::text("UPDATE users SET id = 1000"));
  auto big = conn.execute(sc::text("SELECT id FROM users"));
  EXPECT_THROW_MSG((*big.begin()).get<std::int8_t>(0), sc::ValueError, "out of range");
}

// all<T>() reads each row's cells once and converts them itself; every field kind must come
// out as Row::get<F> gives it, and every value it does not take itself goes through get<F>'s
// conversion or error.
struct Mixed {
  std::int8_t small;
  float f;
  bool b;
  std::optional<std::string> s;
  std::int64_t from_real;
  std::optional<double> d;
  sc::Timestamp at;
  std::chrono::year_month_day day;
  sc::TimeOfDay time;
  std::string json;
  sc::Blob blob;
  sc::Value any;
};

TEST_P(TextExecution, AllIntoStructsReadsEveryFieldAsRowGet) {
  conn.execute(
      sc::text("CREATE TABLE m (small INTEGER, f REAL, b BOOLEAN, s TEXT, r REAL, "
               "d REAL, at DATETIME, day DATE, time TIME, json JSON, blob BLOB, any)"));
  conn.execute(
      sc::text("INSERT INTO m VALUES (-7, 3, 0.5, NULL, 3.0, 2, "
               "'2011-03-15 12:05:57.010558', '2011-03-15', '12:05:57.010558', 42, "
               "x'00ff', 'x')"));
  conn.execute(
      sc::text("INSERT INTO m VALUES (127, 1.25, 0, 'text', -4, NULL, "
               "'2011-03-15', '1999-12-31', '00:00:00', '{\"a\": 1}', x'', NULL)"));
  sc::TypeMap types{
      {"at", sc::DateTime()}, {"day", sc::Date()}, {"time", sc::Time()}, {"json", sc::JSON()}};
  const char* sql = "SELECT * FROM m ORDER BY rowid";
  std::vector<Mixed> all = conn.execute(sc::text(sql), {}, types).all<Mixed>();
  ASSERT_EQ(all.size(), 2u);
  auto r = conn.execute(sc::text(sql), {}, types);
  std::size_t k = 0;
  for (const sc::Row& row : r) {
    const Mixed& m = all.at(k++);
    EXPECT_EQ(m.small, row.get<std::int8_t>(0));
    EXPECT_EQ(m.f, row.get<float>(1));
    EXPECT_EQ(m.b, row.get<bool>(2));
    EXPECT_EQ(m.s, row.get<std::optional<std::string>>(3));
    EXPECT_EQ(m.from_real, row.get<std::int64_t>(4));
    EXPECT_EQ(m.d, row.get<std::optional<double>>(5));
    EXPECT_EQ(m.at, row.get<sc::Timestamp>(6));
    EXPECT_EQ(m.day, row.get<std::chrono::year_month_day>(7));
    EXPECT_EQ(m.time, row.get<sc::TimeOfDay>(8));
    EXPECT_EQ(m.json, row.get<std::string>(9));
    EXPECT_EQ(m.blob, row.get<sc::Blob>(10));
    EXPECT_EQ(m.any, row.get<sc::Value>(11));
  }
  EXPECT_EQ(all[0].small, -7);
  EXPECT_EQ(all[0].f, 3.0f);
  EXPECT_TRUE(all[0].b);
  EXPECT_EQ(all[0].s, std::nullopt);
  EXPECT_EQ(all[0].from_real, 3);
  EXPECT_EQ(all[0].at, at(2011, 3, 15, 12, 5, 57, 10558));
  EXPECT_EQ(all[0].json, "42");  // a JSON number stored as INTEGER, as its document's text
  EXPECT_EQ(all[1].at, at(2011, 3, 15));
  EXPECT_EQ(all[1].s, "text");
  EXPECT_TRUE(all[1].blob.empty());

  struct One {
    std::int8_t v;
  };
  struct Str {
    std::string v;
  };
  struct Ts {
    sc::Timestamp v;
  };
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT 1000 AS v")).all<One>(), sc::ValueError,
                   "column 'v' holds integer 1000, out of range");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT 2.5 AS v")).all<One>(), sc::ValueError,
                   "column 'v' holds real 2.5, which is not an integer");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT 'ada' AS v")).all<One>(), sc::ValueError,
                   "column 'v' holds text 'ada', which is not an integer");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT NULL AS v")).all<One>(), sc::ValueError,
                   "column 'v' is NULL and cannot be read");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT 1 AS v")).all<Str>(), sc::ValueError,
                   "column 'v' holds integer 1, which is not text");
  EXPECT_THROW_MSG(
      conn.execute(sc::text("SELECT 'soon' AS v"), {}, {{"v", sc::DateTime()}}).all<Ts>(),
      sc::ValueError, "column 'v' holds text 'soon', which is not a valid DATETIME");
  // A user type's result conversion applies to every field it types.
  sc::Type upper = upper_type();
  EXPECT_EQ(conn.execute(sc::text("SELECT 'ada' AS v"), {}, {{"v", upper}}).all<Str>().at(0).v,
            "ADA");
}

TEST_P(TextExecution, ScalarAndFetchall) {
  EXPECT_EQ(conn.execute(sc::text("SELECT id FROM users")).scalar<std::int64_t>(), std::nullopt);
  conn.execute(sc::text("INSERT INTO users (name, data) VALUES ('a', :d)"),
               {{"d", sc::Blob{std::byte{1}, std::byte{0}, std::byte{255}}}});
  auto rows = conn.execute(sc::text("SELECT id, name, data, born FROM users")).fetchall();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][0], sc::Value(1));
  EXPECT_EQ(rows[0][1], sc::Value("a"));
  EXPECT_EQ(rows[0][2], sc::Value(sc::Blob{std::byte{1}, std::byte{0}, std::byte{255}}));
  EXPECT_TRUE(rows[0][3].is_null());
}

TEST_P(TextExecution, ErrorsDuringIterationCarryTheSQL) {
  const char* sql = "SELECT abs(x) FROM (SELECT 1 AS x UNION ALL SELECT -9223372036854775807 - 1)";
  auto r = conn.execute(sc::text(sql));
  auto it = r.begin();
  EXPECT_EQ((*it).get<std::int64_t>(0), 1);
  try {
    ++it;  // abs() of INT64_MIN overflows on the second row
    ADD_FAILURE() << "no error";
  } catch (const sc::OperationalError& e) {
    EXPECT_EQ(e.sql(), sql);
    EXPECT_NE(std::string(e.what()).find("integer overflow"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(r.has_row());
  conn.execute(sc::text(sql + std::string(" LIMIT 1")));  // the connection stays usable
}

// A cached statement keeps the result columns it was last executed with (ColumnSet): the
// same SQL text executed with other column types reads by the types of each execution.
TEST_P(TextExecution, OneCachedStatementReadsByEachExecutionsColumnTypes) {
  conn.execute(sc::text("INSERT INTO users (name, born) VALUES ('ada', '2011-03-15 12:05:57')"));
  sc::MetaData typed, plain;
  const sc::Table& a =
      typed.table("users", sc::Column("id", sc::Integer()).primary_key(),
                  sc::Column("name", upper_type()), sc::Column("born", sc::DateTime()));
  const sc::Table& b =
      plain.table("users", sc::Column("id", sc::Integer()).primary_key(),
                  sc::Column("name", sc::String()), sc::Column("born", sc::String()));
  sc::Select qa = sc::select(a.c("name"), a.c("born"));
  sc::Select qb = sc::select(b.c("name"), b.c("born"));
  ASSERT_EQ(qa.compile(sc::sqlite_dialect()).sql, qb.compile(sc::sqlite_dialect()).sql);
  const std::string sql = qa.compile(sc::sqlite_dialect()).sql;
  auto& cache = conn.raw().state().cache;
  std::size_t before = cache.prepare_count();
  for (int round = 0; round < 2; ++round) {
    sc::Result ra = conn.execute(qa);
    EXPECT_EQ(ra.keys(), (std::vector<std::string>{"name", "born"}));
    for (const sc::Row& row : ra) {
      EXPECT_EQ(row.get<std::string>("name"), "ADA");
      EXPECT_EQ(row.get<sc::Value>("born"), sc::Value(at(2011, 3, 15, 12, 5, 57)));
    }
    for (const sc::Row& row : conn.execute(qb)) {
      EXPECT_EQ(row.get<std::string>("name"), "ada");
      EXPECT_EQ(row.get<sc::Value>("born"), sc::Value("2011-03-15 12:05:57"));
    }
    // The same text untyped, then typed by name (a copy of the shared columns, changed).
    for (const sc::Row& row : conn.execute(sc::text(sql)))
      EXPECT_EQ(row.get<sc::Value>("born"), sc::Value("2011-03-15 12:05:57"));
    for (const sc::Row& row : conn.execute(sc::text(sql), {}, {{"born", sc::DateTime()}})) {
      EXPECT_EQ(row.get<sc::Value>("born"), sc::Value(at(2011, 3, 15, 12, 5, 57)));
      EXPECT_EQ(row.get<std::string>("name"), "ada");
    }
  }
  EXPECT_EQ(cache.prepare_count() - before, 1u);  // one prepared statement for all of them
  // Two Results open on the same text at once: each reads by its own types.
  sc::Result ra = conn.execute(qa);
  sc::Result rb = conn.execute(qb);
  EXPECT_EQ(rb.fetchall().at(0).at(0), sc::Value("ada"));
  EXPECT_EQ(ra.fetchall().at(0).at(0), sc::Value("ADA"));
}
