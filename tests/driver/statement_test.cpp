// Tests for the sqlite3 driver's prepared statements (src/driver/sqlite3/connection.cpp) and the
// LRU statement cache (src/driver/statement.cpp).
// SPDX-License-Identifier: MIT
#include "driver/statement.hpp"

#include <sqlite3.h>

#include <memory>

#include <gtest/gtest.h>

#include "driver/driver.hpp"
#include "driver/open_flags.hpp"
#include "sqlcore/errors.hpp"

namespace sc = sqlcore;

namespace {
struct Db {
  Db() {
    sc::detail::OpenParams p;
    p.filename = ":memory:";
    p.flags = sc::detail::open_flag::readwrite | sc::detail::open_flag::create;
    raw = sc::detail::sqlite3_driver().connect(p);
  }
  std::unique_ptr<sc::RawConnection> raw;
};
}  // namespace

TEST(Statement, RecordsBindNamesAndColumns) {
  Db d;
  auto owned = d.raw->prepare("SELECT :a AS x, @b, $c, ?, :a");
  const sc::detail::Statement& st = *owned;
  EXPECT_NE(st.native, nullptr);
  EXPECT_FALSE(st.empty);
  EXPECT_EQ(st.param_names, (std::vector<std::string>{"a", "b", "c", ""}));
  EXPECT_EQ(st.column_names.size(), 5u);
  EXPECT_EQ(st.column_names[0], "x");
}

TEST(Statement, RefusesTwoStatements) {
  Db d;
  EXPECT_THROW(d.raw->prepare("SELECT 1; SELECT 2"), sc::ProgrammingError);
  EXPECT_NO_THROW(d.raw->prepare("SELECT 1; /* c */ -- d\n ;"));
  EXPECT_THROW(d.raw->prepare("SELEC 1"), sc::OperationalError);
  EXPECT_TRUE(d.raw->prepare(" /* only a comment */ ")->empty);
}

TEST(StatementCache, EvictsLeastRecentlyUsed) {
  Db d;
  sc::detail::StatementCache cache(*d.raw, 2);
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
  sc::detail::StatementCache cache(*d.raw, 4);
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
  sc::detail::StatementCache cache(*d.raw, 0);
  cache.release(cache.acquire("SELECT 1"));
  cache.release(cache.acquire("SELECT 1"));
  EXPECT_EQ(cache.size(), 0u);
  EXPECT_EQ(cache.prepare_count(), 2u);
}
