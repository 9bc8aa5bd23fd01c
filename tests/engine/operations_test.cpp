// Operating an engine (docs/operations.md): on_execute events, echo, Connection::interrupt()
// and EngineOptions::statement_timeout (src/engine/tracing.cpp, connection.cpp, result.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <regex>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
using namespace std::chrono_literals;

namespace {

// An event as the test keeps it (the event's views are valid during the call only).
struct Seen {
  std::string sql;
  std::vector<sc::Value> params;
  std::chrono::nanoseconds elapsed;
  std::int64_t rows;
  std::optional<std::string> error;
  std::size_t sets;
};

struct Recorder {
  std::mutex mutex;
  std::vector<Seen> events;
  void attach(sc::Engine& engine) {
    engine.on_execute([this](const sc::ExecuteEvent& e) {
      std::lock_guard lock(mutex);
      events.push_back({std::string(e.sql),
                        std::vector<sc::Value>(e.params.begin(), e.params.end()), e.elapsed, e.rows,
                        e.error, e.parameter_sets});
    });
  }
  std::vector<std::string> sqls() {
    std::lock_guard lock(mutex);
    std::vector<std::string> out;
    for (const auto& e : events) out.push_back(e.sql);
    return out;
  }
};

// A query that runs for a long time (tens of seconds): a recursive CTE counting to 2e9.
const char* const kLongQuery =
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000000) "
    "SELECT count(*) FROM c";

sc::MetaData two_tables(const sc::Table*& parent) {
  sc::MetaData meta;
  parent = &meta.table("parent", sc::Column("id", sc::Integer()).primary_key(),
                       sc::Column("name", sc::String(20)).index());
  meta.table("child", sc::Column("id", sc::Integer()).primary_key(),
             sc::Column("parent_id", sc::Integer()).foreign_key("parent.id"));
  return meta;
}

}  // namespace

TEST(OnExecute, SeesEveryStatementOfCreateAll) {
  sc::Engine engine = sc::create_engine("sqlite://");
  Recorder rec;
  rec.attach(engine);
  const sc::Table* parent = nullptr;
  sc::MetaData meta = two_tables(parent);
  sc::Connection conn = engine.connect();
  meta.create_all(conn);
  std::vector<std::string> sqls = rec.sqls();
  // checkfirst: the one lookup of existing tables, views and triggers comes first.
  ASSERT_EQ(sqls.size(), 6u) << ::testing::PrintToString(sqls);
  EXPECT_EQ(sqls[0], "BEGIN");
  EXPECT_EQ(sqls[1],
            "SELECT type, lower(name) FROM sqlite_master "
            "WHERE type IN ('table', 'view', 'trigger')");
  EXPECT_EQ(sqls[2],
            "CREATE TABLE parent (\n\tid INTEGER NOT NULL,\n\tname VARCHAR(20),\n\t"
            "PRIMARY KEY (id)\n)");
  EXPECT_EQ(sqls[3], "CREATE INDEX ix_parent_name ON parent (name)");
  EXPECT_NE(sqls[4].find("CREATE TABLE child"), std::string::npos) << sqls[4];
  EXPECT_EQ(sqls[5], "COMMIT");
  for (const Seen& e : rec.events) {
    EXPECT_FALSE(e.error) << e.sql;
    EXPECT_TRUE(e.params.empty());
  }
  for (std::size_t i : {0, 2, 3, 4, 5})  // DDL changes no rows (not the last DML's count)
    EXPECT_EQ(rec.events[i].rows, 0) << rec.events[i].sql;
  // create_all(engine, checkfirst=false): the DDL only, in its own transaction.
  sc::Engine other = sc::create_engine("sqlite://");
  Recorder rec2;
  rec2.attach(other);
  meta.create_all(other, /*checkfirst=*/false);
  EXPECT_EQ(rec2.sqls().size(), 5u) << ::testing::PrintToString(rec2.sqls());
  // drop_all: every statement too, the PRAGMA it needs included.
  sc::Connection c2 = other.connect();
  rec2.events.clear();
  meta.drop_all(c2);
  EXPECT_EQ(rec2.sqls(),
            (std::vector<std::string>{"BEGIN",
                                      "SELECT type, lower(name) FROM sqlite_master "
                                      "WHERE type IN ('table', 'view', 'trigger')",
                                      "PRAGMA defer_foreign_keys = ON", "DROP TABLE child",
                                      "DROP TABLE parent", "COMMIT"}));
}

