// sc::compare and detail::diff_metadata: the live schema (reflected) against the declared one,
// object by object, with hashed lookups (one pass over each side), so that comparing costs
// little beside the reflection itself.
// SPDX-License-Identifier: MIT
#include "migrate/compare.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "base/text.hpp"
#include "dialect/sqlite/create_parser.hpp"
#include "dialect/sqlite/ddl_compiler.hpp"
#include "dialect/sqlite/identifier_preparer.hpp"
#include "sqlcore/ddl.hpp"
#include "sqlcore/dialect.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/result.hpp"
#include "sqlcore/sql.hpp"
#include "types/type_impl.hpp"

namespace sqlcore {

using detail::ascii_lower;
using detail::ascii_upper;
using detail::iequals;

namespace detail {

namespace {

using Tokens = std::vector<Token>;

// Tokens [begin, end) as one canonical string: every identifier (keywords too: SQLite reads
// CHECK and check alike, and "a" and a) lower-cased in double quotes, every other token as
// written, single spaces between. Parentheses around the whole are dropped.
std::string canonical(const Tokens& toks, std::size_t begin, std::size_t end) {
  using K = Token::Kind;
  auto is_punct = [&](std::size_t i, const char* p) {
    return toks[i].kind == K::punct && toks[i].text == p;
  };
  // (x), ((x)) -> x: strip while the first '(' closes at the last token.
  while (end - begin >= 2 && is_punct(begin, "(") && is_punct(end - 1, ")")) {
    int depth = 0;
    std::size_t close = begin;
    for (std::size_t i = begin; i < end; ++i) {
      if (is_punct(i, "(")) ++depth;
      if (is_punct(i, ")") && --depth == 0) {
        close = i;
        break;
      }
    }
    if (close != end - 1) break;
    ++begin;
    --end;
  }
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    const Token& t = toks[i];
    switch (t.kind) {
      case K::identifier:
      case K::quoted_identifier:
        out += force_quote(ascii_lower(t.text));
        break;
      case K::blob:
        out += ascii_upper(t.text);
        break;
      default:
        out += t.text;
    }
  }
  return out;
}

std::string canonical(const Tokens& toks) { return canonical(toks, 0, toks.size()); }

// The part of a CREATE VIEW / TRIGGER / VIRTUAL TABLE statement after the object's name:
// SQLite rewrites the words before it when it stores the text ("create temp view if not
// exists" is kept as "CREATE VIEW"), so only what follows is compared.
std::string statement_body(std::string_view sql) {
  Tokens toks = tokenize(sql);
  std::size_t i = 0;
  auto word = [&](std::string_view w) {
    return i < toks.size() && toks[i].kind == Token::Kind::identifier && iequals(toks[i].text, w);
  };
  if (word("CREATE")) ++i;
  if (word("TEMP") || word("TEMPORARY")) ++i;
  if (word("VIRTUAL")) ++i;
  if (word("VIEW") || word("TRIGGER") || word("TABLE")) ++i;
  if (word("IF")) i = std::min(toks.size(), i + 3);  // IF NOT EXISTS
  ++i;                                               // the name
  if (i + 1 < toks.size() && toks[i].kind == Token::Kind::punct && toks[i].text == ".") i += 2;
  while (!toks.empty() && toks.back().kind == Token::Kind::punct && toks.back().text == ";")
    toks.pop_back();
  i = std::min(i, toks.size());
  return canonical(toks, i, toks.size());
}

// A type name without quotes, upper case, white space only between two words.
std::string canonical_type(std::string_view declared) {
  std::string out;
  bool last_word = false;
  for (const Token& t : tokenize(declared)) {
    bool w = t.kind != Token::Kind::punct;
    if (w && last_word) out += ' ';
    out += ascii_upper(t.text);
    last_word = w;
  }
  return out;
}

const IdentifierPreparer& preparer() { return sqlite_dialect().identifier_preparer(); }

std::string quoted_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += preparer().quote(n);
  }
  return out;
}

std::string lowered_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += ascii_lower(n) + ",";
  return out;
}

// ---- columns ------------------------------------------------------------------------------

int pk_position(const Table& t, const Column& c) {
  const auto& pk = t.primary_key().columns();
  for (std::size_t i = 0; i < pk.size(); ++i)
    if (iequals(pk[i], c.name())) return static_cast<int>(i) + 1;
  return 0;
}

