// Tests for JSON elements, window functions, FILTER, tuples, INTERSECT / EXCEPT, prefixes and
// index_where beyond the SQLAlchemy comparison: typed reads, nesting, the errors raised before
// any SQL runs, and the compiled cache's shapes (src/sql/expr_window.cpp,
// src/dialect/sqlite/sql_compiler_window.cpp, src/sql/cache_key.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "dialect/sqlite/dialect.hpp"
#include "engine/compiled_cache.hpp"
#include "support/capability.hpp"
#include "support/expect.hpp"

namespace sc = sqlcore;

namespace {

struct Docs : ::testing::Test {
  Docs() : engine(sc::create_engine("sqlite://")), conn(engine.connect()) {
    m.create_all(conn);
    conn.execute(sc::text(
        "INSERT INTO docs VALUES (1, '{\"a\": \"x\", \"n\": 5, \"f\": 1.5, \"b\": true, "
        "\"l\": [1, {\"q\": \"deep\"}]}'), (2, '{\"a\": \"y\", \"n\": 2, \"f\": 0.25, \"b\": "
        "false}'), (3, '[7, 8]')"));
    conn.execute(
        sc::text("INSERT INTO users VALUES (1, 'ada', 10), (2, 'bob', 20), "
                 "(3, 'cy', 20), (4, 'dee', NULL)"));
  }
  sc::MetaData m;
  const sc::Table& docs = m.table("docs", sc::Column("id", sc::Integer()).primary_key(),
                                  sc::Column("data", sc::JSON()));
  const sc::Table& u =
      m.table("users", sc::Column("id", sc::Integer()).primary_key(),
              sc::Column("name", sc::String(20)).unique(), sc::Column("score", sc::Integer()));
  sc::Engine engine;
  sc::Connection conn;
};

struct Typed {
  std::int64_t n;
  double f;
  bool b;
  std::string a, a_json, deep, deep_json;
  bool operator==(const Typed&) const = default;
};
struct Missing {
  std::optional<std::int64_t> n;
  std::string n_json;
  bool operator==(const Missing&) const = default;
};
struct Ranked {
  int id;
  std::int64_t rank;
  std::optional<std::int64_t> sum;
  std::string previous;
  bool operator==(const Ranked&) const = default;
};

}  // namespace

TEST_F(Docs, JsonElementsReadBackTypedAndCompareInWhere) {
  SQLCORE_REQUIRE(supports_json);
  const sc::Column& d = docs.c("data");
  sc::Result r = conn.execute(
      sc::select(d["n"].as_integer(), d["f"].as_float(), d["b"].as_boolean(), d["a"].as_string(),
                 d["a"], d[sc::json_path({"l", 1, "q"})].as_string(), d[sc::json_path({"l", 1})])
          .where(docs.c("id") == 1));
  EXPECT_EQ(r.all<Typed>(),
            (std::vector<Typed>{{5, 1.5, true, "x", "\"x\"", "deep", "{\"q\":\"deep\"}"}}));
  // A missing member: NULL typed, 'null' as JSON.
  auto missing = conn.execute(sc::select(d["n"].as_integer(), d["n"]).where(docs.c("id") == 3));
  EXPECT_EQ(missing.all<Missing>(), (std::vector<Missing>{{std::nullopt, "null"}}));
  EXPECT_EQ(
      conn.execute(sc::select(d[1].as_integer()).where(docs.c("id") == 3)).scalar<std::int64_t>(),
      8);
  EXPECT_EQ(conn.execute(sc::select(docs.c("id")).where(d["f"].as_float() < 1.0)).scalars<int>(),
            std::vector<int>{2});
  EXPECT_EQ(
      conn.execute(sc::select(docs.c("id")).where(d["b"].as_boolean() == true)).scalars<int>(),
      std::vector<int>{1});
}

