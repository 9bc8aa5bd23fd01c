// C++ SQL functions, aggregates, window aggregates and collations (Engine::create_function and
// kin: include/sqlcore/functions.hpp, src/driver/sqlite3/functions.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

// A value read from fetchall() as T (NULL as a default T).
template <class T>
T as(const sc::Value& v) {
  if constexpr (std::is_same_v<T, sc::Value>) {
    return v;
  } else {
    if (const T* p = v.get_if<T>()) return *p;
    if constexpr (std::is_same_v<T, double>)
      if (const auto* i = v.get_if<std::int64_t>()) return static_cast<double>(*i);
    ADD_FAILURE() << "unexpected " << v.describe();
    return T();
  }
}

bool has_sqlite(int version) { return sc::sqlite_dialect().server_version() >= version; }

struct Fixture {
  sc::MetaData m;
  const sc::Table& t = m.table("t", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("name", sc::String()), sc::Column("score", sc::Float()));
};

void fill(sc::Connection& conn, const Fixture& f) {
  f.m.create_all(conn);
  conn.raw().exec(
      "INSERT INTO t VALUES (1, 'ada', 3.0), (2, 'bob', 1.5), (3, 'cy', NULL), (4, 'dee', 7.0)");
}

struct Median {
  std::vector<double> v;
  void step(double x) { v.push_back(x); }
  double finish() { return v.empty() ? 0 : v[v.size() / 2]; }
};

std::atomic<int> g_live_counters{0};

// Counts its live instances; step throws on a negative value.
struct Counted {
  Counted() { ++g_live_counters; }
  ~Counted() { --g_live_counters; }
  Counted(const Counted&) = delete;
  Counted& operator=(const Counted&) = delete;
  std::int64_t n = 0;
  void step(std::int64_t x) {
    if (x < 0) throw std::runtime_error("negative input " + std::to_string(x));
    n += x;
  }
  std::int64_t finish() const { return n; }
};

// A window aggregate: a running sum with inverse().
struct WindowSum {
  std::int64_t sum = 0;
  void step(std::int64_t x) { sum += x; }
  void inverse(std::int64_t x) { sum -= x; }
  std::int64_t value() const { return sum; }
  std::int64_t finish() const { return sum; }
};

struct Concat {
  std::string s;
  void step(std::optional<std::string_view> x) {
    if (x) s += *x;
  }
  std::optional<std::string> finish() {
    if (s.empty()) return std::nullopt;
    return s;
  }
};

}  // namespace

TEST(Functions, ScalarFromSelectTextAndWhere) {
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_function("addi", [](std::int64_t x, std::int64_t y) { return x + y; });
  engine.create_function(
      "slug", [](std::string_view s) -> std::string { return std::string(s) + "-slug"; },
      sc::FunctionOptions{.deterministic = true});
  Fixture f;
  sc::Connection conn = engine.connect();
  fill(conn, f);
  auto rows = conn.execute(sc::select(sc::func::call("addi", f.t.c("id"), 10),
                                      sc::func::call("slug", f.t.c("name")))
                               .where(sc::func::call("addi", f.t.c("id"), 1) > 3)
                               .order_by(f.t.c("id")))
                  .fetchall();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(as<std::int64_t>(rows[0][0]), 13);
  EXPECT_EQ(as<std::string>(rows[0][1]), "cy-slug");
  EXPECT_EQ(as<std::int64_t>(rows[1][0]), 14);
  EXPECT_EQ(
      conn.execute(sc::text("SELECT addi(:a, :b)"), {{"a", 2}, {"b", 40}}).scalar<std::int64_t>(),
      42);
  // A deterministic function may appear in an index expression.
  conn.raw().exec("CREATE INDEX t_slug ON t (slug(name))");
  EXPECT_EQ(conn.execute(sc::text("SELECT id FROM t WHERE slug(name) = 'bob-slug'"))
                .scalar<std::int64_t>(),
            2);
}