// NULL is impossible in a WITHOUT ROWID table's key and in a rowid alias (INTEGER PRIMARY
// KEY: NULL gets a new rowid), whether NOT NULL is written or not; any other column holds
// NULL unless it says NOT NULL (SQLite's rowid-table keys included: lang_createtable.html).
bool effective_nullable(const Table& t, const Column& c) {
  if (!c.is_nullable()) return false;
  if (pk_position(t, c) == 0) return true;
  if (!t.sqlite_with_rowid()) return false;
  if (t.primary_key().columns().size() != 1) return true;
  const auto* e = t.primary_key().element_options(t.primary_key().columns()[0]);
  if (e != nullptr && e->desc) return true;  // INTEGER PRIMARY KEY DESC is no alias
  return normalized_type(c) != "INTEGER";
}

std::string default_sql(const ServerDefault& d) {
  return d.is_sql ? trim_sql(d.text) : quote_literal(d.text);
}

std::string canonical_default(const Column& c) {
  return c.server_default() ? canonical(tokenize(default_sql(*c.server_default()))) : "";
}

std::string canonical_collation(const std::optional<std::string>& c) {
  if (!c || iequals(*c, "BINARY")) return "";
  return ascii_upper(*c);
}

std::string canonical_generated(const Column& c) {
  if (!c.computed()) return "";
  return canonical(tokenize(c.computed()->sqltext)) +
         (c.computed()->stored.value_or(false) ? " STORED" : " VIRTUAL");
}

std::string type_text(const Column& c) {
  const auto& impl = c.type().impl();
  if (impl.declared_name && !c.type().is_user_type()) return *impl.declared_name;
  if (c.type().is_null_type()) return "";
  return c.type().compile(sqlite_dialect());
}

// ---- table options -----------------------------------------------------------------------

// AUTOINCREMENT as the DDL compiler writes it: on a single-column key of a rowid table that
// is no foreign key (SQLAlchemy leaves it off one).
bool effective_autoincrement(const Table& t) {
  if (!t.sqlite_autoincrement() || !t.sqlite_with_rowid()) return false;
  const auto& pk = t.primary_key().columns();
  if (pk.size() != 1) return false;
  for (const ForeignKeyConstraint* fk : t.foreign_keys())
    for (const auto& c : fk->columns())
      if (iequals(c, pk[0])) return false;
  return true;
}

// ---- constraints -------------------------------------------------------------------------

// One UNIQUE, CHECK or FOREIGN KEY of a table: `key` is what it constrains (equal keys: the
// same constraint whatever its name), `body` its SQL without CONSTRAINT name.
struct ConstraintFacts {
  std::string key;
  std::string name;
  std::string body;
};

std::vector<std::string> parent_key(const MetaData& meta, const std::string& table) {
  const Table* p = meta.find_table(table);
  return p != nullptr ? p->primary_key().columns() : std::vector<std::string>{};
}

std::string fk_action(const std::optional<std::string>& a) {
  if (!a) return "";
  std::string up = ascii_upper(trim_sql(*a));
  return up == "NO ACTION" ? "" : up;
}

