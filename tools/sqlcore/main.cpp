// The sqlcore command-line tool: query, insert, check, diff, migrate, inspect, ddl, codegen and
// backup of SQLite databases.
// SPDX-License-Identifier: MIT
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>
#include <sqlcore/sqlcore.hpp>

#include "check.hpp"
#include "codegen.hpp"
#include "common.hpp"
#include "insert.hpp"
#include "inspect.hpp"
#include "query.hpp"
#include "schema_change.hpp"

namespace sc = sqlcore;
namespace tools = sqlcore::tools;
using tools::Access;
using tools::open_database;

namespace {

// A progress bar on a terminal: percent, pages and rate; nothing when stderr is not one.
class ProgressBar {
 public:
  explicit ProgressBar(std::int64_t page_size)
      : page_size_(page_size), tty_(tools::is_terminal(2)) {}
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

// What the command line asked for.
struct Command {
  CLI::App* inspect = nullptr;
  CLI::App* ddl = nullptr;
  CLI::App* codegen = nullptr;
  CLI::App* backup = nullptr;
  CLI::App* query = nullptr;
  CLI::App* insert = nullptr;
  CLI::App* check = nullptr;
  CLI::App* diff = nullptr;
  CLI::App* migrate = nullptr;
  std::string db, src, dst, function = "declare_schema", ns;
  bool json = false;
  int pages = 100;
  tools::QueryOptions q;
  bool csv = false, table = false;
  tools::InsertOptions ins;
  bool jsonl = false;
  std::string target;
  tools::MigrateOptions mig;
};

const char* kDb = "a database file (which must exist) or an sqlite:// URL";

// An example for a subcommand's --help.
std::string example(const std::string& lines) { return "\nExample:\n" + lines + "\n"; }

void add_subcommands(CLI::App& app, Command& cmd) {
  app.require_subcommand(1);
  cmd.query = app.add_subcommand("query", "Run one SQL statement and print its rows");
  cmd.query->add_option("DB", cmd.q.db, kDb)->required();
  cmd.query->add_option("SQL", cmd.q.sql, "one SQL statement; :name binds a -p parameter")
      ->required();
  cmd.query
      ->add_option("-p,--param", cmd.q.params,
                   "a bind parameter, name=value (an integer or real when written as one, "
                   "else text); repeat for more")
      ->allow_extra_args(false);
  auto* json = cmd.query->add_flag("--json", cmd.json,
                                   "a JSON array of objects, one row a line; NULL is null, "
                                   "blobs base64");
  auto* csv = cmd.query->add_flag("--csv", cmd.csv,
                                  "RFC 4180 CSV with a header; NULL is an empty field, empty "
                                  "text \"\", blobs base64");
  auto* table = cmd.query->add_flag("--table", cmd.table, "columns aligned (the default)");
  json->excludes(csv)->excludes(table);
  csv->excludes(table);
  cmd.query->add_flag("--write", cmd.q.write,
                      "open the database read-write and commit (read-only otherwise)");
  cmd.query->footer(example(
      "  sqlcore query app.db 'SELECT id, name FROM users WHERE id > :min' -p min=1 --json\n"
      "  sqlcore query --write app.db \"UPDATE users SET name = 'grace' WHERE id = 2\""));

  cmd.insert = app.add_subcommand(
      "insert", "Insert the rows of a CSV or JSON-lines FILE into TABLE, typed by its columns");
  cmd.insert->add_option("DB", cmd.ins.db, kDb)->required();
  cmd.insert->add_option("TABLE", cmd.ins.table, "the table (see --create)")->required();
  cmd.insert
      ->add_option("FILE", cmd.ins.file,
                   "CSV with a header line, or one JSON object a line; - for stdin")
      ->required();
  auto* in_csv = cmd.insert->add_flag("--csv", cmd.csv,
                                      "FILE is CSV (the default, unless it "
                                      "ends in .jsonl, .ndjson or .json)");
  auto* in_jsonl = cmd.insert->add_flag("--jsonl", cmd.jsonl, "FILE is JSON lines");
  in_csv->excludes(in_jsonl);
  cmd.insert->add_flag("--create", cmd.ins.create,
                       "make TABLE when it does not exist: a column per field, INTEGER, REAL or "
                       "TEXT by the values it holds");
  cmd.insert->add_option("--batch", cmd.ins.batch_rows, "rows per executemany batch (10000)")
      ->check(CLI::Range(1, 1 << 24));
  cmd.insert->footer(
      example("  sqlcore insert app.db users users.csv\n"
              "  sqlcore insert --create app.db events events.jsonl"));

  cmd.check = app.add_subcommand(
      "check", "Run integrity_check and foreign_key_check; exit 1 when they find problems");
  cmd.check->add_option("DB", cmd.db, kDb)->required();
  cmd.check->footer(example("  sqlcore check app.db"));

  const char* kTarget =
      "the schema wanted: a database file (or sqlite:// URL), or a DDL script ending in .sql";
  cmd.diff = app.add_subcommand(
      "diff",
      "Print what differs between DB's schema and TARGET's; exit 0 same, 1 differ, 2 error");
  cmd.diff->add_option("DB", cmd.db, kDb)->required();
  cmd.diff->add_option("TARGET", cmd.target, kTarget)->required();
  cmd.diff->add_flag("--json", cmd.json,
                     "a JSON array of changes: kind, table, name, attributes, from, to, "
                     "description");
  cmd.diff->footer(
      example("  sqlcore diff app.db schema.sql\n  sqlcore diff --json app.db other.db"));

  cmd.migrate = app.add_subcommand(
      "migrate",
      "Change DB's schema into TARGET's: print the plan, then apply it in one transaction");
  cmd.migrate->add_option("DB", cmd.mig.db, kDb)->required();
  cmd.migrate->add_option("TARGET", cmd.mig.target, kTarget)->required();
  cmd.migrate->add_flag("--dry-run", cmd.mig.dry_run,
                        "print the plan and its script, change nothing");
  cmd.migrate->add_flag("--allow-data-loss", cmd.mig.allow_data_loss,
                        "apply a plan that drops or converts data (refused otherwise)");
  cmd.migrate->add_flag("--drop-extra", cmd.mig.drop_extra,
                        "also drop the tables, views and triggers TARGET lacks (kept otherwise)");
  cmd.migrate->add_option("--backup", cmd.mig.backup,
                          "write a snapshot of DB to this file first (Engine::save_as)");
  cmd.migrate->footer(
      example("  sqlcore migrate --dry-run app.db schema.sql\n"
              "  sqlcore migrate --backup app-before.db app.db schema.sql"));

  cmd.inspect = app.add_subcommand("inspect", "Print the tables, columns, keys and indexes of DB");
  cmd.inspect->add_option("DB", cmd.db, kDb)->required();
  cmd.inspect->add_flag("--json", cmd.json,
                        "one JSON object per table, keys as SQLAlchemy's Inspector names them");
  cmd.inspect->footer(example("  sqlcore inspect app.db\n  sqlcore inspect --json app.db"));
  cmd.ddl = app.add_subcommand("ddl", "Print the script that creates DB's schema");
  cmd.ddl->add_option("DB", cmd.db, kDb)->required();
  cmd.ddl->footer(example("  sqlcore ddl app.db > schema.sql"));
  cmd.codegen = app.add_subcommand("codegen", "Print C++ that declares DB's schema with sqlcore");
  cmd.codegen->add_option("DB", cmd.db, kDb)->required();
  cmd.codegen->add_option("--function", cmd.function,
                          "the name of the declaring function (default declare_schema)");
  cmd.codegen->add_option("--namespace", cmd.ns, "wrap the code in this namespace");
  cmd.codegen->footer(example("  sqlcore codegen --namespace app app.db > schema.cpp"));
  cmd.backup = app.add_subcommand("backup", "Copy SRC to the file DST atomically (online backup)");
  cmd.backup->add_option("SRC", cmd.src, "the database to copy: a file or an sqlite:// URL")
      ->required();
  cmd.backup
      ->add_option("DST", cmd.dst, "the file to write (replaced only when the copy is complete)")
      ->required();
  cmd.backup->add_option("--pages-per-step", cmd.pages, "pages copied per step (default 100)")
      ->check(CLI::Range(1, 1 << 30));
  cmd.backup->footer(example("  sqlcore backup app.db app-copy.db"));
}

// inspect, ddl or codegen of cmd.db, to stdout.
void describe(const Command& cmd) {
  sc::Engine engine = open_database(cmd.db);
  sc::Inspector insp = sc::inspect(engine);
  if (*cmd.inspect) {
    cmd.json ? sc::tools::inspect_json(insp, std::cout) : sc::tools::inspect_text(insp, std::cout);
  } else if (*cmd.ddl) {
    sc::MetaData meta;
    meta.reflect(engine);  // views and triggers too
    std::cout << sc::ddl_script(meta, sc::sqlite_dialect());
  } else {
    std::cout << sc::tools::generate_code(
        insp, {.function = sc::tools::cpp_identifier(cmd.function, false),
               .ns = cmd.ns,
               .source = cmd.db});
  }
}

// backup of cmd.src to cmd.dst, with a progress bar on a terminal.
void backup(const Command& cmd) {
  sc::Engine engine = open_database(cmd.src);
  std::int64_t page_size = 4096;
  {
    sc::Connection c = engine.connect();
    page_size = c.execute(sc::text("PRAGMA page_size")).scalar<std::int64_t>().value_or(4096);
  }
  ProgressBar bar(page_size);
  engine.save_as(cmd.dst,
                 {.backup = {.pages_per_step = cmd.pages,
                             .on_progress = [&](const sc::BackupProgress& p) { return bar(p); }}});
}

// The library's and SQLite's versions (SQLite's as the library linked runs it).
std::string version() {
  std::string sqlite = "unknown";
  try {
    sc::Engine e = sc::create_engine("sqlite://");
    sc::Connection c = e.connect();
    sqlite = c.execute(sc::text("SELECT sqlite_version()")).scalar<std::string>().value_or(sqlite);
  } catch (const std::exception&) {
  }
  return std::string("sqlcore ") + SQLCORE_VERSION_STRING + " (SQLite " + sqlite + ")";
}

// Runs the subcommand parsed; its exit status.
int dispatch(Command& cmd) {
  if (*cmd.query) {
    cmd.q.format = cmd.json  ? tools::OutputFormat::json
                   : cmd.csv ? tools::OutputFormat::csv
                             : tools::OutputFormat::table;
    tools::run_query(cmd.q, std::cout);
  } else if (*cmd.insert) {
    if (cmd.csv) cmd.ins.format = tools::InputFormat::csv;
    if (cmd.jsonl) cmd.ins.format = tools::InputFormat::jsonl;
    tools::run_insert(cmd.ins);
  } else if (*cmd.check) {
    return tools::run_check(cmd.db, std::cout) ? 0 : 1;
  } else if (*cmd.diff) {
    // As diff(1): 0 the same, 1 different, 2 trouble (a missing file, a bad script).
    try {
      return tools::run_diff(cmd.db, cmd.target, cmd.json, std::cout) ? 0 : 1;
    } catch (const std::exception& e) {
      throw tools::UsageError(tools::one_line(e));
    }
  } else if (*cmd.migrate) {
    tools::run_migrate(cmd.mig, std::cout);
  } else if (*cmd.backup) {
    backup(cmd);
  } else {
    describe(cmd);
  }
  return 0;
}

// The tool: parse, then run one subcommand; the exit status.
int run(int argc, char** argv) {
  CLI::App app{
      "sqlcore: query, load, check, diff, migrate, inspect, describe, generate code for and copy "
      "SQLite databases"};
  app.set_version_flag("--version", version(), "print the library's and SQLite's versions");
  app.footer(
      "Exit status: 0 ok, 1 a database or file error, 2 a usage error. 'sqlcore "
      "SUBCOMMAND --help' shows each subcommand's options and an example.");
  Command cmd;
  add_subcommands(app, cmd);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "sqlcore: %s (see 'sqlcore --help')\n", e.what());
    return 2;
  }
  try {
    return dispatch(cmd);
  } catch (const tools::UsageError& e) {
    std::fprintf(stderr, "sqlcore: %s\n", e.what());
    return 2;
  } catch (const tools::Failure& e) {
    std::fprintf(stderr, "sqlcore: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sqlcore: %s\n", tools::one_line(e).c_str());
    return 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    return run(argc, argv);
  } catch (...) {  // building the parser itself failed (out of memory): still one line, exit 1
    std::fputs("sqlcore: internal error\n", stderr);
    return 1;
  }
}
