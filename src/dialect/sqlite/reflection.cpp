// The SQLite reflection reader: what SQLite reports comes from PRAGMAs; names, CHECK text,
// AUTOINCREMENT, partial-index WHERE and generated expressions from the parsed CREATE text.
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/reflection.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "base/text.hpp"
#include "dialect/sqlite/identifier_preparer.hpp"
#include "dialect/sqlite/type_map.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

using Rows = TextRows;

int to_int(const std::optional<std::string>& s) { return s ? std::atoi(s->c_str()) : 0; }

std::string schema_or_main(std::string_view schema) {
  return schema.empty() ? "main" : std::string(schema);
}

// NO ACTION is SQLite's default; SQLAlchemy reports it as no option at all.
std::optional<std::string> fk_action(const std::optional<std::string>& a) {
  if (!a || a->empty() || iequals(*a, "NO ACTION")) return std::nullopt;
  return *a;
}

bool same_columns(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(),
                    [](const auto& x, const auto& y) { return iequals(x, y); });
}

std::string strip_generated_words(std::string type) {
  // SQLite reports the type of "c INTEGER GENERATED ALWAYS AS (...)" as "INTEGER GENERATED
  // ALWAYS" in some versions: those trailing words (whole words, at the end) are not part of
  // the type; a type that merely contains the word ("MY GENERATED TYPE") keeps it.
  auto drop_last_word = [&](std::string_view w) {
    std::string up = ascii_upper(type);
    while (!up.empty() && up.back() == ' ') {
      up.pop_back();
      type.pop_back();
    }
    if (up.size() < w.size() || up.compare(up.size() - w.size(), w.size(), w) != 0) return false;
    std::size_t at = up.size() - w.size();
    if (at > 0 && up[at - 1] != ' ') return false;
    type.erase(at);
    while (!type.empty() && type.back() == ' ') type.pop_back();
    return true;
  };
  if (drop_last_word("ALWAYS")) {
    drop_last_word("GENERATED");
  } else {
    drop_last_word("GENERATED");
  }
  return type;
}

// A type as written in the CREATE text, without quotes: its tokens' texts, space-separated.
std::string written_type(const std::string& type) {
  std::string out;
  for (const auto& t : tokenize(type)) {
    if (!out.empty() && t.kind != Token::Kind::punct && out.back() != '(') out += ' ';
    out += t.text;
  }
  return out;
}

// The COLLATE and DESC of each key element of index `rows` (PRAGMA index_xinfo) whose
// collation differs from its column's declared one (BINARY when none).
void element_options(const TextRows& rows, const std::optional<ParsedTable>& p,
                     std::vector<std::optional<std::string>>& collations, std::vector<bool>& desc) {
  for (const auto& x : rows) {
    if (x.size() < 6 || to_int(x[5]) == 0) continue;
    std::string column = x[2].value_or("");
    std::string declared = "BINARY";
    if (p)
      for (const auto& col : p->columns)
        if (iequals(col.name, column) && col.collation) declared = *col.collation;
    std::string coll = x[4].value_or("BINARY");
    collations.push_back(iequals(coll, declared) ? std::nullopt : std::optional<std::string>(coll));
    desc.push_back(to_int(x[3]) != 0);
  }
}

// A PRIMARY KEY or UNIQUE of the CREATE text.
struct DeclaredKey {
  bool primary_key = false;
  bool column_constraint = false;
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::string> collations;  // of each element: as written, else the column's
  std::optional<std::string> on_conflict;
  bool used = false;
};