TEST(OnExecute, ReportsParamsRowsAndElapsedOfEachStatement) {
  sc::Engine engine = sc::create_engine("sqlite://");
  Recorder rec;
  sc::Connection conn = engine.connect();
  conn.exec_driver_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
  rec.attach(engine);
  conn.execute(sc::text("INSERT INTO t (name) VALUES (:a), (:b)"), {{"a", "x"}, {"b", 7}});
  {
    sc::Result r = conn.execute(sc::text("SELECT id FROM t WHERE id > :n"), {{"n", 0}});
    EXPECT_EQ(rec.events.size(), 1u) << "a SELECT reports when it finishes";
    EXPECT_EQ(r.fetchall().size(), 2u);
  }
  {
    sc::Result r = conn.execute(sc::text("SELECT id FROM t"));
    r.close();  // closed after its first row
  }
  ASSERT_EQ(rec.events.size(), 3u);
  EXPECT_EQ(rec.events[0].sql, "INSERT INTO t (name) VALUES (:a), (:b)");
  EXPECT_EQ(rec.events[0].params, (std::vector<sc::Value>{"x", 7}));
  EXPECT_EQ(rec.events[0].rows, 2);
  EXPECT_GT(rec.events[0].elapsed.count(), 0);
  EXPECT_EQ(rec.events[1].sql, "SELECT id FROM t WHERE id > :n");
  EXPECT_EQ(rec.events[1].params, (std::vector<sc::Value>{0}));
  EXPECT_EQ(rec.events[1].rows, 2);
  EXPECT_EQ(rec.events[2].rows, 1);
}

TEST(OnExecute, OneEventPerExecutemanyBatchWithItsRowCount) {
  sc::Engine engine = sc::create_engine("sqlite://");
  const sc::Table* parent = nullptr;
  sc::MetaData meta = two_tables(parent);
  sc::Connection conn = engine.connect();
  meta.create_all(conn);
  Recorder rec;
  rec.attach(engine);
  std::vector<sc::Params> sets;
  for (int i = 0; i < 25; ++i) sets.push_back({{"n", "name" + std::to_string(i)}});
  sc::Result r = conn.execute_many(sc::text("INSERT INTO parent (name) VALUES (:n)"), sets);
  EXPECT_EQ(r.rowcount(), 25);
  std::vector<sc::Params> rows;
  for (int i = 0; i < 2500; ++i) rows.push_back({{"id", i + 100}, {"name", "r"}});
  conn.execute_many(sc::insert(*parent), rows);  // three multi-row INSERT pages, one batch
  ASSERT_EQ(rec.events.size(), 2u) << ::testing::PrintToString(rec.sqls());
  EXPECT_EQ(rec.events[0].sql, "INSERT INTO parent (name) VALUES (:n)");
  EXPECT_EQ(rec.events[0].rows, 25);
  EXPECT_EQ(rec.events[0].sets, 25u);
  ASSERT_EQ(rec.events[0].params.size(), 25u);
  EXPECT_EQ(rec.events[0].params[24], sc::Value("name24"));
  EXPECT_EQ(rec.events[1].sql, "INSERT INTO parent (id, name) VALUES (?, ?)");
  EXPECT_EQ(rec.events[1].rows, 2500);
  EXPECT_EQ(rec.events[1].sets, 2500u);
  EXPECT_EQ(rec.events[1].params.size(), 5000u);
  EXPECT_FALSE(rec.events[1].error);
}

TEST(OnExecute, FailedStatementsCarryTheError) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.exec_driver_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER NOT NULL)");
  Recorder rec;
  rec.attach(engine);
  EXPECT_THROW(conn.execute(sc::text("INSERT INTO t (x) VALUES (:x)"), {{"x", nullptr}}),
               sc::IntegrityError);
  // A failing batch: one event for it, with the error.
  EXPECT_THROW(
      conn.execute_many(sc::text("INSERT INTO t (x) VALUES (:x)"), {{{"x", 1}}, {{"x", nullptr}}}),
      sc::IntegrityError);
  ASSERT_EQ(rec.events.size(), 2u);
  ASSERT_TRUE(rec.events[0].error);
  EXPECT_NE(rec.events[0].error->find("NOT NULL constraint failed: t.x"), std::string::npos)
      << *rec.events[0].error;
  EXPECT_EQ(rec.events[0].params, (std::vector<sc::Value>{nullptr}));
  ASSERT_TRUE(rec.events[1].error);
  EXPECT_NE(rec.events[1].error->find("NOT NULL"), std::string::npos);
  EXPECT_EQ(rec.events[1].sets, 2u);
  // A listener's exception never changes what the statement did.
  engine.on_execute([](const sc::ExecuteEvent&) { throw std::runtime_error("listener"); });
  EXPECT_EQ(*conn.execute(sc::text("SELECT count(*) FROM t")).scalar<std::int64_t>(), 0);
}

