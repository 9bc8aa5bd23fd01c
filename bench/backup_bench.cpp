// W4: Save-As of a 200 MB database: Engine::save_as (backup into a temporary file, renamed into
// place) against the raw C API's two ways, sqlite3_backup_step(-1) into a new file and
// VACUUM INTO, on the same source file.
// SPDX-License-Identifier: MIT
#include <benchmark/benchmark.h>

#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include <sqlcore/sqlcore.hpp>

namespace sc = sqlcore;
namespace fs = std::filesystem;

namespace {

// 200,000 rows of a 1,000-byte blob: about 210 MB.
const std::string& source() {
  static const std::string path = [] {
    std::string p = (fs::temp_directory_path() / "sqlcore_bench_saveas_src.db").string();
    if (fs::exists(p) && fs::file_size(p) > 200'000'000) return p;
    fs::remove(p);
    sqlite3* db = nullptr;
    sqlite3_open(p.c_str(), &db);
    sqlite3_exec(db,
                 "PRAGMA synchronous=OFF; CREATE TABLE big (id INTEGER PRIMARY KEY, b BLOB);"
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)"
                 " INSERT INTO big (b) SELECT randomblob(1000) FROM n;",
                 nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return p;
  }();
  return path;
}

std::string target(const char* name) {
  std::string p = (fs::temp_directory_path() / name).string();
  fs::remove(p);
  return p;
}

void check_size(const std::string& copy) {
  if (fs::file_size(copy) < 200'000'000) throw std::runtime_error("incomplete copy: " + copy);
}

void BM_SaveAs200MB_RawBackupStepAll(benchmark::State& state) {
  source();
  for (auto _ : state) {
    state.PauseTiming();
    std::string dst = target("sqlcore_bench_saveas_raw.db");
    state.ResumeTiming();
    sqlite3 *from = nullptr, *to = nullptr;
    sqlite3_open_v2(source().c_str(), &from, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_open(dst.c_str(), &to);
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (b == nullptr || sqlite3_backup_step(b, -1) != SQLITE_DONE)
      throw std::runtime_error(sqlite3_errmsg(to));
    sqlite3_backup_finish(b);
    sqlite3_close(to);
    sqlite3_close(from);
    state.PauseTiming();
    check_size(dst);
    state.ResumeTiming();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(fs::file_size(source())));
}
BENCHMARK(BM_SaveAs200MB_RawBackupStepAll)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SaveAs200MB_RawVacuumInto(benchmark::State& state) {
  source();
  for (auto _ : state) {
    state.PauseTiming();
    std::string dst = target("sqlcore_bench_saveas_vacuum.db");
    state.ResumeTiming();
    sqlite3* from = nullptr;
    sqlite3_open_v2(source().c_str(), &from, SQLITE_OPEN_READONLY, nullptr);
    std::string sql = "VACUUM INTO '" + dst + "'";
    if (sqlite3_exec(from, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
      throw std::runtime_error(sqlite3_errmsg(from));
    sqlite3_close(from);
    state.PauseTiming();
    check_size(dst);
    state.ResumeTiming();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(fs::file_size(source())));
}
BENCHMARK(BM_SaveAs200MB_RawVacuumInto)->Unit(benchmark::kMillisecond)->Iterations(1);

// Engine::save_as with its defaults but one step for all pages (as the raw side), so the
// difference is what save_as adds: a temporary file, its rename, a directory fsync.
void BM_SaveAs200MB_Sqlcore(benchmark::State& state) {
  source();
  sc::Engine engine = sc::create_engine("sqlite:///" + source() + "?mode=ro");
  for (auto _ : state) {
    state.PauseTiming();
    std::string dst = target("sqlcore_bench_saveas_sc.db");
    state.ResumeTiming();
    sc::SaveAsOptions options;
    options.backup.pages_per_step = -1;
    if (!engine.save_as(dst, options)) throw std::runtime_error("cancelled");
    state.PauseTiming();
    check_size(dst);
    state.ResumeTiming();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(fs::file_size(source())));
}
BENCHMARK(BM_SaveAs200MB_Sqlcore)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
