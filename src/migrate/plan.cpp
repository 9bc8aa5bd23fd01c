// plan_migration: the diff of a live database and the target made into steps (ALTER TABLE
// where SQLite allows the change, otherwise one table rebuild per table), the data-loss checks,
// and MigrationPlan::apply / script.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/ascii.hpp"
#include "base/text.hpp"
#include "dialect/sqlite/create_parser.hpp"
#include "migrate/compare.hpp"
#include "migrate/data_loss.hpp"
#include "migrate/rebuild.hpp"
#include "sqlcore/ddl.hpp"
#include "sqlcore/dialect.hpp"
#include "sqlcore/engine.hpp"

namespace sqlcore {

std::string MigrationStep::sql() const {
  std::string out;
  for (const std::string& s : statements_) out += s + ";\n";
  return out;
}

std::string MigrationPlan::script() const {
  if (steps_.empty()) return "";
  // What apply() runs on a connection with foreign keys on (sqlcore's default): with them off,
  // the PRAGMAs around the transaction and the foreign_key_check are left out.
  std::string out;
  if (foreign_keys_off_) out += "PRAGMA foreign_keys=OFF;\n";
  out += "BEGIN;\n";
  for (const MigrationStep& s : steps_) out += s.sql();
  out += "PRAGMA foreign_key_check;\nCOMMIT;\n";
  if (foreign_keys_off_) out += "PRAGMA foreign_keys=ON;\n";
  return out;
}

namespace {

void refuse_loss(const std::vector<DataLoss>& losses, const ApplyOptions& options) {
  if (losses.empty() || options.allow_data_loss) return;
  std::string msg =
      "the migration plan would lose data (nothing was run; ApplyOptions::allow_data_loss runs "
      "it anyway): ";
  for (std::size_t i = 0; i < losses.size(); ++i) msg += (i ? "; " : "") + losses[i].describe();
  throw DataLossError(msg);
}

}  // namespace

void MigrationPlan::apply(Connection& conn, const ApplyOptions& options) const {
  if (conn.in_transaction())
    throw InvalidRequestError(
        "MigrationPlan::apply needs a connection with no transaction open: it runs the plan in "
        "a transaction of its own, with foreign keys off around it when a table is rebuilt "
        "(inside a transaction: apply_in_transaction)");
  refuse_loss(losses_, options);
  if (steps_.empty()) return;
  detail::run_schema_change(conn, foreign_keys_off_, [&] {
    for (const MigrationStep& s : steps_)
      for (const std::string& sql : s.statements()) conn.exec_driver_sql(sql);
  });
}

void MigrationPlan::apply_in_transaction(Connection& conn, const ApplyOptions& options) const {
  if (!conn.in_transaction())
    throw InvalidRequestError(
        "MigrationPlan::apply_in_transaction needs an open transaction (without one: apply)");
  refuse_loss(losses_, options);
  if (steps_.empty()) return;
  Transaction savepoint = conn.begin_nested();
  detail::run_schema_change(conn, foreign_keys_off_, [&] {
    for (const MigrationStep& s : steps_)
      for (const std::string& sql : s.statements()) conn.exec_driver_sql(sql);
  });
  savepoint.commit();
}

namespace {

using detail::ascii_lower;
using detail::iequals;

std::string q(std::string_view name) { return detail::force_quote(name); }

// The live schema copied, empty, into a database of its own: each step is tried on it as it is
// planned (a step that SQLite refuses fails here, before anything runs), and rebuild_statements
// reads the views and triggers a table has at that point of the plan from it.
struct Replica {
  Engine engine = create_engine("sqlite://", {.foreign_keys = false, .pool = PoolKind::static_});
  Connection conn = engine.connect();