// The PRIMARY KEY and UNIQUE constraints in the order of the text: column constraints in
// column order, then table constraints (SQLite's grammar puts every column first). SQLite makes
// their indexes in this order, skipping one with the columns and collations of an index it
// already made (https://www.sqlite.org/lang_createtable.html; build.c, sqlite3CreateIndex).
std::vector<DeclaredKey> declared_keys(const ParsedTable& p) {
  auto column_collation = [&](const std::string& name) {
    for (const auto& col : p.columns)
      if (iequals(col.name, name) && col.collation) return *col.collation;
    return std::string("BINARY");
  };
  std::vector<DeclaredKey> out;
  for (const auto& col : p.columns) {
    // PRIMARY KEY and UNIQUE on one column make one index, whichever comes first.
    if (col.primary_key)
      out.push_back(
          {true, true, col.pk_name, {col.name}, {column_collation(col.name)}, col.pk_on_conflict});
    if (col.unique)
      out.push_back({false,
                     true,
                     col.unique_name,
                     {col.name},
                     {column_collation(col.name)},
                     col.unique_on_conflict});
  }
  for (const auto& c : p.constraints) {
    if (c.kind != ParsedTableConstraint::Kind::primary_key &&
        c.kind != ParsedTableConstraint::Kind::unique)
      continue;
    DeclaredKey k{c.kind == ParsedTableConstraint::Kind::primary_key,
                  false,
                  c.name,
                  c.columns,
                  {},
                  c.on_conflict};
    for (std::size_t i = 0; i < c.columns.size(); ++i)
      k.collations.push_back(i < c.collations.size() && c.collations[i]
                                 ? *c.collations[i]
                                 : column_collation(c.columns[i]));
    out.push_back(std::move(k));
  }
  return out;
}

// N of an index named sqlite_autoindex_<table>_N; 0 when the name ends in no number.
int autoindex_number(const std::string& name) {
  auto us = name.rfind('_');
  if (us == std::string::npos || us + 1 == name.size() || name.size() - us > 10) return 0;
  for (std::size_t i = us + 1; i < name.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(name[i]))) return 0;
  return std::atoi(name.c_str() + us + 1);
}

}  // namespace

// ---- the catalog
// ----------------------------------------------------------------------------------

const Reflector::Catalog& Reflector::catalog(std::string_view schema) {
  std::string key = ascii_lower(schema_or_main(schema));
  auto it = catalogs_.find(key);
  if (it != catalogs_.end()) return it->second;
  std::vector<CatalogEntry> cat;
  // The temp schema's catalog is sqlite_temp_master (SQLite before 3.33 knows no
  // temp.sqlite_master; SQLAlchemy reads sqlite_temp_master too).
  Rows rows = reader_->query(
      key == "temp" ? std::string("SELECT type, name, tbl_name, sql FROM sqlite_temp_master")
                    : fmt::format("SELECT type, name, tbl_name, sql FROM {}.sqlite_master",
                                  force_quote(schema_or_main(schema))));
  for (auto& r : rows)
    cat.push_back(
        {r[0].value_or(""), r[1].value_or(""), r[2].value_or(""), r[3].value_or(""), false});
  // Shadow tables of virtual tables: PRAGMA table_list says so (SQLite 3.37+); before that,
  // a table named "<virtual table>_..." of an FTS or R*Tree module is one.
  if (dialect_->supports_table_list()) {
    for (auto& r :
         reader_->query(fmt::format("PRAGMA {}.table_list", force_quote(schema_or_main(schema))))) {
      if (r.size() < 3 || r[2].value_or("") != "shadow") continue;
      for (auto& e : cat)
        if (e.type == "table" && e.name == r[1].value_or("")) e.shadow = true;
    }
  } else {
    for (const auto& v : cat) {
      auto parsed_v = v.type == "table" ? parse_create_table(v.sql) : std::nullopt;
      if (!parsed_v || !parsed_v->virtual_table) continue;
      std::string module = ascii_lower(parsed_v->module);
      if (module.rfind("fts", 0) != 0 && module != "rtree" && module != "rtree_i32") continue;
      for (auto& e : cat)
        if (e.type == "table" && e.name.size() > v.name.size() + 1 &&
            iequals(e.name.substr(0, v.name.size() + 1), v.name + "_"))
          e.shadow = true;
    }
  }
  Catalog indexed;
  for (std::size_t i = 0; i < cat.size(); ++i) {
    const auto& e = cat[i];
    if (e.type == "table" || e.type == "view") indexed.objects.emplace(ascii_lower(e.name), i);
    if (e.type == "index") indexed.indexes.emplace(ascii_lower(e.name), i);
  }
  indexed.entries = std::move(cat);
  return catalogs_.emplace(key, std::move(indexed)).first->second;
}

