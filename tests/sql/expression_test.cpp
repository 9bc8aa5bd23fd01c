// Tests for the expression language beyond the SQLAlchemy comparison: executemany of structs,
// typed results, and the errors raised before any SQL runs (src/sql/,
// src/dialect/sqlite/sql_compiler*.cpp, src/engine/connection.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <sqlite3.h>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "driver/raw_state.hpp"
#include "support/capability.hpp"
#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using namespace std::chrono;

namespace {

struct User {
  std::int64_t id;
  std::string name;
  std::optional<sc::Timestamp> born;
};

struct Expressions : ::testing::Test {
  Expressions() : engine(sc::create_engine(dir.url("x.db"))), conn(engine.connect()) {
    m.create_all(conn);
  }
  sc::testing::TempDir dir;
  sc::MetaData m;
  const sc::Table& u = m.table("users", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("name", sc::String(50)).nullable(false).unique(),
                               sc::Column("born", sc::DateTime()));
  const sc::Table& a = m.table("addresses", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("user_id", sc::Integer()).foreign_key("users.id"),
                               sc::Column("other_id", sc::Integer()).foreign_key("users.id"),
                               sc::Column("email", sc::String(100)));
  const sc::Table& lone = m.table("lone", sc::Column("id", sc::Integer()).primary_key());
  sc::Engine engine;
  sc::Connection conn;

  std::int64_t count(const sc::Table& t) {
    return *conn.execute(sc::select(sc::func::count()).select_from(t)).scalar<std::int64_t>();
  }
};

sc::Timestamp at(int y, unsigned mo, unsigned d) {
  return time_point_cast<microseconds>(sys_days{year{y} / mo / d});
}

}  // namespace

TEST_F(Expressions, ExecutemanyOfStructsAndTypedResultsWithoutATypesMap) {
  std::vector<User> users = {
      {1, "ada", at(1815, 12, 10)}, {2, "grace", at(1906, 12, 9)}, {3, "anon", std::nullopt}};
  auto r = conn.execute(u.insert(), users);
  EXPECT_EQ(r.rowcount(), 3);
  EXPECT_EQ(count(u), 3);
  // The DATETIME column reads back as a Timestamp with no types map, through max() too.
  std::vector<User> back =
      conn.execute(sc::select(u.c("id"), u.c("name"), u.c("born")).order_by(u.c("id"))).all<User>();
  ASSERT_EQ(back.size(), 3u);
  EXPECT_EQ(back[0].born, at(1815, 12, 10));
  EXPECT_EQ(back[2].born, std::nullopt);
  EXPECT_EQ(conn.execute(sc::select(sc::func::max(u.c("born")))).scalar<sc::Timestamp>(),
            at(1906, 12, 9));
  EXPECT_EQ(conn.execute(sc::select(u.c("born")).where(u.c("id") == 1)).scalar<sc::Value>(),
            sc::Value(at(1815, 12, 10)));
  // A Timestamp compared with the column is bound through DateTime, so the comparison works.
  EXPECT_EQ(conn.execute(sc::select(u.c("name")).where(u.c("born") > at(1900, 1, 1)))
                .scalar<std::string>(),
            "grace");
}

TEST_F(Expressions, ExecutemanyIsAtomic) {
  std::vector<User> users = {{1, "ada", std::nullopt}, {2, "ada", std::nullopt}};  // UNIQUE name
  EXPECT_THROW(conn.execute(u.insert(), users), sc::IntegrityError);
  EXPECT_EQ(count(u), 0);
  struct Wide {
    std::int64_t a, b, c, d, e, f;
  };
  EXPECT_THROW_MSG(conn.execute(lone.insert(), std::vector<Wide>{{1, 2, 3, 4, 5, 6}}),
                   sc::ArgumentError, "S has 6 fields but table 'lone' has 1 columns");
}