TEST(Functions, NonDeterministicFunctionIsRefusedInAnIndex) {
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_function("nd", [](std::string_view s) { return std::string(s); });
  sc::Connection conn = engine.connect();
  conn.raw().exec("CREATE TABLE t (name TEXT)");
  EXPECT_THROW_MSG(conn.raw().exec("CREATE INDEX t_nd ON t (nd(name))"), sc::OperationalError,
                   "non-deterministic functions prohibited");
}

TEST(Functions, ArgumentAndResultKinds) {
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_function("i32", [](int x) { return x * 2; });
  engine.create_function("dbl", [](double x) { return x / 2; });
  engine.create_function("flag", [](bool b) { return !b; });
  engine.create_function("str", [](const std::string& s) { return s + "!"; });
  engine.create_function("view", [](std::string_view s) { return s.substr(1); });
  engine.create_function("blob_len", [](const sc::Blob& b) { return b.size(); });
  engine.create_function("blob_of", [](std::string_view s) {
    sc::Blob b;
    for (char c : s) b.push_back(static_cast<std::byte>(c));
    return b;
  });
  engine.create_function("maybe",
                         [](std::optional<double> x) -> std::optional<double> { return x; });
  engine.create_function("kind", [](const sc::Value& v) -> std::string { return v.describe(); });
  engine.create_function("same", [](sc::Value v) { return v; });
  engine.create_function("nada", [](std::int64_t) {});
  engine.create_function(
      "noargs", +[]() -> std::int64_t { return 7; });
  engine.create_function("fn", std::function<std::string(std::int64_t)>(
                                   [](std::int64_t x) { return std::to_string(x); }));
  sc::Connection conn = engine.connect();
  auto row =
      conn.execute(sc::text("SELECT i32(21), dbl(3), flag(0), str('a'), view('xyz'), "
                            "blob_len(x'0102'), blob_of('ab'), maybe(NULL), maybe(2.5), "
                            "kind(NULL), kind(3), kind('t'), same(x'ff'), nada(1), noargs(), "
                            "fn(12), str(12), i32(4.0)"))
          .fetchall();
  ASSERT_EQ(row.size(), 1u);
  const auto& r = row[0];
  EXPECT_EQ(as<std::int64_t>(r[0]), 42);
  EXPECT_DOUBLE_EQ(as<double>(r[1]), 1.5);
  EXPECT_EQ(as<std::int64_t>(r[2]), 1);
  EXPECT_EQ(as<std::string>(r[3]), "a!");
  EXPECT_EQ(as<std::string>(r[4]), "yz");
  EXPECT_EQ(as<std::int64_t>(r[5]), 2);
  EXPECT_EQ(as<sc::Blob>(r[6]), (sc::Blob{std::byte{'a'}, std::byte{'b'}}));
  EXPECT_TRUE(as<sc::Value>(r[7]).is_null());
  EXPECT_DOUBLE_EQ(as<double>(r[8]), 2.5);
  EXPECT_EQ(as<std::string>(r[9]), "NULL");
  EXPECT_EQ(as<std::string>(r[10]), "integer 3");
  EXPECT_EQ(as<std::string>(r[11]), "text 't'");
  EXPECT_EQ(as<sc::Blob>(r[12]), sc::Blob{std::byte{0xff}});
  EXPECT_TRUE(as<sc::Value>(r[13]).is_null());
  EXPECT_EQ(as<std::int64_t>(r[14]), 7);
  EXPECT_EQ(as<std::string>(r[15]), "12");
  EXPECT_EQ(as<std::string>(r[16]), "12!");  // a number to a string parameter: SQLite's text
  EXPECT_EQ(as<std::int64_t>(r[17]), 8);     // an integral real to an integer parameter
}

TEST(Functions, NullToANonOptionalParameterNamesFunctionAndArgument) {
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_function("addi", [](std::int64_t x, std::int64_t y) { return x + y; });
  sc::Connection conn = engine.connect();
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT addi(1, NULL)")).fetchall(), sc::OperationalError,
                   "addi(): argument 2 is NULL; declare the parameter std::optional");
}

