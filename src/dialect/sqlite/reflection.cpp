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
#include "driver/library.hpp"
#include "driver/statement.hpp"
#include "driver/stmt_ops.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

using Rows = std::vector<std::vector<std::optional<std::string>>>;

// Runs `sql` (binding `params` as text) and returns every row, each cell as text or NULL.
Rows query(RawConnection& raw, std::string_view sql, const std::vector<std::string>& params = {}) {
  Statement st(raw.native_handle(), sql);
  if (st.stmt == nullptr) return {};
  for (std::size_t i = 0; i < params.size(); ++i)
    bind_text(st.stmt, static_cast<int>(i + 1), params[i], false);
  Rows rows;
  int n = static_cast<int>(st.column_names.size());
  while (step(st.stmt, st.sql)) {
    auto& row = rows.emplace_back();
    row.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
      if (column_storage(st.stmt, i) == StorageClass::null)
        row.emplace_back();
      else
        row.emplace_back(std::string(column_text(st.stmt, i)));
    }
  }
  return rows;
}

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
  // ALWAYS" in some versions; the words are not part of the type.
  for (const char* w : {"GENERATED", "ALWAYS"}) {
    for (;;) {
      auto at = ascii_upper(type).find(w);
      if (at == std::string::npos) break;
      type.erase(at, std::string_view(w).size());
    }
  }
  auto b = type.find_first_not_of(' ');
  auto e = type.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : type.substr(b, e - b + 1);
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
  Rows rows = query(
      *raw_, key == "temp" ? std::string("SELECT type, name, tbl_name, sql FROM sqlite_temp_master")
                           : fmt::format("SELECT type, name, tbl_name, sql FROM {}.sqlite_master",
                                         force_quote(schema_or_main(schema))));
  for (auto& r : rows)
    cat.push_back(
        {r[0].value_or(""), r[1].value_or(""), r[2].value_or(""), r[3].value_or(""), false});
  // Shadow tables of virtual tables: PRAGMA table_list says so (SQLite 3.37+); before that,
  // a table named "<virtual table>_..." of an FTS or R*Tree module is one.
  if (sqlite_library_version() >= 3037000) {
    for (auto& r :
         query(*raw_, fmt::format("PRAGMA {}.table_list", force_quote(schema_or_main(schema))))) {
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

Rows Reflector::pragma(std::string_view name, std::string_view schema, std::string_view arg) {
  std::string sql =
      fmt::format("PRAGMA {}.{}({})", force_quote(schema_or_main(schema)), name, force_quote(arg));
  auto it = pragmas_.find(sql);
  if (it != pragmas_.end()) return it->second;
  Rows rows = query(*raw_, sql);
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
  for (auto& r : query(*raw_, "PRAGMA database_list"))
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
  bool xinfo = sqlite_library_version() >= 3026000;
  Rows rows = pragma(xinfo ? "table_xinfo" : "table_info", schema, e.name);
  std::vector<ReflectedColumn> out;
  for (const auto& r : rows) {
    int hidden = xinfo && r.size() > 6 ? to_int(r[6]) : 0;
    if (hidden == 1) continue;  // a virtual table's hidden column
    ReflectedColumn c;
    c.name = r[1].value_or("");
    c.declared_type = r[2].value_or("");
    if (hidden >= 2) c.declared_type = strip_generated_words(c.declared_type);
    c.type = reflect_type(c.declared_type);
    c.affinity = affinity_of(c.declared_type);
    c.nullable = to_int(r[3]) == 0;
    c.default_value = r[4];
    c.primary_key = to_int(r[5]);
    c.cpp_type = std::string(cpp_type_of(c.type));
    const ParsedColumn* pc = nullptr;
    if (p)
      for (const auto& col : p->columns)
        if (iequals(col.name, c.name)) pc = &col;
    if (pc != nullptr) {
      c.autoincrement = pc->autoincrement;
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
      // REFERENCES parent with no columns: the parent's primary key.
      fk.referred_columns.clear();
      if (has_table(fk.referred_table, schema))
        fk.referred_columns = pk_constraint(fk.referred_table, schema).columns;
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
        for (const auto& el : pi->elements) ix.elements.push_back(el.text);
      }
    }
    out.push_back(std::move(ix));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

std::vector<ReflectedUniqueConstraint> Reflector::unique_constraints(std::string_view table,
                                                                     std::string_view schema) {
  const CatalogEntry& e = entry(table, schema);
  const auto& p = parsed(table, schema);
  // The parsed UNIQUE constraints, table-level then column-level, to match by columns.
  struct Declared {
    std::string name;
    std::vector<std::string> columns;
    std::optional<std::string> on_conflict;
    bool used = false;
  };
  std::vector<Declared> declared;
  if (p) {
    for (const auto& c : p->constraints)
      if (c.kind == ParsedTableConstraint::Kind::unique)
        declared.push_back({c.name, c.columns, c.on_conflict});
    for (const auto& col : p->columns)
      if (col.unique) declared.push_back({col.unique_name, {col.name}, col.unique_on_conflict});
  }
  std::vector<ReflectedUniqueConstraint> out;
  auto rows = pragma("index_list", schema, e.name);
  for (auto it = rows.rbegin(); it != rows.rend(); ++it) {  // oldest (first declared) first
    const auto& r = *it;
    if (r.size() <= 3 || r[3].value_or("") != "u") continue;
    ReflectedUniqueConstraint uc;
    for (const auto& x : pragma("index_info", schema, r[1].value_or("")))
      uc.columns.push_back(x[2].value_or(""));
    for (auto& d : declared) {
      if (d.used || !same_columns(d.columns, uc.columns)) continue;
      d.used = true;
      if (!d.name.empty()) uc.name = d.name;
      uc.on_conflict = d.on_conflict;
      break;
    }
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
  }
  return o;
}

}  // namespace sqlcore::detail