TEST_F(Expressions, JoinsWhoseOnCannotBeInferred) {
  EXPECT_THROW_MSG(u.join(a), sc::ArgumentError, "2 foreign key paths");  // user_id and other_id
  EXPECT_THROW_MSG(u.join(lone), sc::ArgumentError, "no foreign key paths");
  EXPECT_NO_THROW(u.join(a, u.c("id") == a.c("other_id")));
  // A subquery has the foreign keys of the columns it selects, plain or labelled; a CAST or
  // another expression has none (SQLAlchemy's NoForeignKeysError / AmbiguousForeignKeysError).
  auto both = sc::select(a.c("user_id"), a.c("other_id").label("o")).subquery("both");
  EXPECT_THROW_MSG(u.join(both), sc::ArgumentError, "join to 'both': 2 foreign key paths");
  auto cast = sc::select(sc::cast(a.c("user_id"), sc::Integer()), a.c("email")).subquery();
  EXPECT_THROW_MSG(u.join(cast), sc::ArgumentError,
                   "join to an anonymous subquery: no foreign key paths");
  auto one = sc::select(a.c("other_id"), a.c("email")).subquery("one");
  EXPECT_EQ(sc::select(u.c("name"), one.c("email"))
                .select_from(u.join(one))
                .compile(sc::sqlite_dialect())
                .sql,
            "SELECT users.name, one.email \nFROM users JOIN (SELECT addresses.other_id AS "
            "other_id, addresses.email AS email \nFROM addresses) AS one ON users.id = "
            "one.other_id");
}

TEST_F(Expressions, BadStatementsRaiseBeforeAnySQLRuns) {
  std::size_t before = conn.raw().state().cache.prepare_count();
  EXPECT_THROW_MSG(
      conn.execute(sc::update(u).values({{"name", "x"}}).where(a.c("id") == 1)), sc::ArgumentError,
      "the WHERE clause of an UPDATE of table 'users' names a column of table 'addresses'");
  EXPECT_THROW_MSG(conn.execute(sc::update(u).values({{"name", a.c("email")}})), sc::ArgumentError,
                   "an UPDATE value of table 'users' names a column of table 'addresses'");
  EXPECT_THROW_MSG(sc::update(u).values({{"nope", 1}}), sc::ArgumentError,
                   "table 'users' has no column 'nope'");
  EXPECT_THROW_MSG(conn.execute(sc::insert(u).values({{"name", 42}})), sc::ValueError,
                   "parameter 'name': integer 42 is not valid for a VARCHAR column");
  EXPECT_THROW_MSG(conn.execute(sc::select(u.c("id")).where(u.c("born") == "yesterday")),
                   sc::ValueError, "text 'yesterday' is not valid for a DATETIME column");
  EXPECT_THROW_MSG(conn.execute(sc::select(u.c("id")).where(u.c("name") == sc::bindparam("nm"))),
                   sc::ArgumentError, "A value is required for bind parameter 'nm'");
  EXPECT_THROW_MSG(conn.execute(sc::select(u.c("id")), {{"extra", 1}}), sc::ArgumentError,
                   "'extra' is not a bindparam()");
  EXPECT_THROW_MSG(sc::select(u.c("id")).limit(-1), sc::ArgumentError, "limit(-1)");
  EXPECT_EQ(conn.raw().state().cache.prepare_count(), before);  // nothing was even prepared
  EXPECT_EQ(count(u), 0);
}

TEST_F(Expressions, CompiledStatementsGiveSQLAndBindNames) {
  sc::Compiled c = sc::select(u.c("id"), u.c("name"))
                       .where(u.c("id") > 5)
                       .limit(10)
                       .compile(sc::sqlite_dialect());
  EXPECT_EQ(c.sql,
            "SELECT users.id, users.name \nFROM users \nWHERE users.id > ?\n LIMIT ? OFFSET ?");
  EXPECT_EQ(c.params, (std::vector<std::string>{"id_1", "param_1", "param_2"}));
}

TEST_F(Expressions, CastAndCaseReadBackAsTheirTypes) {
  conn.execute(sc::insert(u).values({{"id", 1}, {"name", "ada"}, {"born", at(1815, 12, 10)}}));
  conn.execute(sc::insert(u).values({{"id", 2}, {"name", "bob"}}));
  struct Got {
    std::string id;
    std::optional<std::string> born;
    std::string what;
    std::optional<sc::Timestamp> when;
  };
  std::vector<Got> got;
  for (const sc::Row& row : conn.execute(
           sc::select(sc::cast(u.c("id"), sc::String()), sc::cast(u.c("born"), sc::String()),
                      sc::case_({{u.c("born").is_null(), "unborn"}}, u.c("name")).label("what"),
                      sc::case_({{u.c("id") == 1, sc::literal(at(2000, 1, 2))}}))
               .order_by(u.c("id"))))
    got.push_back({row.get<std::string>(0), row.get<std::optional<std::string>>(1),
                   row.get<std::string>("what"), row.get<std::optional<sc::Timestamp>>(3)});
  ASSERT_EQ(got.size(), 2U);
  EXPECT_EQ(got[0].id, "1");
  EXPECT_EQ(got[0].born, "1815-12-10 00:00:00.000000");
  EXPECT_EQ(got[0].what, "ada");
  EXPECT_EQ(got[1].what, "unborn");
  // A CASE's type is its result's: a DATETIME result is parsed back into a Timestamp.
  EXPECT_EQ(got[0].when, at(2000, 1, 2));
  EXPECT_EQ(got[1].when, std::nullopt);
}