  explicit Replica(Connection& live) {
    struct Object {
      std::string type, name, sql;
    };
    std::vector<Object> objects;
    for (const Row& row :
         live.exec_driver_sql("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                              "substr(name, 1, 7) <> 'sqlite_' ORDER BY rowid"))
      objects.push_back(
          {row.get<std::string>(0), row.get<std::string>(1), row.get<std::string>(2)});
    // Tables first (a virtual table makes its shadow tables itself), then indexes, views (not
    // checked when made) and triggers.
    for (const char* type : {"table", "index", "view", "trigger"})
      for (const Object& o : objects) {
        if (o.type != type || exists(o.name)) continue;
        try {
          conn.raw().exec(o.sql);
        } catch (const Error&) {  // NOLINT(bugprone-empty-catch): e.g. a module or function
          // this process lacks; the plan then does not know the object, which compare shows.
        }
      }
  }
  bool exists(std::string_view name) {
    return conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE lower(name) = lower(:n)",
                                {{"n", std::string(name)}})
               .scalar<std::int64_t>()
               .value_or(0) != 0;
  }
  void run(const std::vector<std::string>& statements, const std::string& what) {
    for (const std::string& s : statements) {
      try {
        conn.exec_driver_sql(s);
      } catch (const Error& e) {
        throw MigrationError("plan step '" + what + "' cannot run: " + e.what());
      }
    }
  }
  // The identifiers (lower-cased) of every view and trigger now in the schema, by name.
  std::vector<std::pair<std::string, std::vector<std::string>>> views_and_triggers() {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (const Row& row : conn.exec_driver_sql(
             "SELECT name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') AND sql IS NOT "
             "NULL"))
      out.emplace_back(row.get<std::string>(0), detail::sql_identifiers(row.get<std::string>(1)));
    return out;
  }
  std::vector<std::string> index_sql(std::string_view table) {
    std::vector<std::string> out;
    for (const Row& row : conn.exec_driver_sql(
             "SELECT sql FROM sqlite_master WHERE type = 'index' AND lower(tbl_name) = lower(:t) "
             "AND sql IS NOT NULL",
             {{"t", std::string(table)}}))
      out.push_back(row.get<std::string>(0));
    return out;
  }
};

bool has_id(const std::vector<std::string>& ids, std::string_view name) {
  const std::string l = ascii_lower(name);
  return std::find(ids.begin(), ids.end(), l) != ids.end();
}

bool contains(const std::vector<std::string>& names, std::string_view name) {
  return std::any_of(names.begin(), names.end(), [&](const auto& n) { return iequals(n, name); });
}

// SQLite's rules for ALTER TABLE ADD COLUMN (lang_altertable.html#altertabaddcol): a DEFAULT
// that is a constant (a literal, a signed number, NULL, TRUE, FALSE), not CURRENT_TIME /
// CURRENT_DATE / CURRENT_TIMESTAMP or an expression in parentheses.
bool constant_default(const Column& c, bool& is_null) {
  is_null = true;
  const auto& d = c.server_default();
  if (!d) return true;
  if (!d->is_sql) {
    is_null = false;
    return true;
  }
  std::vector<detail::Token> toks = detail::tokenize(d->text);
  std::size_t i = 0;
  if (i < toks.size() && toks[i].kind == detail::Token::Kind::punct &&
      (toks[i].text == "-" || toks[i].text == "+"))
    ++i;
  if (toks.size() != i + 1) return false;
  const detail::Token& t = toks[i];
  if (t.kind == detail::Token::Kind::number || t.kind == detail::Token::Kind::string ||
      t.kind == detail::Token::Kind::blob) {
    is_null = false;
    return true;
  }
  if (t.kind == detail::Token::Kind::identifier) {
    if (iequals(t.text, "NULL")) return i == 0;
    if (iequals(t.text, "TRUE") || iequals(t.text, "FALSE")) {
      is_null = false;
      return i == 0;
    }
  }
  return false;
}

// The column's definition as CREATE TABLE writes it, for ADD COLUMN: the target's DDL of a
// one-column table, cut out of its parentheses.
std::string column_definition(const Table& table, const Column& column) {
  TableArgs args = table.to_args();
  TableArgs one;
  for (Column& c : args.columns)
    if (iequals(c.name(), column.name())) one.columns.push_back(std::move(c));
  MetaData scratch;
  const Table& t = scratch.add_table(table.name(), std::move(one));
  const std::string create = CreateTable(t).compile(sqlite_dialect());
  const std::size_t open = create.find('('), close = create.rfind(')');
  std::string def = create.substr(open + 1, close - open - 1);
  while (!def.empty() && std::isspace(static_cast<unsigned char>(def.front()))) def.erase(0, 1);
  while (!def.empty() && std::isspace(static_cast<unsigned char>(def.back()))) def.pop_back();
  return def;
}

struct Hints {
  std::map<std::string, std::string> tables;  // old name (lower) -> new name
  // old table name (lower) -> (old column -> new column)
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> columns;
};

Hints parse_hints(const MetaData& live, const std::map<std::string, std::string>& renames) {
  Hints h;
  for (const auto& [key, value] : renames)
    if (key.find('.') == std::string::npos) {
      const Table* t = live.find_table(key);
      if (t == nullptr)
        throw ArgumentError("rename hint '" + key + "' -> '" + value +
                            "': the database has no table '" + key + "'");
      if (value.empty() || value.find('.') != std::string::npos)
        throw ArgumentError("rename hint '" + key + "' -> '" + value +
                            "': a table's new name is one bare name");
      const Table* other = live.find_table(value);
      if (other != nullptr && other != t)
        throw ArgumentError("rename hint '" + key + "' -> '" + value + "': table '" + value +
                            "' exists already");
      h.tables[ascii_lower(t->name())] = value;
    }
  for (const auto& [key, value] : renames) {
    const std::size_t dot = key.find('.');
    if (dot == std::string::npos) continue;
    const std::string tname = key.substr(0, dot), cname = key.substr(dot + 1);
    const Table* t = live.find_table(tname);
    if (t == nullptr)
      throw ArgumentError("rename hint '" + key + "' -> '" + value +
                          "': the database has no table '" + tname + "'");
    const Column* c = t->find_column(cname);
    if (c == nullptr)
      throw ArgumentError("rename hint '" + key + "' -> '" + value + "': table '" + t->name() +
                          "' has no column '" + cname + "'");
    std::string to = value;
    if (const std::size_t vdot = value.find('.'); vdot != std::string::npos) {
      const std::string vt = value.substr(0, vdot);
      auto renamed = h.tables.find(ascii_lower(t->name()));
      if (!iequals(vt, t->name()) && (renamed == h.tables.end() || !iequals(vt, renamed->second)))
        throw ArgumentError("rename hint '" + key + "' -> '" + value +
                            "': a column keeps its table ('" + t->name() + "')");
      to = value.substr(vdot + 1);
    }
    if (to.empty())
      throw ArgumentError("rename hint '" + key + "' -> '" + value + "': no new name");
    if (const Column* other = t->find_column(to); other != nullptr && other != c)
      throw ArgumentError("rename hint '" + key + "' -> '" + value + "': table '" + t->name() +
                          "' has a column '" + to + "' already");
    h.columns[ascii_lower(t->name())].emplace_back(c->name(), to);
  }
  return h;
}

class Planner {
 public:
  Planner(Connection& conn, const MetaData& target, const PlanOptions& options)
      : conn_(conn), target_(target), options_(options), replica_(conn) {}