TEST_F(Docs, JsonAccessRefusesWhatIsNotJson) {
  EXPECT_THROW_MSG(u.c("name")["a"], sc::ArgumentError,
                   "[$.\"a\"]: JSON index and path access needs an expression of type JSON; this "
                   "one is VARCHAR");
  EXPECT_THROW_MSG(u.c("name").as_string(), sc::ArgumentError, "only on a JSON element");
  EXPECT_THROW_MSG(docs.c("data").as_integer(), sc::ArgumentError, "only on a JSON element");
  EXPECT_EQ(sc::json_path({"a", 1, "b"}).text(), "$.\"a\"[1].\"b\"");
  EXPECT_EQ(sc::JsonPath(3).text(), "$[3]");
  EXPECT_EQ(sc::json_path({}).text(), "$");
}

TEST_F(Docs, WindowFunctionsAndFilterRunOnSQLite) {
  SQLCORE_REQUIRE(supports_window_functions);
  auto s =
      sc::select(u.c("id"), sc::func::rank().over(sc::Window{.order_by = {u.c("score").desc()}}),
                 sc::func::sum(u.c("score"))
                     .over(sc::Window{.order_by = {u.c("id")}, .rows = sc::Frame{-1, 0}}),
                 sc::func::lag(u.c("name"), 1, "none").over(sc::Window{.order_by = {u.c("id")}}))
          .order_by(u.c("id"));
  EXPECT_EQ(conn.execute(s).all<Ranked>(),
            (std::vector<Ranked>{
                {1, 3, 10, "none"}, {2, 1, 30, "ada"}, {3, 1, 40, "bob"}, {4, 4, 20, "cy"}}));
  if (sc::sqlite_dialect().supports_aggregate_filter()) {
    EXPECT_EQ(conn.execute(sc::select(sc::func::count().filter(u.c("score") > 15)))
                  .scalar<std::int64_t>(),
              2);
  }
}

TEST_F(Docs, WindowsAndFiltersRefuseWhatHasNone) {
  EXPECT_THROW_MSG(u.c("id").over(sc::Window{}), sc::ArgumentError, "over(): only a function call");
  EXPECT_THROW_MSG(sc::func::count().over(sc::Window{.rows = sc::Frame{}, .range = sc::Frame{}}),
                   sc::ArgumentError, "give rows or range, not both");
  EXPECT_THROW_MSG(u.c("id").filter(u.c("id") > 1), sc::ArgumentError,
                   "filter(): only an aggregate function call");
  EXPECT_THROW_MSG((u.c("id") + 1).filter(u.c("id") > 1), sc::ArgumentError, "filter()");
}

TEST_F(Docs, TuplesCompareRowsAndRefuseRowsOfAnotherLength) {
  auto t = sc::tuple_(u.c("id"), u.c("name"));
  EXPECT_EQ(conn.execute(sc::select(u.c("id"))
                             .where(t.in_({{1, "ada"}, {2, "x"}, {3, "cy"}}))
                             .order_by(u.c("id")))
                .scalars<int>(),
            (std::vector<int>{1, 3}));
  EXPECT_EQ(conn.execute(sc::select(u.c("id")).where(t.not_in({{1, "ada"}})).order_by(u.c("id")))
                .scalars<int>(),
            (std::vector<int>{2, 3, 4}));
  EXPECT_TRUE(conn.execute(sc::select(u.c("id")).where(t.in_({}))).scalars<int>().empty());
  EXPECT_THROW_MSG(t.in_({{1, "ada"}, {2}}), sc::ArgumentError,
                   "tuple_(...).in_(): row 2 has 1 values; the tuple has 2");
  EXPECT_THROW_MSG(sc::tuple_(std::vector<sc::Expr>{}), sc::ArgumentError,
                   "tuple_(): give at least one expression");
}

