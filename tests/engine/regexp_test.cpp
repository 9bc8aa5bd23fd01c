// REGEXP through RE2: regexp_match / regexp_replace from expressions and text(), flags, NULLs,
// invalid patterns, EngineOptions::regexp, linear time on a pathological pattern
// (src/engine/regexp.cpp, the expression side in src/sql/expr.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <chrono>
#include <iostream>
#include <string>

#include <gtest/gtest.h>

#include "support/expect.hpp"

namespace sc = sqlcore;

namespace {

struct Users {
  sc::MetaData m;
  const sc::Table& u = m.table("users", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("name", sc::String()));
};

sc::Connection filled(sc::Engine& engine, const Users& s) {
  sc::Connection conn = engine.connect();
  s.m.create_all(conn);
  conn.raw().exec(
      "INSERT INTO users VALUES (1, 'ada'), (2, 'bob'), (3, 'Anna'), (4, NULL), (5, 'alan')");
  return conn;
}

std::vector<std::int64_t> ids(sc::Connection& conn, const sc::Select& s) {
  return conn.execute(s).scalars<std::int64_t>();
}

}  // namespace

TEST(Regexp, MatchFromSelect) {
  sc::Engine engine = sc::create_engine("sqlite://");
  Users s;
  sc::Connection conn = filled(engine, s);
  sc::Expr name = s.u.c("name");
  EXPECT_EQ(
      ids(conn, sc::select(s.u.c("id")).where(name.regexp_match("^a.*")).order_by(s.u.c("id"))),
      (std::vector<std::int64_t>{1, 5}));
  // A match anywhere counts (re.search); NULL names are neither matched nor not matched.
  EXPECT_EQ(ids(conn, sc::select(s.u.c("id")).where(name.regexp_match("n")).order_by(s.u.c("id"))),
            (std::vector<std::int64_t>{3, 5}));
  EXPECT_EQ(
      ids(conn, sc::select(s.u.c("id")).where(!name.regexp_match("^a")).order_by(s.u.c("id"))),
      (std::vector<std::int64_t>{2, 3}));
  EXPECT_EQ(
      ids(conn, sc::select(s.u.c("id")).where(name.regexp_match("^a", "i")).order_by(s.u.c("id"))),
      (std::vector<std::int64_t>{1, 3, 5}));
}

TEST(Regexp, CompilesAsSQLAlchemyAndFlagsAsAnInlinePrefix) {
  Users s;
  sc::Expr name = s.u.c("name");
  sc::Compiled m =
      sc::select(name).where(name.regexp_match("^a", "is")).compile(sc::sqlite_dialect());
  EXPECT_EQ(m.sql, "SELECT users.name \nFROM users \nWHERE users.name REGEXP ?");
  ASSERT_EQ(m.params.size(), 1u);
  EXPECT_EQ(m.params[0], "name_1");
  sc::Compiled r = sc::select(name.regexp_replace("a+", "b", "i")).compile(sc::sqlite_dialect());
  EXPECT_EQ(r.sql, "SELECT regexp_replace(users.name, ?, ?) AS regexp_replace_1 \nFROM users");
  EXPECT_EQ(r.params, (std::vector<std::string>{"name_1", "name_2"}));
  sc::Compiled n =
      sc::select(name).where(sc::not_(name.regexp_match("x"))).compile(sc::sqlite_dialect());
  EXPECT_EQ(n.sql, "SELECT users.name \nFROM users \nWHERE users.name NOT REGEXP ?");
}

TEST(Regexp, FlagsAreCheckedAndApplied) {
  Users s;
  sc::Expr name = s.u.c("name");
  EXPECT_THROW_MSG(name.regexp_match("^a", "ix"), sc::ArgumentError,
                   "regexp flags 'ix': 'x' is not a flag; RE2 takes i, m, s and U");
  EXPECT_THROW_MSG(name.regexp_replace("a", "b", "g"), sc::ArgumentError, "'g' is not a flag");
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  // The flags reach RE2 as (?flags) before the pattern.
  auto one = [&](const char* sql) { return conn.execute(sc::text(sql)).scalar<std::int64_t>(); };
  EXPECT_EQ(one("SELECT 'A\nb' REGEXP '(?ms)^b.'"), 0);
  EXPECT_EQ(one("SELECT 'A\nb' REGEXP '(?ms)A.b'"), 1);
  EXPECT_EQ(one("SELECT 'A\nb' REGEXP '(?m)^b'"), 1);
  EXPECT_EQ(one("SELECT 'A\nb' REGEXP '^b'"), 0);
}