TEST(OnExecute, NeverSeesKeyStatements) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  Recorder rec;
  rec.attach(engine);
  // Plain SQLite ignores these pragmas; SQLCipher would take the passphrase from them.
  conn.exec_driver_sql("PRAGMA key = 'secret passphrase'");
  conn.exec_driver_sql("  pragma main.\"rekey\" = 'secret passphrase'");
  conn.exec_driver_sql("SELECT 1");
  EXPECT_EQ(rec.sqls(), (std::vector<std::string>{"SELECT 1"}));
}

TEST(Echo, WritesOneLinePerStatementWithSqlThenParams) {
  std::ostringstream out;
  sc::Engine engine =
      sc::create_engine("sqlite://", sc::EngineOptions{.echo = true, .echo_stream = &out});
  sc::Connection conn = engine.connect();
  conn.exec_driver_sql("CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  name TEXT\n)");
  conn.execute(sc::text("INSERT INTO t (name) VALUES (:n)"), {{"n", "it's"}});
  conn.execute(sc::text("INSERT INTO t (name) VALUES (:n)"), {{"n", std::string(1000, 'a')}});
  std::vector<sc::Params> sets;
  for (int i = 0; i < 12; ++i) sets.push_back({{"n", i}});
  conn.execute_many(sc::text("INSERT INTO t (name) VALUES (:n)"), sets);
  conn.exec_driver_sql("PRAGMA key = 'hunter2'");
  EXPECT_THROW(conn.exec_driver_sql("SELECT * FROM missing"), sc::OperationalError);

  std::vector<std::string> lines;
  std::istringstream in(out.str());
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 5u) << out.str();
  auto matches = [](const std::string& line, const std::string& pattern) {
    return std::regex_search(line, std::regex(pattern));
  };
  EXPECT_TRUE(matches(lines[0],
                      R"(^sqlcore\.engine CREATE TABLE t \( id INTEGER PRIMARY KEY, name TEXT \) )"
                      R"(\[[0-9.]+s, 0 rows\] \(\)$)"))
      << lines[0];
  EXPECT_TRUE(matches(lines[1], R"(^sqlcore\.engine INSERT INTO t \(name\) VALUES \(:n\) )"
                                R"(\[[0-9.]+s, 1 row\] \("it's",\)$)"))
      << lines[1];
  // SQLAlchemy's truncation: the first and last 150 characters of a long value's repr.
  EXPECT_NE(lines[2].find("'" + std::string(149, 'a') + " ... (702 characters truncated) ... " +
                          std::string(149, 'a') + "'"),
            std::string::npos)
      << lines[2];
  EXPECT_NE(lines[3].find(" 12 rows] [(0,), (1,), (2,), (3,), (4,), (5,), (6,), (7,) ... "
                          "displaying 10 of 12 total bound parameter sets ... (10,), (11,)]"),
            std::string::npos)
      << lines[3];
  EXPECT_TRUE(matches(lines[4], R"(^sqlcore\.engine SELECT \* FROM missing \[failed after )"
                                R"([0-9.]+s: .*no such table: missing.*\] \(\)$)"))
      << lines[4];
  EXPECT_EQ(out.str().find("hunter2"), std::string::npos);
}

TEST(Echo, GoesToStderrByDefault) {
  ::testing::internal::CaptureStderr();
  {
    sc::Engine engine = sc::create_engine("sqlite://", sc::EngineOptions{.echo = true});
    sc::Connection conn = engine.connect();
    conn.execute(sc::text("SELECT :x"), {{"x", 42}}).fetchall();
  }
  std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_TRUE(std::regex_search(err, std::regex(R"(^sqlcore\.engine SELECT :x \[[0-9.]+s, 1 row\] )"
                                                R"(\(42,\)\n$)")))
      << err;
}

TEST(Interrupt, StopsALongQueryFromAnotherThreadAndTheConnectionGoesOn) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  std::atomic<bool> done{false};
  std::atomic<std::int64_t> first_interrupt_ns{0};
  std::thread interrupter([&] {
    std::this_thread::sleep_for(300ms);
    // Again every 200 ms in case the first came before the query started (then SQLite
    // ignores it): the latency is measured from the first.
    while (!done.load()) {
      auto now = std::chrono::steady_clock::now().time_since_epoch();
      std::int64_t expected = 0;
      first_interrupt_ns.compare_exchange_strong(
          expected, std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
      conn.interrupt();
      std::this_thread::sleep_for(200ms);
    }
  });
  auto started = std::chrono::steady_clock::now();
  try {
    conn.execute(sc::text(kLongQuery)).fetchall();
    ADD_FAILURE() << "the query was not interrupted";
  } catch (const sc::OperationalError& e) {
    EXPECT_NE(std::string(e.what()).find("interrupted"), std::string::npos) << e.what();
  }
  auto ended = std::chrono::steady_clock::now();
  done = true;
  interrupter.join();
  auto latency = ended.time_since_epoch() - std::chrono::nanoseconds(first_interrupt_ns.load());
  std::printf("interrupt latency: %.3f ms (query ran %.3f ms)\n",
              std::chrono::duration<double, std::milli>(latency).count(),
              std::chrono::duration<double, std::milli>(ended - started).count());
  EXPECT_LT(latency, 2s);
  EXPECT_EQ(*conn.execute(sc::text("SELECT 41 + 1")).scalar<std::int64_t>(), 42);
}

TEST(Interrupt, AClosedConnectionNeverInterruptsTheNextUser) {
  // StaticPool: one raw connection, lent to `next` after `old` is closed.
  sc::Engine engine =
      sc::create_engine("sqlite://", sc::EngineOptions{.pool = sc::PoolKind::static_});
  sc::Connection old = engine.connect();
  old.close();
  old.interrupt();  // closed: nothing
  sc::Connection next = engine.connect();
  std::atomic<bool> done{false};
  std::thread stray([&] {
    while (!done.load()) {
      old.interrupt();
      std::this_thread::yield();
    }
  });
  const char* query =
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) "
      "SELECT count(*) FROM c";
  std::int64_t n = 0;
  EXPECT_NO_THROW(n = *next.execute(sc::text(query)).scalar<std::int64_t>());
  done = true;
  stray.join();
  EXPECT_EQ(n, 300000);
  sc::Connection moved_from = std::move(next);
  next.interrupt();  // moved-from: nothing
  EXPECT_EQ(*moved_from.execute(sc::text("SELECT 1")).scalar<std::int64_t>(), 1);
}

