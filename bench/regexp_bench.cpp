// REGEXP (RE2, sqlcore's regexp() SQL function) against LIKE on the same predicate over
// 100,000 rows: `name LIKE 'a%'` vs `name REGEXP '^a'`, both a full scan through one sqlcore
// connection (no index), so the difference is the per-row cost of the function call and the
// match. Also a pattern LIKE cannot express, and the pathological `(a+)+$`.
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>

#include <sqlcore/sqlcore.hpp>

namespace sc = sqlcore;

namespace {

constexpr int kRows = 100'000;

sc::Connection& conn() {
  static sc::Engine engine = sc::create_engine("sqlite://", {.pool = sc::PoolKind::static_});
  static sc::Connection c = [] {
    sc::Connection c = engine.connect();
    c.raw().exec("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    sc::Transaction tx = c.begin();
    std::uint64_t x = 88172645463325252ull;  // xorshift64: the same names every run
    std::vector<sc::Params> rows;
    rows.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
      std::string name;
      for (int k = 0; k < 8; ++k) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        name += static_cast<char>('a' + x % 26);
      }
      rows.push_back({{"name", name + std::to_string(i % 100)}});
    }
    for (const auto& r : rows) c.execute(sc::text("INSERT INTO users (name) VALUES (:name)"), r);
    tx.commit();
    return c;
  }();
  return c;
}

void count(benchmark::State& state, const char* sql) {
  sc::Connection& c = conn();
  std::int64_t n = 0;
  for (auto _ : state) {
    n = *c.execute(sc::text(sql)).scalar<std::int64_t>();
    benchmark::DoNotOptimize(n);
  }
  state.counters["matches"] = static_cast<double>(n);
  state.SetItemsProcessed(state.iterations() * kRows);
}

void BM_Like(benchmark::State& s) { count(s, "SELECT count(*) FROM users WHERE name LIKE 'a%'"); }
void BM_Regexp(benchmark::State& s) {
  count(s, "SELECT count(*) FROM users WHERE name REGEXP '^a'");
}
// What LIKE cannot say: a vowel pair, then digits at the end.
void BM_RegexpClass(benchmark::State& s) {
  count(s, "SELECT count(*) FROM users WHERE name REGEXP '[aeiou]{2}.*[0-9]{2}$'");
}
void pathological(benchmark::State& state, const char* pattern) {
  sc::Connection& c = conn();
  std::string text(100'000, 'a');
  text += 'b';
  for (auto _ : state) {
    auto r =
        c.execute(sc::text("SELECT :s REGEXP :p"), {{"s", text}, {"p", pattern}}).scalar<int>();
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

// Rejected from the end (RE2 runs a reverse DFA for a pattern ending in $) ...
void BM_RegexpPathological(benchmark::State& s) { pathological(s, "(a+)+$"); }
// ... and scanned to the end.
void BM_RegexpPathologicalScan(benchmark::State& s) { pathological(s, "(a+)+c"); }

BENCHMARK(BM_Like)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Regexp)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegexpClass)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegexpPathological)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegexpPathologicalScan)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
