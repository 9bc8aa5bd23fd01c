// The driver seam (src/driver/driver.hpp): a second driver plugs in with no change to the
// dialect, the pools or the engine, and everything above runs on it. The test driver
// (buffered_driver.cpp) hands out no native statement, so every value crosses as a Cell.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

#include "driver/buffered_driver.hpp"
#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

struct Item {
  std::int64_t id;
  std::string name;
  std::optional<double> price;
  std::optional<sc::Timestamp> made;
};

class DriverSeam : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    sc::testing::buffered_driver();  // registers "buffered"
    std::string url =
        GetParam() ? "sqlite+buffered:///" + dir_.file("seam.db") : "sqlite+buffered://";
    engine_.emplace(sc::create_engine(url));
    items_ = &meta_.table("items", sc::Column("id", sc::Integer()).primary_key(),
                          sc::Column("name", sc::String(20)).nullable(false).unique(),
                          sc::Column("price", sc::Float()), sc::Column("made", sc::DateTime()));
  }
  sc::testing::TempDir dir_;
  sc::MetaData meta_;
  std::optional<sc::Engine> engine_;
  const sc::Table* items_ = nullptr;
};

}  // namespace

TEST_P(DriverSeam, RunsDDLStatementsAndTypedReads) {
  sc::Connection conn = engine_->connect();
  meta_.create_all(conn);
  long before = sc::testing::buffered_rows_fetched();
  auto made = std::chrono::time_point_cast<std::chrono::microseconds>(
      std::chrono::sys_days{std::chrono::year{2011} / 3 / 15} + std::chrono::hours(12));
  conn.execute(items_->insert(),
               std::vector<Item>{
                   {1, "a", 1.5, made}, {2, "b", std::nullopt, std::nullopt}, {3, "c", 3.0, made}});
  auto rows = conn.execute(sc::select(items_->c("id"), items_->c("name"), items_->c("price"),
                                      items_->c("made"))
                               .order_by(items_->c("id")))
                  .all<Item>();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].name, "a");
  EXPECT_EQ(rows[0].price, 1.5);
  EXPECT_EQ(rows[0].made, made);
  EXPECT_EQ(rows[1].price, std::nullopt);
  sc::Result r = conn.execute(sc::text("SELECT x'00ff' AS b, 7 AS i, 'x' AS t, NULL AS n"));
  sc::Row row = *r.begin();
  EXPECT_EQ(row.get<sc::Blob>("b").size(), 2u);
  EXPECT_EQ(row.get<std::int64_t>("i"), 7);
  EXPECT_EQ(row.get<std::optional<std::string>>("n"), std::nullopt);
  EXPECT_GT(sc::testing::buffered_rows_fetched(), before + 3);  // the rows came as cells
  auto upd = conn.execute(sc::update(*items_).where(items_->c("id") > 1).values({{"price", 9.0}}));
  EXPECT_EQ(upd.rowcount(), 2);
  auto ins = conn.execute(sc::insert(*items_).values({{"name", "d"}}));
  EXPECT_EQ(ins.lastrowid(), 4);
}

TEST_P(DriverSeam, OwnsTransactionsAndSavepoints) {
  sc::Connection conn = engine_->connect();
  meta_.create_all(conn);
  {
    sc::Transaction tx = conn.begin();
    conn.execute(sc::insert(*items_).values({{"name", "kept"}}));
    {
      sc::Transaction sp = conn.begin_nested();
      conn.execute(sc::insert(*items_).values({{"name", "undone"}}));
      sp.rollback();
    }
    tx.commit();
  }
  {
    sc::Transaction tx = conn.begin();
    conn.execute(sc::insert(*items_).values({{"name", "rolled back"}}));
  }
  EXPECT_EQ(*conn.execute(sc::text("SELECT count(*) FROM items")).scalar<std::int64_t>(), 1);
}

TEST_P(DriverSeam, MapsErrorsAndReflects) {
  sc::Connection conn = engine_->connect();
  meta_.create_all(conn);
  conn.execute(sc::insert(*items_).values({{"name", "a"}}));
  EXPECT_THROW(conn.execute(sc::insert(*items_).values({{"name", "a"}})), sc::IntegrityError);
  EXPECT_THROW(conn.execute(sc::text("SELEC 1")), sc::OperationalError);
  sc::Inspector insp(conn);
  EXPECT_EQ(insp.get_table_names(), std::vector<std::string>{"items"});
  EXPECT_EQ(insp.get_columns("items").size(), 4u);
  sc::MetaData copy;
  copy.reflect(conn);
  EXPECT_EQ(sc::CreateTable(copy.tables().front()->name() == "items" ? *copy.tables().front()
                                                                     : *copy.tables().back())
                .compile(sc::sqlite_dialect()),
            sc::CreateTable(*items_).compile(sc::sqlite_dialect()));
}

