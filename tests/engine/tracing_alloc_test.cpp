// The hot path allocates nothing for tracing while no on_execute listener is registered
// (src/engine/tracing.cpp, result.cpp, batch.cpp): a separate program, since it replaces the
// global operator new to count allocations.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <atomic>
#include <cstdlib>
#include <new>

#include <gtest/gtest.h>

namespace {
std::atomic<long> g_allocations{0};
}  // namespace

// Every form of the plain operator new / delete, so that nothing allocated by one family is
// freed by the other (AddressSanitizer checks it); the aligned forms stay the library's own.
namespace {
void* counted_malloc(std::size_t n) noexcept {
  ++g_allocations;
  return std::malloc(n == 0 ? 1 : n);
}
}  // namespace

void* operator new(std::size_t n) {
  if (void* p = counted_malloc(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
  if (void* p = counted_malloc(n)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return counted_malloc(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return counted_malloc(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace sc = sqlcore;

namespace {

// Allocations while stepping the rows of a warm SELECT (rows read as integers).
long allocations_stepping(sc::Connection& conn) {
  sc::Result r = conn.execute(sc::text("SELECT x FROM t"));
  long before = g_allocations.load();
  std::int64_t sum = 0;
  for (const sc::Row& row : r) sum += row.get<std::int64_t>(0);
  long after = g_allocations.load();
  EXPECT_EQ(sum, 1000 * 999 / 2);
  return after - before;
}

// Allocations of one executemany of `n` rows through execute_rows (values filled in place).
long allocations_batch(sc::Connection& conn, const sc::Compiled& insert, std::size_t n) {
  long before = g_allocations.load();
  conn.execute_rows(insert, n, [](std::size_t r, std::vector<sc::Value>& v) {
    v.emplace_back(static_cast<std::int64_t>(r));
  });
  return g_allocations.load() - before;
}

}  // namespace

TEST(TracingCost, NoListenerMeansNoAllocationPerRowOrPerBatchRow) {
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.exec_driver_sql("CREATE TABLE t (x INTEGER)");
  conn.exec_driver_sql(
      "INSERT INTO t WITH RECURSIVE c(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM c WHERE x < "
      "999) SELECT x FROM c");
  sc::MetaData meta;
  const sc::Table& u = meta.table("u", sc::Column("x", sc::Integer()));
  meta.create_all(conn);
  sc::Compiled insert =
      sc::insert(u).columns(std::vector<std::string>{"x"}).compile(sc::sqlite_dialect());
  allocations_stepping(conn);  // warm the statement cache (also the 10- and 1000-row pages)
  allocations_batch(conn, insert, 10);
  allocations_batch(conn, insert, 1000);
  EXPECT_EQ(allocations_stepping(conn), 0);
  // A batch's allocations do not grow with its rows (none per row).
  long quiet = allocations_batch(conn, insert, 1000);
  EXPECT_EQ(allocations_batch(conn, insert, 10), quiet);

  // With a listener the trace is allocated (and the rows' values kept): the switch works.
  long events = 0;
  engine.on_execute([&](const sc::ExecuteEvent&) { ++events; });
  EXPECT_GT(allocations_batch(conn, insert, 1000), quiet);
  EXPECT_EQ(events, 1);
}
