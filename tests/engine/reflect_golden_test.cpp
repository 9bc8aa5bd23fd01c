// Reflection against SQLAlchemy 1.4's Inspector on the schemas of
// tests/golden/reflection_schemas.sql (golden output: tests/golden/reflection.txt, made by
// scripts/golden_reflection.py), with the differences where SQLAlchemy is wrong listed in
// tests/golden/reflection_overrides.txt; and the round trip reflect → ddl_script → create →
// reflect on those schemas and on the real-world corpus.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/reflection_dump.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

using sc::testing::fmt;

std::string type_text(const sc::Type& t) {
  return t.is_null_type() ? "NULL" : t.compile(sc::sqlite_dialect());
}

// What SQLAlchemy's Inspector reports, in scripts/golden_reflection.py's format.
std::string sqlalchemy_fields(sc::Connection& conn, const std::string& name) {
  sc::Inspector insp = sc::inspect(conn);
  std::ostringstream out;
  auto tables = insp.get_table_names();
  out << "== " << name << "\n";
  out << "tables|" << fmt(tables) << "\n";
  out << "views|" << fmt(insp.get_view_names()) << "\n";
  for (const auto& t : tables) {
    out << "-- table " << fmt(t) << "\n";
    for (const auto& c : insp.get_columns(t))
      out << "column|" << fmt(c.name) << "|" << fmt(type_text(c.type)) << "|" << fmt(c.nullable)
          << "|" << fmt(c.default_value) << "|" << c.primary_key << "|"
          << (c.computed ? fmt(c.computed->sqltext) : "~") << "|"
          << (c.computed ? fmt(c.computed->persisted) : "~") << "\n";
    auto pk = insp.get_pk_constraint(t);
    out << "pk|" << fmt(pk.name) << "|" << fmt(pk.columns) << "\n";
    std::vector<std::string> lines;
    for (const auto& fk : insp.get_foreign_keys(t))
      lines.push_back("fk|" + fmt(fk.name) + "|" + fmt(fk.constrained_columns) + "|" +
                      fmt(fk.referred_table) + "|" + fmt(fk.referred_columns) + "|" +
                      fmt(fk.ondelete) + "|" + fmt(fk.onupdate) + "|" + fmt(fk.deferrable) + "|" +
                      fmt(fk.initially) + "\n");
    for (const auto& ix : insp.get_indexes(t)) {
      if (ix.has_expressions) continue;  // SQLAlchemy skips expression indexes
      out << "index|" << fmt(ix.name) << "|" << fmt(ix.columns) << "|" << fmt(ix.unique) << "|"
          << fmt(ix.sqlite_where) << "\n";
    }
    for (const auto& uq : insp.get_unique_constraints(t))
      lines.push_back("unique|" + fmt(uq.name) + "|" + fmt(uq.columns) + "\n");
    for (const auto& ck : insp.get_check_constraints(t))
      lines.push_back("check|" + fmt(ck.name) + "|" + fmt(ck.sqltext) + "\n");
    std::sort(lines.begin(), lines.end());
    for (const auto& l : lines) out << l;
  }
  return out.str();
}

std::vector<std::pair<std::string, std::string>> schemas() {
  std::ifstream in(SQLCORE_GOLDEN_DIR "/reflection_schemas.sql");
  std::vector<std::pair<std::string, std::string>> out;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("-- schema: ", 0) == 0) {
      out.emplace_back(line.substr(11), "");
    } else if (!out.empty()) {
      out.back().second += line + "\n";
    }
  }
  return out;
}

std::map<std::string, std::string> golden() {
  std::ifstream in(SQLCORE_GOLDEN_DIR "/reflection.txt");
  std::map<std::string, std::string> out;
  std::string name;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("#", 0) == 0) continue;
    if (line.rfind("== ", 0) == 0) name = line.substr(3);
    out[name] += line + "\n";
  }
  return out;
}

// Lines "schema|SQLAlchemy's line|sqlcore's line" (either side may be empty: a line only
// one of them reports), each explained in docs/reflection.md.
std::map<std::string, std::vector<std::pair<std::string, std::string>>> overrides() {
  std::ifstream in(SQLCORE_GOLDEN_DIR "/reflection_overrides.txt");
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    auto a = line.find(" => ");
    auto bar = line.find('|');
    std::string schema = line.substr(0, bar);
    std::string sa = line.substr(bar + 1, a - bar - 1);
    std::string ours = line.substr(a + 4);
    out[schema].emplace_back(sa, ours);
  }
  return out;
}

