// Tests for `sqlcore diff` and `sqlcore migrate` (tools/sqlcore/schema_change.cpp), run as a
// real process on real files: the corpus schemas against themselves, migrations then diffs.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_run.hpp"
#include "support/capability.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
namespace fs = std::filesystem;
using sc::testing::arg;
using sc::testing::count_lines;
using sc::testing::exec_script;
using sc::testing::run_cli;
using sc::testing::slurp;
using sc::testing::TempDir;

namespace {

std::vector<fs::path> corpus() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(SQLCORE_SHARED_DIR) / "corpus" / "schemas"))
    if (e.path().extension() == ".sql") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

const char* kLive =
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, legacy TEXT);"
    "INSERT INTO users VALUES (1, 'ada', 'x'), (2, 'bob', NULL);"
    "CREATE TABLE old (x); INSERT INTO old VALUES (1);";

const char* kWanted =
    "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email VARCHAR(100));\n"
    "CREATE INDEX ix_users_name ON users (name);\n"
    "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id),"
    " title TEXT);\n";

void write(const std::string& file, const std::string& text) { std::ofstream(file) << text; }

std::vector<std::string> rows(const std::string& db, const std::string& sql) {
  sc::Engine e = sc::create_engine("sqlite:///" + db);
  sc::Connection c = e.connect();
  return c.execute(sc::text(sql)).scalars<std::string>();
}

}  // namespace

TEST(CliDiff, EveryCorpusSchemaAgainstItselfIsEmpty) {
  TempDir dir;
  auto files = corpus();
  ASSERT_GE(files.size(), 10u);
  for (const fs::path& schema : files) {
    // A schema beyond this SQLite (FTS5, STRICT ... on SQLCipher's 3.15) is not tried.
    if (sc::testing::cannot_create(slurp(schema.string()))) continue;
    std::string db = dir.file(schema.stem().string() + ".db");
    exec_script(db, slurp(schema.string()));
    auto text = run_cli(dir, "diff " + arg(db) + " " + arg(schema.string()));
    EXPECT_EQ(text.code, 0) << schema << "\n" << text.out << text.err;
    EXPECT_TRUE(text.out.empty()) << schema << "\n" << text.out;
    auto json = run_cli(dir, "diff --json " + arg(db) + " " + arg(schema.string()));
    EXPECT_EQ(json.code, 0) << schema << json.err;
    EXPECT_EQ(nlohmann::json::parse(json.out), nlohmann::json::array()) << schema;
    if (schema.stem() == "chinook") {  // the database file itself as the target: the same
      auto same = run_cli(dir, "diff " + arg(db) + " " + arg(db));
      EXPECT_EQ(same.code, 0) << schema << same.out << same.err;
    }
  }
}

TEST(CliDiff, PrintsOneLinePerChangeAndExitsOne) {
  TempDir dir;
  std::string db = dir.file("live.db");
  exec_script(db, kLive);
  write(dir.file("wanted.sql"), kWanted);
  std::string before = slurp(db);
  auto r = run_cli(dir, "diff " + arg(db) + " " + arg(dir.file("wanted.sql")));
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  EXPECT_EQ(r.out,
            "posts: add table\n"
            "users: drop column legacy\n"
            "users: add column email VARCHAR(100)\n"
            "users: add index ix_users_name ON users (name)\n"
            "old: drop table\n");
  auto json = run_cli(dir, "diff --json " + arg(db) + " " + arg(dir.file("wanted.sql")));
  EXPECT_EQ(json.code, 1);
  auto doc = nlohmann::json::parse(json.out);
  ASSERT_EQ(doc.size(), 5u) << json.out;
  EXPECT_EQ(doc[0]["kind"], "add_table");
  EXPECT_EQ(doc[0]["table"], "posts");
  EXPECT_EQ(doc[1]["kind"], "drop_column");
  EXPECT_EQ(doc[1]["name"], "legacy");
  EXPECT_EQ(doc[1]["from"], "legacy TEXT");
  EXPECT_EQ(doc[2]["to"], "email VARCHAR(100)");
  EXPECT_EQ(doc[2]["description"], "users: add column email VARCHAR(100)");
  EXPECT_EQ(doc[4]["kind"], "drop_table");
  EXPECT_EQ(slurp(db), before);  // diff only reads
}