const CatalogEntry& Reflector::entry(std::string_view table, std::string_view schema) {
  const Catalog& cat = catalog(schema);
  auto it = cat.objects.find(ascii_lower(table));
  if (it != cat.objects.end()) return cat.entries[it->second];
  throw NoSuchTableError(
      fmt::format("no table or view named '{}' in schema '{}'", table, schema_or_main(schema)));
}

const std::optional<ParsedTable>& Reflector::parsed(std::string_view table,
                                                    std::string_view schema) {
  const CatalogEntry& e = entry(table, schema);
  std::string key = ascii_lower(schema_or_main(schema)) + "." + ascii_lower(e.name);
  auto it = parsed_.find(key);
  if (it != parsed_.end()) return it->second;
  std::optional<ParsedTable> p;
  if (e.type == "table") p = parse_create_table(e.sql);
  return parsed_.emplace(key, std::move(p)).first->second;
}

const TextRows& Reflector::pragma(std::string_view name, std::string_view schema,
                                  std::string_view arg) {
  std::string sql =
      fmt::format("PRAGMA {}.{}({})", force_quote(schema_or_main(schema)), name, force_quote(arg));
  auto it = pragmas_.find(sql);
  if (it != pragmas_.end()) return it->second;
  Rows rows = reader_->query(sql);
  return pragmas_.emplace(std::move(sql), std::move(rows)).first->second;
}

// ---- names
// ---------------------------------------------------------------------------------------