TEST_F(Expressions, BadCastsAndCasesRaise) {
  EXPECT_THROW_MSG(sc::cast(u.c("id"), sc::NullType()), sc::ArgumentError, "cast(): give the type");
  EXPECT_THROW_MSG(sc::case_({}), sc::ArgumentError, "case_(): give at least one");
  EXPECT_THROW_MSG(sc::case_({}, "x"), sc::ArgumentError, "case_(): give at least one");
  // CAST(x AS DATETIME) has NUMERIC affinity on SQLite: the stored text becomes a number, which
  // a DATETIME result cannot read (SQLAlchemy fails the same way).
  conn.execute(sc::insert(u).values({{"id", 1}, {"name", "ada"}, {"born", at(1815, 12, 10)}}));
  EXPECT_THROW_MSG(
      conn.execute(sc::select(sc::cast(u.c("born"), sc::DateTime()))).scalar<sc::Timestamp>(),
      sc::ValueError, "holds integer 1815, which is not DATETIME text");
}

TEST_F(Expressions, SubqueriesOfSeveralColumnsRaiseWhereOneIsNeeded) {
  auto two = sc::select(a.c("user_id"), a.c("other_id"));
  EXPECT_THROW_MSG(u.c("id").in_(two), sc::ArgumentError,
                   "the subquery selects 2 columns; it must select one");
  EXPECT_THROW_MSG(two.scalar_subquery(), sc::ArgumentError,
                   "the SELECT has 2 columns; it must have one");
  // exists() takes any SELECT, and its result is a bool.
  EXPECT_FALSE(*conn.execute(sc::select(sc::exists(two))).scalar<bool>());
  conn.execute(sc::insert(u).values({{"id", 1}, {"name", "ada"}}));
  conn.execute(sc::insert(a).values({{"id", 1}, {"user_id", 1}, {"email", "a@x"}}));
  EXPECT_TRUE(*conn.execute(sc::select(sc::exists(two))).scalar<bool>());
}

TEST_F(Expressions, AliasesNameWhatIsWrong) {
  auto p = u.alias("p");
  EXPECT_THROW_MSG(p.c("nope"), sc::ArgumentError,
                   "alias of table 'users' 'p' has no column 'nope'");
  auto sub = sc::select(a.c("user_id"), sc::func::count(a.c("id")))
                 .group_by(a.c("user_id"))
                 .subquery("sub");
  EXPECT_THROW_MSG(sub.c("count_1"), sc::ArgumentError,
                   "label an expression to make it a column of the subquery");
  EXPECT_EQ(sub.columns().size(), 1U);
  // ON is inferred through an alias's foreign keys (users has none to itself); a single-table
  // statement cannot name an alias.
  EXPECT_THROW_MSG(u.join(p), sc::ArgumentError, "join to 'p': no foreign key paths");
  EXPECT_THROW_MSG(conn.execute(sc::delete_(u).where(p.c("id") == 1)), sc::ArgumentError,
                   "names a column of alias 'p'");
  // The alias's columns keep their types: a DATETIME reads back as a Timestamp.
  conn.execute(sc::insert(u).values({{"id", 1}, {"name", "ada"}, {"born", at(1815, 12, 10)}}));
  EXPECT_EQ(*conn.execute(sc::select(p.c("born"))).scalar<sc::Timestamp>(), at(1815, 12, 10));
}