TEST_F(Docs, IntersectAndExceptNestAndTheirAllFormsRaise) {
  auto ids = sc::select(u.c("id"));
  auto low = sc::select(u.c("id")).where(u.c("id") < 3);
  auto two = sc::select(u.c("id")).where(u.c("id") == 2);
  sc::Select nested = sc::except_(sc::intersect(ids, low), two);
  EXPECT_EQ(nested.compile(sc::sqlite_dialect()).sql,
            "SELECT * FROM (SELECT users.id \nFROM users INTERSECT SELECT users.id \nFROM users "
            "\nWHERE users.id < ?) EXCEPT SELECT users.id \nFROM users \nWHERE users.id = ?");
  EXPECT_EQ(conn.execute(nested).scalars<int>(), std::vector<int>{1});
  EXPECT_EQ(conn.execute(sc::union_(sc::except_(ids, low), two).order_by(u.c("id"))).scalars<int>(),
            (std::vector<int>{2, 3, 4}));
  EXPECT_THROW_MSG(sc::intersect_all(ids, low).compile(sc::sqlite_dialect()), sc::CompileError,
                   "intersect_all(): SQLite has no INTERSECT ALL / EXCEPT ALL");
  EXPECT_THROW_MSG(conn.execute(sc::except_all(ids, low)), sc::CompileError,
                   "except_all(): SQLite has no INTERSECT ALL / EXCEPT ALL");
  EXPECT_THROW_MSG(sc::intersect(ids), sc::ArgumentError,
                   "intersect() / intersect_all(): give at least two SELECTs");
  EXPECT_THROW_MSG(sc::except_(ids, sc::select(u.c("id"), u.c("name"))), sc::ArgumentError,
                   "except_() / except_all(): SELECT 2 has 2 columns where the first has 1");
}

TEST_F(Docs, PrefixesAreWrittenAfterTheKeyword) {
  const sc::Dialect& d = sc::sqlite_dialect();
  // SQLAlchemy 1.4: delete(users).prefix_with("X").where(users.c.id == 1); SQLite takes no
  // DELETE prefix, so this one is compared as text only.
  EXPECT_EQ(sc::delete_(u).prefix_with("X").where(u.c("id") == 1).compile(d).sql,
            "DELETE X FROM users WHERE users.id = ?");
  EXPECT_EQ(
      sc::select(u.c("id")).prefix_with("ALL").prefix_with("DISTINCT").distinct().compile(d).sql,
      "SELECT ALL DISTINCT DISTINCT users.id \nFROM users");
  sc::Compiled ins = sc::insert(u).prefix_with("OR REPLACE").values({{"id", 1}}).compile(d);
  EXPECT_EQ(ins.sql.substr(ins.insert_values_at), "(?)");  // executemany still pages rows
  conn.execute_many(sc::insert(u).prefix_with("OR REPLACE"),
                    std::vector<sc::Params>{{{"id", 1}, {"name", "ann"}, {"score", 1}},
                                            {{"id", 9}, {"name", "zed"}, {"score", 2}}});
  EXPECT_EQ(conn.execute(sc::select(u.c("name")).order_by(u.c("id"))).scalars<std::string>(),
            (std::vector<std::string>{"ann", "bob", "cy", "dee", "zed"}));
  EXPECT_THROW_MSG(sc::union_(sc::select(u.c("id")), sc::select(u.c("id"))).prefix_with("ALL"),
                   sc::ArgumentError, "prefix_with() on a UNION");
  EXPECT_THROW_MSG(sc::insert(u).prefix_with(""), sc::ArgumentError,
                   "prefix_with(): the prefix is empty");
}