std::vector<ConstraintFacts> constraint_facts(const Table& t) {
  std::vector<ConstraintFacts> out;
  auto column_collation = [&](const std::string& name) {
    const Column* c = t.find_column(name);
    return canonical_collation(c != nullptr ? c->collation() : std::nullopt);
  };
  // SQLite makes one index for a PRIMARY KEY or UNIQUE, and none for a later one with the same
  // columns and collations (DESC aside): that UNIQUE is not there to compare (build.c,
  // sqlite3CreateIndex). A rowid alias key has no index.
  std::unordered_set<std::string> indexed;
  auto index_key_of = [&](const auto& con) {
    std::string k;
    for (const auto& col : con.columns()) {
      const auto* e = con.element_options(col);
      std::string coll =
          e != nullptr && e->collation ? canonical_collation(e->collation) : column_collation(col);
      k += ascii_lower(col) + "/" + coll + ",";
    }
    return k;
  };
  if (const auto& pk = t.primary_key(); !pk.columns().empty()) {
    const Column* c = t.find_column(pk.columns()[0]);
    bool rowid_alias = false;
    if (pk.columns().size() == 1 && c != nullptr && t.sqlite_with_rowid()) {
      const auto* e = pk.element_options(pk.columns()[0]);
      rowid_alias = normalized_type(*c) == "INTEGER" && (e == nullptr || !e->desc);
    }
    if (!rowid_alias) indexed.insert(index_key_of(pk));
  }
  for (const TableConstraint& tc : t.constraints()) {
    if (const auto* u = std::get_if<UniqueConstraint>(&tc)) {
      if (!indexed.insert(index_key_of(*u)).second) continue;
      ConstraintFacts f;
      f.name = u->name();
      std::string elements;
      f.key = "UNIQUE:";
      for (const auto& col : u->columns()) {
        const auto* e = u->element_options(col);
        std::string coll = e != nullptr ? canonical_collation(e->collation) : "";
        if (coll == column_collation(col)) coll.clear();
        bool desc = e != nullptr && e->desc;
        f.key += ascii_lower(col) + "/" + coll + (desc ? "/DESC," : ",");
        if (!elements.empty()) elements += ", ";
        elements += preparer().quote(col);
        if (!coll.empty()) elements += " COLLATE " + coll;
        if (desc) elements += " DESC";
      }
      std::optional<std::string> oc = u->on_conflict();
      if (!oc && u->columns().size() == 1)
        if (const Column* c = t.find_column(u->columns()[0])) oc = c->on_conflict_unique();
      f.body = "UNIQUE (" + elements + ")";
      if (oc) {
        f.key += "|" + ascii_upper(*oc);
        f.body += " ON CONFLICT " + ascii_upper(*oc);
      }
      out.push_back(std::move(f));
    } else if (const auto* ck = std::get_if<CheckConstraint>(&tc)) {
      out.push_back({"CHECK:" + canonical(tokenize(ck->sqltext())), ck->name(),
                     "CHECK (" + trim_sql(ck->sqltext()) + ")"});
    } else if (const auto* fk = std::get_if<ForeignKeyConstraint>(&tc)) {
      const FK& o = fk->options();
      std::vector<std::string> referred = fk->referred_columns();
      if (referred.empty()) referred = parent_key(t.metadata(), fk->referred_table());
      ConstraintFacts f;
      f.name = fk->name();
      f.key = "FK:" + lowered_names(fk->columns()) + ">" + ascii_lower(fk->referred_table()) + "(" +
              lowered_names(referred) + ")";
      f.body = "FOREIGN KEY (" + quoted_names(fk->columns()) + ") REFERENCES " +
               preparer().quote(fk->referred_table());
      if (!fk->referred_columns().empty()) f.body += " (" + quoted_names(referred) + ")";
      std::string del = fk_action(o.ondelete()), upd = fk_action(o.onupdate());
      f.key += "|" + del + "|" + upd;
      if (!del.empty()) f.body += " ON DELETE " + del;
      if (!upd.empty()) f.body += " ON UPDATE " + upd;
      // Only DEFERRABLE INITIALLY DEFERRED defers a foreign key; every other form is
      // immediate (foreignkeys.html §4.2).
      bool deferred = o.deferrable().value_or(false) && o.initially() &&
                      iequals(trim_sql(*o.initially()), "DEFERRED");
      if (deferred) {
        f.key += "|DEFERRED";
        f.body += " DEFERRABLE INITIALLY DEFERRED";
      }
      out.push_back(std::move(f));
    }
  }
  // Column-level CHECKs (reflection reads every CHECK as a table constraint).
  for (const Column& c : t.columns())
    for (const ColumnCheck& ck : c.checks())
      out.push_back({"CHECK:" + canonical(tokenize(ck.sqltext)), ck.name,
                     "CHECK (" + trim_sql(ck.sqltext) + ")"});
  return out;
}

// ---- indexes -----------------------------------------------------------------------------

std::string index_key(const Index& ix) {
  std::string key = ix.is_unique() ? "U:" : ":";
  for (std::size_t i = 0; i < ix.columns().size(); ++i) {
    std::string e = ix.is_expression(i) ? canonical(tokenize(ix.columns()[i]))
                                        : force_quote(ascii_lower(ix.columns()[i]));
    // ASC is the default order of an element.
    if (e.size() > 6 && e.compare(e.size() - 6, 6, " \"asc\"") == 0) e.erase(e.size() - 6);
    key += e + ",";
  }
  if (ix.where()) key += " WHERE " + canonical(tokenize(*ix.where()));
  return key;
}

