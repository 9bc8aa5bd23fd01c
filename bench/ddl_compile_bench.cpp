// Compiling the DDL of 1,000 tables of 10 columns (with a foreign key and two indexes each):
// ddl_script over a whole MetaData, and declaring the MetaData itself.
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <string>

#include <sqlcore/sqlcore.hpp>

namespace sc = sqlcore;

namespace {

void declare(sc::MetaData& m, int tables) {
  for (int i = 0; i < tables; ++i) {
    std::string name = "table_" + std::to_string(i);
    std::string parent = "table_" + std::to_string(i > 0 ? i - 1 : 0) + ".id";
    m.table(name, sc::Column("id", sc::Integer()).primary_key(),
            sc::Column("name", sc::String(100)).nullable(false),
            sc::Column("created", sc::DateTime()).server_default(sc::text("CURRENT_TIMESTAMP")),
            sc::Column("amount", sc::Numeric(12, 2)).server_default("0"),
            sc::Column("flag", sc::Boolean()), sc::Column("note", sc::Text()),
            sc::Column("born", sc::Date()), sc::Column("score", sc::Float()),
            sc::Column("code", sc::String(10)).unique(),
            sc::Column("parent_id", sc::Integer()).foreign_key(parent),
            sc::Index("ix_" + name + "_name", {"name"}),
            sc::Index("ix_" + name + "_born", {"born", "flag"}));
  }
}

void BM_DDLScript1000Tables(benchmark::State& state) {
  sc::MetaData m;
  declare(m, 1000);
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string script = sc::ddl_script(m, sc::sqlite_dialect());
    bytes = script.size();
    benchmark::DoNotOptimize(script);
  }
  state.counters["script_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_DDLScript1000Tables)->Unit(benchmark::kMillisecond);

void BM_Declare1000Tables(benchmark::State& state) {
  for (auto _ : state) {
    sc::MetaData m;
    declare(m, 1000);
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_Declare1000Tables)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
