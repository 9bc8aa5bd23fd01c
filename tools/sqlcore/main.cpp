// The sqlcore command-line tool: inspect, ddl, codegen and backup of SQLite databases.
// SPDX-License-Identifier: MIT
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <sqlcore/sqlcore.hpp>

#include "codegen.hpp"
#include "json.hpp"

namespace sc = sqlcore;
namespace fs = std::filesystem;

namespace {

// A failure the user must see as one line, exit 1.
struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// DB is a URL ("sqlite:///x.db") or a path, which must exist (the tool never creates one).
sc::Engine open_database(const std::string& db) {
  if (db.find("://") != std::string::npos) return sc::create_engine(db);
  std::error_code ec;
  fs::path p = fs::absolute(db);
  if (!fs::exists(p, ec)) throw Failure("'" + db + "': no such file");
  if (fs::is_directory(p, ec)) throw Failure("'" + db + "': is a directory, not a database");
  sc::Engine e = sc::create_engine("sqlite:///" + p.string() + "?mode=ro");
  e.connect();  // "file is not a database" here, naming the file
  return e;
}

std::string or_empty(const std::optional<std::string>& s) { return s.value_or(""); }

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i];
  return out;
}

void inspect_text(sc::Inspector& insp, std::ostream& out) {
  for (const auto& t : insp.get_table_names()) {
    auto o = insp.get_table_options(t);
    std::string flags;
    if (o.without_rowid) flags += " WITHOUT ROWID";
    if (o.strict) flags += " STRICT";
    if (o.virtual_table) flags += " VIRTUAL (" + o.module + ")";
    out << "table " << t << flags << "\n";
    auto cols = insp.get_columns(t);
    std::size_t wn = 6, wt = 4;
    for (const auto& c : cols) {
      wn = std::max(wn, c.name.size());
      wt = std::max(wt, c.declared_type.size());
    }
    char line[512];
    std::snprintf(line, sizeof line, "  %-*s  %-*s  %-4s  %-3s  %s\n", static_cast<int>(wn),
                  "column", static_cast<int>(wt), "type", "null", "pk", "default");
    out << line;
    for (const auto& c : cols) {
      std::snprintf(line, sizeof line, "  %-*s  %-*s  %-4s  %-3s  %s\n", static_cast<int>(wn),
                    c.name.c_str(), static_cast<int>(wt), c.declared_type.c_str(),
                    c.nullable ? "yes" : "no",
                    c.primary_key ? std::to_string(c.primary_key).c_str() : "",
                    or_empty(c.default_value).c_str());
      out << line;
    }
    auto pk = insp.get_pk_constraint(t);
    if (!pk.columns.empty())
      out << "  primary key " << (pk.name ? *pk.name + " " : "") << "(" << joined(pk.columns)
          << ")\n";
    for (const auto& fk : insp.get_foreign_keys(t)) {
      out << "  foreign key " << (fk.name ? *fk.name + " " : "") << "("
          << joined(fk.constrained_columns) << ") -> " << fk.referred_table << " ("
          << joined(fk.referred_columns) << ")";
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
      out << "  unique " << (u.name ? *u.name + " " : "") << "(" << joined(u.columns) << ")\n";
    for (const auto& ck : insp.get_check_constraints(t))
      out << "  check " << (ck.name ? *ck.name + " " : "") << "(" << ck.sqltext << ")\n";
    out << "\n";
  }
  for (const auto& v : insp.get_view_names()) out << "view " << v << "\n";
}

// One object per table, keys named as SQLAlchemy's Inspector names them.
void inspect_json(sc::Inspector& insp, std::ostream& out) {
  sc::tools::Json doc = sc::tools::Json::array();
  for (const auto& t : insp.get_table_names()) {
    using sc::tools::Json;
    Json table = Json::object();
    table.set("name", t);
    Json cols = Json::array();
    for (const auto& c : insp.get_columns(t)) {
      Json col = Json::object();
      col.set("name", c.name);
      col.set("type",
              c.type.is_null_type() ? Json("NULL") : Json(c.type.compile(sc::sqlite_dialect())));
      col.set("nullable", c.nullable);
      col.set("default", c.default_value ? Json(*c.default_value) : Json());
      col.set("primary_key", c.primary_key);
      col.set("autoincrement", c.autoincrement);
      col.set("declared_type", c.declared_type);
      if (c.computed) {
        Json comp = Json::object();
        comp.set("sqltext", c.computed->sqltext);
        comp.set("persisted", c.computed->persisted);
        col.set("computed", comp);
      }
      cols.push(col);
    }
    table.set("columns", cols);
    auto pk = insp.get_pk_constraint(t);
    Json pkj = Json::object();
    pkj.set("name", pk.name ? Json(*pk.name) : Json());
    pkj.set("constrained_columns", Json::strings(pk.columns));
    table.set("pk_constraint", pkj);
    Json fks = Json::array();
    for (const auto& fk : insp.get_foreign_keys(t)) {
      Json f = Json::object();
      f.set("name", fk.name ? Json(*fk.name) : Json());
      f.set("constrained_columns", Json::strings(fk.constrained_columns));
      f.set("referred_table", fk.referred_table);
      f.set("referred_columns", Json::strings(fk.referred_columns));
      Json opts = Json::object();
      if (fk.ondelete) opts.set("ondelete", *fk.ondelete);
      if (fk.onupdate) opts.set("onupdate", *fk.onupdate);
      if (fk.deferrable) opts.set("deferrable", *fk.deferrable);
      if (fk.initially) opts.set("initially", *fk.initially);
      f.set("options", opts);
      fks.push(f);
    }
    table.set("foreign_keys", fks);
    Json ixs = Json::array();
    for (const auto& ix : insp.get_indexes(t)) {
      Json i = Json::object();
      i.set("name", ix.name);
      i.set("column_names", Json::strings(ix.columns));
      i.set("unique", ix.unique);
      Json d = Json::object();
      if (ix.sqlite_where) d.set("sqlite_where", *ix.sqlite_where);
      i.set("dialect_options", d);
      if (ix.has_expressions) i.set("expressions", Json::strings(ix.elements));
      ixs.push(i);
    }
    table.set("indexes", ixs);
    Json uqs = Json::array();
    for (const auto& u : insp.get_unique_constraints(t)) {
      Json j = Json::object();
      j.set("name", u.name ? Json(*u.name) : Json());
      j.set("column_names", Json::strings(u.columns));
      uqs.push(j);
    }
    table.set("unique_constraints", uqs);
    Json cks = Json::array();
    for (const auto& ck : insp.get_check_constraints(t)) {
      Json j = Json::object();
      j.set("name", ck.name ? Json(*ck.name) : Json());
      j.set("sqltext", ck.sqltext);
      cks.push(j);
    }
    table.set("check_constraints", cks);
    auto o = insp.get_table_options(t);
    Json opts = Json::object();
    opts.set("sqlite_with_rowid", !o.without_rowid);
    opts.set("sqlite_strict", o.strict);
    opts.set("sqlite_autoincrement", o.autoincrement);
    if (o.virtual_table) opts.set("sqlite_virtual_module", o.module);
    table.set("table_options", opts);
    doc.push(table);
  }
  out << doc.dump() << "\n";
}

// A progress bar on a terminal: percent, pages and rate; nothing when stderr is not one.
class ProgressBar {
 public:
  explicit ProgressBar(std::int64_t page_size) : page_size_(page_size), tty_(::isatty(2) == 1) {}
  bool operator()(const sc::BackupProgress& p) {
    if (!tty_ || p.page_count <= 0) return true;
    int done = p.page_count - p.remaining;
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    double mb = static_cast<double>(done) * static_cast<double>(page_size_) / 1e6;
    int width = 30, filled = static_cast<int>(static_cast<double>(width) * done / p.page_count);
    std::fprintf(stderr, "\r[%s%s] %3d%%  %d/%d pages  %.1f MB/s",
                 std::string(static_cast<std::size_t>(filled), '#').c_str(),
                 std::string(static_cast<std::size_t>(width - filled), ' ').c_str(),
                 100 * done / p.page_count, done, p.page_count, secs > 0 ? mb / secs : 0.0);
    if (p.remaining == 0) std::fprintf(stderr, "\n");
    std::fflush(stderr);
    return true;
  }

 private:
  std::int64_t page_size_;
  bool tty_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

// The message of an exception, on one line, without the SQL (for errors about files).
std::string one_line(const std::exception& e) {
  std::string msg = e.what();
  if (const auto* db = dynamic_cast<const sc::DBAPIError*>(&e)) msg = db->sqlite_message();
  for (char& c : msg)
    if (c == '\n' || c == '\r') c = ' ';
  return msg;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"sqlcore: inspect, describe, generate code for and copy SQLite databases"};
  app.require_subcommand(1);
  std::string db, src, dst, function = "declare_schema", ns;
  bool json = false;
  int pages = 100;
  auto* inspect =
      app.add_subcommand("inspect", "Print the tables, columns, keys and indexes of DB");
  inspect->add_option("DB", db, "a database file or an sqlite:// URL")->required();
  inspect->add_flag("--json", json,
                    "one JSON object per table, keys as SQLAlchemy's Inspector names them");
  auto* ddl = app.add_subcommand("ddl", "Print the script that creates DB's schema");
  ddl->add_option("DB", db, "a database file or an sqlite:// URL")->required();
  auto* codegen = app.add_subcommand("codegen", "Print C++ that declares DB's schema with sqlcore");
  codegen->add_option("DB", db, "a database file or an sqlite:// URL")->required();
  codegen->add_option("--function", function,
                      "the name of the declaring function (default declare_schema)");
  codegen->add_option("--namespace", ns, "wrap the code in this namespace");
  auto* backup =
      app.add_subcommand("backup", "Copy SRC to the file DST atomically (online backup)");
  backup->add_option("SRC", src, "the database to copy: a file or an sqlite:// URL")->required();
  backup->add_option("DST", dst, "the file to write (replaced only when the copy is complete)")
      ->required();
  backup->add_option("--pages-per-step", pages, "pages copied per step (default 100)")
      ->check(CLI::Range(1, 1 << 30));
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "sqlcore: %s (see 'sqlcore --help')\n", e.what());
    return 2;
  }
  try {
    if (*inspect || *ddl || *codegen) {
      sc::Engine engine = open_database(db);
      sc::Inspector insp = sc::inspect(engine);
      if (*inspect) {
        json ? inspect_json(insp, std::cout) : inspect_text(insp, std::cout);
      } else if (*ddl) {
        sc::MetaData meta;
        meta.reflect(engine, {.views = true});
        std::cout << sc::ddl_script(meta, sc::sqlite_dialect());
      } else {
        std::cout << sc::tools::generate_code(
            insp, {.function = sc::tools::cpp_identifier(function, false), .ns = ns, .source = db});
      }
    } else {
      sc::Engine engine = open_database(src);
      std::int64_t page_size = 4096;
      {
        sc::Connection c = engine.connect();
        page_size = c.execute(sc::text("PRAGMA page_size")).scalar<std::int64_t>().value_or(4096);
      }
      ProgressBar bar(page_size);
      engine.save_as(
          dst, {.backup = {.pages_per_step = pages,
                           .on_progress = [&](const sc::BackupProgress& p) { return bar(p); }}});
    }
  } catch (const Failure& e) {
    std::fprintf(stderr, "sqlcore: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sqlcore: %s\n", one_line(e).c_str());
    return 1;
  }
  return 0;
}
