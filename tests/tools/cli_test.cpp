// Tests for the sqlcore command-line tool (tools/sqlcore/main.cpp), run as a real process.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/temp_dir.hpp"

namespace sc = sqlcore;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

struct CliRun {
  int code;
  std::string out;
  std::string err;
};

std::string slurp(const std::string& file) {
  std::ifstream in(file);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `sqlcore ARGS` with stdout and stderr to files (so neither is a terminal).
CliRun cli(const sc::testing::TempDir& dir, const std::string& args) {
  std::string out = dir.file("stdout.txt"), err = dir.file("stderr.txt");
  std::string cmd = std::string(SQLCORE_CLI) + " " + args + " >'" + out + "' 2>'" + err + "'";
  int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
}

void make_db(const std::string& file, const std::string& ddl) {
  sc::Engine e = sc::create_engine("sqlite:///" + file);
  sc::Connection c = e.connect();
  c.raw().exec(ddl);
}

int lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

const char* kSchema =
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL UNIQUE, born DATETIME);"
    "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id) ON DELETE "
    "CASCADE, "
    "title TEXT CHECK (length(title) > 0));"
    "CREATE INDEX ix_posts_user ON posts (user_id) WHERE user_id IS NOT NULL;"
    "INSERT INTO users (name) VALUES ('ada');";

}  // namespace