  MigrationPlan plan() {
    ReflectOptions ro;
    live_.reflect(conn_, ro);
    const Hints hints = parse_hints(live_, options_.renames);
    renames(hints);
    renamed_.reflect(replica_.conn, ro);
    SchemaDiff diff = detail::diff_metadata(renamed_, target_, options_.compare);
    plan_changes(diff);
    std::vector<DataLoss> losses = data_loss();
    return MigrationPlan(std::move(diff), std::move(steps_), std::move(losses), fk_off_);
  }

 private:
  void step(std::string table, std::string description, std::vector<std::string> statements,
            bool rebuild) {
    replica_.run(statements, description);
    steps_.emplace_back(std::move(table), std::move(description), std::move(statements), rebuild);
  }

  // Renames by hint, as ALTER TABLE (SQLite rewrites the foreign keys, indexes, views and
  // triggers that name them: lang_altertable.html#altertabrename, #altertabmvcol).
  void renames(const Hints& hints) {
    for (const auto& [old_lower, to] : hints.tables) {
      const Table* t = live_.find_table(old_lower);
      table_origin_[ascii_lower(to)] = t->name();
      step(to, t->name() + ": rename table to " + to + " (ALTER TABLE)",
           {"ALTER TABLE " + q(t->name()) + " RENAME TO " + q(to)}, false);
    }
    for (const auto& [old_lower, cols] : hints.columns) {
      const Table* t = live_.find_table(old_lower);
      auto renamed = hints.tables.find(old_lower);
      const std::string now = renamed == hints.tables.end() ? t->name() : renamed->second;
      for (const auto& [from, to] : cols) {
        if (sqlite_dialect().server_version() < 3025000)
          throw MigrationError("rename hint '" + t->name() + "." + from + "' -> '" + to +
                               "': renaming a column needs SQLite 3.25 (ALTER TABLE RENAME "
                               "COLUMN); this is SQLite " +
                               sqlite_dialect().version_text());
        column_origin_[ascii_lower(now)][ascii_lower(to)] = from;
        step(now, now + ": rename column " + from + " to " + to + " (ALTER TABLE)",
             {"ALTER TABLE " + q(now) + " RENAME COLUMN " + q(from) + " TO " + q(to)}, false);
      }
    }
  }

