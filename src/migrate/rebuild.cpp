// SQLite's table rebuild (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of
// Table Schema Changes") and the transaction every schema change runs in.
// SPDX-License-Identifier: MIT
#include "migrate/rebuild.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "base/ascii.hpp"
#include "dialect/sqlite/create_parser.hpp"
#include "dialect/sqlite/identifier_preparer.hpp"
#include "sqlcore/ddl.hpp"
#include "sqlcore/dialect.hpp"

namespace sqlcore::detail {

namespace {

std::string literal(std::string_view s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

bool has(const std::vector<std::string>& lowered, std::string_view name) {
  const std::string l = ascii_lower(name);
  return std::find(lowered.begin(), lowered.end(), l) != lowered.end();
}

// The stored CREATE statement of `name` (any type), or "".
std::string stored_sql(Connection& conn, std::string_view name, std::string_view type) {
  Result r = conn.exec_driver_sql(
      "SELECT sql FROM sqlite_master WHERE type = :type AND lower(name) = lower(:name)",
      {{"type", std::string(type)}, {"name", std::string(name)}});
  return r.scalar<std::string>().value_or("");
}

bool name_taken(Connection& conn, std::string_view name) {
  Result r =
      conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE lower(name) = lower(:n)",
                           {{"n", std::string(name)}});
  return r.scalar<std::int64_t>().value_or(0) != 0;
}

// What a CREATE TABLE text says about rowids: WITHOUT ROWID, and the column that is the
// rowid's alias ("" when none). An INTEGER PRIMARY KEY is the alias unless written
// `PRIMARY KEY DESC` on its column (https://www.sqlite.org/lang_createtable.html#rowid).
struct RowidShape {
  bool rowid = true;
  std::string alias;
  std::vector<std::string> columns;  // every column name, lower-cased
};

RowidShape rowid_shape(std::string_view create_sql) {
  RowidShape shape;
  auto parsed = parse_create_table(create_sql);
  if (!parsed) return shape;
  for (const auto& c : parsed->columns) shape.columns.push_back(ascii_lower(c.name));
  if (parsed->without_rowid) {
    shape.rowid = false;
    return shape;
  }
  auto integer = [&](std::string_view col) {
    for (const auto& c : parsed->columns)
      if (iequals(c.name, col)) return iequals(trim_sql(c.type), "INTEGER");
    return false;
  };
  for (const auto& c : parsed->columns)
    if (c.primary_key) {
      if (!c.pk_desc && iequals(trim_sql(c.type), "INTEGER")) shape.alias = c.name;
      return shape;
    }
  for (const auto& k : parsed->constraints)
    if (k.kind == ParsedTableConstraint::Kind::primary_key && k.columns.size() == 1 &&
        integer(k.columns[0]))
      shape.alias = k.columns[0];
  return shape;
}

// A name for the rowid that no column shadows, or "" when all three are columns.
std::string rowid_name(const std::vector<std::string>& lowered_columns) {
  for (const char* n : {"_rowid_", "rowid", "oid"})
    if (std::find(lowered_columns.begin(), lowered_columns.end(), n) == lowered_columns.end())
      return n;
  return "";
}

void check_foreign_keys(Connection& conn) {
  std::vector<std::string> found;
  std::int64_t total = 0;
  for (const Row& row : conn.exec_driver_sql("PRAGMA foreign_key_check")) {
    ++total;
    if (found.size() < 5) {
      std::string rowid = row.is_null(1) ? "?" : std::to_string(row.get<std::int64_t>(1));
      found.push_back("row " + rowid + " of '" + row.get<std::string>(0) +
                      "' refers to a missing row of '" + row.get<std::string>(2) + "'");
    }
  }
  if (total == 0) return;
  std::string msg = "schema change rolled back: PRAGMA foreign_key_check found " +
                    std::to_string(total) + " violation" + (total == 1 ? "" : "s") + ": ";
  for (std::size_t i = 0; i < found.size(); ++i) msg += (i ? "; " : "") + found[i];
  if (total > static_cast<std::int64_t>(found.size())) msg += "; ...";
  throw IntegrityError(msg, 787 /* SQLITE_CONSTRAINT_FOREIGNKEY */, msg,
                       "PRAGMA foreign_key_check");
}

bool foreign_keys_on(Connection& conn) {
  return conn.exec_driver_sql("PRAGMA foreign_keys").scalar<std::int64_t>().value_or(0) != 0;
}

// PRAGMA legacy_alter_table (3.26+), nullopt where SQLite has no such PRAGMA.
std::optional<bool> legacy_alter_table(Connection& conn) {
  auto v = conn.exec_driver_sql("PRAGMA legacy_alter_table").scalar<std::int64_t>();
  if (!v) return std::nullopt;
  return *v != 0;
}

}  // namespace

std::string quote_name(std::string_view name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::vector<std::string> sql_identifiers(std::string_view sql) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(sql))
    if (t.kind == Token::Kind::identifier || t.kind == Token::Kind::quoted_identifier)
      out.push_back(ascii_lower(t.text));
  return out;
}

