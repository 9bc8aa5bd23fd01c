// Tests for prepared statements and the LRU statement cache (src/driver/statement.cpp).
// SPDX-License-Identifier: MIT
#include "driver/statement.hpp"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include "sqlcore/errors.hpp"

namespace sc = sqlcore;

namespace {
struct Db {
  Db() { sqlite3_open(":memory:", &db); }
  ~Db() { sqlite3_close(db); }
  sqlite3* db = nullptr;
};
}  // namespace

TEST(Statement, RecordsBindNamesAndColumns) {
  Db d;
  sc::detail::Statement st(d.db, "SELECT :a AS x, @b, $c, ?, :a");
  EXPECT_EQ(st.param_names, (std::vector<std::string>{"a", "b", "c", ""}));
  EXPECT_EQ(st.column_names.size(), 5u);
  EXPECT_EQ(st.column_names[0], "x");
}

TEST(Statement, RefusesTwoStatements) {
  Db d;
  EXPECT_THROW(sc::detail::Statement(d.db, "SELECT 1; SELECT 2"), sc::ProgrammingError);
  EXPECT_NO_THROW(sc::detail::Statement(d.db, "SELECT 1; /* c */ -- d\n ;"));
  EXPECT_THROW(sc::detail::Statement(d.db, "SELEC 1"), sc::OperationalError);
}

TEST(StatementCache, EvictsLeastRecentlyUsed) {
  Db d;
  sc::detail::StatementCache cache(d.db, 2);
  auto use = [&](const char* sql) { cache.release(cache.acquire(sql)); };
  use("SELECT 1");
  use("SELECT 2");
  use("SELECT 1");  // hit: SELECT 2 is now the oldest
  use("SELECT 3");  // evicts SELECT 2
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.prepare_count(), 3u);
  use("SELECT 1");  // still cached
  EXPECT_EQ(cache.prepare_count(), 3u);
  use("SELECT 2");  // prepared again
  EXPECT_EQ(cache.prepare_count(), 4u);
}

TEST(StatementCache, BusyStatementIsNotHandedOutTwice) {
  Db d;
  sc::detail::StatementCache cache(d.db, 4);
  auto* a = cache.acquire("SELECT 1");
  auto* b = cache.acquire("SELECT 1");
  EXPECT_NE(a, b);
  EXPECT_FALSE(b->cached);
  cache.release(b);
  cache.release(a);
  EXPECT_EQ(cache.acquire("SELECT 1"), a);
  cache.release(a);
}

TEST(StatementCache, ZeroCapacityDisablesCaching) {
  Db d;
  sc::detail::StatementCache cache(d.db, 0);
  cache.release(cache.acquire("SELECT 1"));
  cache.release(cache.acquire("SELECT 1"));
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.prepare_count(), 2u);
}
