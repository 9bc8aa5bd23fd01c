// Tests for the engine's compiled cache (src/engine/compiled_cache.cpp) on real databases.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

struct Items {
  sc::MetaData m;
  const sc::Table& t =
      m.table("items", sc::Column("id", sc::Integer()).primary_key(),
              sc::Column("name", sc::String(20)), sc::Column("qty", sc::Integer()));

  // Ten rows: (i, "n<i>", i * 10), through a text() statement (no statement shapes cached).
  void fill(sc::Connection& conn) const {
    m.create_all(conn);
    for (int i = 1; i <= 10; ++i)
      conn.execute(sc::text("INSERT INTO items VALUES (:i, :n, :q)"),
                   {{"i", i}, {"n", "n" + std::to_string(i)}, {"q", i * 10}});
  }
};

// The first column of every row, as text.
std::vector<std::string> column(sc::Result r) {
  std::vector<std::string> out;
  for (const auto& row : r) {
    sc::Value v = row.get<sc::Value>(0);
    if (v.is_null())
      out.emplace_back("NULL");
    else if (const auto* i = std::get_if<std::int64_t>(&v.storage()))
      out.push_back(std::to_string(*i));
    else
      out.push_back(std::get<std::string>(v.storage()));
  }
  return out;
}

// Most tests: the ten rows in an in-memory database.
class CompiledCache : public ::testing::Test {
 protected:
  CompiledCache() { s.fill(conn); }
  Items s;
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
};

using Strings = std::vector<std::string>;

}  // namespace

TEST_F(CompiledCache, SameShapeWithOtherValuesCompilesOncePerEngine) {
  sc::testing::TempDir dir;
  Items s;
  sc::Engine engine = sc::create_engine(dir.url("items.db"));
  sc::Connection conn = engine.connect();
  s.fill(conn);
  sc::CompiledCacheStats before = engine.compiled_cache_stats();
  for (int i = 1; i <= 10; ++i)
    EXPECT_EQ(conn.execute(sc::select(s.t.c("name")).where(s.t.c("id") == i)).scalar<std::string>(),
              "n" + std::to_string(i));
  sc::CompiledCacheStats after = engine.compiled_cache_stats();
  EXPECT_EQ(after.misses - before.misses, 1u);
  EXPECT_EQ(after.hits - before.hits, 9u);
  EXPECT_EQ(after.capacity, 500u);

  // Another connection of the engine finds it too; another engine has a cache of its own.
  sc::Connection second = engine.connect();
  EXPECT_EQ(second.execute(sc::select(s.t.c("name")).where(s.t.c("id") == 4)).scalar<std::string>(),
            "n4");
  EXPECT_EQ(engine.compiled_cache_stats().misses, after.misses);
  sc::Engine other = sc::create_engine(dir.url("items.db"));
  sc::Connection third = other.connect();
  EXPECT_EQ(third.execute(sc::select(s.t.c("name")).where(s.t.c("id") == 5)).scalar<std::string>(),
            "n5");
  EXPECT_EQ(other.compiled_cache_stats().misses, 1u);
  EXPECT_EQ(other.compiled_cache_stats().hits, 0u);
}

TEST_F(CompiledCache, EachBindTakesItsOwnStatementsValue) {
  const sc::Table& t = s.t;
  // Binds in a CTE, the select list, WHERE (BETWEEN, IN, LIKE), HAVING-free ORDER BY, LIMIT
  // and OFFSET, and a scalar subquery: every one of them changes between the two runs.
  auto build = [&](int low, int high, std::vector<sc::Value> in, std::string like, int cte_min,
                   std::int64_t limit, std::int64_t offset) {
    auto big = sc::select(t.c("id")).where(t.c("qty") >= cte_min).cte("big");
    auto most = sc::select(sc::func::max(t.c("qty"))).where(t.c("id") < high).scalar_subquery();
    return sc::select(t.c("name"))
        .where(t.c("id").between(low, high) &&
               (t.c("id").in_(std::move(in)) || t.c("name").like(like)) &&
               t.c("id").in_(sc::select(big.c("id"))) && t.c("qty") <= most)
        .order_by(t.c("id"))
        .limit(limit)
        .offset(offset);
  };
  EXPECT_EQ(column(conn.execute(build(2, 9, {2, 3, 4}, "n9", 30, 10, 0))),
            (Strings{"n3", "n4"}));  // 3..9, qty >= 30, (2, 3, 4 or n9), qty <= 80 (id 8)
  sc::CompiledCacheStats first = engine.compiled_cache_stats();
  EXPECT_EQ(column(conn.execute(build(1, 10, {1, 5, 6}, "n1%", 10, 2, 1))),
            (Strings{"n5", "n6"}));  // 1, 5, 6, 10 (n1%), qty <= 90: skip 1, take 2
  EXPECT_EQ(engine.compiled_cache_stats().hits, first.hits + 1);
  EXPECT_EQ(engine.compiled_cache_stats().misses, first.misses);
}