TEST(Functions, WrongKindOfArgumentIsAClearError) {
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_function("addi", [](std::int64_t x, std::int64_t y) { return x + y; });
  engine.create_function("small", [](std::int8_t x) { return x; });
  engine.create_function("text_only", [](std::string_view s) { return s.size(); });
  sc::Connection conn = engine.connect();
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT addi('x', 1)")).fetchall(), sc::OperationalError,
                   "addi(): argument 1 must be an integer, got text");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT addi(1, 2.5)")).fetchall(), sc::OperationalError,
                   "addi(): argument 2 must be an integer, got a real");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT small(300)")).fetchall(), sc::OperationalError,
                   "small(): argument 1 (300) is out of range");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT text_only(x'00')")).fetchall(),
                   sc::OperationalError, "text_only(): argument 1 must be text, got a blob");
}

TEST(Functions, WrongArgumentCountIsSQLitesError) {
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_function("addi", [](std::int64_t x, std::int64_t y) { return x + y; });
  sc::Connection conn = engine.connect();
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT addi(1)")), sc::OperationalError,
                   "wrong number of arguments to function addi()");
}

TEST(Functions, CppExceptionBecomesTheStatementsError) {
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_function("fails", [](std::string_view s) -> std::int64_t {
    throw std::runtime_error("cannot parse '" + std::string(s) + "'");
  });
  engine.create_function("fails_oddly", [](std::int64_t) -> std::int64_t { throw 42; });
  sc::Connection conn = engine.connect();
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT fails('abc')")).fetchall(), sc::OperationalError,
                   "fails(): cannot parse 'abc'");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT fails_oddly(1)")).fetchall(), sc::OperationalError,
                   "fails_oddly(): a C++ exception that is not a std::exception");
  // The connection is still usable.
  EXPECT_EQ(conn.execute(sc::text("SELECT 1")).scalar<int>(), 1);
}

TEST(Functions, AggregateFromSelectAndText) {
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_aggregate<Median>("median");
  engine.create_aggregate<Concat>("cat");
  Fixture f;
  sc::Connection conn = engine.connect();
  fill(conn, f);
  conn.raw().exec("UPDATE t SET score = 2.0 WHERE score IS NULL");
  // Median keeps the rows in the order they came: 3.0, 1.5, 2.0, 7.0.
  EXPECT_DOUBLE_EQ(
      *conn.execute(sc::select(sc::func::call("median", f.t.c("score")))).scalar<double>(), 2.0);
  auto rows = conn.execute(sc::text("SELECT id % 2, median(score), cat(name) FROM t GROUP BY 1 "
                                    "ORDER BY 1"))
                  .fetchall();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_DOUBLE_EQ(as<double>(rows[0][1]), 7.0);  // bob 1.5, dee 7.0
  EXPECT_EQ(as<std::string>(rows[0][2]), "bobdee");
  EXPECT_DOUBLE_EQ(as<double>(rows[1][1]), 2.0);  // ada 3.0, cy 2.0
  // An empty group: finish() of a fresh state.
  EXPECT_DOUBLE_EQ(
      *conn.execute(sc::text("SELECT median(score) FROM t WHERE id > 100")).scalar<double>(), 0.0);
  EXPECT_FALSE(
      conn.execute(sc::text("SELECT cat(name) FROM t WHERE id > 100")).scalar<std::string>());
}

TEST(Functions, AggregateStateIsDestroyedWhenTheStatementFails) {
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_aggregate<Counted>("counted");
  sc::Connection conn = engine.connect();
  conn.raw().exec("CREATE TABLE n (g INTEGER, x INTEGER)");
  conn.raw().exec("INSERT INTO n VALUES (1, 1), (1, 2), (2, 5), (2, -1), (3, 4)");
  EXPECT_EQ(conn.execute(sc::text("SELECT counted(x) FROM n WHERE x > 0")).scalar<int>(), 12);
  EXPECT_EQ(g_live_counters.load(), 0);
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT g, counted(x) FROM n GROUP BY g")).fetchall(),
                   sc::OperationalError, "counted(): negative input -1");
  EXPECT_EQ(g_live_counters.load(), 0);
  {
    // A result closed after its first group: the statement is reset mid-way.
    sc::Result r = conn.execute(sc::text("SELECT g, counted(x) FROM n WHERE x > 0 GROUP BY g"));
    auto it = r.begin();
    EXPECT_EQ((*it).get<int>(1), 3);
  }
  EXPECT_EQ(g_live_counters.load(), 0);
}

