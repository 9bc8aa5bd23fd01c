// The schema round trip and its comparison (see roundtrip.hpp).
// SPDX-License-Identifier: MIT
#include "support/roundtrip.hpp"

#include <algorithm>
#include <exception>
#include <fstream>
#include <functional>
#include <sstream>

#include "support/reflection_dump.hpp"

namespace sqlcore::testing {

std::vector<CorpusSchema> read_corpus(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::vector<CorpusSchema> out;
  const std::string mark = "-- schema: ";
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(mark, 0) == 0) {
      std::string rest = line.substr(mark.size());
      auto space = rest.find(' ');
      CorpusSchema s;
      s.id = rest.substr(0, space);
      if (space != std::string::npos) s.source = rest.substr(space + 1);
      if (s.source.size() >= 2 && s.source.front() == '(' && s.source.back() == ')')
        s.source = s.source.substr(1, s.source.size() - 2);
      out.push_back(std::move(s));
    } else if (!out.empty()) {
      out.back().sql += line + "\n";
    }
  }
  return out;
}

std::set<std::string> read_exceptions(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::set<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("| `", 0) != 0) continue;
    auto end = line.find('`', 3);
    if (end != std::string::npos) out.insert(line.substr(3, end - 3));
  }
  return out;
}

std::vector<std::string> read_id_list(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string id;
    if (words >> id && id[0] != '#') out.push_back(id);
  }
  return out;
}