TEST_P(DriverSeam, RefusesWhatTheDriverCannotDo) {
  sc::Connection conn = engine_->connect();
  EXPECT_THROW_MSG(conn.native_handle(), sc::NotSupportedError, "buffered driver has no sqlite3");
  sc::Engine other = sc::create_engine("sqlite://");
  sc::Connection dst = other.connect();
  EXPECT_THROW_MSG(sc::backup(conn, dst), sc::NotSupportedError, "no online backup API");
  // An empty statement runs on every driver.
  EXPECT_EQ(conn.execute(sc::text("  /* nothing */ ")).rowcount(), -1);
}

INSTANTIATE_TEST_SUITE_P(FileAndMemory, DriverSeam, ::testing::Bool(),
                         [](const auto& info) { return info.param ? "File" : "Memory"; });

TEST(DriverRegistry, UnknownAndTakenNamesAreRefused) {
  EXPECT_THROW_MSG(sc::create_engine("sqlite+nosuch://"), sc::ArgumentError,
                   "unknown sqlite driver 'nosuch'");
  sc::testing::buffered_driver();
  EXPECT_THROW_MSG(sc::detail::register_driver("buffered", sc::testing::buffered_driver()),
                   sc::ArgumentError, "exists already");
  EXPECT_THROW(sc::detail::register_driver("pysqlite", sc::testing::buffered_driver()),
               sc::ArgumentError);
}

TEST_P(DriverSeam, EmptyTextsAndExecuteManyRunThroughTheBufferedPath) {
  sc::Connection conn = engine_->connect();
  for (const char* sql : {"", " ", ";", "-- c", "/* c */"}) {
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(conn.execute(sc::text(sql)).fetchall().empty()) << sql;
    EXPECT_NO_THROW(conn.exec_driver_sql(sql)) << sql;
    EXPECT_NO_THROW(conn.execute_many(sc::text(sql), {{}, {}})) << sql;
  }
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  EXPECT_EQ(
      conn.execute_many(sc::text("INSERT INTO t VALUES (:x)"), {{{"x", 1}}, {{"x", 2}}}).rowcount(),
      2);
  EXPECT_EQ(conn.execute(sc::text("SELECT sum(x) FROM t")).scalar<std::int64_t>(), 3);
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT 1; DROP TABLE t")), sc::ProgrammingError,
                   "one statement at a time");
}

TEST_P(DriverSeam, ATransactionSQLiteRolledBackIsRefusedUntilRolledBack) {
  if (!GetParam()) GTEST_SKIP() << "max_page_count needs a file";
  sc::Connection conn = engine_->connect();
  conn.execute(sc::text("CREATE TABLE t (x INTEGER)"));
  conn.execute(sc::text("CREATE TABLE big (b BLOB)"));
  conn.execute(sc::text("PRAGMA max_page_count = 5")).fetchall();
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO t VALUES (1)"));
  EXPECT_THROW_MSG(conn.execute(sc::text("INSERT INTO big VALUES (randomblob(100000))")),
                   sc::OperationalError, "full");
  EXPECT_THROW_MSG(conn.execute(sc::text("INSERT INTO t VALUES (2)")), sc::InvalidRequestError,
                   "rolled back by SQLite itself");
  tx.rollback();
  EXPECT_EQ(conn.execute(sc::text("SELECT count(*) FROM t")).scalar<std::int64_t>(), 0);
}

namespace {
const char* const kLongCount =
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) "
    "SELECT count(*) FROM c";
}  // namespace

TEST_P(DriverSeam, InterruptAndStatementTimeoutWorkThroughTheSeam) {
  using namespace std::chrono_literals;
  sc::Connection conn = engine_->connect();
  std::atomic<bool> done{false};
  std::thread interrupter([&] {
    while (!done.load()) {
      std::this_thread::sleep_for(100ms);
      conn.interrupt();  // RawConnection::interrupt of the buffered driver
    }
  });
  EXPECT_THROW_MSG(conn.execute(sc::text(kLongCount)).fetchall(), sc::OperationalError,
                   "interrupted");
  done = true;
  interrupter.join();
  EXPECT_EQ(*conn.execute(sc::text("SELECT 2")).scalar<std::int64_t>(), 2);

  std::string url =
      GetParam() ? "sqlite+buffered:///" + dir_.file("limit.db") : "sqlite+buffered://";
  sc::Engine limited = sc::create_engine(url, sc::EngineOptions{.statement_timeout = 50ms});
  sc::Connection c2 = limited.connect();
  EXPECT_THROW_MSG(c2.execute(sc::text(kLongCount)).fetchall(), sc::OperationalError,
                   "timed out: it ran longer than the statement_timeout of 50 ms");
  EXPECT_EQ(*c2.execute(sc::text("SELECT 3")).scalar<std::int64_t>(), 3);
  EXPECT_GT(sc::testing::buffered_rows_fetched(), 0);
}