std::vector<SchemaObject> dependent_objects(Connection& conn, std::string_view table) {
  std::vector<SchemaObject> all;
  for (const Row& row : conn.exec_driver_sql(
           "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') "
           "AND sql IS NOT NULL ORDER BY rowid"))
    all.push_back({row.get<std::string>(0), row.get<std::string>(1), row.get<std::string>(2),
                   row.get<std::string>(3)});
  // A view or trigger depends on the table when its text names it (an over-approximation: a
  // column or alias of that name counts too, which only means one more drop and create); then
  // on every view so found, until nothing more is added.
  std::vector<std::string> names{ascii_lower(table)};
  std::vector<bool> in(all.size(), false);
  for (bool grew = true; grew;) {
    grew = false;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (in[i]) continue;
      auto ids = sql_identifiers(all[i].sql);
      bool uses = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
        return has(ids, n) || iequals(all[i].tbl_name, n);
      });
      if (!uses) continue;
      in[i] = grew = true;
      if (all[i].type == "view") names.push_back(ascii_lower(all[i].name));
    }
  }
  std::vector<SchemaObject> out;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (in[i]) out.push_back(std::move(all[i]));
  return out;
}

bool rebuild_needs_foreign_keys_off(Connection& conn, std::string_view table) {
  std::vector<std::string> candidates;
  for (const Row& row : conn.exec_driver_sql(
           "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"))
    if (has(sql_identifiers(row.get<std::string>(1)), table))
      candidates.push_back(row.get<std::string>(0));
  for (const auto& name : candidates)
    for (const Row& fk : conn.exec_driver_sql("PRAGMA foreign_key_list(" + quote_name(name) + ")"))
      if (iequals(fk.get<std::string>(2), table)) return true;
  return false;
}

std::vector<std::string> rebuild_statements(Connection& conn, const RebuildSpec& spec) {
  if (spec.live == nullptr || spec.target == nullptr)
    throw ArgumentError("rebuild: both the live table and the target are needed");
  const Table& live = *spec.live;
  const Table& target = *spec.target;
  const std::string& old_name = live.name();
  if (!target.sqlite_virtual_sql().empty() || !live.sqlite_virtual_sql().empty())
    throw MigrationError("table '" + old_name +
                         "': a virtual table cannot be rebuilt; drop and create it instead");
  const std::string live_sql = stored_sql(conn, old_name, "table");
  if (live_sql.empty()) throw NoSuchTableError("no table named '" + old_name + "' in the database");
  const Dialect& dialect = sqlite_dialect();

  // Step 4's table under a name nothing has: the target's CREATE TABLE with its name replaced.
  std::string temp = "sqlcore_new_" + old_name;
  for (int n = 2; name_taken(conn, temp); ++n)
    temp = "sqlcore_new_" + old_name + "_" + std::to_string(n);
  std::string create = CreateTable(target).compile(dialect);
  const std::string prefix = "CREATE TABLE " + dialect.identifier_preparer().quote(target.name());
  if (create.compare(0, prefix.size(), prefix) != 0)
    throw MigrationError("table '" + target.name() + "': unexpected CREATE TABLE text: " + create);
  create = "CREATE TABLE " + quote_name(temp) + create.substr(prefix.size());

  // Step 5's column lists: each target column from its expression over the live table, the
  // rowid carried into the new rowid (so INTEGER PRIMARY KEY values, rowids that other rows
  // store, and the AUTOINCREMENT high-water mark survive). Generated columns are computed.
  std::vector<std::pair<std::string, std::string>> copy = spec.copy;
  if (copy.empty())
    for (const Column& c : target.columns())
      if (live.find_column(c.name()) != nullptr)
        copy.emplace_back(c.name(), quote_name(live.find_column(c.name())->name()));
  const RowidShape from = rowid_shape(live_sql);
  const RowidShape to = rowid_shape(create);
  std::string cols, exprs;
  auto add = [&](const std::string& col, const std::string& expr) {
    cols += (cols.empty() ? "" : ", ") + col;
    exprs += (exprs.empty() ? "" : ", ") + expr;
  };
  bool alias_copied = false;
  for (const auto& [col, expr] : copy) {
    const Column* c = target.find_column(col);
    if (c == nullptr)
      throw ArgumentError("rebuild of '" + old_name + "': the target has no column '" + col + "'");
    if (c->computed()) continue;
    if (!to.alias.empty() && iequals(col, to.alias)) alias_copied = true;
    add(quote_name(c->name()), expr);
  }
  const std::string from_rowid = from.rowid ? rowid_name(from.columns) : "";
  if (to.rowid && !from_rowid.empty() && !alias_copied) {
    const std::string to_rowid = to.alias.empty() ? rowid_name(to.columns) : to.alias;
    if (!to_rowid.empty()) add(to.alias.empty() ? to_rowid : quote_name(to_rowid), from_rowid);
  }

  std::vector<SchemaObject> deps = dependent_objects(conn, old_name);
  // A view or trigger that reads a column the change takes away would be recreated broken:
  // refuse, naming it (never a silently broken view).
  for (const auto& d : deps) {
    auto ids = sql_identifiers(d.sql);
    if (!has(ids, old_name) && !iequals(d.tbl_name, old_name)) continue;
    for (const Column& c : live.columns())
      if (target.find_column(c.name()) == nullptr && has(ids, c.name()))
        throw MigrationError(d.type + " '" + d.name + "' uses column '" + old_name + "." +
                             c.name() + "', which this change drops or renames; drop or " +
                             "redefine the " + d.type + " first");
  }

  std::vector<std::string> out;
  // Views (and triggers on other tables) that name the table would make step 7's RENAME fail
  // once the old table is gone (SQLite 3.26+ checks the whole schema; alembic #1207): drop
  // them first and recreate them after, as step 9 says.
  for (const auto& d : deps)
    if (d.type == "trigger") out.push_back("DROP TRIGGER IF EXISTS " + quote_name(d.name));
  for (auto it = deps.rbegin(); it != deps.rend(); ++it)
    if (it->type == "view") out.push_back("DROP VIEW IF EXISTS " + quote_name(it->name));
  out.push_back(create);
  if (!cols.empty())
    out.push_back("INSERT INTO " + quote_name(temp) + " (" + cols + ") SELECT " + exprs + " FROM " +
                  quote_name(old_name));
  if (target.sqlite_autoincrement()) {
    // sqlite_sequence's seq may be above max(rowid) (rows deleted): carry the larger one.
    const std::string t = literal(temp), o = literal(old_name);
    out.push_back("INSERT INTO sqlite_sequence (name, seq) SELECT " + t +
                  ", seq FROM sqlite_sequence WHERE name = " + o +
                  " AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = " + t + ")");
    out.push_back(
        "UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT seq FROM "
        "sqlite_sequence WHERE name = " +
        o + "), 0)) WHERE name = " + t);
  }
  out.push_back("DROP TABLE " + quote_name(old_name));
  // legacy_alter_table=ON for this rename: nothing names the new table (the dependents were
  // dropped), and so a view elsewhere that is already broken cannot make it fail (3.26+ checks
  // the whole schema otherwise). run_schema_change restores the setting after a failure.
  const bool legacy = legacy_alter_table(conn).value_or(true);
  if (!legacy) out.push_back("PRAGMA legacy_alter_table=ON");
  out.push_back("ALTER TABLE " + quote_name(temp) + " RENAME TO " + quote_name(old_name));
  if (!legacy) out.push_back("PRAGMA legacy_alter_table=OFF");
  for (const auto& d : deps) out.push_back(d.sql);
  // A rename goes last, so that SQLite rewrites the recreated triggers and views with it.
  if (target.name() != old_name)
    out.push_back("ALTER TABLE " + quote_name(old_name) + " RENAME TO " +
                  quote_name(target.name()));
  for (const Index& ix : target.indexes()) out.push_back(CreateIndex(ix).compile(dialect));
  return out;
}

