// `sqlcore inspect`: a database's schema as text for people or as JSON (nlohmann) for programs.
// SPDX-License-Identifier: MIT
#include "inspect.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sqlcore::tools {

namespace {

// Keys stay in the order they are set, as SQLAlchemy's Inspector returns them.
using Json = nlohmann::ordered_json;

std::string or_empty(const std::optional<std::string>& s) { return s.value_or(""); }

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
  return out;
}

void columns_text(const std::vector<ReflectedColumn>& cols, std::ostream& out) {
  std::size_t wn = 6, wt = 4;
  for (const auto& c : cols) {
    wn = std::max(wn, c.name.size());
    wt = std::max(wt, c.declared_type.size());
  }
  char line[512];
  std::snprintf(line, sizeof line, "  %-*s  %-*s  %-4s  %-3s  %s\n", static_cast<int>(wn), "column",
                static_cast<int>(wt), "type", "null", "pk", "default");
  out << line;
  for (const auto& c : cols) {
    std::snprintf(line, sizeof line, "  %-*s  %-*s  %-4s  %-3s  %s\n", static_cast<int>(wn),
                  c.name.c_str(), static_cast<int>(wt), c.declared_type.c_str(),
                  c.nullable ? "yes" : "no",
                  c.primary_key ? std::to_string(c.primary_key).c_str() : "",
                  or_empty(c.default_value).c_str());
    out << line;
  }
}

std::string named(const std::optional<std::string>& name) { return name ? *name + " " : ""; }

void constraints_text(Inspector& insp, const std::string& t, std::ostream& out) {
  auto pk = insp.get_pk_constraint(t);
  if (!pk.columns.empty())
    out << "  primary key " << named(pk.name) << "(" << joined(pk.columns) << ")\n";
  for (const auto& fk : insp.get_foreign_keys(t)) {
    out << "  foreign key " << named(fk.name) << "(" << joined(fk.constrained_columns) << ") -> "
        << fk.referred_table << " (" << joined(fk.referred_columns) << ")";
    if (fk.ondelete) out << " ON DELETE " << *fk.ondelete;
    if (fk.onupdate) out << " ON UPDATE " << *fk.onupdate;
    out << "\n";
  }
  for (const auto& ix : insp.get_indexes(t)) {
    out << "  " << (ix.unique ? "unique index " : "index ") << ix.name << " ("
        << joined(ix.elements.empty() ? ix.columns : ix.elements) << ")";
    if (ix.sqlite_where) out << " WHERE " << *ix.sqlite_where;
    out << "\n";
  }
  for (const auto& u : insp.get_unique_constraints(t))
    out << "  unique " << named(u.name) << "(" << joined(u.columns) << ")\n";
  for (const auto& ck : insp.get_check_constraints(t))
    out << "  check " << named(ck.name) << "(" << ck.sqltext << ")\n";
}

Json or_null(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json column_json(const ReflectedColumn& c) {
  Json col = {{"name", c.name},
              {"type", c.type.is_null_type() ? "NULL" : c.type.compile(sqlite_dialect())},
              {"nullable", c.nullable},
              {"default", or_null(c.default_value)},
              {"primary_key", c.primary_key},
              {"autoincrement", c.autoincrement},
              {"declared_type", c.declared_type}};
  if (c.computed)
    col["computed"] = {{"sqltext", c.computed->sqltext}, {"persisted", c.computed->persisted}};
  return col;
}

Json foreign_key_json(const ReflectedForeignKey& fk) {
  Json opts = Json::object();
  if (fk.ondelete) opts["ondelete"] = *fk.ondelete;
  if (fk.onupdate) opts["onupdate"] = *fk.onupdate;
  if (fk.deferrable) opts["deferrable"] = *fk.deferrable;
  if (fk.initially) opts["initially"] = *fk.initially;
  return {{"name", or_null(fk.name)},
          {"constrained_columns", fk.constrained_columns},
          {"referred_table", fk.referred_table},
          {"referred_columns", fk.referred_columns},
          {"options", opts}};
}

Json index_json(const ReflectedIndex& ix) {
  Json dialect_options = Json::object();
  if (ix.sqlite_where) dialect_options["sqlite_where"] = *ix.sqlite_where;
  Json i = {{"name", ix.name},
            {"column_names", ix.columns},
            {"unique", ix.unique},
            {"dialect_options", dialect_options}};
  if (ix.has_expressions) i["expressions"] = ix.elements;
  return i;
}

Json table_options_json(const ReflectedTableOptions& o) {
  Json opts = {{"sqlite_with_rowid", !o.without_rowid},
               {"sqlite_strict", o.strict},
               {"sqlite_autoincrement", o.autoincrement}};
  if (o.virtual_table) opts["sqlite_virtual_module"] = o.module;
  return opts;
}

Json table_json(Inspector& insp, const std::string& t) {
  Json table = {{"name", t}};
  Json& cols = table["columns"] = Json::array();
  for (const auto& c : insp.get_columns(t)) cols.push_back(column_json(c));
  auto pk = insp.get_pk_constraint(t);
  table["pk_constraint"] = {{"name", or_null(pk.name)}, {"constrained_columns", pk.columns}};
  Json& fks = table["foreign_keys"] = Json::array();
  for (const auto& fk : insp.get_foreign_keys(t)) fks.push_back(foreign_key_json(fk));
  Json& ixs = table["indexes"] = Json::array();
  for (const auto& ix : insp.get_indexes(t)) ixs.push_back(index_json(ix));
  Json& uqs = table["unique_constraints"] = Json::array();
  for (const auto& u : insp.get_unique_constraints(t))
    uqs.push_back({{"name", or_null(u.name)}, {"column_names", u.columns}});
  Json& cks = table["check_constraints"] = Json::array();
  for (const auto& ck : insp.get_check_constraints(t))
    cks.push_back({{"name", or_null(ck.name)}, {"sqltext", ck.sqltext}});
  table["table_options"] = table_options_json(insp.get_table_options(t));
  return table;
}

}  // namespace

void inspect_text(Inspector& insp, std::ostream& out) {
  for (const auto& t : insp.get_table_names()) {
    auto o = insp.get_table_options(t);
    std::string flags;
    if (o.without_rowid) flags += " WITHOUT ROWID";
    if (o.strict) flags += " STRICT";
    if (o.virtual_table) flags += " VIRTUAL (" + o.module + ")";
    out << "table " << t << flags << "\n";
    columns_text(insp.get_columns(t), out);
    constraints_text(insp, t, out);
    out << "\n";
  }
  for (const auto& v : insp.get_view_names()) out << "view " << v << "\n";
}

void inspect_json(Inspector& insp, std::ostream& out) {
  Json doc = Json::array();
  for (const auto& t : insp.get_table_names()) doc.push_back(table_json(insp, t));
  // Views follow the tables: their name and CREATE VIEW text (SQLAlchemy's
  // get_view_names / get_view_definition).
  for (const auto& v : insp.get_view_names())
    doc.push_back({{"name", v}, {"type", "view"}, {"definition", insp.get_view_definition(v)}});
  // SQLite stores names and defaults as bytes; a byte sequence that is not UTF-8 is written as
  // U+FFFD rather than failing the whole document (nlohmann's default is to throw).
  out << doc.dump(-1, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace sqlcore::tools