TEST_F(Expressions, NestedAndLimitedUnionPartsAreSelectedFromForSQLite) {
  conn.execute(sc::insert(u).values({{"id", 1}, {"name", "ada"}}));
  conn.execute(sc::insert(u).values({{"id", 2}, {"name", "bob"}}));
  conn.execute(sc::insert(a).values({{"id", 1}, {"user_id", 1}, {"email", "ada@x"}}));
  // SQLAlchemy 1.4 renders these parts in parentheses, which SQLite refuses.
  sc::Select nested = sc::union_(sc::select(u.c("name")),
                                 sc::union_all(sc::select(a.c("email")), sc::select(a.c("email"))))
                          .order_by(u.c("name"))
                          .limit(5);
  EXPECT_EQ(
      nested.compile(sc::sqlite_dialect()).sql,
      "SELECT users.name \nFROM users UNION SELECT * FROM (SELECT addresses.email \nFROM addresses "
      "UNION ALL SELECT addresses.email \nFROM addresses) ORDER BY name\n LIMIT ? OFFSET ?");
  std::vector<std::string> names;
  for (const sc::Row& row : conn.execute(nested)) names.push_back(row.get<std::string>(0));
  EXPECT_EQ(names, (std::vector<std::string>{"ada", "ada@x", "bob"}));  // UNION: one ada@x
  sc::Select limited = sc::union_all(sc::select(u.c("id")).order_by(u.c("id").desc()).limit(1),
                                     sc::select(a.c("id")));
  std::vector<std::int64_t> ids;
  for (const sc::Row& row : conn.execute(limited)) ids.push_back(row.get<std::int64_t>(0));
  EXPECT_EQ(ids, (std::vector<std::int64_t>{2, 1}));
  EXPECT_THROW_MSG(nested.where(u.c("id") > 1), sc::ArgumentError, "where() on a UNION");
  EXPECT_THROW_MSG(sc::union_(sc::select(u.c("id")), sc::select(a.c("id"), a.c("email"))),
                   sc::ArgumentError, "SELECT 2 has 2 columns where the first has 1");
  EXPECT_THROW_MSG(u.alias("p").union_all(sc::select(u.c("id"))), sc::ArgumentError,
                   "only a cte()");
}

TEST_F(Expressions, ReturningGivesTypedRowsFromInsertUpdateAndDelete) {
  SQLCORE_REQUIRE(supports_returning);
  auto ins = sc::insert(u)
                 .values({{"name", "ada"}, {"born", at(1815, 12, 10)}})
                 .returning(u.c("id"), u.c("born"));
  EXPECT_EQ(ins.compile(sc::sqlite_dialect()).sql,
            "INSERT INTO users (name, born) VALUES (?, ?) RETURNING id, born");
  for (const sc::Row& row : conn.execute(ins)) {
    EXPECT_EQ(row.get<std::int64_t>(0), 1);
    EXPECT_EQ(row.get<sc::Timestamp>(1), at(1815, 12, 10));  // typed: parsed back
  }
  conn.execute(sc::insert(u).values({{"name", "bob"}}));
  std::vector<std::string> renamed;
  for (const sc::Row& row : conn.execute(sc::update(u)
                                             .values({{"name", u.c("name") + "!"}})
                                             .returning((u.c("name") + "?").label("n"))))
    renamed.push_back(row.get<std::string>("n"));
  std::sort(renamed.begin(), renamed.end());
  EXPECT_EQ(renamed, (std::vector<std::string>{"ada!?", "bob!?"}));
  std::vector<std::int64_t> gone;
  for (const sc::Row& row :
       conn.execute(sc::delete_(u).where(u.c("born").is_null()).returning(u.c("id"))))
    gone.push_back(row.get<std::int64_t>(0));
  EXPECT_EQ(gone, (std::vector<std::int64_t>{2}));
  EXPECT_EQ(count(u), 1);
}

