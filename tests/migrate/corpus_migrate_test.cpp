// The 14 real-world schemas of ../shared/corpus/schemas migrated to a changed version of
// themselves and back (src/migrate/plan.cpp): for the first tables of each, a column added, a
// column dropped, a type changed (same affinity), an index added, a CHECK added; after each
// apply compare() is empty, integrity_check ok, foreign_key_check empty, and the rows of the
// tables left alone are identical.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/db_state.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
namespace sc = sqlcore;
namespace st = sqlcore::testing;

namespace {

const fs::path kCorpus = SQLCORE_MIGRATE_CORPUS_DIR;

std::vector<std::string> schemas() {
  std::vector<std::string> out;
  if (!fs::exists(kCorpus)) return out;
  for (const auto& f : fs::directory_iterator(kCorpus))
    if (f.path().extension() == ".sql") out.push_back(f.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

bool mentions(const std::string& sql, const std::string& name) {
  std::string l = sql, n = name;
  std::transform(l.begin(), l.end(), l.begin(), ::tolower);
  std::transform(n.begin(), n.end(), n.begin(), ::tolower);
  return l.find(n) != std::string::npos;
}

// A column as `c` is, with another type (the same affinity).
sc::Column retyped(const sc::Column& c, sc::Type type) {
  sc::Column out(c.name(), std::move(type));
  out.nullable(c.is_nullable());
  if (c.is_primary_key()) out.primary_key();
  if (c.server_default()) {
    if (c.server_default()->is_sql)
      out.server_default(sc::text(c.server_default()->text));
    else
      out.server_default(c.server_default()->text);
  }
  if (c.collation()) out.collation(*c.collation());
  for (const auto& k : c.checks()) out.check(k.sqltext, k.name);
  if (c.on_conflict_not_null()) out.sqlite_on_conflict_not_null(*c.on_conflict_not_null());
  if (c.autoincrement()) out.autoincrement(*c.autoincrement());
  return out;
}

// A column nothing else names: no key, constraint, index, view or trigger.
bool free_column(const sc::Table& t, const sc::Column& c, const std::string& schema_sql_but_table) {
  if (c.is_primary_key() || c.computed()) return false;
  for (const auto& k : t.primary_key().columns())
    if (k == c.name()) return false;
  for (const auto& k : t.constraints()) {
    if (const auto* u = std::get_if<sc::UniqueConstraint>(&k))
      for (const auto& col : u->columns())
        if (col == c.name()) return false;
    if (const auto* f = std::get_if<sc::ForeignKeyConstraint>(&k))
      for (const auto& col : f->columns())
        if (col == c.name()) return false;
    if (const auto* ck = std::get_if<sc::CheckConstraint>(&k))
      if (mentions(ck->sqltext(), c.name())) return false;
  }
  for (const auto& other : t.columns()) {
    for (const auto& ck : other.checks())
      if (mentions(ck.sqltext, c.name())) return false;
    if (other.computed() && mentions(other.computed()->sqltext, c.name())) return false;
  }
  for (const auto& ix : t.indexes()) {
    for (const auto& col : ix.columns())
      if (mentions(col, c.name())) return false;
    if (ix.where() && mentions(*ix.where(), c.name())) return false;
  }
  return !mentions(schema_sql_but_table, c.name());
}

std::string affinity_type_name(const sc::Table& t, const sc::Column& c) {
  if (t.sqlite_strict()) {  // STRICT takes INT, INTEGER, REAL, TEXT, BLOB, ANY
    if (c.type().affinity() != sc::Affinity::integer) return "";
    return c.type().compile(sc::sqlite_dialect()) == "INT" ? "INTEGER" : "INT";
  }
  switch (c.type().affinity()) {
    case sc::Affinity::integer:
      return "BIGINT";
    case sc::Affinity::text:
      return "VARCHAR(255)";
    case sc::Affinity::real:
      return "DOUBLE";
    case sc::Affinity::numeric:
      return "DECIMAL(20, 4)";
    case sc::Affinity::blob:
      return "";
  }
  return "";
}

// A few rows in every table that takes them (failures ignored: NOT NULL without a value, a
// trigger calling an application's function ...).
void fill(sc::Connection& conn, const sc::MetaData& meta) {
  for (int i = 1; i <= 3; ++i)
    for (const sc::Table* t : meta.sorted_tables()) {
      if (!t->sqlite_virtual_sql().empty()) continue;
      std::string cols, vals;
      for (const sc::Column& c : t->columns()) {
        if (c.computed()) continue;
        std::string v;
        switch (c.type().affinity()) {
          case sc::Affinity::text:
            v = "'v" + std::to_string(i) + "'";
            break;
          case sc::Affinity::real:
            v = std::to_string(i) + ".5";
            break;
          default:
            v = std::to_string(i);
        }
        cols += (cols.empty() ? "\"" : ", \"") + c.name() + "\"";
        vals += (vals.empty() ? "" : ", ") + v;
      }
      try {
        conn.raw().exec("INSERT INTO \"" + t->name() + "\" (" + cols + ") VALUES (" + vals + ")");
      } catch (const sc::Error&) {
      }
    }
}

struct Changed {
  sc::MetaData meta;
  std::vector<std::string> tables;  // the tables changed
  std::vector<std::string> what;
};

// The reflected schema with its first eligible tables changed, one change each.
void change(const sc::MetaData& live, sc::Connection& conn, Changed& out) {
  std::string others;
  for (const sc::Row& r : conn.exec_driver_sql(
           "SELECT sql FROM sqlite_master WHERE type IN ('view', 'trigger') AND sql IS NOT NULL"))
    others += r.get<std::string>(0) + "\n";
  // The five changes, each made on the first table (in declaration order) that can take it.
  std::vector<int> pending{0, 1, 2, 3, 4};
  for (const sc::Table* t : live.tables()) {
    sc::TableArgs a = t->to_args();
    const bool eligible = t->sqlite_virtual_sql().empty() && t->name() != "sqlite_stat1" &&
                          t->name() != "sqlite_sequence";
    bool done = false;
    for (std::size_t k = 0; eligible && !done && k < pending.size(); ++k) {
      switch (pending[k]) {
        case 0:
          a.columns.emplace_back("sqlcore_added", sc::Integer());
          out.what.push_back(t->name() + ": add column");
          done = true;
          break;
        case 1:
        case 2:
          for (std::size_t i = 0; i < a.columns.size() && !done; ++i)
            // Dropped, then added back: NULL-able or with a DEFAULT, or the way back fails.
            if (free_column(*t, t->columns()[i], others) &&
                (t->columns()[i].is_nullable() || t->columns()[i].server_default())) {
              if (pending[k] == 1) {
                if (a.columns.size() < 2) break;
                out.what.push_back(t->name() + ": drop column " + a.columns[i].name());
                a.columns.erase(a.columns.begin() + static_cast<std::ptrdiff_t>(i));
                done = true;
              } else {
                const std::string ty = affinity_type_name(*t, t->columns()[i]);
                if (ty.empty()) continue;
                out.what.push_back(t->name() + ": retype " + a.columns[i].name() + " as " + ty);
                a.columns[i] = retyped(a.columns[i], sc::Integer().declared_as(ty));
                done = true;
              }
            }
          break;
        case 3:
          a.add(sc::Index("ix_sqlcore_" + t->name(), {t->columns().front().name()}));
          out.what.push_back(t->name() + ": add index");
          done = true;
          break;
        case 4:
          a.add(sc::CheckConstraint("\"" + t->columns().front().name() + "\" IS NULL OR \"" +
                                    t->columns().front().name() + "\" IS NOT NULL"));
          out.what.push_back(t->name() + ": add check");
          done = true;
          break;
      }
      if (done) pending.erase(pending.begin() + static_cast<std::ptrdiff_t>(k));
    }
    if (done) out.tables.push_back(t->name());
    out.meta.add_table(t->name(), std::move(a));
  }
  for (const sc::View& v : live.views()) out.meta.add_view(v.name, v.sql);
  for (const sc::Trigger& tr : live.triggers()) out.meta.add_trigger(tr.name, tr.sql, tr.table);
}

class CorpusMigrate : public ::testing::TestWithParam<std::string> {};

TEST_P(CorpusMigrate, ToAChangedVersionAndBack) {
  const std::string ddl = read(kCorpus / (GetParam() + ".sql"));
  if (auto why = st::cannot_create(ddl)) GTEST_SKIP() << *why;
  st::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("corpus.db"));
  sc::Connection conn = engine.connect();
  conn.raw().exec(ddl);
  conn.raw().exec("PRAGMA foreign_keys=ON");  // a schema file may turn them off (pihole's does)
  sc::MetaData original;
  original.reflect(conn);
  fill(conn, original);
  const sc::SchemaDiff self = sc::compare(conn, original);
  ASSERT_TRUE(self.empty()) << "the reflected schema differs from itself:\n" << self.describe();

  Changed changed;
  change(original, conn, changed);
  ASSERT_FALSE(changed.tables.empty());
  const auto before = st::table_rows(conn);
  ASSERT_EQ(st::foreign_key_violations(conn), std::vector<std::string>{});

  for (int round = 0; round < 2; ++round) {
    const sc::MetaData& target = round == 0 ? changed.meta : original;
    sc::MigrationPlan plan = sc::plan_migration(conn, target);
    std::string steps;
    for (const auto& s : plan.steps()) steps += s.describe() + "\n";
    ASSERT_FALSE(plan.empty());
    plan.apply(conn, {.allow_data_loss = true});
    const sc::SchemaDiff diff = sc::compare(conn, target);
    EXPECT_TRUE(diff.empty()) << (round ? "back: " : "forward: ") << diff.describe() << "\nsteps:\n"
                              << steps;
    EXPECT_EQ(st::integrity(conn), "ok");
    EXPECT_EQ(st::foreign_key_violations(conn), std::vector<std::string>{});
    const auto after = st::table_rows(conn);
    for (const auto& [table, rows] : before) {
      auto it = after.find(table);
      ASSERT_NE(it, after.end()) << table;
      if (std::find(changed.tables.begin(), changed.tables.end(), table) == changed.tables.end())
        EXPECT_EQ(it->second, rows) << table;
      else
        EXPECT_EQ(it->second.size(), rows.size()) << table;
    }
  }
  std::string what;
  for (const auto& w : changed.what) what += w + "; ";
  std::size_t rows = 0;
  for (const auto& [table, r] : before) rows += r.size();
  std::cout << "[corpus] " << GetParam() << ": " << what << before.size() << " tables, " << rows
            << " rows kept\n";
}

INSTANTIATE_TEST_SUITE_P(Schemas, CorpusMigrate, ::testing::ValuesIn(schemas()),
                         [](const auto& info) {
                           std::string n = info.param;
                           std::replace_if(
                               n.begin(), n.end(), [](char c) { return !std::isalnum(c); }, '_');
                           return n;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(CorpusMigrate);

}  // namespace
