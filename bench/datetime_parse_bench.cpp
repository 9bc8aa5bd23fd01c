// Parsing the default DATETIME format: sqlcore's hand-written parser against RE2 running
// SQLAlchemy 1.4's DATETIME_RE (then int conversion), on the same 10,000 strings.
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <charconv>
#include <random>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "types/datetime_format.hpp"

namespace {

using namespace std::chrono;

const std::vector<std::string>& samples() {
  static const std::vector<std::string> s = [] {
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<long long> us(0, 300LL * 365 * 86400 * 1'000'000);
    std::vector<std::string> out;
    sqlcore::Timestamp base = time_point_cast<microseconds>(sys_days{year{1800} / 1 / 1});
    for (int i = 0; i < 10'000; ++i)
      out.push_back(sqlcore::detail::format_datetime(base + microseconds{us(rng)}));
    return out;
  }();
  return s;
}

void BM_ParseDateTime_Sqlcore(benchmark::State& state) {
  const auto& s = samples();
  for (auto _ : state) {
    for (const auto& text : s) benchmark::DoNotOptimize(sqlcore::detail::parse_datetime(text));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(s.size()));
}
BENCHMARK(BM_ParseDateTime_Sqlcore);

int to_int(const re2::StringPiece& p) {
  int v = 0;
  if (!p.empty()) std::from_chars(p.data(), p.data() + p.size(), v);
  return v;
}

void BM_ParseDateTime_RE2(benchmark::State& state) {
  const auto& s = samples();
  // SQLAlchemy 1.4's processors.DATETIME_RE, matched at the start as re.match does.
  RE2 re(R"((\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)(?:\.(\d+))?)");
  re2::StringPiece g[8];
  for (auto _ : state) {
    for (const auto& text : s) {
      if (!re.Match(text, 0, text.size(), RE2::ANCHOR_START, g, 8)) continue;
      year_month_day d{year{to_int(g[1])}, month{static_cast<unsigned>(to_int(g[2]))},
                       day{static_cast<unsigned>(to_int(g[3]))}};
      sqlcore::Timestamp t = time_point_cast<microseconds>(sys_days{d}) + hours{to_int(g[4])} +
                             minutes{to_int(g[5])} + seconds{to_int(g[6])} +
                             microseconds{to_int(g[7])};
      benchmark::DoNotOptimize(t);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<long long>(s.size()));
}
BENCHMARK(BM_ParseDateTime_RE2);

}  // namespace

BENCHMARK_MAIN();