// SQLAlchemy 2.0's SQLiteCompiler renders RETURNING with include_table=False (1.4 has no
// RETURNING for SQLite): columns by name alone, a subquery's own columns still qualified.
TEST_F(Expressions, ReturningNamesColumnsWithoutTheirTable) {
  SQLCORE_REQUIRE(supports_returning);
  const sc::Dialect& d = sc::sqlite_dialect();
  conn.execute(sc::insert(u).values({{"id", 1}, {"name", "ada"}}));
  conn.execute(sc::insert(u).values({{"id", 2}, {"name", "bob"}}));
  conn.execute(sc::insert(a).values({{"id", 1}, {"user_id", 1}, {"email", "ada@x"}}));
  conn.execute(sc::insert(a).values({{"id", 2}, {"user_id", 1}, {"email", "ada@y"}}));
  sc::Expr owned = sc::select(sc::func::count(a.c("id")))
                       .where(a.c("user_id") == u.c("id"))
                       .scalar_subquery()
                       .label("owned");
  auto upd = sc::update(u)
                 .values({{"name", u.c("name") + "!"}})
                 .where(u.c("name").startswith("a"))
                 .returning(u.c("id"), (u.c("name") + "?").label("n"), owned);
  EXPECT_EQ(
      upd.compile(d).sql,
      "UPDATE users SET name=(users.name || ?) WHERE (users.name LIKE ? || '%') RETURNING id, "
      "name || ? AS n, (SELECT count(addresses.id) AS count_1 \nFROM addresses \nWHERE "
      "addresses.user_id = users.id) AS owned");
  std::vector<std::string> rows;
  for (const sc::Row& row : conn.execute(upd))
    rows.push_back(fmt::format("{}|{}|{}", row.get<std::int64_t>(0), row.get<std::string>("n"),
                               row.get<std::int64_t>("owned")));
  EXPECT_EQ(rows, (std::vector<std::string>{"1|ada!?|2"}));
  auto del = sc::delete_(a).where(a.c("email").endswith("y")).returning(a.c("id"), a.c("email"));
  EXPECT_EQ(del.compile(d).sql,
            "DELETE FROM addresses WHERE (addresses.email LIKE '%' || ?) RETURNING id, email");
  rows.clear();
  for (const sc::Row& row : conn.execute(del))
    rows.push_back(fmt::format("{}|{}", row.get<std::int64_t>(0), row.get<std::string>(1)));
  EXPECT_EQ(rows, (std::vector<std::string>{"2|ada@y"}));
  auto ins = sc::insert(a)
                 .values({{"id", 3}, {"user_id", 2}, {"email", "bob@x"}})
                 .returning(a.c("id"), sc::func::char_length(a.c("email")).label("len"));
  EXPECT_EQ(ins.compile(d).sql,
            "INSERT INTO addresses (id, user_id, email) VALUES (?, ?, ?) RETURNING id, "
            "length(email) AS len");
  rows.clear();
  for (const sc::Row& row : conn.execute(ins))
    rows.push_back(fmt::format("{}|{}", row.get<std::int64_t>(0), row.get<std::int64_t>(1)));
  EXPECT_EQ(rows, (std::vector<std::string>{"3|5"}));
}

TEST_F(Expressions, InsertFromSelectWithOnConflictGetsTheWhereSQLiteNeeds) {
  SQLCORE_REQUIRE(supports_upsert);
  conn.execute(sc::insert(u).values({{"id", 1}, {"name", "a@x"}}));
  conn.execute(sc::insert(a).values({{"id", 1}, {"email", "a@x"}}));
  conn.execute(sc::insert(a).values({{"id", 2}, {"email", "b@x"}}));
  // SQLAlchemy 1.4 writes "... FROM addresses ON CONFLICT ...", which SQLite cannot parse.
  auto ins = sc::insert(u)
                 .from_select({"name"}, sc::select(a.c("email")))
                 .on_conflict_do_nothing({"name"});
  EXPECT_EQ(ins.compile(sc::sqlite_dialect()).sql,
            "INSERT INTO users (name) SELECT addresses.email \nFROM addresses \nWHERE 1 ON "
            "CONFLICT (name) DO NOTHING");
  EXPECT_EQ(conn.execute(ins).rowcount(), 1);
  auto both =
      sc::insert(u)
          .from_select({"name"}, sc::union_(sc::select(a.c("email")), sc::select(a.c("email"))))
          .on_conflict_do_nothing();
  EXPECT_EQ(conn.execute(both).rowcount(), 0);
  EXPECT_EQ(count(u), 2);
}