  // The live name of a table or column of renamed_ (the database before the renames).
  std::string live_table_name(std::string_view now) const {
    auto it = table_origin_.find(ascii_lower(now));
    return it == table_origin_.end() ? std::string(now) : it->second;
  }
  std::string live_column_name(std::string_view table_now, std::string_view col_now) const {
    auto t = column_origin_.find(ascii_lower(table_now));
    if (t == column_origin_.end()) return std::string(col_now);
    auto c = t->second.find(ascii_lower(col_now));
    return c == t->second.end() ? std::string(col_now) : c->second;
  }

  static bool is(const SchemaChange& ch, ChangeKind k) { return ch.kind == k; }

  void plan_changes(const SchemaDiff& diff) {
    const auto& changes = diff.changes();
    // Triggers and views that go or change, first: dependents of what changes next.
    for (const SchemaChange& ch : changes)
      if (is(ch, ChangeKind::drop_trigger) &&
          (options_.drop_extra_triggers || has_trigger(ch.name)))
        step(ch.table, ch.describe(), {"DROP TRIGGER " + q(ch.name)}, false);
    std::vector<const SchemaChange*> views;
    for (const SchemaChange& ch : changes)
      if (is(ch, ChangeKind::drop_view) && (options_.drop_extra_views || has_view(ch.name)))
        views.push_back(&ch);
    std::reverse(views.begin(), views.end());
    for (const SchemaChange* ch : views)
      step(ch->name, ch->describe(), {"DROP VIEW " + q(ch->name)}, false);

    std::set<std::string> dropped_tables;
    for (const SchemaChange& ch : changes)
      if (is(ch, ChangeKind::drop_table) && options_.drop_extra_tables)
        dropped_tables.insert(ascii_lower(ch.table));
    for (const SchemaChange& ch : changes)
      if (is(ch, ChangeKind::drop_index) && dropped_tables.count(ascii_lower(ch.table)) == 0)
        step(ch.table, ch.describe(), {"DROP INDEX " + q(ch.name)}, false);
    // Tables the target lacks, dependents first.
    std::vector<const SchemaChange*> drops;
    for (const SchemaChange& ch : changes)
      if (is(ch, ChangeKind::drop_table) && options_.drop_extra_tables) drops.push_back(&ch);
    std::reverse(drops.begin(), drops.end());
    for (const SchemaChange* ch : drops) {
      fk_off_ = true;  // DROP TABLE with foreign keys on deletes rows, cascading
      dropped_.insert(ascii_lower(ch->table));
      step(ch->table, ch->describe(), {"DROP TABLE " + q(ch->table)}, false);
    }
    // New tables, in the target's dependency order, with their indexes.
    std::set<std::string> created;
    for (const SchemaChange& ch : changes) {
      if (!is(ch, ChangeKind::add_table)) continue;
      const Table& t = *target_.find_table(ch.table);
      std::vector<std::string> sql{CreateTable(t).compile(sqlite_dialect())};
      for (const Index& ix : t.indexes()) sql.push_back(CreateIndex(ix).compile(sqlite_dialect()));
      created.insert(ascii_lower(t.name()));
      step(t.name(), ch.describe(), std::move(sql), false);
    }
    // Changed tables: ALTER TABLE where SQLite can, else one rebuild carrying every change.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const SchemaChange*>> by_table;
    for (const SchemaChange& ch : changes) {
      switch (ch.kind) {
        case ChangeKind::add_column:
        case ChangeKind::drop_column:
        case ChangeKind::alter_column:
        case ChangeKind::add_constraint:
        case ChangeKind::drop_constraint:
        case ChangeKind::alter_table_options: {
          const std::string key = ascii_lower(ch.table);
          if (by_table.count(key) == 0) order.push_back(key);
          by_table[key].push_back(&ch);
          break;
        }
        default:
          break;
      }
    }
    for (const std::string& key : order) change_table(by_table[key]);
    // New indexes of tables that were not made or rebuilt above (those have theirs).
    for (const SchemaChange& ch : changes)
      if (is(ch, ChangeKind::add_index) && created.count(ascii_lower(ch.table)) == 0 &&
          rebuilt_.count(ascii_lower(ch.table)) == 0) {
        const Table& t = *target_.find_table(ch.table);
        step(ch.table, ch.describe(), {CreateIndex(t.index(ch.name)).compile(sqlite_dialect())},
             false);
      }
    // New and changed views (in the target's order), then triggers.
    for (const View& v : target_.views())
      for (const SchemaChange& ch : changes)
        if (is(ch, ChangeKind::add_view) && iequals(ch.name, v.name))
          step(v.name, ch.describe(), {v.sql}, false);
    for (const Trigger& t : target_.triggers())
      for (const SchemaChange& ch : changes)
        if (is(ch, ChangeKind::add_trigger) && iequals(ch.name, t.name))
          step(t.table, ch.describe(), {t.sql}, false);
    remake_rewritten();
  }