std::vector<std::string> Reflector::table_names(std::string_view schema) {
  std::vector<std::string> out;
  for (const auto& e : catalog(schema).entries)
    if (e.type == "table" && !e.shadow && ascii_lower(e.name).rfind("sqlite_", 0) != 0)
      out.push_back(e.name);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Reflector::view_names(std::string_view schema) {
  std::vector<std::string> out;
  for (const auto& e : catalog(schema).entries)
    if (e.type == "view") out.push_back(e.name);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Reflector::schema_names() {
  std::vector<std::string> out;
  for (auto& r : reader_->query("PRAGMA database_list"))
    if (r.size() > 1 && r[1].value_or("") != "temp") out.push_back(r[1].value_or(""));
  return out;
}

std::string Reflector::view_definition(std::string_view view, std::string_view schema) {
  for (const auto& e : catalog(schema).entries)
    if (e.type == "view" && iequals(e.name, view)) return e.sql;
  throw NoSuchTableError(
      fmt::format("no view named '{}' in schema '{}'", view, schema_or_main(schema)));
}

bool Reflector::has_table(std::string_view table, std::string_view schema) {
  const Catalog& cat = catalog(schema);
  auto it = cat.objects.find(ascii_lower(table));
  return it != cat.objects.end() && cat.entries[it->second].type == "table";
}

// ---- columns
// -------------------------------------------------------------------------------------

std::vector<ReflectedColumn> Reflector::columns(std::string_view table, std::string_view schema) {
  const CatalogEntry& e = entry(table, schema);
  const auto& p = parsed(table, schema);
  bool xinfo = dialect_->supports_table_xinfo();
  Rows rows = pragma(xinfo ? "table_xinfo" : "table_info", schema, e.name);
  std::vector<ReflectedColumn> out;
  for (const auto& r : rows) {
    int hidden = xinfo && r.size() > 6 ? to_int(r[6]) : 0;
    if (hidden == 1) continue;  // a virtual table's hidden column
    ReflectedColumn c;
    c.name = r[1].value_or("");
    c.declared_type = r[2].value_or("");
    const ParsedColumn* pc = nullptr;
    if (p)
      for (const auto& col : p->columns)
        if (iequals(col.name, c.name)) pc = &col;
    // The words GENERATED ALWAYS some versions add, unless the CREATE text declares them
    // ("d 'GENERATED' AS (2)" is of type GENERATED).
    if (hidden >= 2 && (pc == nullptr || !iequals(written_type(pc->type), c.declared_type)))
      c.declared_type = strip_generated_words(c.declared_type);
    c.type = reflect_type(c.declared_type);
    c.affinity = affinity_of(c.declared_type);
    c.nullable = to_int(r[3]) == 0;
    c.default_value = r[4];
    c.primary_key = to_int(r[5]);
    c.cpp_type = std::string(cpp_type_of(c.type));
    if (pc != nullptr) {
      c.autoincrement = pc->autoincrement;
      for (const auto& tc : p->constraints)  // PRIMARY KEY (x AUTOINCREMENT)
        if (tc.kind == ParsedTableConstraint::Kind::primary_key && tc.autoincrement &&
            tc.columns.size() == 1 && iequals(tc.columns[0], c.name))
          c.autoincrement = true;
      c.collation = pc->collation;
      c.not_null_on_conflict = pc->not_null_on_conflict;
    }
    if (hidden >= 2) {
      ReflectedComputed comp;
      comp.persisted = hidden == 3;
      if (pc != nullptr && pc->generated_sql) comp.sqltext = *pc->generated_sql;
      c.computed = comp;
    }
    out.push_back(std::move(c));
  }
  return out;
}

ReflectedPrimaryKey Reflector::pk_constraint(std::string_view table, std::string_view schema) {
  std::vector<std::pair<int, std::string>> cols;
  for (const auto& c : columns(table, schema))
    if (c.primary_key > 0) cols.emplace_back(c.primary_key, c.name);
  std::sort(cols.begin(), cols.end());
  ReflectedPrimaryKey pk;
  for (auto& [pos, name] : cols) pk.columns.push_back(name);
  // A key that is no rowid alias has an index (origin pk): its COLLATE and DESC, its number,
  // and whether a column constraint made it.
  for (const auto& k : key_indexes(table, schema))
    if (k.primary_key) {
      pk.collations = k.collations;
      pk.desc = k.desc;
      if (pk.collations.size() != pk.columns.size()) {
        pk.collations.clear();
        pk.desc.clear();
      }
      pk.sqlite_column_constraint = k.column_constraint;
      if (k.number > 0) pk.sqlite_autoindex = k.number;
    }
  if (const auto& p = parsed(table, schema)) {
    for (const auto& c : p->constraints)
      if (c.kind == ParsedTableConstraint::Kind::primary_key) {
        if (!c.name.empty()) pk.name = c.name;
        pk.on_conflict = c.on_conflict;
      }
    for (const auto& col : p->columns)
      if (col.primary_key) {
        if (!col.pk_name.empty()) pk.name = col.pk_name;
        if (col.pk_on_conflict) pk.on_conflict = col.pk_on_conflict;
      }
  }
  return pk;
}

// ---- foreign keys
// --------------------------------------------------------------------------------

std::vector<ReflectedForeignKey> Reflector::foreign_keys(std::string_view table,
                                                         std::string_view schema) {
  const CatalogEntry& e = entry(table, schema);
  Rows rows = pragma("foreign_key_list", schema, e.name);
  // PRAGMA foreign_key_list lists the last declared constraint first (id 0): keep the
  // declaration order by walking ids from the highest.
  std::map<int, ReflectedForeignKey, std::greater<int>> by_id;
  std::map<int, bool> unnamed_target;
  for (const auto& r : rows) {
    int id = to_int(r[0]);
    auto& fk = by_id[id];
    fk.referred_table = r[2].value_or("");
    fk.constrained_columns.push_back(r[3].value_or(""));
    if (r[4])
      fk.referred_columns.push_back(*r[4]);
    else
      unnamed_target[id] = true;
    fk.onupdate = fk_action(r[5]);
    fk.ondelete = fk_action(r[6]);
  }
  std::vector<ReflectedForeignKey> out;
  const auto& p = parsed(table, schema);
  std::vector<bool> used(p ? p->foreign_keys.size() : 0, false);
  for (auto& [id, fk] : by_id) {
    if (unnamed_target.count(id) > 0) {
      // REFERENCES parent with no columns: the parent's primary key (when the counts match:
      // SQLite accepts a table whose key has other columns, and refuses its writes).
      fk.referred_columns.clear();
      fk.referred_primary_key = true;
      if (has_table(fk.referred_table, schema)) {
        auto parent_key = pk_constraint(fk.referred_table, schema).columns;
        if (parent_key.size() == fk.constrained_columns.size()) fk.referred_columns = parent_key;
      }
    }
    if (p) {
      for (std::size_t i = 0; i < p->foreign_keys.size(); ++i) {
        const ParsedForeignKey& pf = p->foreign_keys[i];
        if (used[i] || !iequals(pf.referred_table, fk.referred_table) ||
            !same_columns(pf.columns, fk.constrained_columns))
          continue;
        if (!pf.referred_columns.empty() && !same_columns(pf.referred_columns, fk.referred_columns))
          continue;
        used[i] = true;
        if (!pf.name.empty()) fk.name = pf.name;
        fk.deferrable = pf.deferrable;
        fk.initially = pf.initially;
        break;
      }
    }
    out.push_back(std::move(fk));
  }
  return out;
}

// ---- indexes and unique constraints -------------------------------------------------------------

std::vector<ReflectedIndex> Reflector::indexes(std::string_view table, std::string_view schema) {
  const CatalogEntry& e = entry(table, schema);
  std::vector<ReflectedIndex> out;
  for (const auto& r : pragma("index_list", schema, e.name)) {
    // origin: c = CREATE INDEX, u = UNIQUE constraint, pk = PRIMARY KEY.
    if (r.size() > 3 && r[3].value_or("c") != "c") continue;
    ReflectedIndex ix;
    ix.name = r[1].value_or("");
    ix.unique = to_int(r[2]) != 0;
    for (const auto& x : pragma("index_xinfo", schema, ix.name)) {
      if (to_int(x[5]) == 0) continue;  // key = 0: the rowid or primary key the index carries
      int cid = to_int(x[1]);
      if (cid == -2) {
        ix.columns.emplace_back();
        ix.has_expressions = true;
      } else {
        ix.columns.push_back(x[2].value_or(cid == -1 ? "rowid" : ""));
      }
    }
    const Catalog& cat = catalog(schema);
    if (auto at = cat.indexes.find(ascii_lower(ix.name)); at != cat.indexes.end()) {
      if (auto pi = parse_create_index(cat.entries[at->second].sql)) {
        ix.sqlite_where = pi->where;
        for (std::size_t i = 0; i < pi->elements.size(); ++i) {
          const auto& el = pi->elements[i];
          // A lone quoted name is the column when it names one ("a"), else a string ("val").
          bool column = el.lone && i < ix.columns.size() && iequals(ix.columns[i], el.column);
          ix.elements.push_back(column ? el.column : el.text);
        }
      }
    }
    out.push_back(std::move(ix));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

std::vector<Reflector::KeyIndex> Reflector::key_indexes(std::string_view table,
                                                        std::string_view schema) {
  const CatalogEntry& e = entry(table, schema);
  std::vector<KeyIndex> out;
  if (e.type != "table") return out;
  const auto& p = parsed(table, schema);
  std::vector<std::vector<std::string>> coll;  // each index's collations as SQLite reports them
  auto rows = pragma("index_list", schema, e.name);
  for (auto it = rows.rbegin(); it != rows.rend(); ++it) {  // oldest first, where unnumbered
    const auto& r = *it;
    // origin: u = UNIQUE constraint, pk = PRIMARY KEY (c = CREATE INDEX).
    if (r.size() <= 3 || (r[3].value_or("") != "u" && r[3].value_or("") != "pk")) continue;
    KeyIndex k;
    k.name = r[1].value_or("");
    k.number = autoindex_number(k.name);
    k.primary_key = r[3].value_or("") == "pk";
    const auto& xinfo = pragma("index_xinfo", schema, k.name);
    std::vector<std::string> c;
    for (const auto& x : xinfo) {
      if (x.size() < 6 || to_int(x[5]) == 0) continue;
      k.columns.push_back(x[2].value_or(""));
      c.push_back(x[4].value_or("BINARY"));
    }
    element_options(xinfo, p, k.collations, k.desc);
    out.push_back(std::move(k));
    coll.push_back(std::move(c));
  }
  // SQLite numbers them in the order it makes them; index_list's order differs (it keeps
  // indexes with ON CONFLICT REPLACE last).
  std::vector<std::size_t> order(out.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return out[a].number < out[b].number; });
  std::vector<KeyIndex> sorted;
  std::vector<std::vector<std::string>> sorted_coll;
  for (std::size_t i : order) {
    sorted.push_back(std::move(out[i]));
    sorted_coll.push_back(std::move(coll[i]));
  }
  if (!p) return sorted;
  // Each index was made by the first constraint of the text with its columns and collations;
  // a later one with the same merely gives it its ON CONFLICT when it has none (SQLite merges
  // them). Columns alone match what the collations cannot (text the parser misread).
  std::vector<DeclaredKey> declared = declared_keys(*p);
  auto same = [&](const DeclaredKey& d, std::size_t i, bool collations) {
    // A PRIMARY KEY makes no UNIQUE's index (a rowid key makes none; one with an index takes
    // over the UNIQUE's, which then reports origin pk).
    if (d.primary_key && !sorted[i].primary_key) return false;
    if (!same_columns(d.columns, sorted[i].columns)) return false;
    if (!collations) return true;
    for (std::size_t j = 0; j < d.collations.size(); ++j)
      if (!iequals(d.collations[j], sorted_coll[i][j])) return false;
    return true;
  };
  std::vector<bool> matched(sorted.size(), false);
  for (bool collations : {true, false}) {
    for (std::size_t i = 0; i < sorted.size(); ++i) {
      if (matched[i]) continue;
      for (auto& d : declared) {
        if (d.used || !same(d, i, collations)) continue;
        d.used = true;
        matched[i] = true;
        sorted[i].column_constraint = d.column_constraint;
        sorted[i].constraint_name = d.name;
        sorted[i].on_conflict = d.on_conflict;
        break;
      }
    }
  }
  for (const auto& d : declared) {
    if (d.used) continue;
    for (std::size_t i = 0; i < sorted.size(); ++i)
      if (matched[i] && same(d, i, true)) {
        if (!sorted[i].on_conflict) sorted[i].on_conflict = d.on_conflict;
        break;
      }
  }
  return sorted;
}

std::vector<ReflectedUniqueConstraint> Reflector::unique_constraints(std::string_view table,
                                                                     std::string_view schema) {
  std::vector<ReflectedUniqueConstraint> out;
  for (auto& k : key_indexes(table, schema)) {
    if (k.primary_key) continue;
    ReflectedUniqueConstraint uc;
    uc.columns = std::move(k.columns);
    uc.collations = std::move(k.collations);
    uc.desc = std::move(k.desc);
    if (!k.constraint_name.empty()) uc.name = k.constraint_name;
    uc.on_conflict = k.on_conflict;
    uc.sqlite_column_constraint = k.column_constraint;
    if (k.number > 0) uc.sqlite_autoindex = k.number;
    out.push_back(std::move(uc));
  }
  return out;
}

std::vector<ReflectedCheckConstraint> Reflector::check_constraints(std::string_view table,
                                                                   std::string_view schema) {
  std::vector<ReflectedCheckConstraint> out;
  if (const auto& p = parsed(table, schema)) {
    for (const auto& ck : p->checks) {
      ReflectedCheckConstraint c;
      if (!ck.name.empty()) c.name = ck.name;
      c.sqltext = ck.sqltext;
      out.push_back(std::move(c));
    }
  }
  return out;
}

ReflectedTableOptions Reflector::table_options(std::string_view table, std::string_view schema) {
  const CatalogEntry& e = entry(table, schema);
  ReflectedTableOptions o;
  o.sql = e.sql;
  o.shadow = e.shadow;
  if (const auto& p = parsed(table, schema)) {
    o.without_rowid = p->without_rowid;
    o.strict = p->strict;
    o.virtual_table = p->virtual_table;
    o.module = p->module;
    for (const auto& c : p->columns) o.autoincrement = o.autoincrement || c.autoincrement;
    for (const auto& c : p->constraints)
      if (c.kind == ParsedTableConstraint::Kind::primary_key)
        o.autoincrement = o.autoincrement || c.autoincrement;
  }
  return o;
}

}  // namespace sqlcore::detail