std::string index_text(const Index& ix) {
  std::string out = preparer().quote(ix.name()) + " (";
  for (std::size_t i = 0; i < ix.columns().size(); ++i) {
    if (i > 0) out += ", ";
    out += ix.is_expression(i) ? trim_sql(ix.columns()[i]) : preparer().quote(ix.columns()[i]);
  }
  out += ")";
  if (ix.where()) out += " WHERE " + trim_sql(*ix.where());
  return out;
}

std::string create_index_sql(const Index& ix) {
  try {
    return CreateIndex(ix).compile(sqlite_dialect());
  } catch (const Error&) {
    return "CREATE " + std::string(ix.is_unique() ? "UNIQUE " : "") + "INDEX " + index_text(ix);
  }
}

std::string create_table_sql(const Table& t) {
  try {
    return CreateTable(t).compile(sqlite_dialect());
  } catch (const Error&) {
    return "";  // a reflected table SQLite accepted and the compiler refuses: no text for it
  }
}

std::string options_text(bool without_rowid, bool strict, bool autoincrement) {
  std::vector<std::string> o;
  if (without_rowid) o.emplace_back("WITHOUT ROWID");
  if (strict) o.emplace_back("STRICT");
  if (autoincrement) o.emplace_back("AUTOINCREMENT");
  return fmt::format("{}", fmt::join(o, ", "));
}

// ---- the diff ----------------------------------------------------------------------------

struct Lists {
  // In output order (SchemaDiff's documented order).
  std::vector<SchemaChange> drop_triggers, drop_views, add_tables, per_table, drop_tables,
      add_views, add_triggers;
};

bool ignored(const std::unordered_set<std::string>& ignore, const std::string& name) {
  return istarts_with(name, "sqlite_") || ignore.count(ascii_lower(name)) > 0;
}

SchemaChange change(ChangeKind kind, std::string table, std::string name, std::string from = {},
                    std::string to = {}) {
  SchemaChange c;
  c.kind = kind;
  c.table = std::move(table);
  c.name = std::move(name);
  c.from = std::move(from);
  c.to = std::move(to);
  return c;
}

void diff_columns(const Table& live, const Table& target, std::vector<SchemaChange>& out) {
  std::unordered_map<std::string, const Column*> live_cols;
  for (const Column& c : live.columns()) live_cols.emplace(ascii_lower(c.name()), &c);
  std::unordered_set<std::string> seen;
  std::vector<SchemaChange> adds, alters;
  for (const Column& c : target.columns()) {
    std::string key = ascii_lower(c.name());
    seen.insert(key);
    auto it = live_cols.find(key);
    if (it == live_cols.end()) {
      adds.push_back(
          change(ChangeKind::add_column, target.name(), c.name(), {}, column_sql(target, c)));
      continue;
    }
    auto attrs = column_differences(live, *it->second, target, c);
    if (attrs.empty()) continue;
    SchemaChange ch = change(ChangeKind::alter_column, target.name(), c.name(),
                             column_sql(live, *it->second), column_sql(target, c));
    ch.attributes = std::move(attrs);
    alters.push_back(std::move(ch));
  }
  for (const Column& c : live.columns())
    if (!seen.count(ascii_lower(c.name())))
      out.push_back(
          change(ChangeKind::drop_column, target.name(), c.name(), column_sql(live, c), {}));
  for (auto& a : adds) out.push_back(std::move(a));
  for (auto& a : alters) out.push_back(std::move(a));
}

