// sc::compare: no difference where there is none (every corpus schema against its own
// reflection and against a copy made by create_all; C++-declared targets made by create_all),
// and each kind of difference found, named and described exactly.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/roundtrip.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
namespace sc = sqlcore;
namespace st = sqlcore::testing;

namespace {

const fs::path kRoundTripCorpus = SQLCORE_ROUNDTRIP_CORPUS_DIR;
const fs::path kSharedCorpus = fs::path(SQLCORE_SHARED_DIR) / "corpus" / "schemas";

// Each change as "kind table name [attributes]", for exact assertions.
std::vector<std::string> summary(const sc::SchemaDiff& diff) {
  std::vector<std::string> out;
  for (const auto& c : diff.changes()) {
    std::string s = std::string(sc::to_string(c.kind)) + " " + c.table + " " + c.name;
    if (!c.attributes.empty()) {
      s += " [";
      for (std::size_t i = 0; i < c.attributes.size(); ++i) s += (i ? "," : "") + c.attributes[i];
      s += "]";
    }
    out.push_back(s);
  }
  return out;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The ids of the round-trip corpus's EXCEPTIONS.md: schemas no round trip is tried on.
std::set<std::string> corpus_exceptions() {
  std::ifstream in(kRoundTripCorpus / "EXCEPTIONS.md");
  std::set<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("| `", 0) != 0) continue;
    auto end = line.find('`', 3);
    if (end != std::string::npos) out.insert(line.substr(3, end - 3));
  }
  return out;
}

std::set<std::string> corpus_known_failures() {
  auto ids = st::read_id_list(kRoundTripCorpus / "known_failures.txt");
  return {ids.begin(), ids.end()};
}

// The marker compare_with_itself returns for a schema this SQLite cannot make.
const std::string kCannotCreate = "cannot create";

// The outcome of comparing one schema with itself: "" when both comparisons are empty.
// `sql` is made in dir/<stem>.db, reflected, compared with the reflection; the reflection is
// made by create_all in dir/<stem>_copy.db and that file compared with it too.
std::string compare_with_itself(const std::string& sql, const fs::path& dir,
                                const std::string& stem) {
  sc::Engine e =
      sc::create_engine("sqlite:///" + (dir / (stem + ".db")).string(), {.foreign_keys = false});
  sc::Connection conn = e.connect();
  conn.raw().exec("PRAGMA synchronous = OFF");  // test files: no fsync
  try {
    conn.raw().exec(sql);
  } catch (const sc::Error&) {
    return kCannotCreate;
  }
  sc::MetaData reflected;
  reflected.reflect(conn);
  sc::SchemaDiff self = sc::compare(conn, reflected);
  if (!self.empty()) return "original vs its reflection:\n" + self.describe();
  sc::Engine e2 = sc::create_engine("sqlite:///" + (dir / (stem + "_copy.db")).string(),
                                    {.foreign_keys = false});
  sc::Connection conn2 = e2.connect();
  conn2.raw().exec("PRAGMA synchronous = OFF");
  try {
    reflected.create_all(conn2);
  } catch (const sc::Error& err) {
    return std::string("create_all: ") + err.what();
  }
  sc::SchemaDiff copy = sc::compare(conn2, reflected);
  if (!copy.empty()) return "create_all copy vs the reflection:\n" + copy.describe();
  return "";
}

std::string file_stem(std::string id) {
  std::replace_if(
      id.begin(), id.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
      '_');
  return id;
}

}  // namespace

// ---- no false positives ------------------------------------------------------------------

TEST(CompareCorpus, RealWorldSchemasCompareEmptyWithTheirReflectionAndACopy) {
  if (!fs::exists(kSharedCorpus)) GTEST_SKIP() << "no " << kSharedCorpus;
  st::TempDir dir;
  int compared = 0, skipped = 0;
  for (const auto& file : fs::directory_iterator(kSharedCorpus)) {
    if (file.path().extension() != ".sql") continue;
    std::string name = file.path().stem().string();
    std::string ddl = read_file(file.path());
    if (auto why = st::cannot_create(ddl)) {  // beyond this SQLite
      EXPECT_FALSE(sc::sqlite_dialect().supports_strict_tables()) << name << ": " << *why;
      ++skipped;
      continue;
    }
    EXPECT_EQ(compare_with_itself(ddl, dir.path(), name), "") << name;
    ++compared;
  }
  std::cout << "[ compare  ] real-world corpus: " << compared << " compared empty, " << skipped
            << " beyond this SQLite\n";
  EXPECT_EQ(compared + skipped, 14);
}