TEST(Cli, InspectPrintsTablesAndJsonWithSQLAlchemysKeys) {
  sc::testing::TempDir dir;
  make_db(dir.file("app.db"), kSchema);
  CliRun text = cli(dir, "inspect '" + dir.file("app.db") + "'");
  EXPECT_EQ(text.code, 0) << text.err;
  EXPECT_NE(text.out.find("table users"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("foreign key (user_id) -> users (id) ON DELETE CASCADE"),
            std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("index ix_posts_user (user_id) WHERE user_id IS NOT NULL"),
            std::string::npos);
  CliRun json = cli(dir, "inspect --json '" + dir.file("app.db") + "'");
  EXPECT_EQ(json.code, 0) << json.err;
  for (const char* key :
       {"\"columns\":", "\"pk_constraint\":{\"name\":null,\"constrained_columns\":[\"id\"]}",
        "\"foreign_keys\":[{\"name\":null,\"constrained_columns\":[\"user_id\"],\"referred_table\":"
        "\"users\","
        "\"referred_columns\":[\"id\"],\"options\":{\"ondelete\":\"CASCADE\"}}]",
        "\"dialect_options\":{\"sqlite_where\":\"user_id IS NOT NULL\"}",
        "\"unique_constraints\":[{\"name\":null,\"column_names\":[\"name\"]}]",
        "\"check_constraints\":[{\"name\":null,\"sqltext\":\"length(title) > 0\"}]",
        "\"table_options\":",
        "{\"name\":\"born\",\"type\":\"DATETIME\",\"nullable\":true,\"default\":null,\"primary_"
        "key\":0"})
    EXPECT_NE(json.out.find(key), std::string::npos) << key << "\n" << json.out;
}

TEST(Cli, InspectJsonListsViews) {
  sc::testing::TempDir dir;
  make_db(dir.file("v.db"), "CREATE TABLE t(a); CREATE VIEW v AS SELECT a FROM t");
  CliRun json = cli(dir, "inspect --json '" + dir.file("v.db") + "'");
  ASSERT_EQ(json.code, 0) << json.err;
  nlohmann::json doc = nlohmann::json::parse(json.out);
  ASSERT_EQ(doc.size(), 2u) << json.out;
  EXPECT_EQ(doc[1]["name"], "v");
  EXPECT_EQ(doc[1]["type"], "view");
  EXPECT_EQ(doc[1]["definition"], "CREATE VIEW v AS SELECT a FROM t");
}

TEST(Cli, MalformedSchemaErrorNamesTheFile) {
  sc::testing::TempDir dir;
  make_db(dir.file("bad.db"),
          "CREATE TABLE t(a); CREATE VIEW v AS SELECT a FROM t; PRAGMA writable_schema = ON; "
          "UPDATE sqlite_master SET sql = 'CREATE VIEW v AS SELEC a FROM t' WHERE name = 'v';");
  for (const char* cmd : {"inspect", "ddl"}) {
    CliRun run = cli(dir, std::string(cmd) + " '" + dir.file("bad.db") + "'");
    EXPECT_EQ(run.code, 1) << cmd;
    EXPECT_NE(run.err.find("malformed database schema"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(dir.file("bad.db")), std::string::npos) << cmd << ": " << run.err;
  }
}

TEST(Cli, InspectJsonEscapesQuotesAndControlsAndReplacesBytesThatAreNotUTF8) {
  sc::testing::TempDir dir;
  // A table named q"u<TAB>o\, a default holding U+0001 and a backspace, a column named
  // "bad" + the byte 0xFF (SQLite keeps names as bytes, UTF-8 or not).
  make_db(dir.file("odd.db"),
          "CREATE TABLE \"q\"\"u\to\\\" (x INTEGER DEFAULT 'a\x01"
          "b\x08', \"bad\xff\" TEXT)");
  CliRun json = cli(dir, "inspect --json '" + dir.file("odd.db") + "'");
  ASSERT_EQ(json.code, 0) << json.err;
  EXPECT_NE(json.out.find(R"("name":"q\"u\to\\")"), std::string::npos) << json.out;
  EXPECT_NE(json.out.find(R"("default":"'a\u0001b\b'")"), std::string::npos) << json.out;
  nlohmann::json doc = nlohmann::json::parse(json.out);  // throws unless it is valid JSON
  ASSERT_EQ(doc.size(), 1u);
  EXPECT_EQ(doc[0]["name"], "q\"u\to\\");
  EXPECT_EQ(doc[0]["columns"][0]["default"],
            "'a\x01"
            "b\x08'");
  EXPECT_EQ(doc[0]["columns"][1]["name"], "bad\xEF\xBF\xBD");  // U+FFFD
}

TEST(Cli, DdlRunsInTheSQLite3Shell) {
  sc::testing::TempDir dir;
  make_db(dir.file("app.db"), kSchema);
  CliRun ddl = cli(dir, "ddl '" + dir.file("app.db") + "'");
  ASSERT_EQ(ddl.code, 0) << ddl.err;
  std::ofstream(dir.file("schema.sql")) << ddl.out;
  std::string cmd = "sqlite3 -bail '" + dir.file("new.db") + "' < '" + dir.file("schema.sql") + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << ddl.out;
  auto names = [](const std::string& file) {
    sc::Engine e = sc::create_engine("sqlite:///" + file);
    sc::Connection c = e.connect();
    return c.execute(sc::text("SELECT type || ' ' || name FROM sqlite_master ORDER BY 1"))
        .scalars<std::string>();
  };
  EXPECT_EQ(names(dir.file("new.db")), names(dir.file("app.db")));
}

TEST(Cli, DdlShowsViewsAndTriggersInDependencyOrder) {
  sc::testing::TempDir dir;
  make_db(dir.file("vt.db"),
          std::string(kSchema) +
              "CREATE TABLE audit (msg TEXT);"
              "CREATE VIEW recent AS SELECT * FROM titled WHERE id > 10;"
              "CREATE VIEW titled AS SELECT id, title FROM posts WHERE title IS NOT NULL;"
              "CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN "
              "INSERT INTO audit VALUES ('post; ' || new.id); END;"
              "CREATE TRIGGER recent_ii INSTEAD OF INSERT ON recent BEGIN SELECT 1; END;");
  CliRun ddl = cli(dir, "ddl '" + dir.file("vt.db") + "'");
  ASSERT_EQ(ddl.code, 0) << ddl.err;
  auto at = [&](const std::string& s) { return ddl.out.find(s); };
  ASSERT_NE(at("CREATE TRIGGER posts_ai"), std::string::npos) << ddl.out;
  EXPECT_LT(at("CREATE TABLE audit"), at("CREATE VIEW titled"));
  EXPECT_LT(at("CREATE VIEW titled"), at("CREATE VIEW recent")) << ddl.out;
  EXPECT_LT(at("CREATE VIEW recent"), at("CREATE TRIGGER posts_ai"));
  EXPECT_LT(at("CREATE TRIGGER posts_ai"), at("CREATE TRIGGER recent_ii"));
  std::ofstream(dir.file("vt.sql")) << ddl.out;
  std::string cmd = "sqlite3 -bail '" + dir.file("vt_copy.db") + "' < '" + dir.file("vt.sql") + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << ddl.out;
  auto objects = [](const std::string& file) {
    sc::Engine e = sc::create_engine("sqlite:///" + file);
    sc::Connection c = e.connect();
    return c
        .execute(sc::text("SELECT type || ' ' || name || ' ' || sql FROM sqlite_master "
                          "WHERE type IN ('view', 'trigger') ORDER BY 1"))
        .scalars<std::string>();
  };
  EXPECT_EQ(objects(dir.file("vt_copy.db")), objects(dir.file("vt.db")));
}

TEST(Cli, CodegenWritesADeclaringFunctionAndStructs) {
  sc::testing::TempDir dir;
  make_db(dir.file("app.db"), kSchema);
  CliRun gen = cli(dir, "codegen --function make_schema '" + dir.file("app.db") + "'");
  ASSERT_EQ(gen.code, 0) << gen.err;
  EXPECT_NE(gen.out.find("void make_schema(sqlcore::MetaData& meta)"), std::string::npos)
      << gen.out;
  EXPECT_NE(gen.out.find("struct Users {\n  std::int64_t id;\n  std::string name;\n  "
                         "std::optional<sqlcore::Timestamp> born;\n};"),
            std::string::npos)
      << gen.out;
}

TEST(Cli, BadInputExitsOneWithOneLineNamingTheFile) {
  sc::testing::TempDir dir;
  make_db(dir.file("app.db"), kSchema);
  std::ofstream(dir.file("junk.db")) << std::string(5000, 'x');
  fs::create_directory(dir.path() / "adir");
  make_db(dir.file("ro.db"), "CREATE TABLE keep (x)");
  ::chmod(dir.file("ro.db").c_str(), 0444);
  struct Case {
    std::string args;
    std::string says;
  };
  const Case cases[] = {
      {"inspect '" + dir.file("missing.db") + "'", "missing.db': no such file"},
      {"inspect '" + dir.file("junk.db") + "'", "junk.db': file is not a database"},
      {"ddl '" + dir.path().string() + "/adir'", "adir': is a directory"},
      {"backup '" + dir.file("missing.db") + "' '" + dir.file("out.db") + "'",
       "missing.db': no such file"},
      {"backup '" + dir.file("app.db") + "' '" + dir.path().string() + "/adir'",
       "adir': it is a directory"},
      {"backup '" + dir.file("app.db") + "' '" + dir.file("ro.db") + "'",
       "ro.db': the file is read-only"},
      {"backup '" + dir.file("app.db") + "' '" + dir.file("no/such/dir.db") + "'",
       "does not exist"},
  };
  for (const auto& c : cases) {
    CliRun r = cli(dir, c.args);
    EXPECT_EQ(r.code, 1) << c.args;
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << c.args << "\n" << r.err;
    EXPECT_TRUE(r.out.empty());
  }
  EXPECT_EQ(slurp(dir.file("ro.db")).substr(0, 15), "SQLite format 3");  // untouched
  EXPECT_FALSE(fs::exists(dir.file("out.db")));
  for (const char* usage : {"", "frob", "inspect", "backup onlyone",
                            "backup a b --pages-per-step 0", "inspect --bogus x"}) {
    CliRun r = cli(dir, usage);
    EXPECT_EQ(r.code, 2) << usage;
    EXPECT_EQ(lines(r.err), 1) << usage << ": " << r.err;
  }
  EXPECT_EQ(cli(dir, "--help").code, 0);
}

TEST(Cli, BackupPipedPrintsNoProgressAndCopies) {
  sc::testing::TempDir dir;
  make_db(dir.file("app.db"), kSchema);
  CliRun r = cli(
      dir, "backup --pages-per-step 1 '" + dir.file("app.db") + "' '" + dir.file("copy.db") + "'");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  EXPECT_TRUE(r.out.empty());
  sc::Engine e = sc::create_engine("sqlite:///" + dir.file("copy.db"));
  sc::Connection c = e.connect();
  EXPECT_EQ(c.execute(sc::text("SELECT name FROM users")).scalar<std::string>(), "ada");
}

TEST(Cli, BackupOnATerminalShowsAProgressBar) {
  if (std::system("command -v script >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "no script(1) for a pseudo-terminal";
  sc::testing::TempDir dir;
  make_db(
      dir.file("app.db"),
      std::string(kSchema) +
          "CREATE TABLE big (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
          "SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO big SELECT randomblob(1000) FROM n;");
  // script(1) runs the tool on a pseudo-terminal and records what it printed.
  std::string cmd = "script -qec \"" + std::string(SQLCORE_CLI) + " backup --pages-per-step 50 '" +
                    dir.file("app.db") + "' '" + dir.file("copy.db") + "'\" '" +
                    dir.file("typescript") + "' >/dev/null 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::string screen = slurp(dir.file("typescript"));
  EXPECT_NE(screen.find("100%"), std::string::npos) << screen;
  EXPECT_NE(screen.find(" pages "), std::string::npos) << screen;
  EXPECT_NE(screen.find("MB/s"), std::string::npos) << screen;
  EXPECT_NE(screen.find("[######"), std::string::npos) << screen;
}

TEST(Cli, KilledMidBackupLeavesTheOldTargetAndNothingThatTripsTheNextSave) {
  sc::testing::TempDir dir;
  std::string src = dir.file("big.db"), target = dir.file("target.db");
  make_db(src,
          "CREATE TABLE big (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM "
          "n WHERE i < 40000) "
          "INSERT INTO big SELECT randomblob(1000) FROM n;");
  auto temp_size = [&] {
    // The tool renames its temporary file away when the copy ends, possibly between the
    // listing and the size query: every filesystem call here takes an error_code.
    std::error_code ec;
    for (fs::directory_iterator it(dir.path(), ec), end; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.filename().string().find(".sqlcore-save-") == std::string::npos ||
          p.extension() == ".db-journal")
        continue;
      std::error_code size_ec;
      auto size = fs::file_size(p, size_ec);
      if (!size_ec) return static_cast<long>(size);
    }
    return -1L;
  };
  // Start the copy, wait until its temporary file grows, freeze the tool (SIGSTOP) and only
  // then look: if the temporary file is still there, the tool is frozen mid-copy, and SIGKILL
  // kills it there. A copy that outran this process (a loaded machine) is retried.
  bool killed_mid_copy = false;
  for (int attempt = 0; attempt < 5 && !killed_mid_copy; ++attempt) {
    fs::remove(target);
    make_db(target, "CREATE TABLE old_document (x); INSERT INTO old_document VALUES (42);");
    pid_t child = ::fork();
    if (child == 0) {
      ::execl(SQLCORE_CLI, SQLCORE_CLI, "backup", "--pages-per-step", "1", src.c_str(),
              target.c_str(), nullptr);
      ::_exit(127);
    }
    for (int i = 0; i < 5000 && temp_size() < 100000; ++i) std::this_thread::sleep_for(100us);
    ::kill(child, SIGSTOP);
    // kill() returns before the child has stopped: wait until it has (or has ended).
    int status = 0;
    ::waitpid(child, &status, WUNTRACED);
    if (WIFSTOPPED(status)) {
      killed_mid_copy = temp_size() > 0;
      ::kill(child, SIGKILL);
      ::waitpid(child, &status, 0);
    }
    ASSERT_TRUE(WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 0));
  }
  ASSERT_TRUE(killed_mid_copy) << "the copy never was caught under way in 5 attempts";
  {
    sc::Engine e = sc::create_engine("sqlite:///" + target + "?mode=ro");
    sc::Connection c = e.connect();
    EXPECT_EQ(c.execute(sc::text("SELECT x FROM old_document")).scalar<int>(), 42);  // intact
  }
  // The next save succeeds and clears the dead process's temporary files.
  CliRun again = cli(dir, "backup '" + src + "' '" + target + "'");
  EXPECT_EQ(again.code, 0) << again.err;
  for (const auto& e : fs::directory_iterator(dir.path()))
    EXPECT_EQ(e.path().filename().string().find(".sqlcore-save-"), std::string::npos) << e.path();
  sc::Engine e = sc::create_engine("sqlite:///" + target + "?mode=ro");
  sc::Connection c = e.connect();
  EXPECT_EQ(c.execute(sc::text("SELECT count(*) FROM big")).scalar<int>(), 40000);
}