  // SQLite rewrites the text of views and triggers on some ALTER TABLEs (a rename, and
  // DROP COLUMN writes a double-quoted string "" as ''): each one that ends up other than the
  // target says is made again from the target's text, so that a second compare is empty.
  void remake_rewritten() {
    std::vector<std::pair<std::string, std::string>> now;  // "type name" -> sql
    for (const Row& row : replica_.conn.exec_driver_sql(
             "SELECT type, name, sql FROM sqlite_master WHERE type IN ('view', 'trigger') AND "
             "sql IS NOT NULL"))
      now.emplace_back(row.get<std::string>(0) + " " + ascii_lower(row.get<std::string>(1)),
                       row.get<std::string>(2));
    auto stored = [&](const std::string& key) -> const std::string* {
      for (const auto& [k, sql] : now)
        if (k == key) return &sql;
      return nullptr;
    };
    for (const View& v : target_.views())
      if (const std::string* sql = stored("view " + ascii_lower(v.name));
          sql && detail::normalized_sql(*sql) != detail::normalized_sql(v.sql))
        step(v.name, "view " + v.name + ": made again from the target's text (SQLite rewrote it)",
             {"DROP VIEW " + q(v.name), v.sql}, false);
    for (const Trigger& t : target_.triggers())
      if (const std::string* sql = stored("trigger " + ascii_lower(t.name));
          sql && detail::normalized_sql(*sql) != detail::normalized_sql(t.sql))
        step(t.table,
             "trigger " + t.name + ": made again from the target's text (SQLite rewrote it)",
             {"DROP TRIGGER " + q(t.name), t.sql}, false);
  }

