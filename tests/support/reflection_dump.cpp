// A text dump of everything sqlcore reflects about a database, for round-trip comparisons.
// SPDX-License-Identifier: MIT
#include "support/reflection_dump.hpp"

#include <algorithm>
#include <sstream>
#include <vector>

namespace sqlcore::testing {

std::string fmt(const std::optional<std::string>& v) {
  if (!v) return "~";
  std::string out;
  for (char c : *v) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else
      out += c;
  }
  return out;
}
std::string fmt(const std::string& v) { return fmt(std::optional<std::string>(v)); }
std::string fmt(bool v) { return v ? "1" : "0"; }
std::string fmt(const std::vector<std::string>& v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + fmt(v[i]);
  return out;
}
std::string fmt(const std::optional<bool>& v) { return v ? fmt(*v) : "~"; }

std::string all_fields(Connection& conn) {
  Inspector insp = inspect(conn);
  std::ostringstream out;
  for (const auto& t : insp.get_table_names()) {
    auto o = insp.get_table_options(t);
    out << "table " << t << " rowid=" << !o.without_rowid << " strict=" << o.strict
        << " autoinc=" << o.autoincrement << " virtual=" << o.virtual_table << "\n";
    for (const auto& c : insp.get_columns(t))
      out << " column " << c.name << "|" << c.declared_type << "|" << c.nullable << "|"
          << fmt(c.default_value) << "|" << c.primary_key << "|" << c.autoincrement << "|"
          << (c.computed ? c.computed->sqltext : "~") << "|"
          << (c.computed && c.computed->persisted) << "|" << fmt(c.collation) << "|"
          << fmt(c.not_null_on_conflict) << "|" << static_cast<int>(c.affinity) << "\n";
    auto pk = insp.get_pk_constraint(t);
    out << " pk " << fmt(pk.name) << "|" << fmt(pk.columns) << "|" << fmt(pk.on_conflict) << "\n";
    std::vector<std::string> lines;
    for (const auto& fk : insp.get_foreign_keys(t))
      lines.push_back(" fk " + fmt(fk.name) + "|" + fmt(fk.constrained_columns) + "|" +
                      fk.referred_table + "|" + fmt(fk.referred_columns) + "|" + fmt(fk.ondelete) +
                      "|" + fmt(fk.onupdate) + "|" + fmt(fk.deferrable) + "|" + fmt(fk.initially) +
                      "\n");
    for (const auto& ix : insp.get_indexes(t))
      lines.push_back(" index " + ix.name + "|" + fmt(ix.columns) + "|" + fmt(ix.elements) + "|" +
                      fmt(ix.unique) + "|" + fmt(ix.sqlite_where) + "\n");
    for (const auto& uq : insp.get_unique_constraints(t))
      lines.push_back(" unique " + fmt(uq.name) + "|" + fmt(uq.columns) + "|" +
                      fmt(uq.on_conflict) + "\n");
    for (const auto& ck : insp.get_check_constraints(t))
      lines.push_back(" check " + fmt(ck.name) + "|" + ck.sqltext + "\n");
    std::sort(lines.begin(), lines.end());
    for (const auto& l : lines) out << l;
  }
  for (const auto& v : insp.get_view_names()) out << "view " << v << "\n";
  return out.str();
}

}  // namespace sqlcore::testing
