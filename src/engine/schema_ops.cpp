// MetaData::create_all / drop_all: dependency-ordered DDL in one transaction.
// SPDX-License-Identifier: MIT
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <algorithm>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "dialect/sqlite/create_parser.hpp"
#include "dialect/sqlite/ddl_compiler.hpp"
#include "dialect/sqlite/identifier_preparer.hpp"
#include "engine/row_reader.hpp"
#include "sqlcore/ddl.hpp"
#include "sqlcore/engine.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace {

// The tables, views and triggers of the main schema, by name lower-cased (SQLite's names are
// case-insensitive): one lookup.
struct Existing {
  std::set<std::string> tables, views, triggers;
  static bool has(const std::set<std::string>& names, std::string_view name) {
    return names.count(detail::ascii_lower(name)) > 0;
  }
};

Existing existing_objects(Connection& conn) {
  Existing out;
  for (const Row& row : conn.execute(text("SELECT type, lower(name) FROM sqlite_master "
                                          "WHERE type IN ('table', 'view', 'trigger')"))) {
    auto type = row.get<std::string>(0);
    auto& names = type == "table" ? out.tables : type == "view" ? out.views : out.triggers;
    names.insert(row.get<std::string>(1));
  }
  return out;
}

// Runs `work` in the connection's open transaction, or in one of its own.
template <class Work>
void in_transaction(Connection& conn, Work work) {
  std::optional<Transaction> tx;
  if (!conn.in_transaction()) tx.emplace(conn.begin());
  work();
  if (tx) tx->commit();
}

}  // namespace

void MetaData::create_all(Connection& conn, bool checkfirst) const {
  const Dialect& dialect = sqlite_dialect();
  in_transaction(conn, [&] {
    Existing existing;
    if (checkfirst) existing = existing_objects(conn);
    // Compile everything first: a bad declaration raises before any DDL runs.
    std::vector<std::string> statements;
    std::vector<const Table*> tables = sorted_tables();
    // Virtual tables after every ordinary one: a module may read them (fts4(content=t)).
    std::stable_partition(tables.begin(), tables.end(),
                          [](const Table* t) { return t->sqlite_virtual_sql().empty(); });
    for (const Table* t : tables) {
      if (existing.has(existing.tables, t->name())) continue;
      statements.push_back(CreateTable(*t).compile(dialect));
      for (const Index& ix : t->indexes()) statements.push_back(CreateIndex(ix).compile(dialect));
    }
    // Views after the tables, each after the views it reads; triggers after every table and
    // view (an INSTEAD OF trigger is on a view).
    for (const View* v : DDLCompiler::sorted_views(*this))
      if (!existing.has(existing.views, v->name))
        statements.push_back(DDLCompiler::create_view_sql(*v));
    for (const Trigger& tr : triggers_)
      if (!existing.has(existing.triggers, tr.name))
        statements.push_back(DDLCompiler::create_trigger_sql(tr));
    // SQLite checks no foreign key target at CREATE time, so any order SQLite accepts the
    // statements in; the dependency order is kept for readers of the schema.
    // One statement at a time, never sqlite3_exec: DDL holds user text (declared types,
    // defaults, CHECKs), which must not be able to run a second statement.
    for (const auto& sql : statements) conn.exec_driver_sql(sql);
  });
}

void MetaData::trigger(std::string name, std::string create_sql) {
  auto parsed = detail::check_create_trigger(create_sql, fmt::format("trigger '{}'", name));
  if (!detail::iequals(parsed.name, name))
    throw CompileError(
        fmt::format("trigger '{}': its CREATE TRIGGER statement names '{}'", name, parsed.name));
  triggers_.push_back({std::move(name), std::move(create_sql), std::move(parsed.table)});
}

void MetaData::create_all(Engine& engine, bool checkfirst) const {
  Connection conn = engine.connect();
  create_all(conn, checkfirst);
}

void MetaData::drop_all(Connection& conn, bool checkfirst) const {
  const Dialect& dialect = sqlite_dialect();
  in_transaction(conn, [&] {
    Existing existing = existing_objects(conn);
    const DDLCompiler& ddl = dialect.ddl_compiler();
    // Triggers, then views (readers first), then tables: the reverse of create_all.
    for (auto it = triggers_.rbegin(); it != triggers_.rend(); ++it)
      if (!checkfirst || existing.has(existing.triggers, it->name))
        conn.exec_driver_sql(ddl.drop_trigger_sql(*it));
    auto views = DDLCompiler::sorted_views(*this);
    for (auto it = views.rbegin(); it != views.rend(); ++it)
      if (!checkfirst || existing.has(existing.views, (*it)->name))
        conn.exec_driver_sql(ddl.drop_view_sql(**it));
    // DROP TABLE runs an implicit DELETE, which foreign keys (foreign_keys=ON) check; deferring
    // every check to COMMIT lets tables in a cycle go in any order. SQLite resets the pragma
    // at the end of the transaction.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON");  // one statement, traced
    auto sorted = sorted_tables();
    for (auto it = sorted.rbegin(); it != sorted.rend(); ++it) {
      if (checkfirst && !existing.has(existing.tables, (*it)->name())) continue;
      conn.exec_driver_sql(DropTable(**it).compile(dialect));
    }
  });
}

void MetaData::drop_all(Engine& engine, bool checkfirst) const {
  Connection conn = engine.connect();
  drop_all(conn, checkfirst);
}

}  // namespace sqlcore