  bool has_trigger(std::string_view name) const {
    return std::any_of(target_.triggers().begin(), target_.triggers().end(),
                       [&](const Trigger& t) { return iequals(t.name, name); });
  }
  bool has_view(std::string_view name) const {
    return std::any_of(target_.views().begin(), target_.views().end(),
                       [&](const View& v) { return iequals(v.name, name); });
  }

  // ADD COLUMN can make this target column (lang_altertable.html#altertabaddcol).
  bool can_add(const Table& live, const Table& target, const Column& c) const {
    if (c.is_primary_key() || contains(target.primary_key().columns(), c.name())) return false;
    for (const TableConstraint& k : target.constraints())
      if (const auto* u = std::get_if<UniqueConstraint>(&k); u && contains(u->columns(), c.name()))
        return false;
    for (const ForeignKeyConstraint* f : target.foreign_keys())
      if (contains(f->columns(), c.name())) return false;
    bool null_default = true;
    if (!constant_default(c, null_default)) return false;
    if (!c.is_nullable() && null_default) return false;
    if (c.computed()) {
      if (c.computed()->stored.value_or(false) || !sqlite_dialect().supports_generated_columns())
        return false;
    }
    // ADD COLUMN appends: the new columns must come after every column kept.
    bool seen_new = false;
    for (const Column& tc : target.columns()) {
      const bool is_new = live.find_column(tc.name()) == nullptr;
      if (!is_new && seen_new) return false;
      seen_new = seen_new || is_new;
    }
    return true;
  }

  // DROP COLUMN can drop this live column (lang_altertable.html#altertabdropcol): SQLite 3.35,
  // and nothing refers to it: no key, UNIQUE, index, CHECK, foreign key (either side),
  // generated column, view or trigger.
  bool can_drop(const Table& live, const Column& c) {
    if (!sqlite_dialect().supports_drop_column()) return false;
    if (c.is_primary_key() || contains(live.primary_key().columns(), c.name())) return false;
    for (const TableConstraint& k : live.constraints()) {
      if (const auto* u = std::get_if<UniqueConstraint>(&k); u && contains(u->columns(), c.name()))
        return false;
      if (const auto* ck = std::get_if<CheckConstraint>(&k);
          ck && has_id(detail::sql_identifiers(ck->sqltext()), c.name()))
        return false;
    }
    for (const Column& other : live.columns()) {
      for (const ColumnCheck& ck : other.checks())
        if (&other != &c && has_id(detail::sql_identifiers(ck.sqltext), c.name())) return false;
      if (other.computed() && has_id(detail::sql_identifiers(other.computed()->sqltext), c.name()))
        return false;
    }
    for (const std::string& sql : replica_.index_sql(live.name()))
      if (has_id(detail::sql_identifiers(sql), c.name())) return false;
    for (const ForeignKeyConstraint* f : live.foreign_keys())
      if (contains(f->columns(), c.name())) return false;
    for (const Table* t : renamed_.tables())
      for (const ForeignKeyConstraint* f : t->foreign_keys())
        if (iequals(f->referred_table(), live.name()) &&
            (contains(f->referred_columns(), c.name()) || f->referred_columns().empty()))
          return false;
    for (const auto& [name, ids] : replica_.views_and_triggers())
      if (has_id(ids, c.name())) return false;
    return true;
  }