TEST_F(Expressions, BadUpsertsAndReturningsRaise) {
  EXPECT_THROW_MSG(sc::insert(u).values({{"name", "x"}}).on_conflict_do_update({}, {{"name", "y"}}),
                   sc::ArgumentError, "give the conflict target");
  EXPECT_THROW_MSG(sc::insert(u).on_conflict_do_update({"nope"}, {{"name", "y"}}),
                   sc::ArgumentError, "table 'users' has no column 'nope'");
  EXPECT_THROW_MSG(sc::insert(u).on_conflict_do_update({"name"}, {}), sc::ArgumentError,
                   "give the columns to SET");
  EXPECT_THROW_MSG(sc::insert(u).from_select({"id", "name"}, sc::select(a.c("id"))),
                   sc::ArgumentError, "2 columns named but the SELECT gives 1");
  EXPECT_THROW_MSG(sc::insert(u).from_select({"id"}, sc::select(a.c("id"))).values({{"name", "x"}}),
                   sc::ArgumentError, "the INSERT is from_select()");
  EXPECT_THROW_MSG(sc::delete_(u).returning(std::vector<sc::Expr>{}), sc::ArgumentError,
                   "returning(): give at least one");
  // A conflict DO NOTHING without a target leaves the table as it was, and says so in rowcount.
  conn.execute(sc::insert(u).values({{"id", 1}, {"name", "ada"}}));
  if (!sc::sqlite_dialect().supports_upsert()) {
    EXPECT_THROW_MSG(conn.execute(sc::insert(u).values({{"id", 1}}).on_conflict_do_nothing()),
                     sc::CompileError, "ON CONFLICT (upsert) needs SQLite 3.24 or later");
    EXPECT_THROW_MSG(conn.execute(sc::delete_(u).returning(u.c("id"))), sc::CompileError,
                     "RETURNING needs SQLite 3.35 or later; this one is 3.");
    return;
  }
  EXPECT_EQ(conn.execute(sc::insert(u).values({{"id", 1}, {"name", "x"}}).on_conflict_do_nothing())
                .rowcount(),
            0);
  EXPECT_THROW(conn.execute(sc::insert(u).values({{"id", 1}, {"name", "x"}})), sc::IntegrityError);
}

TEST_F(Expressions, ExecutemanyOfParameterMapsAndOfStructsForNamedColumns) {
  std::vector<sc::Params> rows = {{{"name", "ada"}, {"born", at(1815, 12, 10)}},
                                  {{"name", "bob"}, {"born", std::nullopt}}};
  EXPECT_EQ(conn.execute_many(u.insert(), rows).rowcount(), 2);
  EXPECT_EQ(
      *conn.execute(sc::select(u.c("born")).where(u.c("name") == "ada")).scalar<sc::Timestamp>(),
      at(1815, 12, 10));
  // Every row must name the same columns; a bad row rolls the whole batch back.
  std::vector<sc::Params> ragged = {{{"name", "cy"}}, {{"born", at(2000, 1, 1)}}};
  EXPECT_THROW_MSG(conn.execute_many(u.insert(), ragged), sc::ArgumentError,
                   "row 1 names other columns");
  std::vector<sc::Params> wrong = {{{"name", "dee"}}, {{"name", 42}}};
  EXPECT_THROW(conn.execute_many(u.insert(), wrong), sc::ValueError);
  EXPECT_EQ(count(u), 2);
  EXPECT_THROW_MSG(conn.execute_many(u.insert().values({{"name", "x"}}), rows), sc::ArgumentError,
                   "the rows give the values");
  // Structs whose fields are named columns, not the first ones.
  struct NameBorn {
    std::string name;
    std::optional<sc::Timestamp> born;
  };
  conn.execute(u.insert().columns({"name", "born"}),
               std::vector<NameBorn>{{"eve", at(1990, 5, 6)}});
  EXPECT_EQ(
      *conn.execute(sc::select(u.c("born")).where(u.c("name") == "eve")).scalar<sc::Timestamp>(),
      at(1990, 5, 6));
  EXPECT_THROW_MSG(
      conn.execute(u.insert().columns({"name"}), std::vector<NameBorn>{{"fay", std::nullopt}}),
      sc::ArgumentError, "S has 2 fields but 1 columns are named");
}

namespace {
// Counts the statements SQLite runs on a handle (sqlite3_trace_v2), savepoints left out.
int inserts_run = 0;
int count_inserts(unsigned, void*, void* stmt, void*) {
  const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt));
  if (sql != nullptr && std::string_view(sql).starts_with("INSERT")) ++inserts_run;
  return 0;
}
}  // namespace

