// Tests for user-defined types, variants and compiles<> overrides (src/types/compiles.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {
struct SLBigInteger {};
struct Upper {};
struct Unregistered {};
}  // namespace

TEST(UserType, BigIntegerKeyRecipesRenderInteger) {
  const sc::Dialect& d = sc::sqlite_dialect();
  // Recipe 1 (SQLAlchemy's sqlite docs): with_variant.
  EXPECT_EQ(sc::BigInteger().with_variant(sc::Integer(), "sqlite").compile(d), "INTEGER");
  // Recipe 2: a type of its own with a compiles override for sqlite.
  sc::compiles<SLBigInteger>(
      "sqlite", [](const sc::Type&, const sc::Dialect&) { return std::string("INTEGER"); });
  sc::Type t = sc::user_type<SLBigInteger>(sc::BigInteger());
  EXPECT_TRUE(t.is_user_type());
  EXPECT_EQ(t.compile(d), "INTEGER");
  EXPECT_EQ(t.impl_type().compile(d), "BIGINT");
  // Without an override a user type renders as its implementation.
  EXPECT_EQ(sc::user_type<Unregistered>(sc::String(20)).compile(d), "VARCHAR(20)");
  // The dialect's own rendering stays reachable from an override.
  EXPECT_EQ(d.compile_type(sc::NUMERIC(5, 1)), "NUMERIC(5, 1)");
}

TEST(UserType, OverrideOfABuiltInTypeByName) {
  const sc::Dialect& d = sc::sqlite_dialect();
  sc::compiles("CLOB", "sqlite", [](const sc::Type& t, const sc::Dialect& dialect) {
    return dialect.compile_type(t) + " COLLATE NOCASE";
  });
  EXPECT_EQ(sc::CLOB().compile(d), "CLOB COLLATE NOCASE");
  EXPECT_EQ(sc::TEXT().compile(d), "TEXT");
}

TEST(UserType, ConversionsWrapTheImplementationType) {
  // SQLAlchemy's TypeDecorator: upper-case on the way in, tagged on the way out.
  sc::Type upper = sc::user_type<Upper>(
      sc::String(30), {.bind = [](const sc::Value& v) -> sc::Value {
                         std::string s = *v.get_if<std::string>();
                         for (char& ch : s)
                           ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
                         return s;
                       },
                       .result = [](const sc::Value& v) -> sc::Value {
                         return "<" + *v.get_if<std::string>() + ">";
                       }});
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("u.db"));
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE t (s " + upper.compile(sc::sqlite_dialect()) + ")"));
  conn.execute(sc::text("INSERT INTO t (s) VALUES (:s)"), {{"s", "ada"}}, {{"s", upper}});
  EXPECT_EQ(conn.execute(sc::text("SELECT s FROM t")).scalar<std::string>(), "ADA");
  auto r = conn.execute(sc::text("SELECT s FROM t"), {}, {{"s", upper}});
  for (const auto& row : r) {
    EXPECT_EQ(row.get<std::string>(0), "<ADA>");
    EXPECT_EQ(row.get<sc::Value>(0), sc::Value("<ADA>"));
    EXPECT_THROW(row.get<std::string_view>(0), sc::ArgumentError);
  }
}