std::string apply_overrides(std::string expected,
                            const std::vector<std::pair<std::string, std::string>>& fixes) {
  for (const auto& [sa, ours] : fixes) {
    if (sa.empty()) continue;
    auto at = expected.find(sa + "\n");
    if (at == std::string::npos) {
      ADD_FAILURE() << "override does not match SQLAlchemy's output any more: " << sa;
      continue;
    }
    expected.replace(at, sa.size() + 1, ours.empty() ? "" : ours + "\n");
  }
  return expected;
}

// Sorts the lines of each block so that added lines (overrides with no SQLAlchemy side) fit.
std::string canonical(const std::string& dump) {
  std::istringstream in(dump);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

}  // namespace

TEST(Inspector, MatchesSQLAlchemyOnEverySchema) {
  auto expected = golden();
  auto fixes = overrides();
  auto all = schemas();
  ASSERT_GE(all.size(), 25u);
  int skipped = 0;
  for (const auto& [name, ddl] : all) {
    SCOPED_TRACE(name);
    if (sc::testing::cannot_create(ddl)) {  // a schema beyond this SQLite (STRICT, FTS5 ...)
      ++skipped;
      continue;
    }
    sc::Engine engine = sc::create_engine("sqlite://");
    sc::Connection conn = engine.connect();
    conn.raw().exec(ddl);
    ASSERT_TRUE(expected.count(name)) << "no golden output for " << name;
    std::string want = apply_overrides(expected[name], fixes[name]);
    for (const auto& [sa, ours] : fixes[name])
      if (sa.empty()) want += ours + "\n";
    EXPECT_EQ(canonical(sqlalchemy_fields(conn, name)), canonical(want));
  }
  if (sc::sqlite_dialect().supports_strict_tables()) {
    EXPECT_EQ(skipped, 0);
  }
}

TEST(MetaData, ReflectRoundTripsEverySchema) {
  sc::testing::TempDir dir;
  for (const auto& [name, ddl] : schemas()) {
    SCOPED_TRACE(name);
    if (sc::testing::cannot_create(ddl)) continue;  // a schema beyond this SQLite
    sc::Engine original = sc::create_engine(dir.url(name + ".db"));
    sc::Connection conn = original.connect();
    conn.raw().exec(ddl);
    sc::MetaData meta;
    meta.reflect(conn, {.views = true});
    std::string script = sc::ddl_script(meta, sc::sqlite_dialect());
    sc::Engine copy = sc::create_engine(dir.url(name + "_copy.db"));
    sc::Connection conn2 = copy.connect();
    ASSERT_NO_THROW(conn2.raw().exec(script)) << script;
    EXPECT_EQ(sc::testing::all_fields(conn2), sc::testing::all_fields(conn)) << script;
  }
}

TEST(MetaData, ReflectRoundTripsTheRealWorldCorpus) {
  namespace fs = std::filesystem;
  fs::path corpus = fs::path(SQLCORE_SHARED_DIR) / "corpus" / "schemas";
  if (!fs::exists(corpus))
    GTEST_SKIP() << "no " << corpus << " (the shared corpus sits beside the project)";
  sc::testing::TempDir dir;
  int n = 0;
  for (const auto& file : fs::directory_iterator(corpus)) {
    if (file.path().extension() != ".sql") continue;
    std::string name = file.path().stem().string();
    SCOPED_TRACE(name);
    std::ifstream in(file.path());
    std::string ddl((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (auto why = sc::testing::cannot_create(ddl)) {  // beyond this SQLite (DROP COLUMN ...)
      EXPECT_FALSE(sc::sqlite_dialect().supports_strict_tables()) << *why;
      ++n;
      continue;
    }
    sc::Engine original = sc::create_engine(dir.url(name + ".db"), {.foreign_keys = false});
    sc::Connection conn = original.connect();
    ASSERT_NO_THROW(conn.raw().exec(ddl));
    sc::MetaData meta;
    ASSERT_NO_THROW(meta.reflect(conn, {.views = true}));
    std::string script = sc::ddl_script(meta, sc::sqlite_dialect());
    sc::Engine copy = sc::create_engine(dir.url(name + "_copy.db"), {.foreign_keys = false});
    sc::Connection conn2 = copy.connect();
    ASSERT_NO_THROW(conn2.raw().exec(script)) << script.substr(0, 2000);
    EXPECT_EQ(sc::testing::all_fields(conn2), sc::testing::all_fields(conn));
    ++n;
  }
  EXPECT_EQ(n, 14);
}