namespace {

// The rows of a one-column query, each a line.
std::vector<std::string> lines_of(Connection& conn, const std::string& sql,
                                  const std::string& name) {
  std::vector<std::string> out;
  Result r = conn.execute(text(sql), {{"n", name}});
  for (const Row& row : r) out.push_back(row.get<std::string>(0));
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

// "error: <what>" when `fill` throws, so that a failure on both sides compares equal and a
// failure on one side shows as a difference.
std::string guarded(const std::function<std::string()>& fill) {
  try {
    return fill();
  } catch (const std::exception& e) {
    return std::string("error: ") + e.what() + "\n";
  }
}

std::string inspector_facts(Inspector& insp, const std::string& t) {
  std::ostringstream out;
  auto o = insp.get_table_options(t);
  out << "options rowid=" << !o.without_rowid << " strict=" << o.strict
      << " autoinc=" << o.autoincrement << " virtual=" << o.virtual_table << " module=" << o.module
      << "\n";
  if (o.virtual_table) return out.str();  // its columns come from the module
  for (const auto& c : insp.get_columns(t))
    out << "column " << fmt(c.name) << "|collate=" << fmt(c.collation)
        << "|notnull_conflict=" << fmt(c.not_null_on_conflict) << "|autoinc=" << c.autoincrement
        << "|computed=" << (c.computed ? fmt(c.computed->sqltext) : "~") << "\n";
  auto pk = insp.get_pk_constraint(t);
  out << "pk " << fmt(pk.name) << "|" << fmt(pk.columns) << "|" << fmt(pk.on_conflict) << "\n";
  std::vector<std::string> lines;
  for (const auto& fk : insp.get_foreign_keys(t))
    lines.push_back("fk " + fmt(fk.name) + "|" + fmt(fk.constrained_columns) + "|" +
                    fmt(fk.referred_table) + "|" + fmt(fk.referred_columns) + "|" +
                    fmt(fk.deferrable) + "|" + fmt(fk.initially) + "\n");
  for (const auto& uq : insp.get_unique_constraints(t))
    lines.push_back("unique " + fmt(uq.name) + "|" + fmt(uq.columns) + "|" + fmt(uq.on_conflict) +
                    "\n");
  for (const auto& ck : insp.get_check_constraints(t))
    lines.push_back("check " + fmt(ck.name) + "|" + fmt(ck.sqltext) + "\n");
  std::sort(lines.begin(), lines.end());
  for (const auto& l : lines) out << l;
  return out.str();
}

}  // namespace

std::map<std::string, std::string> schema_facts(Connection& conn, bool triggers) {
  std::map<std::string, std::string> facts;
  struct Object {
    std::string type, name;
  };
  std::vector<Object> objects;
  {
    std::vector<std::string> list;
    Result r = conn.execute(
        text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name, tbl_name"));
    for (const Row& row : r) {
      auto type = row.get<std::string>(0);
      auto name = row.get<std::string>(1);
      if (type == "trigger" && !triggers) continue;
      list.push_back(type + "|" + fmt(name) + "|" + fmt(row.get<std::string>(2)));
      // Views and triggers are kept as their CREATE text: the copy stores the same text.
      if (type == "view" || type == "trigger")
        facts["sql " + fmt(name)] = row.get<std::optional<std::string>>(3).value_or("") + "\n";
      objects.push_back({type, name});
    }
    facts["objects"] = joined(list);
  }
  Inspector insp = inspect(conn);
  for (const auto& object : objects) {
    // Named references, not a structured binding: the lambdas below capture them (clang
    // before 16 rejects capturing a binding).
    const std::string& type = object.type;
    const std::string& name = object.name;
    const std::string key = " " + fmt(name);
    if (type == "table" || type == "view") {
      facts["table_xinfo" + key] = guarded([&] {
        return joined(lines_of(conn,
                               "SELECT cid || '|' || quote(name) || '|' || quote(type) || '|' || "
                               "\"notnull\" || '|' || quote(dflt_value) || '|' || pk || '|' || "
                               "hidden FROM pragma_table_xinfo(:n) ORDER BY cid",
                               name));
      });
    }
    if (type != "table") {
      if (type == "index")
        facts["index_xinfo" + key] = guarded([&] {
          return joined(lines_of(conn,
                                 "SELECT seqno || '|' || cid || '|' || quote(name) || '|' || "
                                 "\"desc\" || '|' || quote(coll) || '|' || \"key\" "
                                 "FROM pragma_index_xinfo(:n) ORDER BY seqno",
                                 name));
        });
      continue;
    }
    facts["index_list" + key] = guarded([&] {
      return joined(lines_of(conn,
                             "SELECT quote(name) || '|' || \"unique\" || '|' || origin || '|' || "
                             "partial FROM pragma_index_list(:n) ORDER BY name",
                             name));
    });
    facts["foreign_key_list" + key] = guarded([&] {
      auto rows = lines_of(conn,
                           "SELECT id || char(9) || group_concat(quote(\"from\") || '>' || "
                           "quote(\"to\"), ',') || '|' || quote(\"table\") || '|' || on_update "
                           "|| '|' || on_delete || '|' || \"match\" FROM (SELECT * FROM "
                           "pragma_foreign_key_list(:n) ORDER BY id, seq) GROUP BY id ORDER BY id",
                           name);
      // The ids count from the last key declared; keep the declared order, not the number.
      std::vector<std::string> keys;
      for (const auto& r : rows) keys.push_back(r.substr(r.find('\t') + 1));
      std::reverse(keys.begin(), keys.end());
      return joined(keys);
    });
    facts["inspector" + key] = guarded([&] { return inspector_facts(insp, name); });
  }
  return facts;
}

namespace {

std::string error_text(const std::exception& e) {
  if (const auto* db = dynamic_cast<const DBAPIError*>(&e)) return db->sqlite_message();
  return e.what();
}

void compare(const std::map<std::string, std::string>& want,
             const std::map<std::string, std::string>& got, const std::string& how,
             RoundTrip& out) {
  std::map<std::string, bool> kinds;
  auto differ = [&](const std::string& aspect, const std::string& a, const std::string& b) {
    out.problems.push_back(how + " differs in " + aspect + ":\n  original:\n" + a + "  copy:\n" +
                           b);
    std::string kind = aspect.substr(0, aspect.find(' '));
    if (!kinds[kind]) out.summary.push_back(how + ":" + kind);
    kinds[kind] = true;
  };
  for (const auto& [aspect, value] : want) {
    auto it = got.find(aspect);
    if (it == got.end())
      differ(aspect, value, "(missing)\n");
    else if (it->second != value)
      differ(aspect, value, it->second);
  }
  for (const auto& [aspect, value] : got)
    if (!want.count(aspect)) differ(aspect, "(missing)\n", value);
}

}  // namespace

RoundTrip round_trip(const std::string& sql, const std::filesystem::path& dir,
                     const std::string& stem, bool triggers) {
  RoundTrip out;
  auto url = [&](const std::string& suffix) {
    return "sqlite:///" + (dir / (stem + suffix + ".db")).string();
  };
  const EngineOptions options{.foreign_keys = false};
  Engine original = create_engine(url(""), options);
  Connection conn = original.connect();
  conn.raw().exec("PRAGMA synchronous=OFF");  // no fsync: the files are thrown away
  std::map<std::string, std::string> want;
  MetaData meta;
  try {
    conn.raw().exec("BEGIN;\n" + sql + "\nCOMMIT;");
    want = schema_facts(conn, triggers);
  } catch (const std::exception& e) {
    out.problems.push_back("original: " + error_text(e));
    out.summary.push_back("original");
    return out;
  }
  try {
    meta.reflect(conn);
  } catch (const std::exception& e) {
    out.problems.push_back("reflect: " + error_text(e));
    out.summary.push_back("reflect");
    return out;
  }
  try {
    out.script = ddl_script(meta, sqlite_dialect());
  } catch (const std::exception& e) {
    out.problems.push_back("ddl_script: " + error_text(e));
    out.summary.push_back("ddl_script");
  }
  if (out.summary.empty()) {
    Engine copy = create_engine(url("_script"), options);
    Connection c = copy.connect();
    c.raw().exec("PRAGMA synchronous=OFF");
    try {
      c.raw().exec("BEGIN;\n" + out.script + "\nCOMMIT;");
      compare(want, schema_facts(c, triggers), "ddl_script", out);
    } catch (const std::exception& e) {
      out.problems.push_back("ddl_script copy: SQLite refuses it: " + error_text(e) + "\n" +
                             out.script);
      out.summary.push_back("ddl_script:refused");
    }
  }
  Engine copy = create_engine(url("_create_all"), options);
  Connection c = copy.connect();
  c.raw().exec("PRAGMA synchronous=OFF");
  try {
    meta.create_all(c);
  } catch (const std::exception& e) {
    out.problems.push_back("create_all: " + error_text(e));
    out.summary.push_back("create_all:refused");
    return out;
  }
  try {
    compare(want, schema_facts(c, triggers), "create_all", out);
  } catch (const std::exception& e) {
    out.problems.push_back("create_all copy: " + error_text(e));
    out.summary.push_back("create_all:facts");
  }
  return out;
}

}  // namespace sqlcore::testing