void run_schema_change(Connection& conn, bool foreign_keys_off, const std::function<void()>& body) {
  const bool fk_on = foreign_keys_on(conn);
  const std::optional<bool> legacy = legacy_alter_table(conn);
  auto restore_legacy = [&]() noexcept {
    try {
      if (legacy && legacy_alter_table(conn) != legacy)
        conn.exec_driver_sql(*legacy ? "PRAGMA legacy_alter_table=ON"
                                     : "PRAGMA legacy_alter_table=OFF");
    } catch (...) {
    }
  };
  if (conn.in_transaction() || conn.raw().in_transaction()) {
    if (foreign_keys_off && fk_on)
      throw MigrationError(
          "this change rebuilds a table that foreign keys refer to: it needs PRAGMA "
          "foreign_keys=OFF (or DROP TABLE would cascade or fail), which SQLite cannot change "
          "inside a transaction; run it with no transaction open, or with foreign keys off");
    try {
      body();
      if (fk_on) check_foreign_keys(conn);
    } catch (...) {
      restore_legacy();
      throw;
    }
    return;
  }
  // Step 1: foreign keys off before BEGIN (a no-op inside a transaction), back on after.
  const bool turn_off = foreign_keys_off && fk_on;
  if (turn_off) conn.exec_driver_sql("PRAGMA foreign_keys=OFF");
  try {
    Transaction tx = conn.begin();
    // An engine with isolation_level autocommit emits no BEGIN: nothing could be rolled back.
    if (!conn.raw().in_transaction())
      throw MigrationError(
          "a schema change needs a transaction, and this engine's isolation_level is "
          "autocommit (BEGIN is not emitted); use another engine or open the transaction first");
    body();
    // Step 10: the check SQLite's procedure asks for when foreign keys were on.
    if (fk_on) check_foreign_keys(conn);
    tx.commit();
  } catch (...) {
    // The Transaction has rolled back: the file is as it was; the connection's settings too.
    restore_legacy();
    try {
      if (turn_off) conn.exec_driver_sql("PRAGMA foreign_keys=ON");
    } catch (...) {
    }
    throw;
  }
  if (turn_off) conn.exec_driver_sql("PRAGMA foreign_keys=ON");
}

}  // namespace sqlcore::detail