TEST(Regexp, ReplaceWithGroups) {
  sc::Engine engine = sc::create_engine("sqlite://");
  Users s;
  sc::Connection conn = filled(engine, s);
  sc::Expr name = s.u.c("name");
  auto out = conn.execute(sc::select(name.regexp_replace("a+", "<\\0>"))
                              .where(s.u.c("id") < 4)
                              .order_by(s.u.c("id")))
                 .scalars<std::string>();
  EXPECT_EQ(out, (std::vector<std::string>{"<a>d<a>", "bob", "Ann<a>"}));
  auto flagged =
      conn.execute(
              sc::select(name.regexp_replace("^(a)(.)", "\\2\\1", "i")).where(s.u.c("id") == 3))
          .scalar<std::string>();
  EXPECT_EQ(flagged, "nAna");
  EXPECT_EQ(conn.execute(sc::text("SELECT regexp_replace('2026-12-01', '(\\d+)-(\\d+)-(\\d+)', "
                                  "'\\3.\\2.\\1')"))
                .scalar<std::string>(),
            "01.12.2026");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT regexp_replace('abc', 'b', '\\1')")).fetchall(),
                   sc::OperationalError,
                   "regexp_replace(): invalid replacement '\\1' for pattern 'b'");
}

TEST(Regexp, PlainSQLAndNulls) {
  sc::Engine engine = sc::create_engine("sqlite://");
  Users s;
  sc::Connection conn = filled(engine, s);
  EXPECT_EQ(conn.execute(sc::text("SELECT id FROM users WHERE name REGEXP :p ORDER BY id"),
                         {{"p", "^[ab]"}})
                .scalars<std::int64_t>(),
            (std::vector<std::int64_t>{1, 2, 5}));
  auto row =
      conn.execute(sc::text("SELECT NULL REGEXP 'a', 'a' REGEXP NULL, "
                            "regexp_replace(NULL, 'a', 'b'), regexp_replace('a', NULL, 'b'), "
                            "regexp_replace('a', 'a', NULL), 12 REGEXP '^1'"))
          .fetchall();
  ASSERT_EQ(row.size(), 1u);
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(row[0][static_cast<std::size_t>(i)].is_null()) << i;
  EXPECT_EQ(row[0][5], sc::Value(1));  // a number is matched as its text
}

TEST(Regexp, InvalidPatternIsAnErrorNamingIt) {
  sc::Engine engine = sc::create_engine("sqlite://");
  Users s;
  sc::Connection conn = filled(engine, s);
  EXPECT_THROW_MSG(
      conn.execute(sc::select(s.u.c("id")).where(s.u.c("name").regexp_match("(a"))).fetchall(),
      sc::OperationalError, "regexp(): invalid regular expression '(a': missing )");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT regexp_replace('x', '[', 'y')")).fetchall(),
                   sc::OperationalError, "regexp_replace(): invalid regular expression '['");
}

TEST(Regexp, CanBeTurnedOff) {
  sc::Engine engine = sc::create_engine("sqlite://", {.regexp = false});
  sc::Connection conn = engine.connect();
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT 'a' REGEXP 'a'")), sc::OperationalError,
                   "no such function: REGEXP");
  // A user function of the same name takes its place.
  engine.create_function("regexp", [](std::string_view p, std::string_view v) {
    return v.find(p) != std::string_view::npos;
  });
  conn.close();
  conn = engine.connect();
  EXPECT_EQ(conn.execute(sc::text("SELECT 'abc' REGEXP 'b'")).scalar<int>(), 1);
}

TEST(Regexp, PathologicalPatternRunsInLinearTime) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  std::string s(100000, 'a');
  s += 'b';
  // A backtracking engine takes about 2^100000 steps on each of these; RE2 one pass at most
  // ((a+)+$ it rejects from the end; (a+)+c it scans the whole text for).
  for (const char* pattern : {"(a+)+$", "(a+)+c", "^(a|aa)+$"}) {
    auto start = std::chrono::steady_clock::now();
    auto matched = conn.execute(sc::text("SELECT :s REGEXP :p"), {{"s", s}, {"p", pattern}})
                       .scalar<std::int64_t>();
    auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(matched, 0) << pattern;
    std::cout << pattern << " on 100,000 'a's and a 'b': "
              << std::chrono::duration<double, std::milli>(elapsed).count() << " ms\n";
  }
  EXPECT_EQ(conn.execute(sc::text("SELECT :s REGEXP :p"), {{"s", s}, {"p", "(a+)+b$"}})
                .scalar<std::int64_t>(),
            1);
}