// Pairs live and target constraints: a named target one with the live one of its name and
// content; an unnamed one with a live one of the same content (an unnamed live one first).
void diff_constraints(const Table& live, const Table& target, std::vector<SchemaChange>& drops,
                      std::vector<SchemaChange>& adds) {
  auto lc = constraint_facts(live);
  auto tc = constraint_facts(target);
  std::vector<bool> live_used(lc.size(), false), target_used(tc.size(), false);
  std::unordered_multimap<std::string, std::size_t> by_key;
  for (std::size_t i = 0; i < lc.size(); ++i) by_key.emplace(lc[i].key, i);
  auto pair_with = [&](std::size_t ti, auto&& accept) {
    auto [b, e] = by_key.equal_range(tc[ti].key);
    std::size_t best = lc.size();
    for (auto it = b; it != e; ++it)
      if (!live_used[it->second] && accept(lc[it->second]) &&
          (best == lc.size() || it->second < best))
        best = it->second;
    if (best == lc.size()) return;
    live_used[best] = target_used[ti] = true;
  };
  for (std::size_t i = 0; i < tc.size(); ++i)
    if (!tc[i].name.empty())
      pair_with(i, [&](const ConstraintFacts& l) { return iequals(l.name, tc[i].name); });
  for (std::size_t i = 0; i < tc.size(); ++i)
    if (!target_used[i] && tc[i].name.empty())
      pair_with(i, [](const ConstraintFacts& l) { return l.name.empty(); });
  for (std::size_t i = 0; i < tc.size(); ++i)
    if (!target_used[i] && tc[i].name.empty())
      pair_with(i, [](const ConstraintFacts&) { return true; });
  auto sql = [](const ConstraintFacts& f) {
    return f.name.empty() ? f.body : "CONSTRAINT " + preparer().quote(f.name) + " " + f.body;
  };
  auto label = [](const ConstraintFacts& f) { return f.name.empty() ? f.body : f.name; };
  for (std::size_t i = 0; i < lc.size(); ++i)
    if (!live_used[i])
      drops.push_back(
          change(ChangeKind::drop_constraint, target.name(), label(lc[i]), sql(lc[i]), {}));
  for (std::size_t i = 0; i < tc.size(); ++i)
    if (!target_used[i])
      adds.push_back(
          change(ChangeKind::add_constraint, target.name(), label(tc[i]), {}, sql(tc[i])));
}

void diff_indexes(const Table& live, const Table& target, std::vector<SchemaChange>& drops,
                  std::vector<SchemaChange>& adds) {
  std::unordered_map<std::string, const Index*> live_ix;
  for (const Index& ix : live.indexes()) live_ix.emplace(ascii_lower(ix.name()), &ix);
  std::unordered_set<std::string> kept;
  for (const Index& ix : target.indexes()) {
    auto it = live_ix.find(ascii_lower(ix.name()));
    if (it != live_ix.end() && index_key(*it->second) == index_key(ix)) {
      kept.insert(it->first);
      continue;
    }
    adds.push_back(
        change(ChangeKind::add_index, target.name(), ix.name(), {}, create_index_sql(ix)));
  }
  for (const Index& ix : live.indexes())
    if (!kept.count(ascii_lower(ix.name())))
      drops.push_back(
          change(ChangeKind::drop_index, target.name(), ix.name(), create_index_sql(ix), {}));
}

void diff_options(const Table& live, const Table& target, std::vector<SchemaChange>& out) {
  bool lw = !live.sqlite_with_rowid(), tw = !target.sqlite_with_rowid();
  bool ls = live.sqlite_strict(), ts = target.sqlite_strict();
  bool la = effective_autoincrement(live), ta = effective_autoincrement(target);
  SchemaChange ch = change(ChangeKind::alter_table_options, target.name(), {},
                           options_text(lw, ls, la), options_text(tw, ts, ta));
  if (lw != tw) ch.attributes.emplace_back("without_rowid");
  if (ls != ts) ch.attributes.emplace_back("strict");
  if (la != ta) ch.attributes.emplace_back("autoincrement");
  if (!ch.attributes.empty()) out.push_back(std::move(ch));
}

void diff_table(const Table& live, const Table& target, Lists& lists) {
  const bool lv = !live.sqlite_virtual_sql().empty(), tv = !target.sqlite_virtual_sql().empty();
  if (lv || tv) {
    // A virtual table is its CREATE VIRTUAL TABLE statement: changed, it is made again.
    if (lv != tv ||
        statement_body(live.sqlite_virtual_sql()) != statement_body(target.sqlite_virtual_sql())) {
      lists.drop_tables.push_back(
          change(ChangeKind::drop_table, live.name(), {}, create_table_sql(live), {}));
      lists.add_tables.push_back(
          change(ChangeKind::add_table, target.name(), {}, {}, create_table_sql(target)));
    }
    return;
  }
  std::vector<SchemaChange> index_drops, index_adds, con_drops, con_adds, columns, options;
  diff_indexes(live, target, index_drops, index_adds);
  diff_constraints(live, target, con_drops, con_adds);
  diff_columns(live, target, columns);
  diff_options(live, target, options);
  for (auto* v : {&index_drops, &con_drops, &columns, &options, &con_adds, &index_adds})
    for (auto& c : *v) lists.per_table.push_back(std::move(c));
}

}  // namespace