TEST(StatementTimeout, FailsALongQueryNamingTheLimit) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(
      dir.url("t.db"), sc::EngineOptions{.statement_timeout = std::chrono::milliseconds(100)});
  sc::Connection conn = engine.connect();
  Recorder rec;
  rec.attach(engine);
  auto started = std::chrono::steady_clock::now();
  try {
    conn.execute(sc::text(kLongQuery)).fetchall();
    ADD_FAILURE() << "no timeout";
  } catch (const sc::OperationalError& e) {
    std::string what = e.what();
    EXPECT_NE(what.find("timed out"), std::string::npos) << what;
    EXPECT_NE(what.find("100 ms"), std::string::npos) << what;
  }
  EXPECT_LT(std::chrono::steady_clock::now() - started, 2s);
  ASSERT_EQ(rec.events.size(), 1u);
  ASSERT_TRUE(rec.events[0].error);
  EXPECT_NE(rec.events[0].error->find("timed out"), std::string::npos);
  // The connection goes on, and a short statement is not affected by the limit.
  conn.exec_driver_sql("CREATE TABLE t (x INTEGER)");
  EXPECT_EQ(conn.execute(sc::text("INSERT INTO t VALUES (1)")).rowcount(), 1);
  // Inside a transaction too: the transaction stays usable after a timeout of a read.
  sc::Transaction tx = conn.begin();
  conn.execute(sc::text("INSERT INTO t VALUES (2)"));
  EXPECT_THROW(conn.execute(sc::text(kLongQuery)).fetchall(), sc::OperationalError);
  EXPECT_TRUE(tx.is_active());
  tx.commit();
  EXPECT_EQ(*conn.execute(sc::text("SELECT count(*) FROM t")).scalar<std::int64_t>(), 2);
}

TEST(StatementTimeout, NegativeIsRefused) {
  EXPECT_THROW_MSG(sc::create_engine("sqlite://", sc::EngineOptions{.statement_timeout = -1ms}),
                   sc::ArgumentError, "statement_timeout must not be negative");
}