TEST(CompareCorpus, RoundTripCorpusSchemasCompareEmptyWithTheirReflectionAndACopy) {
  // The corpus is what SQLite 3.40 accepts (see tests/engine/roundtrip_corpus_test.cpp).
  if (!sc::sqlite_dialect().supports_strict_tables())
    GTEST_SKIP() << "the round-trip corpus needs SQLite 3.37 or later, not SQLite "
                 << sc::sqlite_dialect().version_text();
  const auto skip = corpus_exceptions();
  const auto known = corpus_known_failures();
  st::TempDir dir;
  int empty = 0, differ = 0, known_differ = 0, cannot = 0;
  for (const auto& f : fs::directory_iterator(kRoundTripCorpus)) {
    if (f.path().extension() != ".sql") continue;
    for (const auto& schema : st::read_corpus(f.path())) {
      if (skip.count(schema.id)) continue;
      std::string problem = compare_with_itself(schema.sql, dir.path(), file_stem(schema.id));
      for (const auto& x : fs::directory_iterator(dir.path())) fs::remove(x.path());
      if (problem.empty()) {
        ++empty;
      } else if (problem == kCannotCreate) {
        ++cannot;
      } else if (known.count(schema.id) && problem.rfind("create_all copy", 0) == 0) {
        // The copy is not the same schema (known_failures.txt): compare says where.
        ++known_differ;
      } else {
        ++differ;
        ADD_FAILURE() << schema.id << " (" << schema.source << "): " << problem << "-- schema:\n"
                      << schema.sql;
      }
    }
  }
  std::cout << "[ compare  ] round-trip corpus: " << empty << " compared empty, " << known_differ
            << " known round-trip failures differ in the copy, " << differ << " false positives, "
            << cannot << " this SQLite cannot make\n";
  EXPECT_GT(empty, 700);
}

// ---- differences -------------------------------------------------------------------------

namespace {

// A database on a real file (or :memory:) made from `ddl`, compared with targets.
class Live {
 public:
  explicit Live(const std::string& ddl, bool memory = false)
      : engine_(sc::create_engine(memory ? std::string("sqlite://") : dir_.url("live.db"),
                                  {.foreign_keys = false})),
        conn_(engine_.connect()) {
    if (!ddl.empty()) conn_.raw().exec(ddl);
  }
  sc::Connection& conn() { return conn_; }
  sc::SchemaDiff compare(const sc::MetaData& target, const sc::CompareOptions& o = {}) {
    return sc::compare(conn_, target, o);
  }

 private:
  st::TempDir dir_;
  sc::Engine engine_;
  sc::Connection conn_;
};

using Strings = std::vector<std::string>;

}  // namespace

TEST(Compare, AddAndDropTableInDependencyOrder) {
  for (bool memory : {false, true}) {
    Live db(
        "CREATE TABLE old_child (id INTEGER PRIMARY KEY, p INTEGER REFERENCES old_parent(id));"
        "CREATE TABLE old_parent (id INTEGER PRIMARY KEY);",
        memory);
    sc::MetaData target;
    target.table("users", sc::Column("id", sc::Integer()).primary_key(),
                 sc::Column("email", sc::String(100)).index());
    target.table("posts", sc::Column("id", sc::Integer()).primary_key(),
                 sc::Column("user_id", sc::Integer()).foreign_key("users.id"));
    auto diff = db.compare(target);
    EXPECT_EQ(summary(diff),
              (Strings{"add_table users ", "add_index users ix_users_email", "add_table posts ",
                       "drop_table old_child ", "drop_table old_parent "}));
    EXPECT_EQ(diff.changes()[0].describe(), "users: add table");
    EXPECT_EQ(diff.changes()[1].describe(), "users: add index ix_users_email ON users (email)");
    EXPECT_EQ(diff.changes()[3].describe(), "old_child: drop table");
    EXPECT_EQ(diff.for_table("USERS").size(), 2u);
  }
}