std::string normalized_sql(std::string_view sql) { return canonical(tokenize(sql)); }

std::string normalized_type(const Column& column) { return canonical_type(type_text(column)); }

std::string column_sql(const Table& table, const Column& c) {
  std::string out = preparer().quote(c.name());
  std::string type = type_text(c);
  if (!type.empty()) out += " " + type;
  if (c.collation()) out += " COLLATE " + *c.collation();
  if (c.server_default()) out += " DEFAULT " + default_sql(*c.server_default());
  if (!c.is_nullable()) out += " NOT NULL";
  if (int pos = pk_position(table, c); pos > 0 && table.primary_key().columns().size() == 1)
    out += " PRIMARY KEY";
  if (c.computed()) {
    out += " GENERATED ALWAYS AS (" + trim_sql(c.computed()->sqltext) + ")";
    if (c.computed()->stored.value_or(false)) out += " STORED";
  }
  return out;
}

std::vector<std::string> column_differences(const Table& from_table, const Column& from,
                                            const Table& to_table, const Column& to) {
  std::vector<std::string> out;
  if (normalized_type(from) != normalized_type(to)) out.emplace_back("type");
  if (effective_nullable(from_table, from) != effective_nullable(to_table, to))
    out.emplace_back("nullable");
  if (canonical_default(from) != canonical_default(to)) out.emplace_back("default");
  if (canonical_collation(from.collation()) != canonical_collation(to.collation()))
    out.emplace_back("collation");
  if (canonical_generated(from) != canonical_generated(to)) out.emplace_back("generated");
  if (pk_position(from_table, from) != pk_position(to_table, to)) out.emplace_back("primary_key");
  return out;
}

SchemaDiff diff_metadata(const MetaData& live, const MetaData& target,
                         const CompareOptions& options) {
  std::unordered_set<std::string> ignore;
  for (const auto& n : options.ignore_tables) ignore.insert(ascii_lower(n));
  Lists lists;

  // Tables: the target's in dependency order (adds and changes), then the live ones it lacks.
  std::unordered_map<std::string, const Table*> live_tables;
  for (const Table* t : live.tables())
    if (!ignored(ignore, t->name())) live_tables.emplace(ascii_lower(t->name()), t);
  std::unordered_set<std::string> in_target;
  for (const Table* t : target.sorted_tables()) {
    if (ignored(ignore, t->name())) continue;
    std::string key = ascii_lower(t->name());
    in_target.insert(key);
    auto it = live_tables.find(key);
    if (it != live_tables.end()) {
      diff_table(*it->second, *t, lists);
      continue;
    }
    lists.add_tables.push_back(
        change(ChangeKind::add_table, t->name(), {}, {}, create_table_sql(*t)));
    for (const Index& ix : t->indexes())
      lists.add_tables.push_back(
          change(ChangeKind::add_index, t->name(), ix.name(), {}, create_index_sql(ix)));
  }
  if (live_tables.size() > in_target.size() ||
      std::any_of(live_tables.begin(), live_tables.end(),
                  [&](const auto& kv) { return !in_target.count(kv.first); })) {
    // A table before the tables it references: the reverse of the dependency order.
    auto order = live.sorted_tables();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const Table* t = *it;
      if (ignored(ignore, t->name()) || in_target.count(ascii_lower(t->name()))) continue;
      lists.drop_tables.push_back(
          change(ChangeKind::drop_table, t->name(), {}, create_table_sql(*t), {}));
    }
  }

  // Views: by name, by the text after the name.
  std::unordered_map<std::string, const View*> target_views;
  for (const View& v : target.views()) target_views.emplace(ascii_lower(v.name), &v);
  std::unordered_set<std::string> views_kept;
  {
    auto live_order = DDLCompiler::sorted_views(live);
    for (auto it = live_order.rbegin(); it != live_order.rend(); ++it) {
      const View& v = **it;
      auto t = target_views.find(ascii_lower(v.name));
      if (t != target_views.end() && statement_body(t->second->sql) == statement_body(v.sql)) {
        views_kept.insert(t->first);
        continue;
      }
      lists.drop_views.push_back(change(ChangeKind::drop_view, "", v.name, v.sql, {}));
    }
    for (const View* v : DDLCompiler::sorted_views(target))
      if (!views_kept.count(ascii_lower(v->name)))
        lists.add_views.push_back(change(ChangeKind::add_view, "", v->name, {}, v->sql));
  }

  // Triggers: by name, by the text after the name; those on ignored tables left out.
  std::unordered_map<std::string, const Trigger*> target_triggers;
  for (const Trigger& t : target.triggers())
    if (!ignored(ignore, t.table)) target_triggers.emplace(ascii_lower(t.name), &t);
  std::unordered_set<std::string> triggers_kept;
  for (const Trigger& tr : live.triggers()) {
    if (ignored(ignore, tr.table)) continue;
    auto t = target_triggers.find(ascii_lower(tr.name));
    if (t != target_triggers.end() && statement_body(t->second->sql) == statement_body(tr.sql)) {
      triggers_kept.insert(t->first);
      continue;
    }
    lists.drop_triggers.push_back(change(ChangeKind::drop_trigger, tr.table, tr.name, tr.sql, {}));
  }
  for (const Trigger& tr : target.triggers())
    if (!ignored(ignore, tr.table) && !triggers_kept.count(ascii_lower(tr.name)))
      lists.add_triggers.push_back(change(ChangeKind::add_trigger, tr.table, tr.name, {}, tr.sql));

  std::vector<SchemaChange> out;
  for (auto* v : {&lists.drop_triggers, &lists.drop_views, &lists.add_tables, &lists.per_table,
                  &lists.drop_tables, &lists.add_views, &lists.add_triggers})
    for (auto& c : *v) out.push_back(std::move(c));
  return SchemaDiff(std::move(out));
}

}  // namespace detail