  void change_table(const std::vector<const SchemaChange*>& changes) {
    const std::string name = changes.front()->table;
    const Table* live = renamed_.find_table(name);
    const Table* target = target_.find_table(name);
    if (live == nullptr || target == nullptr)
      throw MigrationError("table '" + name + "': compare reported a change of a table that " +
                           "the database or the target lacks");
    bool alter = true;
    for (const SchemaChange* ch : changes) {
      if (is(*ch, ChangeKind::add_column)) {
        const Column* c = target->find_column(ch->name);
        alter = alter && c != nullptr && can_add(*live, *target, *c);
      } else if (is(*ch, ChangeKind::drop_column)) {
        const Column* c = live->find_column(ch->name);
        alter = alter && c != nullptr && can_drop(*live, *c);
      } else {
        alter = false;
      }
    }
    changed_.insert(ascii_lower(name));
    if (alter) {
      for (const SchemaChange* ch : changes)
        if (is(*ch, ChangeKind::drop_column))
          step(name, ch->describe() + " (ALTER TABLE)",
               {"ALTER TABLE " + q(name) + " DROP COLUMN " + q(ch->name)}, false);
      for (const Column& c : target->columns())
        for (const SchemaChange* ch : changes)
          if (is(*ch, ChangeKind::add_column) && iequals(ch->name, c.name()))
            step(name, ch->describe() + " (ALTER TABLE)",
                 {"ALTER TABLE " + q(name) + " ADD COLUMN " + column_definition(*target, c)},
                 false);
      return;
    }
    detail::RebuildSpec spec{live, target, copy_of(*live, *target)};
    std::string what = name + ": rebuild (";
    for (std::size_t i = 0; i < changes.size(); ++i)
      what += (i ? "; " : "") + changes[i]->describe();
    what += ")";
    std::vector<std::string> sql;
    try {
      sql = detail::rebuild_statements(replica_.conn, spec);
    } catch (const MigrationError& e) {
      throw MigrationError("cannot plan '" + what + "': " + e.what());
    }
    fk_off_ = true;
    rebuilt_.insert(ascii_lower(name));
    step(name, what, std::move(sql), true);
  }

  // Each target column from the live column of its name; NULLs of a column made NOT NULL
  // filled with its DEFAULT (docs/migrations.md).
  // `original`: over the live table's names before the renames (the data-loss checks run
  // before anything changes), else over its names as the rebuild finds them.
  std::vector<std::pair<std::string, std::string>> copy_of(const Table& live, const Table& target,
                                                           bool original = false) const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Column& tc : target.columns()) {
      const Column* lc = live.find_column(tc.name());
      if (lc == nullptr || tc.computed()) continue;
      std::string expr = q(original ? live_column_name(live.name(), lc->name()) : lc->name());
      if (!tc.is_nullable() && lc->is_nullable() && tc.server_default())
        expr = "coalesce(" + expr + ", " + detail::default_expression(tc) + ")";
      out.emplace_back(tc.name(), expr);
    }
    return out;
  }

  // The losses, counted on the live database (names before the renames).
  std::vector<DataLoss> data_loss() {
    std::vector<detail::LossCheck> checks;
    for (const Table* now : renamed_.tables()) {
      const Table* live = live_.find_table(live_table_name(now->name()));
      if (live == nullptr) continue;
      const Table* target = target_.find_table(now->name());
      const bool dropped = dropped_.count(ascii_lower(now->name())) != 0;
      if (target == nullptr && !dropped) continue;
      detail::LossCheck c;
      c.live = live;
      c.target = dropped ? nullptr : target;
      c.changed = dropped || changed_.count(ascii_lower(now->name())) != 0;
      if (c.target != nullptr) {
        for (const Column& tc : target->columns())
          if (const Column* lc = now->find_column(tc.name()))
            c.columns.emplace_back(tc.name(), live_column_name(now->name(), lc->name()));
        c.values = copy_of(*now, *target, true);
      }
      checks.push_back(std::move(c));
    }
    return detail::find_data_loss(conn_, checks);
  }

  Connection& conn_;
  const MetaData& target_;
  const PlanOptions& options_;
  Replica replica_;
  MetaData live_, renamed_;
  std::map<std::string, std::string> table_origin_;  // new name (lower) -> live name
  std::map<std::string, std::map<std::string, std::string>> column_origin_;
  std::set<std::string> changed_, rebuilt_, dropped_;
  std::vector<MigrationStep> steps_;
  bool fk_off_ = false;
};

}  // namespace

MigrationPlan plan_migration(Connection& conn, const MetaData& target, const PlanOptions& options) {
  if (!options.compare.schema.empty() && !iequals(options.compare.schema, "main"))
    throw ArgumentError("plan_migration plans the main schema; compare.schema is '" +
                        options.compare.schema + "'");
  return Planner(conn, target, options).plan();
}

}  // namespace sqlcore
