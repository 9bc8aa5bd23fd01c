// The sqlcore command-line tool: inspect, ddl, codegen and backup of SQLite databases.
// SPDX-License-Identifier: MIT
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <sqlcore/sqlcore.hpp>

#include "codegen.hpp"
#include "inspect.hpp"

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

// What the command line asked for.
struct Command {
  CLI::App* inspect = nullptr;
  CLI::App* ddl = nullptr;
  CLI::App* codegen = nullptr;
  std::string db, src, dst, function = "declare_schema", ns;
  bool json = false;
  int pages = 100;
};

void add_subcommands(CLI::App& app, Command& cmd) {
  app.require_subcommand(1);
  cmd.inspect = app.add_subcommand("inspect", "Print the tables, columns, keys and indexes of DB");
  cmd.inspect->add_option("DB", cmd.db, "a database file or an sqlite:// URL")->required();
  cmd.inspect->add_flag("--json", cmd.json,
                        "one JSON object per table, keys as SQLAlchemy's Inspector names them");
  cmd.ddl = app.add_subcommand("ddl", "Print the script that creates DB's schema");
  cmd.ddl->add_option("DB", cmd.db, "a database file or an sqlite:// URL")->required();
  cmd.codegen = app.add_subcommand("codegen", "Print C++ that declares DB's schema with sqlcore");
  cmd.codegen->add_option("DB", cmd.db, "a database file or an sqlite:// URL")->required();
  cmd.codegen->add_option("--function", cmd.function,
                          "the name of the declaring function (default declare_schema)");
  cmd.codegen->add_option("--namespace", cmd.ns, "wrap the code in this namespace");
  auto* backup =
      app.add_subcommand("backup", "Copy SRC to the file DST atomically (online backup)");
  backup->add_option("SRC", cmd.src, "the database to copy: a file or an sqlite:// URL")
      ->required();
  backup->add_option("DST", cmd.dst, "the file to write (replaced only when the copy is complete)")
      ->required();
  backup->add_option("--pages-per-step", cmd.pages, "pages copied per step (default 100)")
      ->check(CLI::Range(1, 1 << 30));
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

// The tool: parse, then run one subcommand; the exit status.
int run(int argc, char** argv) {
  CLI::App app{"sqlcore: inspect, describe, generate code for and copy SQLite databases"};
  Command cmd;
  add_subcommands(app, cmd);
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
    if (*cmd.inspect || *cmd.ddl || *cmd.codegen)
      describe(cmd);
    else
      backup(cmd);
  } catch (const Failure& e) {
    std::fprintf(stderr, "sqlcore: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sqlcore: %s\n", one_line(e).c_str());
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (...) {  // building the parser itself failed (out of memory): still one line, exit 1
    std::fputs("sqlcore: internal error\n", stderr);
    return 1;
  }
}