// ---- the public API ------------------------------------------------------------------------

std::string_view to_string(ChangeKind kind) noexcept {
  switch (kind) {
    case ChangeKind::add_table:
      return "add_table";
    case ChangeKind::drop_table:
      return "drop_table";
    case ChangeKind::add_column:
      return "add_column";
    case ChangeKind::drop_column:
      return "drop_column";
    case ChangeKind::alter_column:
      return "alter_column";
    case ChangeKind::add_index:
      return "add_index";
    case ChangeKind::drop_index:
      return "drop_index";
    case ChangeKind::add_constraint:
      return "add_constraint";
    case ChangeKind::drop_constraint:
      return "drop_constraint";
    case ChangeKind::alter_table_options:
      return "alter_table_options";
    case ChangeKind::add_view:
      return "add_view";
    case ChangeKind::drop_view:
      return "drop_view";
    case ChangeKind::add_trigger:
      return "add_trigger";
    case ChangeKind::drop_trigger:
      return "drop_trigger";
  }
  return "unknown";
}

namespace {

// A column's definition read back from its SQL (SchemaChange::from / to): the pieces
// describe() shows for each attribute.
struct ColumnText {
  std::string type = "(none)", nullable = "NULL", def = "none", collation = "BINARY",
              generated = "none";
};

ColumnText column_text(std::string_view sql) {
  // column_sql writes: name [type] [COLLATE c] [DEFAULT d] [NOT NULL] [PRIMARY KEY]
  // [GENERATED ALWAYS AS (e) [STORED]]: split at those words, outside parentheses and quotes.
  ColumnText out;
  auto toks = detail::tokenize(sql);
  if (toks.empty()) return out;
  enum class Part { type, collate, def, rest, generated } part = Part::type;
  std::size_t part_begin = toks[0].end;
  int depth = 0;
  auto close = [&](std::size_t end) {
    std::string text = detail::trim_sql(sql.substr(part_begin, end - part_begin));
    switch (part) {
      case Part::type:
        if (!text.empty()) out.type = text;
        break;
      case Part::collate:
        out.collation = text;
        break;
      case Part::def:
        out.def = text;
        break;
      case Part::generated:
        out.generated = text;
        break;
      case Part::rest:
        break;
    }
  };
  for (std::size_t i = 1; i < toks.size(); ++i) {
    const auto& t = toks[i];
    if (t.kind == detail::Token::Kind::punct) {
      if (t.text == "(") ++depth;
      if (t.text == ")") --depth;
      continue;
    }
    if (depth != 0 || t.kind != detail::Token::Kind::identifier) continue;
    std::optional<Part> next;
    if (iequals(t.text, "COLLATE")) next = Part::collate;
    if (iequals(t.text, "DEFAULT")) next = Part::def;
    if (iequals(t.text, "NOT") && i + 1 < toks.size() && iequals(toks[i + 1].text, "NULL")) {
      out.nullable = "NOT NULL";
      next = Part::rest;
    }
    if (iequals(t.text, "PRIMARY")) next = Part::rest;
    if (iequals(t.text, "GENERATED")) {
      close(t.begin);
      part = Part::generated;
      part_begin = i + 3 < toks.size() ? toks[i + 3].begin : t.end;  // after GENERATED ALWAYS AS
      i += 2;
      continue;
    }
    if (!next) continue;
    close(t.begin);
    part = *next;
    part_begin = t.end;
  }
  close(sql.size());
  return out;
}

}  // namespace