TEST_F(Docs, UpsertIndexWhereIsWrittenAsLiteralsAndChecked) {
  SQLCORE_REQUIRE(supports_upsert);
  const sc::Dialect& d = sc::sqlite_dialect();
  auto ins = sc::insert(u).values({{"id", 7}, {"name", "bob"}});
  EXPECT_EQ(
      ins.on_conflict_do_nothing({"name"}, u.c("name") != "it's" && u.c("score").is_not_null())
          .compile(d)
          .sql,
      "INSERT INTO users (id, name) VALUES (?, ?) ON CONFLICT (name) WHERE name != 'it''s' "
      "AND score IS NOT NULL DO NOTHING");
  conn.execute(ins.on_conflict_do_update({"name"}, {{"score", 99}}, std::nullopt, u.c("id") > 0));
  EXPECT_EQ(conn.execute(sc::select(u.c("score")).where(u.c("name") == "bob")).scalar<int>(), 99);
  EXPECT_THROW_MSG(ins.on_conflict_do_nothing({}, u.c("id") > 1), sc::ArgumentError,
                   "index_where needs the index's columns");
  EXPECT_THROW_MSG(
      ins.on_conflict_do_nothing({"name"}, u.c("name") == sc::Blob{std::byte{1}, std::byte{2}})
          .compile(d),
      sc::CompileError, "cannot be written into the SQL as a literal");
  EXPECT_THROW_MSG(ins.on_conflict_do_nothing({"name"}, docs.c("id") > 1).compile(d),
                   sc::ArgumentError, "the index_where of ON CONFLICT of table 'users'");
}

TEST(CompiledCacheShapes, JsonPathsFramesAndLiteralsAreNeverShared) {
  sc::MetaData m;
  const sc::Table& docs = m.table("docs", sc::Column("id", sc::Integer()).primary_key(),
                                  sc::Column("data", sc::JSON()));
  const sc::Table& u = m.table("users", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("name", sc::String(20)).unique());
  // A recent SQLite's dialect: the shapes do not depend on the linked library (SQLCipher's
  // 3.15 has none of these features), and nothing runs.
  const sc::SQLiteDialect d(3040001);
  sc::detail::CompiledCache cache(100);
  auto entry = [&](const auto& statement) {
    sc::detail::StatementKey key;
    return cache.get(statement, d, key);
  };
  auto path = [&](const sc::JsonPath& p) { return sc::select(docs.c("data")[p].as_string()); };
  auto a = entry(path("a")), b = entry(path("b")), a2 = entry(path("a"));
  EXPECT_NE(a.get(), b.get());
  EXPECT_EQ(a.get(), a2.get());
  EXPECT_EQ(a->compiled.values, std::vector<std::optional<sc::Value>>{sc::Value("$.\"a\"")});
  EXPECT_EQ(b->compiled.values, std::vector<std::optional<sc::Value>>{sc::Value("$.\"b\"")});
  EXPECT_NE(entry(path(1)).get(), entry(path(2)).get());
  EXPECT_NE(entry(path(sc::json_path({"a", 1}))).get(), entry(path(sc::json_path({"a", 2}))).get());

  auto frame = [&](sc::Frame f, bool rows = true) {
    sc::Window w{.order_by = {u.c("id")}};
    (rows ? w.rows : w.range) = f;
    return sc::select(sc::func::sum(u.c("id")).over(w));
  };
  auto f1 = entry(frame({-1, 1})), f2 = entry(frame({-2, 1}));
  EXPECT_NE(f1.get(), f2.get());
  EXPECT_EQ(f2->compiled.values,
            (std::vector<std::optional<sc::Value>>{sc::Value(2), sc::Value(1)}));
  EXPECT_EQ(entry(frame({-1, 1})).get(), f1.get());
  EXPECT_NE(entry(frame({1, 1})).get(), f1.get());
  EXPECT_NE(entry(frame({-1, 1}, false)).get(), f1.get());
  EXPECT_NE(entry(frame({std::nullopt, 0})).get(), entry(frame({0, std::nullopt})).get());

  auto upsert = [&](const char* name) {
    return sc::insert(u).values({{"id", 1}}).on_conflict_do_nothing({"name"}, u.c("name") != name);
  };
  EXPECT_NE(entry(upsert("x")).get(), entry(upsert("y")).get());
  EXPECT_NE(entry(sc::insert(u).values({{"id", 1}}).prefix_with("OR REPLACE")).get(),
            entry(sc::insert(u).values({{"id", 1}}).prefix_with("OR IGNORE")).get());
  auto s1 = sc::select(u.c("id")), s2 = sc::select(docs.c("id"));
  EXPECT_NE(entry(sc::intersect(s1, s2)).get(), entry(sc::except_(s1, s2)).get());
  auto join = [&](bool full) {
    return sc::select(u.c("id")).select_from(u.outerjoin(docs, u.c("id") == docs.c("id"), full));
  };
  EXPECT_NE(entry(join(true)).get(), entry(join(false)).get());
  auto tuple = [&](std::vector<std::vector<sc::Value>> rows) {
    return sc::select(u.c("id")).where(sc::tuple_(u.c("id"), u.c("name")).in_(std::move(rows)));
  };
  auto t1 = entry(tuple({{1, "a"}})), t2 = entry(tuple({{2, "b"}}));
  EXPECT_EQ(t1.get(), t2.get());  // the same shape: tuple values are bound
  EXPECT_NE(entry(tuple({{1, "a"}, {2, "b"}})).get(), t1.get());
  EXPECT_EQ(cache.stats().uncacheable, 0u);
}