TEST_F(CompiledCache, ANodeUsedTwiceIsAnotherShapeThanTwoNodesWithTheirOwnValues) {
  const sc::Table& t = s.t;
  sc::Expr one = t.c("id") == 1;
  EXPECT_EQ(column(conn.execute(sc::select(t.c("id")).where(one || one))), (Strings{"1"}));
  EXPECT_EQ(column(conn.execute(
                sc::select(t.c("id")).where(t.c("id") == 2 || t.c("id") == 3).order_by(t.c("id")))),
            (Strings{"2", "3"}));
  sc::Expr four = t.c("id") == 4;
  EXPECT_EQ(column(conn.execute(sc::select(t.c("id")).where(four || four))), (Strings{"4"}));
  EXPECT_EQ(engine.compiled_cache_stats().misses, 2u);
  EXPECT_EQ(engine.compiled_cache_stats().hits, 1u);
}

TEST_F(CompiledCache, AnonymousAliasesKeepTheirNamesAndValues) {
  const sc::Table& t = s.t;
  for (int i = 1; i <= 3; ++i) {
    sc::Alias a = t.alias(), b = t.alias();
    auto pair = sc::select(a.c("name"), b.c("name")).where(a.c("id") == i && b.c("id") == i + 5);
    auto rows = conn.execute(pair).fetchall();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0][0], sc::Value("n" + std::to_string(i)));
    EXPECT_EQ(rows[0][1], sc::Value("n" + std::to_string(i + 5)));
    // One anonymous alias twice: one FROM item, another shape.
    EXPECT_EQ(column(conn.execute(sc::select(a.c("name")).where(a.c("id") == i + 1))),
              (Strings{"n" + std::to_string(i + 1)}));
  }
  EXPECT_EQ(engine.compiled_cache_stats().misses, 2u);
  EXPECT_EQ(engine.compiled_cache_stats().hits, 4u);
}

TEST_F(CompiledCache, NullAndListLengthsAreOtherShapes) {
  conn.execute(sc::update(s.t).values({{"name", std::nullopt}}).where(s.t.c("id") == 7));
  const sc::Table& t = s.t;
  auto named = [&](sc::Value v) {
    return sc::select(t.c("id")).where(t.c("name") == std::move(v));
  };
  EXPECT_EQ(column(conn.execute(named("n2"))), (Strings{"2"}));
  EXPECT_EQ(column(conn.execute(named(nullptr))), (Strings{"7"}));  // IS NULL, not = NULL
  EXPECT_EQ(column(conn.execute(named("n3"))), (Strings{"3"}));
  auto in = [&](std::vector<sc::Value> v) {
    return sc::select(t.c("id")).where(t.c("id").in_(std::move(v))).order_by(t.c("id"));
  };
  EXPECT_EQ(column(conn.execute(in({1, 2}))), (Strings{"1", "2"}));
  EXPECT_EQ(column(conn.execute(in({3, 4, 5}))), (Strings{"3", "4", "5"}));
  EXPECT_EQ(column(conn.execute(in({}))), (Strings{}));
  EXPECT_EQ(column(conn.execute(in({6, 9}))), (Strings{"6", "9"}));
}

