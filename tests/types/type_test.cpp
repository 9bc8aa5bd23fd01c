// Tests for Type values: DDL names, affinity, bind conversions (src/types/type.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/expect.hpp"

namespace sc = sqlcore;

TEST(Type, AffinityFollowsSQLitesRulesInOrder) {
  struct Case {
    const char* name;
    sc::Affinity affinity;
  };
  const Case cases[] = {
      {"INTEGER", sc::Affinity::integer},   {"XYZINTQPR", sc::Affinity::integer},
      {"CHARINT", sc::Affinity::integer},   {"BIGINT", sc::Affinity::integer},
      {"VARCHAR(30)", sc::Affinity::text},  {"NCHAR", sc::Affinity::text},
      {"CLOB", sc::Affinity::text},         {"text", sc::Affinity::text},
      {"BLOB", sc::Affinity::blob},         {"", sc::Affinity::blob},
      {"REAL", sc::Affinity::real},         {"FLOAT", sc::Affinity::real},
      {"DOUBLE PRECISION", sc::Affinity::real}, {"NUMERIC", sc::Affinity::numeric},
      {"DATETIME", sc::Affinity::numeric},  {"BOOLEAN", sc::Affinity::numeric},
      {"FLOATING POINT", sc::Affinity::integer},  // "INT" in POINT wins (SQLite's own example)
      {"STRING", sc::Affinity::numeric},
  };
  for (const auto& c : cases) EXPECT_EQ(sc::affinity_of(c.name), c.affinity) << c.name;
}

TEST(Type, CompilesAsSQLAlchemyOnSQLite) {
  const sc::Dialect& d = sc::sqlite_dialect();
  EXPECT_EQ(sc::String(50).compile(d), "VARCHAR(50)");
  EXPECT_EQ(sc::String().compile(d), "VARCHAR");
  EXPECT_EQ(sc::Numeric(10, 2).compile(d), "NUMERIC(10, 2)");
  EXPECT_EQ(sc::Boolean().compile(d), "BOOLEAN");
  EXPECT_EQ(sc::LargeBinary().compile(d), "BLOB");
  EXPECT_EQ(sc::Enum({"a", "bbb"}).compile(d), "VARCHAR(3)");
  EXPECT_EQ(sc::BigInteger().compile(d), "BIGINT");
  EXPECT_EQ(sc::BigInteger().with_variant(sc::Integer(), "sqlite").compile(d), "INTEGER");
  EXPECT_EQ(sc::DateTime().compile(d), "DATETIME");
  EXPECT_THROW(sc::NullType().compile(d), sc::CompileError);
}

TEST(Type, BindChecksTheCppType) {
  EXPECT_EQ(sc::Integer().bind(sc::Value(true)), sc::Value(1));
  EXPECT_EQ(sc::Boolean().bind(sc::Value(false)), sc::Value(0));
  EXPECT_THROW_MSG(sc::Integer().bind(sc::Value("x"), "id"), sc::ValueError,
                   "parameter 'id': text 'x' is not valid for a INTEGER column");
  EXPECT_THROW_MSG(sc::Enum({"a", "b"}).bind(sc::Value("c"), "e"), sc::ValueError,
                   "'c' is not one of the Enum values (a, b)");
  EXPECT_THROW_MSG(sc::Boolean().bind(sc::Value(2), "f"), sc::ValueError, "not a boolean");
  EXPECT_EQ(sc::Numeric(10, 2).bind(sc::Value(sc::Decimal("12.50"))), sc::Value("12.50"));
  EXPECT_TRUE(sc::Text().bind(sc::Value()).is_null());
}
