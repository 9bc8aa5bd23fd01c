// The round trip reflect → DDL → a fresh database on the corpus of tests/corpus/roundtrip/:
// the CREATE statements of SQLite's test/*.test and of SQLAlchemy 1.4's SQLite tests (see the
// README there). Every schema must give the same PRAGMA table_xinfo / index_list /
// index_xinfo / foreign_key_list, sqlite_master object list and Inspector constraints in the
// copy (triggers and the text of views and triggers included), through ddl_script and through
// create_all.
// A schema in EXCEPTIONS.md (each with its reason) is not tried; one in known_failures.txt is
// expected to fail today, and the test fails when it passes, so that the list only shrinks.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "support/roundtrip.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
namespace st = sqlcore::testing;

namespace {

const fs::path kCorpus = SQLCORE_ROUNDTRIP_CORPUS_DIR;

std::vector<std::string> corpus_files() {
  std::vector<std::string> out;
  for (const auto& f : fs::directory_iterator(kCorpus))
    if (f.path().extension() == ".sql") out.push_back(f.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::set<std::string> known_failures() {
  auto ids = st::read_id_list(kCorpus / "known_failures.txt");
  return {ids.begin(), ids.end()};
}

// The ids of EXCEPTIONS.md's table: rows "| `id` | reason |".
std::set<std::string> exceptions() { return st::read_exceptions(kCorpus / "EXCEPTIONS.md"); }

std::string joined(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

std::string file_stem(std::string id) {
  std::replace_if(
      id.begin(), id.end(), [](char c) { return !std::isalnum(c); }, '_');
  return id;
}

class RoundTripCorpus : public ::testing::TestWithParam<std::string> {};

// The corpus is what SQLite 3.40 accepts, and the comparison reads table-valued PRAGMAs
// (pragma_table_xinfo: 3.26): an older SQLite (SQLCipher 3.4 is 3.15) cannot make many of the
// schemas, and the lists of known failures are of a SQLite with STRICT (3.37) or later.
#define SQLCORE_REQUIRE_CORPUS_SQLITE()                                               \
  do {                                                                                \
    if (!sqlcore::sqlite_dialect().supports_strict_tables())                          \
      GTEST_SKIP() << "the round-trip corpus needs SQLite 3.37 or later, not SQLite " \
                   << sqlcore::sqlite_dialect().version_text();                       \
  } while (0)

}  // namespace

TEST_P(RoundTripCorpus, EverySchemaRoundTripsOrIsAKnownFailure) {
  SQLCORE_REQUIRE_CORPUS_SQLITE();
  const auto known = known_failures();
  const auto skip = exceptions();
  // SQLCORE_ROUNDTRIP_REPORT=<file>: the failing schemas are appended to it in
  // known_failures.txt's format (how the list was made; how a fixer sees what is left).
  const char* report_path = std::getenv("SQLCORE_ROUNDTRIP_REPORT");
  std::ofstream report;
  if (report_path) report.open(report_path, std::ios::app);
  st::TempDir dir;
  int passed = 0, failed = 0;
  for (const auto& schema : st::read_corpus(kCorpus / (GetParam() + ".sql"))) {
    if (skip.count(schema.id)) continue;
    auto rt = st::round_trip(schema.sql, dir.path(), file_stem(schema.id), /*triggers=*/true);
    for (const auto& f : fs::directory_iterator(dir.path())) fs::remove(f.path());
    const bool ok = rt.problems.empty();
    ok ? ++passed : ++failed;
    const bool expected_to_fail = known.count(schema.id) > 0;
    if (!ok && report) report << schema.id << "  # " << joined(rt.summary, " ") << "\n";
    if (!ok && !expected_to_fail) {
      std::string details;
      for (std::size_t i = 0; i < rt.problems.size() && i < 4; ++i)
        details += rt.problems[i] + "\n";
      ADD_FAILURE() << schema.id << " (" << schema.source
                    << ") does not round-trip: " << joined(rt.summary, ", ") << "\n"
                    << details << "-- schema:\n"
                    << schema.sql << "-- ddl_script:\n"
                    << rt.script;
    } else if (ok && expected_to_fail) {
      ADD_FAILURE()
          << schema.id << " (" << schema.source
          << ") round-trips now: remove it from tests/corpus/roundtrip/known_failures.txt";
    } else if (!ok) {
      std::cout << "[ known    ] " << schema.id << ": " << joined(rt.summary, ", ") << "\n";
    }
  }
  std::cout << "[ corpus   ] " << GetParam() << ": " << passed << " round-trip, " << failed
            << " fail\n";
  EXPECT_GT(passed + failed, 0);
}

TEST_P(RoundTripCorpus, ToArgsCopiesEveryReflectedTableExactly) {
  // Table::to_args is what a migration rebuilds from: a copy of each reflected table declared
  // from it must write the same script.
  SQLCORE_REQUIRE_CORPUS_SQLITE();
  const auto skip = exceptions();
  int copied = 0;
  for (const auto& schema : st::read_corpus(kCorpus / (GetParam() + ".sql"))) {
    if (skip.count(schema.id)) continue;
    sqlcore::Engine e = sqlcore::create_engine("sqlite://");
    sqlcore::Connection c = e.connect();
    c.raw().exec(schema.sql);
    sqlcore::MetaData meta;
    meta.reflect(c);
    sqlcore::MetaData copy;
    for (const sqlcore::Table* t : meta.tables()) copy.add_table(t->name(), t->to_args());
    for (const auto& v : meta.views()) copy.add_view(v.name, v.sql);
    for (const auto& t : meta.triggers()) copy.add_trigger(t.name, t.sql, t.table);
    EXPECT_EQ(sqlcore::ddl_script(meta, sqlcore::sqlite_dialect()),
              sqlcore::ddl_script(copy, sqlcore::sqlite_dialect()))
        << schema.id;
    ++copied;
  }
  EXPECT_GT(copied, 0);
}

INSTANTIATE_TEST_SUITE_P(Corpus, RoundTripCorpus, ::testing::ValuesIn(corpus_files()),
                         [](const auto& info) { return info.param; });

TEST(RoundTripCorpusLists, NameOnlySchemasOfTheCorpus) {
  std::set<std::string> ids;
  for (const auto& file : corpus_files())
    for (const auto& schema : st::read_corpus(kCorpus / (file + ".sql"))) {
      EXPECT_TRUE(ids.insert(schema.id).second) << "two schemas are called " << schema.id;
      EXPECT_FALSE(schema.source.empty()) << schema.id << " names no source";
    }
  EXPECT_GE(ids.size(), 300u);
  for (const auto& id : known_failures())
    EXPECT_TRUE(ids.count(id)) << "known_failures.txt names " << id << ", not in the corpus";
  for (const auto& id : exceptions()) {
    EXPECT_TRUE(ids.count(id)) << "EXCEPTIONS.md names " << id << ", not in the corpus";
    EXPECT_FALSE(known_failures().count(id)) << id << " is both an exception and a known failure";
  }
}

TEST(RoundTripCorpusLists, AChangedCopyIsFoundInEachComparison) {
  // The comparison itself: a copy that lost a COLLATE, an index, a foreign key or a CHECK
  // shows as a difference in the aspect that holds it.
  SQLCORE_REQUIRE_CORPUS_SQLITE();
  st::TempDir dir;
  int n = 0;
  auto facts = [&](const std::string& sql) {
    sqlcore::Engine e = sqlcore::create_engine(dir.url(std::to_string(++n) + ".db"));
    sqlcore::Connection c = e.connect();
    c.raw().exec(sql);
    return st::schema_facts(c);
  };
  auto base = facts(
      "CREATE TABLE p(id INTEGER PRIMARY KEY, e TEXT COLLATE NOCASE, UNIQUE(e), CHECK(id > 0));"
      "CREATE TABLE c(x REFERENCES p(id)); CREATE INDEX ix ON c(x DESC);");
  auto changed = facts(
      "CREATE TABLE p(id INTEGER PRIMARY KEY, e TEXT, UNIQUE(e));"
      "CREATE TABLE c(x REFERENCES p); CREATE INDEX ix ON c(x);");
  // table_xinfo has no collation: the parse (and the UNIQUE's index) shows it, and the CHECK.
  EXPECT_EQ(base.at("table_xinfo p"), changed.at("table_xinfo p"));
  EXPECT_NE(base.at("inspector p"), changed.at("inspector p"));
  EXPECT_NE(base.at("index_xinfo sqlite_autoindex_p_1"),
            changed.at("index_xinfo sqlite_autoindex_p_1"));
  EXPECT_NE(base.at("foreign_key_list c"), changed.at("foreign_key_list c"));
  EXPECT_NE(base.at("index_xinfo ix"), changed.at("index_xinfo ix"));
  EXPECT_EQ(base.at("objects"), changed.at("objects"));
  EXPECT_EQ(base.at("index_list p"), changed.at("index_list p"));
}
