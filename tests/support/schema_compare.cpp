// Round trips of a schema and a dump of what SQLite reports about it.
// SPDX-License-Identifier: MIT
#include "support/schema_compare.hpp"

#include <sstream>
#include <vector>

#include "support/reflection_dump.hpp"

namespace sqlcore::testing {

namespace {

// A string literal for SQL text.
std::string literal(const std::string& v) {
  std::string out = "'";
  for (char c : v) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// The rows of a table-valued PRAGMA function, each as its `columns` joined by "|" ("~" for
// NULL), in the order `order` gives.
std::vector<std::string> rows(Connection& conn, const std::string& pragma, const std::string& arg,
                              const std::vector<std::string>& columns, const std::string& order,
                              const std::string& where = "1") {
  std::string expr;
  for (const auto& c : columns)
    expr +=
        (expr.empty() ? "" : " || '|' || ") + std::string("ifnull(CAST(") + c + " AS TEXT), '~')";
  std::vector<std::string> out;
  for (const Row& row :
       conn.execute(text("SELECT " + expr + " FROM pragma_" + pragma + "(" + literal(arg) +
                         ", 'main') WHERE " + where + " ORDER BY " + order)))
    out.push_back(fmt(row.get<std::string>(0)));
  return out;
}

}  // namespace

std::string pragma_dump(Connection& conn) {
  std::ostringstream out;
  std::vector<std::pair<std::string, std::string>> objects;  // type, name
  for (const Row& row :
       conn.execute(text("SELECT type, name FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                         "ORDER BY type, name")))
    objects.emplace_back(row.get<std::string>(0), row.get<std::string>(1));
  for (const auto& [type, name] : objects) {
    out << type << " " << fmt(name) << "\n";
    if (type != "table") continue;
    for (const auto& l :
         rows(conn, "table_xinfo", name,
              {"cid", "name", "type", "\"notnull\"", "dflt_value", "pk", "hidden"}, "cid"))
      out << " xinfo " << l << "\n";
    // Indexes by name with their elements. The names of the indexes of UNIQUE and PRIMARY KEY
    // constraints (sqlite_autoindex_t_N) are compared too: SQLite numbers them in the order
    // of the CREATE text, which a copy keeps.
    for (const Row& row : conn.execute(text("SELECT name FROM pragma_index_list(" + literal(name) +
                                            ", 'main') ORDER BY name"))) {
      std::string ix = row.get<std::string>(0);
      out << " index " << fmt(ix);
      for (const auto& l : rows(conn, "index_list", name, {"\"unique\"", "origin", "partial"},
                                "name", "name = " + literal(ix)))
        out << "|" << l << "\n";
      for (const auto& l : rows(conn, "index_xinfo", ix,
                                {"seqno", "cid", "name", "\"desc\"", "coll", "key"}, "seqno"))
        out << "  element " << l << "\n";
    }
    for (const auto& l :
         rows(conn, "foreign_key_list", name,
              {"id", "seq", "\"table\"", "\"from\"", "\"to\"", "on_update", "on_delete", "match"},
              "id, seq"))
      out << " fk " << l << "\n";
  }
  return out.str();
}

std::string schema_fingerprint(Connection& conn) { return pragma_dump(conn) + all_fields(conn); }

RoundTrip round_trip(const TempDir& dir, const std::string& name, const std::string& ddl) {
  RoundTrip rt;
  Engine original = create_engine(dir.url(name + ".db"), {.foreign_keys = false});
  Connection conn = original.connect();
  conn.raw().exec(ddl);
  rt.original = schema_fingerprint(conn);
  MetaData meta;
  meta.reflect(conn, {.views = true});
  rt.script = ddl_script(meta, sqlite_dialect());
  Engine copy = create_engine(dir.url(name + "_copy.db"), {.foreign_keys = false});
  Connection conn2 = copy.connect();
  meta.create_all(conn2);
  rt.copy = schema_fingerprint(conn2);
  return rt;
}

}  // namespace sqlcore::testing