TEST_F(CompiledCache, InsertUpdateDeleteAndUpsertBindTheirOwnValues) {
  sc::testing::TempDir dir;
  Items s;
  sc::Engine engine = sc::create_engine(dir.url("dml.db"));
  sc::Connection conn = engine.connect();
  s.m.create_all(conn);
  const sc::Table& t = s.t;
  for (int i = 1; i <= 3; ++i)
    conn.execute(sc::insert(t).values({{"id", i}, {"name", "x" + std::to_string(i)}, {"qty", i}}));
  for (int i = 1; i <= 3; ++i)
    conn.execute(sc::update(t).values({{"qty", t.c("qty") + i * 100}}).where(t.c("id") == i));
  bool upsert = sc::sqlite_dialect().supports_upsert();
  for (int i = 2; i <= 3; ++i) {
    if (upsert)
      conn.execute(sc::insert(t)
                       .values({{"id", i}, {"name", "dup"}})
                       .on_conflict_do_update({"id"}, {{"name", "y" + std::to_string(i)}}));
    else  // the same values another way where this SQLite has no upsert
      conn.execute(sc::update(t).values({{"name", "y" + std::to_string(i)}}).where(t.c("id") == i));
  }
  conn.execute(sc::delete_(t).where(t.c("id") == 1));
  conn.execute(sc::delete_(t).where(t.c("id") == 99));
  sc::Result r = conn.execute(sc::select(t).order_by(t.c("id")));
  std::vector<std::string> rows;
  for (const auto& row : r)
    rows.push_back(std::to_string(row.get<int>(0)) + "|" + row.get<std::string>(1) + "|" +
                   std::to_string(row.get<int>(2)));
  EXPECT_EQ(rows, (Strings{"2|y2|202", "3|y3|303"}));
  // insert, update, upsert (or an update of another shape), delete, select
  EXPECT_EQ(engine.compiled_cache_stats().misses, 5u);
  EXPECT_EQ(engine.compiled_cache_stats().hits, 6u);
}

TEST_F(CompiledCache, AnInsertExecutedWithParametersIsOneShapePerColumnList) {
  sc::testing::TempDir dir;
  Items s;
  sc::Engine engine = sc::create_engine(dir.url("params.db"));
  sc::Connection conn = engine.connect();
  s.m.create_all(conn);
  const sc::Insert ins = sc::insert(s.t);
  for (int i = 1; i <= 3; ++i)
    conn.execute(ins, {{"id", i}, {"name", "n" + std::to_string(i)}, {"qty", i * 10}});
  conn.execute(ins, {{"qty", 40}, {"id", 4}, {"name", "n4"}});  // another order: another shape
  conn.execute(sc::insert(s.t), {{"name", "n5"}, {"id", 5}});   // a third column list
  // The upsert's own value ("u<i>") is taken from each statement executed, not the first.
  if (sc::sqlite_dialect().supports_upsert())
    for (int i = 1; i <= 2; ++i)
      conn.execute(
          sc::insert(s.t).on_conflict_do_update({"id"}, {{"name", "u" + std::to_string(i)}}),
          {{"id", i}, {"name", "x"}, {"qty", 0}});
  EXPECT_THROW(
      {
        try {
          conn.execute(ins, {{"id", 6}, {"nope", 1}});
        } catch (const sc::ArgumentError& e) {
          EXPECT_NE(std::string(e.what()).find("has no column 'nope'"), std::string::npos)
              << e.what();
          throw;
        }
      },
      sc::ArgumentError);
  EXPECT_THROW(conn.execute(ins, {{"id", 6}, {"nope", 1}}), sc::ArgumentError);  // not kept
  sc::Result r = conn.execute(sc::select(s.t).order_by(s.t.c("id")));
  std::vector<std::string> rows;
  for (const auto& row : r)
    rows.push_back(std::to_string(row.get<int>(0)) + "|" + row.get<std::string>(1) + "|" +
                   (row.get<std::optional<int>>(2) ? std::to_string(*row.get<std::optional<int>>(2))
                                                   : std::string("NULL")));
  bool upsert = sc::sqlite_dialect().supports_upsert();
  EXPECT_EQ(rows, (Strings{upsert ? "1|u1|10" : "1|n1|10", upsert ? "2|u2|20" : "2|n2|20",
                           "3|n3|30", "4|n4|40", "5|n5|NULL"}));
  sc::CompiledCacheStats st = engine.compiled_cache_stats();
  // (id, name, qty), (qty, id, name), (name, id), the upsert, the select; two failed lookups
  EXPECT_EQ(st.misses, upsert ? 7u : 6u);
  EXPECT_EQ(st.hits, upsert ? 3u : 2u);
  EXPECT_EQ(st.uncacheable, 0u);
}

