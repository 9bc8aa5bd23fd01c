// Tests for create_engine: options, pool choice, events (src/engine/engine.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

TEST(Engine, DefaultPoolFollowsTheURL) {
  sc::testing::TempDir dir;
  EXPECT_EQ(sc::create_engine("sqlite://").pool().kind(), sc::PoolKind::singleton_thread);
  EXPECT_EQ(sc::create_engine(dir.url("f.db")).pool().kind(), sc::PoolKind::queue);
  EXPECT_EQ(sc::create_engine("sqlite://", {.pool = sc::PoolKind::static_}).pool().kind(),
            sc::PoolKind::static_);
}

TEST(Engine, RefusesPoolsThatCannotWork) {
  EXPECT_THROW_MSG(sc::create_engine("sqlite://", {.pool = sc::PoolKind::null}), sc::ArgumentError,
                   "NullPool cannot serve an in-memory database");
  EXPECT_THROW_MSG(sc::create_engine("sqlite:///:memory:", {.pool = sc::PoolKind::queue}),
                   sc::ArgumentError, "separate empty in-memory database");
  EXPECT_THROW_MSG(sc::create_engine("sqlite://", {.pool = sc::PoolKind::wal}), sc::ArgumentError,
                   "needs a database file");
}

TEST(Engine, RefusesBadOptions) {
  EXPECT_THROW_MSG(sc::create_engine("sqlite://", {.pool_size = 0}), sc::ArgumentError,
                   "pool_size must be at least 1, got 0");
  EXPECT_THROW_MSG(sc::create_engine("sqlite://", {.max_overflow = -2}), sc::ArgumentError,
                   "max_overflow");
  EXPECT_THROW_MSG(sc::create_engine("sqlite://", {.busy_timeout = std::chrono::milliseconds(-1)}),
                   sc::ArgumentError, "busy_timeout must not be negative");
  if (!sc::sqlcipher_available())  // the SQLCipher build takes it (tests/engine/cipher_test.cpp)
    EXPECT_THROW_MSG(sc::create_engine("sqlite+pysqlcipher://:k@/x.db"), sc::ArgumentError,
                     "link sqlcore::sqlcore_sqlcipher");
  EXPECT_THROW_MSG(sc::create_engine("nonsense"), sc::ArgumentError, "malformed URL");
}

TEST(Engine, MemoryDatabaseIsSharedWithinAThread) {
  sc::Engine engine = sc::create_engine("sqlite://");
  {
    sc::Connection c1 = engine.connect();
    c1.execute(sc::text("CREATE TABLE t (x)"));
  }
  sc::Connection c2 = engine.connect();  // SingletonThreadPool: the same database
  EXPECT_EQ(c2.execute(sc::text("SELECT count(*) FROM t")).scalar<std::int64_t>(), 0);
}

TEST(Engine, QueuePoolReusesConnectionsAndReportsStatus) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(
      dir.url("q.db"),
      {.pool_size = 2, .max_overflow = 0, .pool_timeout = std::chrono::milliseconds(50)});
  sqlite3* first;
  {
    sc::Connection c = engine.connect();
    first = c.native_handle();
  }
  sc::Connection a = engine.connect();
  EXPECT_EQ(a.native_handle(), first);
  sc::Connection b = engine.connect();
  EXPECT_NE(engine.pool().status().find("checked out 2"), std::string::npos)
      << engine.pool().status();
  EXPECT_THROW_MSG(engine.connect(), sc::TimeoutError,
                   "QueuePool limit of size 2 overflow 0 reached");
  b.close();
  sc::Connection c = engine.connect();
  EXPECT_FALSE(c.closed());
}

TEST(Engine, CopiesShareOneEngine) {
  sc::Engine a = sc::create_engine("sqlite://", {.pool = sc::PoolKind::static_});
  sc::Engine b = a;
  EXPECT_EQ(&a.pool(), &b.pool());
  EXPECT_EQ(b.url().render(), "sqlite://");
  EXPECT_EQ(b.dialect().name(), "sqlite");
  EXPECT_EQ(b.dialect().supports_returning(), b.dialect().server_version() >= 3035000);
}

TEST(Engine, ConnectionOutlivesItsEngineHandle) {
  sc::Connection conn = [] {
    sc::Engine e = sc::create_engine("sqlite://");
    return e.connect();
  }();
  EXPECT_EQ(conn.execute(sc::text("SELECT 1")).scalar<int>(), 1);
}

TEST(Engine, UriAndMemoryModeURLs) {
  sc::testing::TempDir dir;
  sc::Engine shared = sc::create_engine("sqlite:///file:memdb1?mode=memory&cache=shared&uri=true",
                                        {.pool = sc::PoolKind::queue});
  sc::Connection c1 = shared.connect();
  c1.execute(sc::text("CREATE TABLE t (x)"));
  sc::Connection c2 = shared.connect();  // a second raw connection, the same memory database
  EXPECT_NE(c1.native_handle(), c2.native_handle());
  EXPECT_EQ(c2.execute(sc::text("SELECT count(*) FROM t")).scalar<int>(), 0);
  // A plain path with a URI-only key becomes a file: URI.
  sc::Engine immut = sc::create_engine(dir.url("im.db"));
  {
    sc::Connection c = immut.connect();
    c.execute(sc::text("CREATE TABLE t (x)"));
  }
  sc::Engine ro = sc::create_engine(dir.url("im.db") + "?immutable=1");
  sc::Connection c = ro.connect();
  EXPECT_EQ(c.execute(sc::text("SELECT count(*) FROM t")).scalar<int>(), 0);
}