std::string SchemaChange::describe() const {
  std::string prefix = table.empty() ? std::string() : table + ": ";
  switch (kind) {
    case ChangeKind::add_table:
      return prefix + "add table";
    case ChangeKind::drop_table:
      return prefix + "drop table";
    case ChangeKind::add_column:
      return prefix + "add column " + to;
    case ChangeKind::drop_column:
      return prefix + "drop column " + name;
    case ChangeKind::alter_column: {
      ColumnText a = column_text(from), b = column_text(to);
      std::vector<std::string> parts;
      for (const auto& attr : attributes) {
        if (attr == "type") parts.push_back("type " + a.type + " -> " + b.type);
        if (attr == "nullable")
          parts.emplace_back(b.nullable == "NOT NULL" ? "not nullable" : "nullable");
        if (attr == "default") parts.push_back("default " + a.def + " -> " + b.def);
        if (attr == "collation") parts.push_back("collation " + a.collation + " -> " + b.collation);
        if (attr == "generated") parts.push_back("generated " + a.generated + " -> " + b.generated);
        if (attr == "primary_key") parts.emplace_back("primary key");
      }
      return fmt::format("{}alter column {} ({})", prefix, name, fmt::join(parts, ", "));
    }
    case ChangeKind::add_index: {
      // "CREATE UNIQUE INDEX ix ON t (a)" -> "add unique index ix ON t (a)"
      std::string rest = to;
      bool unique = detail::istarts_with(rest, "CREATE UNIQUE INDEX ");
      if (unique)
        rest.erase(0, 20);
      else if (detail::istarts_with(rest, "CREATE INDEX "))
        rest.erase(0, 13);
      return prefix + (unique ? "add unique index " : "add index ") + rest;
    }
    case ChangeKind::drop_index:
      return prefix + "drop index " + name;
    case ChangeKind::add_constraint:
      return prefix + "add constraint " +
             (detail::istarts_with(to, "CONSTRAINT ") ? to.substr(11) : to);
    case ChangeKind::drop_constraint:
      return prefix + "drop constraint " + name;
    case ChangeKind::alter_table_options: {
      auto show = [](const std::string& s) { return s.empty() ? std::string("none") : s; };
      return prefix + "alter table options (" + show(from) + " -> " + show(to) + ")";
    }
    case ChangeKind::add_view:
      return prefix + "add view " + name;
    case ChangeKind::drop_view:
      return prefix + "drop view " + name;
    case ChangeKind::add_trigger:
      return prefix + "add trigger " + name;
    case ChangeKind::drop_trigger:
      return prefix + "drop trigger " + name;
  }
  return prefix + std::string(to_string(kind)) + " " + name;
}

std::vector<const SchemaChange*> SchemaDiff::for_table(std::string_view table) const {
  std::vector<const SchemaChange*> out;
  for (const auto& c : changes_)
    if (iequals(c.table, table)) out.push_back(&c);
  return out;
}

std::string SchemaDiff::describe() const {
  std::string out;
  for (const auto& c : changes_) out += c.describe() + "\n";
  return out;
}

SchemaDiff compare(Connection& conn, const MetaData& target, const CompareOptions& options) {
  if (!options.schema.empty() && !iequals(options.schema, "main") &&
      !iequals(options.schema, "temp")) {
    bool attached = false;
    for (const Row& row : conn.execute(text("PRAGMA database_list")))
      attached = attached || iequals(row.get<std::string>(1), options.schema);
    if (!attached)
      throw ArgumentError(fmt::format(
          "compare: CompareOptions::schema names '{}', which is not an attached database",
          options.schema));
  }
  MetaData live;
  ReflectOptions ro;
  ro.schema = options.schema;
  live.reflect(conn, ro);
  return detail::diff_metadata(live, target, options);
}

}  // namespace sqlcore