TEST_F(Expressions, ExecutemanySendsPagesOfRowsLikeInsertmanyvalues) {
  std::vector<User> users;
  for (int i = 1; i <= 2500; ++i)
    users.push_back(
        {i, "user " + std::to_string(i), i % 2 ? std::optional(at(2000, 1, 1)) : std::nullopt});
  inserts_run = 0;
  sqlite3_trace_v2(conn.native_handle(), SQLITE_TRACE_STMT, count_inserts, nullptr);
  sc::Result r = conn.execute(u.insert(), users);
  sqlite3_trace_v2(conn.native_handle(), 0, nullptr, nullptr);
  // 1,000 rows per statement (1,000 + 1,000 + 500), or fewer where SQLite allows fewer binds
  // (999 before 3.32: 333 rows of 3 columns).
  int limit = sqlite3_limit(conn.native_handle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
  int page = std::min(1000, limit / 3);
  EXPECT_EQ(inserts_run, (2500 + page - 1) / page);
  EXPECT_EQ(r.rowcount(), 2500);
  EXPECT_EQ(r.lastrowid(), 2500);
  EXPECT_EQ(count(u), 2500);
  auto back = conn.execute(sc::select(u).order_by(u.c("id"))).all<User>();
  ASSERT_EQ(back.size(), 2500u);
  EXPECT_EQ(back[1234].name, "user 1235");
  EXPECT_EQ(back[1233].born, std::nullopt);  // user 1234: even, no date
  EXPECT_EQ(back[2498].born, at(2000, 1, 1));

  // A constraint failing in the second page leaves none of the batch, and the next row
  // number is still free.
  std::vector<User> more;
  for (int i = 2501; i <= 4000; ++i) more.push_back({i, "more " + std::to_string(i), std::nullopt});
  more[1200].name = "user 7";  // UNIQUE
  EXPECT_THROW(conn.execute(u.insert(), more), sc::IntegrityError);
  EXPECT_EQ(count(u), 2500);
  // A value of the wrong type in the last row: refused, nothing kept.
  std::vector<sc::Params> maps = {{{"name", "x1"}}, {{"name", "x2"}}, {{"name", 3.5}}};
  EXPECT_THROW(conn.execute_many(u.insert(), maps), sc::ValueError);
  EXPECT_EQ(count(u), 2500);
  // Two rows, a map each: one statement, rowids as row-by-row execution gives them.
  std::vector<sc::Params> two = {{{"name", "y1"}}, {{"name", "y2"}}};
  sc::Result r2 = conn.execute_many(u.insert(), two);
  EXPECT_EQ(r2.rowcount(), 2);
  EXPECT_EQ(r2.lastrowid(), 2502);
}

// Table's insert / join / outerjoin / alias (templates in schema.hpp, completed by sql.hpp) are
// the statement layer's own constructs under another spelling.
TEST(TableStatements, AreTheSqlLayersConstructs) {
  sc::MetaData m;
  const sc::Table& p = m.table("p", sc::Column("id", sc::Integer()).primary_key());
  const sc::Table& c = m.table("c", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("p_id", sc::Integer()).foreign_key("p.id"));
  const sc::Dialect& d = sc::sqlite_dialect();
  auto sql = [&](const sc::FromClause& f) {
    return sc::select(p.c("id")).select_from(f).compile(d).sql;
  };
  EXPECT_EQ(p.insert().compile(d).sql, sc::insert(p).compile(d).sql);
  EXPECT_EQ(sql(p.join(c)), sql(sc::FromClause(p).join(c)));
  EXPECT_EQ(sql(p.join(c)), "SELECT p.id \nFROM p JOIN c ON p.id = c.p_id");
  EXPECT_EQ(sql(p.outerjoin(c)), "SELECT p.id \nFROM p LEFT OUTER JOIN c ON p.id = c.p_id");
  EXPECT_EQ(sql(p.join(c, p.c("id") > c.c("id"))), "SELECT p.id \nFROM p JOIN c ON p.id > c.id");
  EXPECT_EQ(sql(p.outerjoin(c, p.c("id") > c.c("id"))),
            "SELECT p.id \nFROM p LEFT OUTER JOIN c ON p.id > c.id");
  sc::Alias a = c.alias("a");
  EXPECT_EQ(a.name(), "a");
  EXPECT_EQ(sql(p.join(a, p.c("id") == a.c("p_id"))),
            "SELECT p.id \nFROM p JOIN c AS a ON p.id = a.p_id");
  EXPECT_EQ(sc::select(c.alias().c("id")).compile(d).sql, "SELECT c_1.id \nFROM c AS c_1");
}