TEST(CliDiff, AnotherDatabaseAsTheTarget) {
  TempDir dir;
  exec_script(dir.file("a.db"), "CREATE TABLE t (a INTEGER, b TEXT)");
  exec_script(dir.file("b.db"), "CREATE TABLE t (a INTEGER, b TEXT NOT NULL)");
  auto r = run_cli(dir, "diff " + arg(dir.file("a.db")) + " " + arg(dir.file("b.db")));
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(count_lines(r.out), 1) << r.out;
  EXPECT_NE(r.out.find("t: alter column b"), std::string::npos) << r.out;
}

TEST(CliDiff, TroubleExitsTwoWithOneLine) {
  TempDir dir;
  exec_script(dir.file("a.db"), "CREATE TABLE t (a)");
  write(dir.file("broken.sql"), "CREATE TABLE (");
  write(dir.file("t.sql"), "CREATE TABLE t (a)");
  struct Case {
    std::string args, says;
  };
  const Case cases[] = {
      {"diff " + arg(dir.file("none.db")) + " " + arg(dir.file("t.sql")), "none.db': no such file"},
      {"diff " + arg(dir.file("a.db")) + " " + arg(dir.file("none.sql")),
       "none.sql': no such file"},
      {"diff " + arg(dir.file("a.db")) + " " + arg(dir.file("none.db")), "none.db': no such file"},
      {"diff " + arg(dir.file("a.db")) + " " + arg(dir.file("broken.sql")),
       "broken.sql': near \"(\": syntax error"},
      {"diff " + arg(dir.file("a.db")), "TARGET"},
  };
  for (const Case& c : cases) {
    auto r = run_cli(dir, c.args);
    EXPECT_EQ(r.code, 2) << c.args;
    EXPECT_EQ(count_lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << c.args << "\n" << r.err;
    EXPECT_TRUE(r.out.empty());
  }
  EXPECT_FALSE(fs::exists(dir.file("none.db")));
}

TEST(CliMigrate, EmptyDatabaseToEveryCorpusSchemaThenDiffIsEmpty) {
  TempDir dir;
  for (const fs::path& schema : corpus()) {
    std::string db = dir.file(schema.stem().string() + ".db");
    std::ofstream(db).close();  // an empty file is an empty database
    auto m = run_cli(dir, "migrate " + arg(db) + " " + arg(schema.string()));
    ASSERT_EQ(m.code, 0) << schema << "\n" << m.out << m.err;
    EXPECT_NE(m.out.find("plan: "), std::string::npos) << m.out;
    EXPECT_NE(m.out.find("data loss: none\n"), std::string::npos) << m.out;
    EXPECT_NE(m.out.find("applied "), std::string::npos) << m.out;
    auto d = run_cli(dir, "diff " + arg(db) + " " + arg(schema.string()));
    EXPECT_EQ(d.code, 0) << schema << "\n" << d.out << d.err;
    EXPECT_TRUE(d.out.empty()) << schema << "\n" << d.out;
    auto again = run_cli(dir, "migrate " + arg(db) + " " + arg(schema.string()));
    EXPECT_EQ(again.code, 0);
    EXPECT_EQ(again.out.rfind("nothing to do: ", 0), 0u) << again.out;
    auto check = run_cli(dir, "check " + arg(db));
    EXPECT_EQ(check.out, "ok\n") << schema;
  }
}

TEST(CliMigrate, RefusesDataLossWithOneLineAndChangesNothing) {
  TempDir dir;
  std::string db = dir.file("live.db");
  exec_script(db, kLive);
  write(dir.file("wanted.sql"), kWanted);
  std::string before = slurp(db);
  auto r = run_cli(dir, "migrate " + arg(db) + " " + arg(dir.file("wanted.sql")));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(count_lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("it would lose data (users.legacy: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--allow-data-loss"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("plan: 4 steps\n"), std::string::npos) << r.out;  // old is kept
  EXPECT_NE(r.out.find("  1. posts: add table\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("data loss:\n  users.legacy: "), std::string::npos) << r.out;
  EXPECT_EQ(slurp(db), before);
}

TEST(CliMigrate, DryRunPrintsTheScriptAndChangesNothing) {
  TempDir dir;
  std::string db = dir.file("live.db");
  exec_script(db, kLive);
  write(dir.file("wanted.sql"), kWanted);
  std::string before = slurp(db);
  auto r = run_cli(dir, "migrate --dry-run " + arg(db) + " " + arg(dir.file("wanted.sql")));
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("script:\nBEGIN;\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ALTER TABLE \"users\" ADD COLUMN email VARCHAR(100);"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("dry run: nothing changed\n"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(db), before);
}

TEST(CliMigrate, AllowedDataLossWithABackupThenDiffIsEmpty) {
  TempDir dir;
  std::string db = dir.file("live.db");
  exec_script(db, kLive);
  write(dir.file("wanted.sql"), kWanted);
  auto r =
      run_cli(dir, "migrate --allow-data-loss --drop-extra --backup " + arg(dir.file("before.db")) +
                       " " + arg(db) + " " + arg(dir.file("wanted.sql")));
  ASSERT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("plan: 5 steps\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  old: dropping the table"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("backup: " + dir.file("before.db") + "\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("applied 5 steps\n"), std::string::npos) << r.out;
  auto d = run_cli(dir, "diff " + arg(db) + " " + arg(dir.file("wanted.sql")));
  EXPECT_EQ(d.code, 0) << d.out;
  EXPECT_EQ(rows(db, "SELECT id || ' ' || name || ' ' || quote(email) FROM users ORDER BY id"),
            (std::vector<std::string>{"1 ada NULL", "2 bob NULL"}));
  // The snapshot is the database as it was.
  EXPECT_EQ(rows(dir.file("before.db"), "SELECT id || ' ' || quote(legacy) FROM users ORDER BY id"),
            (std::vector<std::string>{"1 'x'", "2 NULL"}));
  EXPECT_EQ(rows(dir.file("before.db"), "SELECT CAST(x AS TEXT) FROM old"),
            (std::vector<std::string>{"1"}));
}

TEST(CliMigrate, RebuildsATableForAChangeAlterTableCannotMake) {
  TempDir dir;
  std::string db = dir.file("r.db");
  exec_script(db,
              "CREATE TABLE t (id INTEGER PRIMARY KEY, n TEXT); INSERT INTO t VALUES (1, '3'), "
              "(2, '4');");
  write(dir.file("r.sql"),
        "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0);");
  auto r = run_cli(dir, "migrate --allow-data-loss " + arg(db) + " " + arg(dir.file("r.sql")));
  ASSERT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("  1. t: rebuild"), std::string::npos) << r.out;
  EXPECT_EQ(run_cli(dir, "diff " + arg(db) + " " + arg(dir.file("r.sql"))).code, 0);
  EXPECT_EQ(rows(db, "SELECT id || ' ' || typeof(n) || ' ' || n FROM t ORDER BY id"),
            (std::vector<std::string>{"1 integer 3", "2 integer 4"}));
}

TEST(CliMigrate, BadInputIsOneLineAndChangesNothing) {
  TempDir dir;
  std::string db = dir.file("live.db");
  exec_script(db, kLive);
  write(dir.file("broken.sql"), "CREATE TABLE (");
  write(dir.file("t.sql"), "CREATE TABLE t (a)");
  std::string before = slurp(db);
  struct Case {
    std::string args, says;
    int code;
  };
  const Case cases[] = {
      {"migrate " + arg(db) + " " + arg(dir.file("broken.sql")), "broken.sql': near", 1},
      {"migrate " + arg(db) + " " + arg(dir.file("none.sql")), "none.sql': no such file", 1},
      {"migrate " + arg(dir.file("none.db")) + " " + arg(dir.file("t.sql")),
       "none.db': no such file", 1},
      {"migrate " + arg(db), "TARGET", 2},
      {"migrate --backup " + arg(db), "is required", 2},
  };
  for (const Case& c : cases) {
    auto r = run_cli(dir, c.args);
    EXPECT_EQ(r.code, c.code) << c.args << "\n" << r.err;
    EXPECT_EQ(count_lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << c.args << "\n" << r.err;
  }
  EXPECT_EQ(slurp(db), before);
  EXPECT_FALSE(fs::exists(dir.file("none.db")));
}