TEST(Functions, WindowAggregateWithInverse) {
  if (!has_sqlite(3025000)) GTEST_SKIP() << "window functions need SQLite 3.25";
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_aggregate<WindowSum>("wsum");
  sc::Connection conn = engine.connect();
  conn.raw().exec("CREATE TABLE n (id INTEGER PRIMARY KEY, x INTEGER)");
  conn.raw().exec("INSERT INTO n VALUES (1, 1), (2, 2), (3, 4), (4, 8)");
  auto sums = conn.execute(sc::text("SELECT wsum(x) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING "
                                    "AND CURRENT ROW) FROM n ORDER BY id"))
                  .scalars<std::int64_t>();
  EXPECT_EQ(sums, (std::vector<std::int64_t>{1, 3, 6, 12}));
  // Also a plain aggregate.
  EXPECT_EQ(conn.execute(sc::text("SELECT wsum(x) FROM n")).scalar<int>(), 15);
}

TEST(Functions, WindowAggregateNeedsSQLite325) {
  if (has_sqlite(3025000)) GTEST_SKIP() << "this SQLite has window functions";
  sc::Engine engine = sc::create_engine("sqlite://");
  EXPECT_THROW_MSG(engine.create_aggregate<WindowSum>("wsum"), sc::NotSupportedError,
                   "window aggregate (sqlite3_create_window_function) needs SQLite 3.25");
}

TEST(Functions, DirectOnlyAndInnocuousNeedSQLite331) {
  sc::Engine engine = sc::create_engine("sqlite://");
  auto f = [](std::int64_t x) { return x; };
  if (!has_sqlite(3031000)) {
    EXPECT_THROW_MSG(engine.create_function("d", f, {.direct_only = true}), sc::NotSupportedError,
                     "FunctionOptions::direct_only (SQLITE_DIRECTONLY) needs SQLite 3.31");
    EXPECT_THROW_MSG(engine.create_function("i", f, {.innocuous = true}), sc::NotSupportedError,
                     "needs SQLite 3.31");
    return;
  }
  engine.create_function("d", f, {.direct_only = true});
  engine.create_function("i", f, {.innocuous = true});
  sc::Connection conn = engine.connect();
  EXPECT_EQ(conn.execute(sc::text("SELECT d(1) + i(2)")).scalar<int>(), 3);
  // A direct-only function cannot run from a view.
  conn.raw().exec("CREATE VIEW v AS SELECT d(1) AS x");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT x FROM v")).fetchall(), sc::OperationalError,
                   "unsafe use of d()");
}

TEST(Functions, CollationInOrderByAndColumns) {
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_collation("rev",
                          [](std::string_view x, std::string_view y) { return y.compare(x); });
  engine.create_collation(
      "by_length", [](std::string_view x, std::string_view y) { return x.size() < y.size(); });
  sc::MetaData m;
  const sc::Table& t = m.table("w", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("word", sc::String()).collation("rev"));
  sc::Connection conn = engine.connect();
  m.create_all(conn);
  conn.raw().exec("INSERT INTO w (word) VALUES ('b'), ('ccc'), ('a'), ('dd')");
  EXPECT_EQ(conn.execute(sc::select(t.c("word")).order_by(t.c("word"))).scalars<std::string>(),
            (std::vector<std::string>{"dd", "ccc", "b", "a"}));
  EXPECT_EQ(conn.execute(sc::text("SELECT word FROM w ORDER BY word COLLATE by_length, id"))
                .scalars<std::string>(),
            (std::vector<std::string>{"b", "a", "dd", "ccc"}));
  EXPECT_EQ(conn.execute(sc::text("SELECT count(*) FROM w WHERE word > 'b'")).scalar<int>(), 1);
}