TEST_F(Docs, JsonPathsThroughOneEngineEachReadTheirOwn) {
  SQLCORE_REQUIRE(supports_json);
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(conn.execute(sc::select(docs.c("data")["a"].as_string()).where(docs.c("id") == 1))
                  .scalar<std::string>(),
              "x");
    EXPECT_EQ(conn.execute(sc::select(docs.c("data")["a"].as_string()).where(docs.c("id") == 2))
                  .scalar<std::string>(),
              "y");
  }
  // A number read as a string is refused, naming the column and what it holds.
  EXPECT_THROW_MSG(
      conn.execute(sc::select(docs.c("data")["n"].as_string()).where(docs.c("id") == 1))
          .scalar<std::string>(),
      sc::Error, "holds integer 5, which is not text");
}

TEST_F(Docs, RightJoinRunsOnSQLite339AndIsRefusedBefore) {
  // docs 1-3 against users 1-4: users RIGHT OUTER JOIN docs keeps every doc, as docs LEFT
  // OUTER JOIN users does.
  auto right = sc::select(u.c("name"), docs.c("id"))
                   .select_from(sc::FromClause(u).rightjoin(docs, u.c("id") == docs.c("id")))
                   .order_by(docs.c("id"));
  auto left = sc::select(u.c("name"), docs.c("id"))
                  .select_from(u.outerjoin(docs, u.c("id") == docs.c("id")))
                  .order_by(docs.c("id"));
  const sc::SQLiteDialect v340(3040001), v338(3038000);
  EXPECT_EQ(right.compile(v340).sql,
            "SELECT users.name, docs.id \nFROM users RIGHT OUTER JOIN docs ON users.id = "
            "docs.id ORDER BY docs.id");
  EXPECT_THROW_MSG(right.compile(v338), sc::CompileError,
                   "RIGHT OUTER JOIN needs SQLite 3.39 or later; this one is 3.38.0");
  EXPECT_NE(right.compile(v340).sql, left.compile(v340).sql);
  SQLCORE_REQUIRE(supports_right_full_join);
  std::vector<std::int64_t> ids;
  for (auto row : conn.execute(right)) ids.push_back(row.get<std::int64_t>(1));
  EXPECT_EQ(ids, (std::vector<std::int64_t>{1, 2, 3}));
  // The compiled cache tells the two apart (same shape otherwise): LEFT keeps every user.
  std::size_t left_rows = 0;
  for (auto row : conn.execute(left)) {
    (void)row;
    ++left_rows;
  }
  EXPECT_EQ(left_rows, 4u);
}