TEST_F(CompiledCache, CapacityBoundsTheShapesKept) {
  Items s;
  sc::Engine small = sc::create_engine("sqlite://", {.compiled_cache_size = 2});
  sc::Connection conn = small.connect();
  s.fill(conn);
  const sc::Table& t = s.t;
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(column(conn.execute(sc::select(t.c("id")).where(t.c("id") == 1))), (Strings{"1"}));
    EXPECT_EQ(column(conn.execute(sc::select(t.c("id")).where(t.c("id") < 2))), (Strings{"1"}));
    EXPECT_EQ(column(conn.execute(sc::select(t.c("id")).where(t.c("id") <= 1))), (Strings{"1"}));
  }
  EXPECT_EQ(small.compiled_cache_stats().size, 2u);
  EXPECT_EQ(small.compiled_cache_stats().misses, 6u);  // LRU of 2 over 3 shapes in turn

  sc::Engine none = sc::create_engine("sqlite://", {.compiled_cache_size = 0});
  sc::Connection c0 = none.connect();
  s.fill(c0);
  for (int i = 1; i <= 3; ++i)
    EXPECT_EQ(column(c0.execute(sc::select(t.c("name")).where(t.c("id") == i))),
              (Strings{"n" + std::to_string(i)}));
  EXPECT_EQ(none.compiled_cache_stats().size, 0u);
  EXPECT_EQ(none.compiled_cache_stats().misses, 3u);
}

TEST_F(CompiledCache, ATableMadeLaterIsAnotherShape) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("CREATE TABLE a (x INTEGER, y INTEGER)"));
  conn.execute(sc::text("INSERT INTO a VALUES (1, 2)"));
  for (int columns = 1; columns <= 2; ++columns) {
    // The same name, maybe the same address: another table, whose statements are its own.
    sc::MetaData m;
    const sc::Table& a =
        columns == 1 ? m.table("a", sc::Column("x", sc::Integer()))
                     : m.table("a", sc::Column("x", sc::Integer()), sc::Column("y", sc::Integer()));
    auto rows = conn.execute(sc::select(a)).fetchall();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].size(), static_cast<std::size_t>(columns));
  }
  EXPECT_EQ(engine.compiled_cache_stats().misses, 2u);
}

namespace {
struct ShortText {};
}  // namespace

TEST_F(CompiledCache, ACompilesOverrideRegisteredLaterIsSeen) {
  sc::Type short_text = sc::user_type<ShortText>(sc::Text());
  auto stmt = [&] {
    return sc::select(sc::cast(s.t.c("qty"), short_text)).where(s.t.c("id") == 2);
  };
  EXPECT_EQ(column(conn.execute(stmt())), (Strings{"20"}));
  sc::compiles<ShortText>("sqlite", [](const sc::Type&, const sc::Dialect&) { return "CHAR(1)"; });
  EXPECT_EQ(sc::cast(s.t.c("qty"), short_text).type().compile(sc::sqlite_dialect()), "CHAR(1)");
  EXPECT_EQ(column(conn.execute(stmt())), (Strings{"20"}));  // CAST(items.qty AS CHAR(1))
  EXPECT_EQ(engine.compiled_cache_stats().misses, 2u);
}

TEST_F(CompiledCache, AStatementThatDoesNotCompileIsNotKept) {
  for (int i = 0; i < 2; ++i)
    EXPECT_THROW(conn.execute(sc::update(s.t).where(s.t.c("id") == 1)), sc::ArgumentError);
  EXPECT_EQ(engine.compiled_cache_stats().size, 0u);
  EXPECT_EQ(engine.compiled_cache_stats().uncacheable, 0u);
}