TEST(Functions, RegisteredOnIdlePooledConnectionsAtTheirNextCheckout) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("f.db"), {.pool = sc::PoolKind::queue});
  {
    sc::Connection a = engine.connect();
    sc::Connection b = engine.connect();  // two idle connections after this block
  }
  engine.create_function("twice", [](std::int64_t x) { return 2 * x; });
  engine.create_collation("nocase2", [](std::string_view x, std::string_view y) {
    return static_cast<int>(x.size()) - static_cast<int>(y.size());
  });
  sc::Connection a = engine.connect();
  sc::Connection b = engine.connect();
  sc::Connection c = engine.connect();  // a new one
  for (sc::Connection* conn : {&a, &b, &c})
    EXPECT_EQ(conn->execute(sc::text("SELECT twice(21)")).scalar<int>(), 42);
  EXPECT_EQ(a.execute(sc::text("SELECT 'x' = 'y' COLLATE nocase2")).scalar<int>(), 1);
}

TEST(Functions, BadNamesAreArgumentErrors) {
  sc::Engine engine = sc::create_engine("sqlite://");
  EXPECT_THROW_MSG(engine.create_function("", [](std::int64_t x) { return x; }), sc::ArgumentError,
                   "create_function: the name is empty");
  EXPECT_THROW_MSG(engine.create_collation(std::string(300, 'c'),
                                           [](std::string_view, std::string_view) { return 0; }),
                   sc::ArgumentError, "longer than 255 bytes");
}

TEST(Functions, UsedFromEightThreadsThroughAQueuePool) {
  sc::testing::TempDir dir;
  sc::Engine engine =
      sc::create_engine(dir.url("f.db"), {.pool = sc::PoolKind::queue, .pool_size = 8});
  std::atomic<std::int64_t> calls{0};
  engine.create_function("addi", [&calls](std::int64_t x, std::int64_t y) {
    calls.fetch_add(1, std::memory_order_relaxed);
    return x + y;
  });
  engine.create_aggregate<Median>("median");
  engine.create_collation("rev",
                          [](std::string_view x, std::string_view y) { return y.compare(x); });
  {
    sc::Connection conn = engine.connect();
    conn.raw().exec("CREATE TABLE n (x INTEGER)");
    conn.raw().exec("INSERT INTO n VALUES (1), (2), (3), (4), (5)");
  }
  constexpr int kThreads = 8;
  constexpr int kRounds = 50;
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i)
    threads.emplace_back([&, i] {
      for (int k = 0; k < kRounds; ++k) {
        sc::Connection conn = engine.connect();
        if (conn.execute(sc::text("SELECT sum(addi(x, :k)) FROM n"), {{"k", i}})
                .scalar<std::int64_t>() != 15 + 5 * i)
          ++wrong;
        if (conn.execute(sc::text("SELECT median(x) FROM n")).scalar<double>() != 3.0) ++wrong;
        if (conn.execute(sc::text("SELECT x FROM n ORDER BY CAST(x AS TEXT) COLLATE rev LIMIT 1"))
                .scalar<int>() != 5)
          ++wrong;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_EQ(calls.load(), kThreads * kRounds * 5);
}

TEST(Functions, RegisteredBeforeOnConnectEventsRun) {
  sc::Engine engine = sc::create_engine("sqlite://");
  engine.create_function("addi", [](std::int64_t x, std::int64_t y) { return x + y; });
  bool ran = false;
  engine.on_connect([&ran](sc::RawConnection& raw) {
    raw.exec("SELECT addi(1, 2), 'a' REGEXP 'a'");
    ran = true;
  });
  sc::Connection conn = engine.connect();
  EXPECT_TRUE(ran);
}