TEST_F(CompiledCache, ThreadsShareOneEngineCache) {
  sc::testing::TempDir dir;
  Items s;
  sc::Engine engine = sc::create_engine(dir.url("threads.db"));
  {
    sc::Connection conn = engine.connect();
    s.fill(conn);
  }
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      sc::Connection conn = engine.connect();
      for (int n = 0; n < 200; ++n) {
        int id = 1 + (n + k) % 10;
        auto name =
            conn.execute(sc::select(s.t.c("name")).where(s.t.c("id") == id)).scalar<std::string>();
        if (name != "n" + std::to_string(id)) ++wrong;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_EQ(engine.compiled_cache_stats().hits + engine.compiled_cache_stats().misses, 800u);
  EXPECT_LE(engine.compiled_cache_stats().misses, 4u);  // at most one per thread, racing
}

// A Select executed again keeps its key (Select::Data::key_memo): it must stay the key of that
// statement, of that statement only, and follow a compiles<>() override registered later.
namespace {
struct TinyText {};
}  // namespace

TEST_F(CompiledCache, ASelectExecutedAgainKeepsItsKeyAndItsValues) {
  const sc::Select by_id = sc::select(s.t.c("name")).where(s.t.c("id") == sc::bindparam("id"));
  const sc::Select fixed = sc::select(s.t.c("name")).where(s.t.c("id") == 3);
  for (int round = 0; round < 3; ++round) {
    for (int id = 1; id <= 10; ++id)
      EXPECT_EQ(conn.execute(by_id, {{"id", id}}).scalar<std::string>(), "n" + std::to_string(id));
    EXPECT_EQ(conn.execute(fixed).scalar<std::string>(), "n3");
    // Derived from a Select whose key is kept: its own key, its own value.
    const sc::Select narrower = fixed.where(s.t.c("qty") > 100);
    EXPECT_EQ(column(conn.execute(narrower)), Strings{});
    const sc::Select copy = fixed;  // a copy is the same statement
    EXPECT_EQ(conn.execute(copy).scalar<std::string>(), "n3");
  }
  // by_id, fixed and narrower: one compile each (fixed and its copy share one).
  EXPECT_EQ(engine.compiled_cache_stats().misses, 3u);
}

TEST_F(CompiledCache, AKeptSelectKeySeesACompilesOverrideRegisteredLater) {
  sc::Type tiny = sc::user_type<TinyText>(sc::Text());
  const sc::Select q = sc::select(sc::cast(s.t.c("qty"), tiny)).where(s.t.c("id") == 2);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(column(conn.execute(q)), (Strings{"20"}));
  EXPECT_EQ(engine.compiled_cache_stats().misses, 1u);
  sc::compiles<TinyText>("sqlite", [](const sc::Type&, const sc::Dialect&) { return "CHAR(1)"; });
  for (int i = 0; i < 3; ++i) EXPECT_EQ(column(conn.execute(q)), (Strings{"20"}));
  EXPECT_EQ(engine.compiled_cache_stats().misses, 2u);  // compiled again, once
}

TEST_F(CompiledCache, ThreadsExecutingOneSelectShareItsKeptKey) {
  sc::testing::TempDir dir;
  Items items;
  sc::Engine e = sc::create_engine(dir.url("one_select.db"));
  {
    sc::Connection c = e.connect();
    items.fill(c);
  }
  const sc::Select q = sc::select(items.t.c("name")).where(items.t.c("id") == sc::bindparam("id"));
  std::vector<std::thread> threads;
  std::atomic<int> wrong{0};
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      sc::Connection c = e.connect();
      for (int n = 0; n < 200; ++n) {
        int id = 1 + (n + k) % 10;
        if (c.execute(q, {{"id", id}}).scalar<std::string>() != "n" + std::to_string(id)) ++wrong;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_LE(e.compiled_cache_stats().misses, 4u);
}
