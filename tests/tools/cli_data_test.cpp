// Tests for `sqlcore query`, `insert`, `check`, `--version` and `--help`, run as a real
// process on real files (tools/sqlcore/).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_run.hpp"
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

void write(const std::string& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

// RFC 4180, independently of the tool: records of fields (nullopt for an empty unquoted
// field, which the tool writes for NULL).
std::vector<std::vector<std::optional<std::string>>> parse_csv(const std::string& s) {
  std::vector<std::vector<std::optional<std::string>>> rows;
  std::size_t i = 0;
  while (i < s.size()) {
    std::vector<std::optional<std::string>> row;
    for (;;) {
      std::optional<std::string> field;
      if (s[i] == '"') {
        std::string v;
        for (++i;; ++i) {
          if (s[i] == '"' && i + 1 < s.size() && s[i + 1] == '"') {
            v += '"';
            ++i;
          } else if (s[i] == '"') {
            ++i;
            break;
          } else {
            v += s[i];
          }
        }
        field = v;
      } else {
        std::size_t end = s.find_first_of(",\r", i);
        if (end > i) field = s.substr(i, end - i);
        i = end;
      }
      row.push_back(field);
      if (s[i] == ',') {
        ++i;
        continue;
      }
      EXPECT_EQ(s.substr(i, 2), "\r\n") << "records end in CRLF";
      i += 2;
      break;
    }
    rows.push_back(row);
  }
  return rows;
}

const char* kPeople =
    "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, score REAL,"
    " born DATETIME, day DATE, ok BOOLEAN, amount NUMERIC, photo BLOB);"
    "INSERT INTO people VALUES (1, 'ada', 1.0, '1815-12-10 00:00:00.000000', '1815-12-10', 1,"
    " 12.5, x'00ff10');"
    "INSERT INTO people VALUES (2, 'grace, \"amazing\"' || char(10) || 'hopper', -2.25, NULL,"
    " NULL, 0, 3, NULL);"
    "INSERT INTO people VALUES (3, '', NULL, NULL, NULL, NULL, NULL, x'');";

}  // namespace

TEST(CliQuery, JsonKeepsIntegersNullsAndBlobsTyped) {
  TempDir dir;
  exec_script(dir.file("p.db"), kPeople);
  auto r =
      run_cli(dir, "query " + arg(dir.file("p.db")) + " 'SELECT * FROM people ORDER BY id' --json");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.err.empty());
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(r.out);
  ASSERT_EQ(doc.size(), 3u);
  EXPECT_TRUE(doc[0]["id"].is_number_integer());
  EXPECT_EQ(doc[0]["id"], 1);
  EXPECT_TRUE(doc[0]["score"].is_number_float());
  EXPECT_EQ(doc[0]["score"], 1.0);
  EXPECT_EQ(doc[0]["born"], "1815-12-10 00:00:00.000000");
  EXPECT_EQ(doc[0]["photo"], "AP8Q");  // base64 of 00 ff 10
  EXPECT_TRUE(doc[0]["amount"].is_number_float());
  EXPECT_TRUE(doc[1]["amount"].is_number_integer());  // NUMERIC affinity stored 3 as an integer
  EXPECT_EQ(doc[1]["name"], "grace, \"amazing\"\nhopper");
  EXPECT_TRUE(doc[1]["born"].is_null());
  EXPECT_TRUE(doc[1]["photo"].is_null());
  EXPECT_EQ(doc[2]["name"], "");
  EXPECT_EQ(doc[2]["photo"], "");
  std::vector<std::string> keys;
  for (const auto& [k, v] : doc[0].items()) keys.push_back(k);
  EXPECT_EQ(keys, (std::vector<std::string>{"id", "name", "score", "born", "day", "ok", "amount",
                                            "photo"}));
  // No rows: an empty array.
  auto none = run_cli(
      dir, "query " + arg(dir.file("p.db")) + " 'SELECT * FROM people WHERE id > 9' --json");
  EXPECT_EQ(none.code, 0);
  EXPECT_EQ(nlohmann::json::parse(none.out), nlohmann::json::array());
}

TEST(CliQuery, CsvIsRfc4180WithNullEmptyAndEmptyTextQuoted) {
  TempDir dir;
  exec_script(dir.file("p.db"), kPeople);
  auto r = run_cli(dir, "query " + arg(dir.file("p.db")) +
                            " 'SELECT id, name, score, born, photo FROM people ORDER BY id' --csv");
  ASSERT_EQ(r.code, 0) << r.err;
  auto rows = parse_csv(r.out);
  ASSERT_EQ(rows.size(), 4u) << r.out;
  using Row = std::vector<std::optional<std::string>>;
  EXPECT_EQ(rows[0], (Row{"id", "name", "score", "born", "photo"}));
  EXPECT_EQ(rows[1], (Row{"1", "ada", "1.0", "1815-12-10 00:00:00.000000", "AP8Q"}));
  EXPECT_EQ(rows[2], (Row{"2", "grace, \"amazing\"\nhopper", "-2.25", std::nullopt, std::nullopt}));
  EXPECT_EQ(rows[3], (Row{"3", "", std::nullopt, std::nullopt, ""}));
  EXPECT_NE(r.out.find("3,\"\",,,\"\"\r\n"), std::string::npos) << r.out;
}

TEST(CliQuery, TableIsAlignedWithNumbersToTheRight) {
  TempDir dir;
  exec_script(dir.file("t.db"),
              "CREATE TABLE t (n INTEGER, word TEXT); INSERT INTO t VALUES (7, 'seven'), "
              "(1234, 'déjà'), (NULL, 'x');");
  auto r = run_cli(dir, "query " + arg(dir.file("t.db")) + " 'SELECT n, word FROM t'");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "n     word\n"
            "----  -----\n"
            "   7  seven\n"
            "1234  déjà\n"
            "      x\n");
  auto explicit_table =
      run_cli(dir, "query --table " + arg(dir.file("t.db")) + " 'SELECT n, word FROM t'");
  EXPECT_EQ(explicit_table.out, r.out);
}

TEST(CliQuery, BindsParametersAsNumbersOrText) {
  TempDir dir;
  exec_script(dir.file("p.db"), kPeople);
  auto r = run_cli(dir, "query " + arg(dir.file("p.db")) +
                            " 'SELECT :n AS n, typeof(:n) AS tn, :z AS z, typeof(:z) AS tz, "
                            ":r AS r, :s AS s' -p n=2 -p z=007 -p r=2.5 -p 's=a b=c' --json");
  ASSERT_EQ(r.code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc[0]["n"], 2);
  EXPECT_EQ(doc[0]["tn"], "integer");
  EXPECT_EQ(doc[0]["z"], "007");
  EXPECT_EQ(doc[0]["tz"], "text");
  EXPECT_EQ(doc[0]["r"], 2.5);
  EXPECT_EQ(doc[0]["s"], "a b=c");
  auto where = run_cli(dir, "query -p min=2 " + arg(dir.file("p.db")) +
                                " 'SELECT id FROM people WHERE id >= :min' --csv");
  EXPECT_EQ(where.out, "id\r\n2\r\n3\r\n");
}

TEST(CliQuery, IsReadOnlyUnlessWrite) {
  TempDir dir;
  std::string db = dir.file("p.db");
  exec_script(db, kPeople);
  std::string before = slurp(db);
  auto refused = run_cli(dir, "query " + arg(db) + " 'DELETE FROM people'");
  EXPECT_EQ(refused.code, 1);
  EXPECT_EQ(count_lines(refused.err), 1) << refused.err;
  EXPECT_NE(refused.err.find("readonly"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--write"), std::string::npos) << refused.err;
  EXPECT_EQ(slurp(db), before);
  auto done = run_cli(
      dir, "query --write " + arg(db) + " 'DELETE FROM people WHERE id > 1 RETURNING id' --json");
  ASSERT_EQ(done.code, 0) << done.err;
  EXPECT_EQ(nlohmann::json::parse(done.out), nlohmann::json::parse(R"([{"id":2},{"id":3}])"));
  auto left = run_cli(dir, "query " + arg(db) + " 'SELECT count(*) AS n FROM people' --json");
  EXPECT_EQ(nlohmann::json::parse(left.out)[0]["n"], 1);
}

TEST(CliQuery, BadInputIsOneLineAndWritesNothing) {
  TempDir dir;
  std::string db = dir.file("p.db");
  exec_script(db, kPeople);
  std::string before = slurp(db);
  struct Case {
    std::string args;
    int code;
    std::string says;
  };
  const Case cases[] = {
      {"query " + arg(dir.file("missing.db")) + " 'SELECT 1'", 1, "missing.db': no such file"},
      {"query " + arg(db) + " 'SELECT * FROM nope'", 1, "no such table: nope"},
      {"query " + arg(db) + " 'SELEC 1'", 1, "syntax error"},
      {"query " + arg(db) + " 'SELECT 1; SELECT 2'", 1, "one statement at a time"},
      {"query --write " + arg(db) + " 'DELETE FROM people WHERE id = :id' -p id", 2,
       "write a parameter as name=value"},
      {"query --write " + arg(db) + " 'DELETE FROM people WHERE id = :id' -p =3", 2, "has no name"},
      {"query --write " + arg(db) + " 'DELETE FROM people WHERE id = :id' -p idd=1", 2,
       "bind parameter 'id'"},
      {"query --write " + arg(db) + " 'DELETE FROM people' -p id=1", 2,
       "parameter 'id' is not a bind of the statement"},
      {"query --write " + arg(db) + " 'DELETE FROM people WHERE id = :id'", 2,
       "value is required for bind parameter 'id'"},
      {"query --write " + arg(db) + " 'DELETE FROM people WHERE id = :id' -p id=1 -p id=2", 2,
       "given twice"},
      {"query --json --csv " + arg(db) + " 'SELECT 1'", 2, "excludes"},
      {"query " + arg(db), 2, "SQL"},
  };
  for (const Case& c : cases) {
    auto r = run_cli(dir, c.args);
    EXPECT_EQ(r.code, c.code) << c.args << "\n" << r.err;
    EXPECT_EQ(count_lines(r.err), 1) << c.args << "\n" << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << c.args << "\n" << r.err;
    EXPECT_TRUE(r.out.empty()) << c.args << "\n" << r.out;
  }
  EXPECT_EQ(slurp(db), before);
  EXPECT_FALSE(fs::exists(dir.file("missing.db")));
}

TEST(CliQuery, RunsOnAnInMemoryUrl) {
  TempDir dir;
  auto r = run_cli(dir, "query sqlite:// 'SELECT 1 + 1 AS two, NULL AS n' --json");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out), nlohmann::json::parse(R"([{"two":2,"n":null}])"));
}

// ---- insert ----------------------------------------------------------------------------------

namespace {

const char* kEvents =
    "CREATE TABLE events (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, at DATETIME,"
    " day DATE, amount NUMERIC, ok BOOLEAN, score REAL, note TEXT, data BLOB);";

std::vector<std::string> stored(const std::string& db, const std::string& sql) {
  sc::Engine e = sc::create_engine("sqlite:///" + db);
  sc::Connection c = e.connect();
  return c.execute(sc::text(sql)).scalars<std::string>();
}

// "name TYPE" of each column, by PRAGMA table_info (SQLite 3.15 has no pragma_table_info).
std::vector<std::string> column_types(const std::string& db, const std::string& table) {
  sc::Engine e = sc::create_engine("sqlite:///" + db);
  sc::Connection c = e.connect();
  std::vector<std::string> out;
  for (auto row : c.exec_driver_sql("PRAGMA table_info(\"" + table + "\")"))
    out.push_back(row.get<std::string>(1) + " " + row.get<std::string>(2));
  return out;
}

}  // namespace

TEST(CliInsert, CsvValuesAreConvertedByTheColumnTypes) {
  TempDir dir;
  std::string db = dir.file("e.db");
  exec_script(db, kEvents);
  write(dir.file("e.csv"),
        "id,name,at,day,amount,ok,score,note,data\r\n"
        "1,launch,2024-03-15 12:05:57,2024-03-15,12.50,true,1.5,\"a, \"\"quoted\"\"\nnote\","
        "AP8Q\r\n"
        "2,b,2024-03-15T01:02,,3,0,2,,\r\n"
        "3,c,,,,,,\"\",\r\n");
  auto r = run_cli(dir, "insert " + arg(db) + " events " + arg(dir.file("e.csv")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;  // no progress bar: stderr is not a terminal
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(stored(db,
                   "SELECT quote(at) || ' ' || quote(day) || ' ' || quote(amount) || ' ' || "
                   "quote(ok) || ' ' || quote(score) || ' ' || quote(note) || ' ' || "
                   "quote(data) FROM events ORDER BY id"),
            (std::vector<std::string>{
                "'2024-03-15 12:05:57.000000' '2024-03-15' 12.5 1 1.5 'a, \"quoted\"\nnote' "
                "X'00FF10'",
                "'2024-03-15 01:02:00.000000' NULL 3 0 2.0 NULL NULL",
                "NULL NULL NULL NULL NULL '' NULL"}));
  // The DATETIME values read back through sqlcore's DateTime type.
  sc::Engine e = sc::create_engine("sqlite:///" + db);
  sc::Connection c = e.connect();
  auto at = c.execute(sc::text("SELECT at FROM events WHERE id = 1"), {}, {{"at", sc::DateTime()}})
                .scalar<sc::Timestamp>();
  using namespace std::chrono;
  EXPECT_EQ(at, sys_days{year{2024} / 3 / 15} + hours{12} + minutes{5} + seconds{57});
}

TEST(CliInsert, JsonLinesAreConvertedByTheColumnTypes) {
  TempDir dir;
  std::string db = dir.file("e.db");
  exec_script(db, kEvents);
  write(
      dir.file("e.jsonl"),
      "{\"id\": 1, \"name\": \"a\", \"at\": \"2024-01-02 03:04:05.5\", \"ok\": true, "
      "\"score\": 2, \"note\": 42, \"data\": \"AP8Q\"}\n"
      "\n"
      "{\"name\": \"b\", \"amount\": \"1.25\", \"day\": \"2024-02-29\", \"note\": {\"k\": [1]}}\n");
  auto r = run_cli(dir, "insert " + arg(db) + " events " + arg(dir.file("e.jsonl")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(
      stored(db,
             "SELECT quote(id) || ' ' || quote(at) || ' ' || quote(day) || ' ' || "
             "quote(amount) || ' ' || quote(ok) || ' ' || quote(score) || ' ' || "
             "quote(note) || ' ' || quote(data) FROM events ORDER BY id"),
      (std::vector<std::string>{"1 '2024-01-02 03:04:05.500000' NULL NULL 1 2.0 '42' X'00FF10'",
                                "2 NULL '2024-02-29' 1.25 NULL NULL '{\"k\":[1]}' NULL"}));
}

TEST(CliInsert, ReadsStandardInputAndForcedFormats) {
  TempDir dir;
  std::string db = dir.file("e.db");
  exec_script(db, kEvents);
  write(dir.file("rows.txt"), "{\"name\": \"from stdin\"}\n");
  auto r = run_cli(dir, "insert --jsonl " + arg(db) + " events -", dir.file("rows.txt"));
  ASSERT_EQ(r.code, 0) << r.err;
  write(dir.file("rows.data"), "name\nfrom csv\n");
  r = run_cli(dir, "insert --csv " + arg(db) + " events " + arg(dir.file("rows.data")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(stored(db, "SELECT name FROM events ORDER BY id"),
            (std::vector<std::string>{"from stdin", "from csv"}));
}

TEST(CliInsert, BadRowIsNamedByItsLineAndNothingIsInserted) {
  TempDir dir;
  std::string db = dir.file("e.db");
  exec_script(db, std::string(kEvents) + "INSERT INTO events (name) VALUES ('kept');");
  std::string before = slurp(db);
  std::string good = "id,name,at\n10,a,2024-01-01\n11,b,2024-01-02\n";
  struct Case {
    std::string file, text, args, says;
  };
  const Case cases[] = {
      {"date.csv", good + "12,c,2024-13-01\n", "",
       "date.csv:4: column 'at': '2024-13-01' is not a date and time"},
      {"int.csv", "id,name\n1,a\nx,b\n", "", "int.csv:3: column 'id': 'x' is not an integer"},
      {"unclosed.csv", good + "12,\"c\n13,d,\n", "",
       "unclosed.csv:4: a quoted field is never closed"},
      {"stray.csv", good + "12,c\"d,\n", "", "stray.csv:4: a quote inside an unquoted field"},
      {"after.csv", good + "12,\"c\"d,\n", "", "after.csv:4: text after the closing quote"},
      {"fields.csv", good + "12,c\n", "", "fields.csv:4: the line has 2 fields, the header 3"},
      {"column.csv", "id,nam\n1,a\n", "", "column.csv:1: column 'nam' is not in table 'events'"},
      {"twice.csv", "name,NAME\na,b\n", "", "twice.csv:1: column 'NAME' is given twice"},
      {"unique.csv", good + "12,kept,\n", "",
       "unique.csv:4: UNIQUE constraint failed: events.name"},
      // Batches of 2 rows: the constraint is found by its line inside the failing batch.
      {"batched.csv", "name\na\nb\nc\nd\nb\nf\n", "--batch 2 ",
       "batched.csv:6: UNIQUE constraint failed: events.name"},
      {"notnull.csv", "id,name\n20,\n", "",
       "notnull.csv:2: NOT NULL constraint failed: events.name"},
      {"bool.jsonl", "{\"name\": \"a\", \"ok\": \"maybe\"}\n", "",
       "bool.jsonl:1: column 'ok': 'maybe' is not a boolean"},
      {"json.jsonl", "{\"name\": \"a\"}\n{\"name\": \n", "", "json.jsonl:2: not JSON"},
      {"array.jsonl", "{\"name\": \"a\"}\n\n[1, 2]\n", "",
       "array.jsonl:3: a JSON array, not an object"},
      {"key.jsonl", "{\"name\": \"a\"}\n{\"nope\": 1}\n", "",
       "key.jsonl: column 'nope' is not in table 'events'"},
      {"blob.jsonl", "{\"name\": \"a\", \"data\": \"not base64!\"}\n", "",
       "blob.jsonl:1: column 'data': 'not base64!' is not base64"},
  };
  for (const Case& c : cases) {
    write(dir.file(c.file), c.text);
    auto r = run_cli(dir, "insert " + c.args + arg(db) + " events " + arg(dir.file(c.file)));
    EXPECT_EQ(r.code, 1) << c.file << "\n" << r.err;
    EXPECT_EQ(count_lines(r.err), 1) << c.file << "\n" << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << c.file << "\n" << r.err;
    EXPECT_TRUE(r.out.empty());
    EXPECT_EQ(slurp(db), before) << c.file;
  }
  EXPECT_EQ(stored(db, "SELECT name FROM events"), (std::vector<std::string>{"kept"}));
}

TEST(CliInsert, MissingFilesAndTablesAreOneLineAndWriteNothing) {
  TempDir dir;
  std::string db = dir.file("e.db");
  exec_script(db, kEvents);
  std::string before = slurp(db);
  write(dir.file("ok.csv"), "name\na\n");
  struct Case {
    std::string args, says;
  };
  const Case cases[] = {
      {"insert " + arg(db) + " events " + arg(dir.file("none.csv")), "none.csv': no such file"},
      {"insert " + arg(db) + " nope " + arg(dir.file("ok.csv")), "no such table: nope"},
      {"insert " + arg(dir.file("none.db")) + " events " + arg(dir.file("ok.csv")),
       "none.db': no such file"},
  };
  for (const Case& c : cases) {
    auto r = run_cli(dir, c.args);
    EXPECT_EQ(r.code, 1) << c.args;
    EXPECT_EQ(count_lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << r.err;
  }
  EXPECT_EQ(slurp(db), before);
  EXPECT_FALSE(fs::exists(dir.file("none.db")));
  for (const char* usage :
       {"insert", "insert a b", "insert --csv --jsonl a b c", "insert --batch 0 a b c"}) {
    auto r = run_cli(dir, usage);
    EXPECT_EQ(r.code, 2) << usage;
    EXPECT_EQ(count_lines(r.err), 1) << usage << ": " << r.err;
  }
}

TEST(CliInsert, CreateMakesTheTableWithInferredTypes) {
  TempDir dir;
  std::string db = dir.file("n.db");
  exec_script(db, "CREATE TABLE other (x)");
  write(dir.file("items.csv"),
        "id,name,price,code,empty\n1,apple,1.5,007,\n2,pear,2,010,\n3,\"fig, dried\",1e2,x,\n");
  auto r = run_cli(dir, "insert --create " + arg(db) + " items " + arg(dir.file("items.csv")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(column_types(db, "items"),
            (std::vector<std::string>{"id INTEGER", "name TEXT", "price REAL", "code TEXT",
                                      "empty TEXT"}));
  EXPECT_EQ(stored(db,
                   "SELECT quote(id) || ' ' || quote(price) || ' ' || quote(code) || ' ' || "
                   "quote(empty) FROM items ORDER BY id"),
            (std::vector<std::string>{"1 1.5 '007' NULL", "2 2.0 '010' NULL", "3 100.0 'x' NULL"}));
  // An existing table is used as it is.
  write(dir.file("more.csv"), "id,name\n4,plum\n");
  r = run_cli(dir, "insert --create " + arg(db) + " items " + arg(dir.file("more.csv")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(stored(db, "SELECT CAST(count(*) AS TEXT) FROM items"),
            (std::vector<std::string>{"4"}));
  // JSON lines: integers, reals, booleans, text.
  write(dir.file("e.jsonl"),
        "{\"n\": 1, \"r\": 2, \"b\": true, \"s\": \"x\", \"o\": [1]}\n"
        "{\"n\": 2, \"r\": 2.5, \"b\": false, \"s\": 3}\n");
  r = run_cli(dir, "insert --create " + arg(db) + " j " + arg(dir.file("e.jsonl")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(column_types(db, "j"),
            (std::vector<std::string>{"n INTEGER", "r REAL", "b BOOLEAN", "s TEXT", "o TEXT"}));
  // A bad row: no table made either.
  std::string before = slurp(db);
  write(dir.file("bad.csv"), "a,b\n1,2\n3,\"x\n");
  r = run_cli(dir, "insert --create " + arg(db) + " fresh " + arg(dir.file("bad.csv")));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("bad.csv:3:"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(db), before);
  EXPECT_TRUE(stored(db, "SELECT name FROM sqlite_master WHERE name = 'fresh'").empty());
}

TEST(CliInsert, ProgressBarOnlyOnATerminal) {
  if (std::system("command -v script >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "no script(1) for a pseudo-terminal";
  TempDir dir;
  std::string db = dir.file("e.db");
  exec_script(db, kEvents);
  std::string csv = "name,score\n";
  for (int i = 0; i < 5000; ++i) csv += "n" + std::to_string(i) + "," + std::to_string(i) + "\n";
  write(dir.file("big.csv"), csv);
  std::string cmd = "script -qec \"" + sc::testing::cli_path() + " insert --batch 500 '" + db +
                    "' events '" + dir.file("big.csv") + "'\" '" + dir.file("typescript") +
                    "' >/dev/null 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::string screen = slurp(dir.file("typescript"));
  EXPECT_NE(screen.find("100%"), std::string::npos) << screen;
  EXPECT_NE(screen.find("5000 rows"), std::string::npos) << screen;
  EXPECT_NE(screen.find("[####"), std::string::npos) << screen;
  EXPECT_EQ(stored(db, "SELECT CAST(count(*) AS TEXT) FROM events"),
            (std::vector<std::string>{"5000"}));
}

// ---- check -----------------------------------------------------------------------------------

TEST(CliCheck, SaysOkForAHealthyDatabase) {
  TempDir dir;
  exec_script(dir.file("ok.db"), kPeople);
  auto r = run_cli(dir, "check " + arg(dir.file("ok.db")));
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "ok\n");
}

TEST(CliCheck, ReportsForeignKeyViolationsAndExitsOne) {
  TempDir dir;
  std::string db = dir.file("fk.db");
  exec_script(db,
              "PRAGMA foreign_keys = OFF; CREATE TABLE users (id INTEGER PRIMARY KEY);"
              "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));"
              "INSERT INTO users VALUES (1); INSERT INTO posts VALUES (7, 1), (8, 2), (9, 3);");
  std::string before = slurp(db);
  auto r = run_cli(dir, "check " + arg(db));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out,
            "foreign key: posts rowid 8 has no parent in users (foreign key 0)\n"
            "foreign key: posts rowid 9 has no parent in users (foreign key 0)\n");
  EXPECT_EQ(slurp(db), before);
}

TEST(CliCheck, ReportsAnIndexThatDisagreesWithItsTable) {
  TempDir dir;
  std::string db = dir.file("bad.db");
  // The index's stored definition is changed to another column than its entries hold.
  exec_script(
      db,
      "CREATE TABLE t (a, b); CREATE INDEX ix ON t (a); INSERT INTO t VALUES (1, 2), (3, 4);"
      "PRAGMA writable_schema = ON;"
      "UPDATE sqlite_master SET sql = 'CREATE INDEX ix ON t (b)' WHERE name = 'ix';");
  auto r = run_cli(dir, "check " + arg(db));
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("integrity: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ix"), std::string::npos) << r.out;
  auto missing = run_cli(dir, "check " + arg(dir.file("none.db")));
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(count_lines(missing.err), 1);
}

// ---- --version, --help -----------------------------------------------------------------------

TEST(CliVersion, PrintsTheLibraryAndSQLiteVersions) {
  TempDir dir;
  auto r = run_cli(dir, "--version");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind(std::string("sqlcore ") + SQLCORE_VERSION_STRING + " (SQLite 3.", 0), 0u)
      << r.out;
  EXPECT_EQ(count_lines(r.out), 1);
}

TEST(CliVersion, EverySubcommandHasHelpWithAnExample) {
  TempDir dir;
  for (const char* sub :
       {"query", "insert", "check", "diff", "migrate", "inspect", "ddl", "codegen", "backup"}) {
    auto r = run_cli(dir, std::string(sub) + " --help");
    EXPECT_EQ(r.code, 0) << sub;
    EXPECT_NE(r.out.find("Example:\n  sqlcore " + std::string(sub)), std::string::npos)
        << sub << "\n"
        << r.out;
  }
  auto top = run_cli(dir, "--help");
  EXPECT_EQ(top.code, 0);
  for (const char* sub : {"query", "insert", "check", "diff", "migrate"})
    EXPECT_NE(top.out.find(sub), std::string::npos);
}

TEST(CliVersion, BashCompletionOffersEverySubcommandAndOption) {
  TempDir dir;
  auto complete = [&](const std::string& words) {
    std::string script = dir.file("complete.sh");
    write(script, "source '" + std::string(SQLCORE_SOURCE_DIR) +
                      "/tools/sqlcore/sqlcore.bash'\n"
                      "COMP_WORDS=(sqlcore " +
                      words +
                      ")\nCOMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n_sqlcore\n"
                      "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    std::string out = dir.file("completions.txt");
    EXPECT_EQ(std::system(("bash '" + script + "' > '" + out + "'").c_str()), 0);
    return "\n" + slurp(out);
  };
  // The subcommands --help lists, and each one's long options, are what bash offers.
  std::string help = run_cli(dir, "--help").out;
  std::string subs = complete("''");
  std::istringstream lines(help.substr(help.find("Subcommands:")));
  std::string line;
  std::getline(lines, line);
  int seen = 0;
  while (std::getline(lines, line) && line.starts_with("  ")) {
    std::string sub = line.substr(2, line.find(' ', 2) - 2);
    ++seen;
    EXPECT_NE(subs.find("\n" + sub + "\n"), std::string::npos) << sub << subs;
    std::string options = complete(sub + " --");
    std::string sub_help = run_cli(dir, sub + " --help").out;
    for (std::size_t at = sub_help.find(" --"); at != std::string::npos;
         at = sub_help.find(" --", at + 1)) {
      std::size_t end = sub_help.find_first_not_of("abcdefghijklmnopqrstuvwxyz-", at + 1);
      std::string option = sub_help.substr(at + 1, end - at - 1);
      EXPECT_NE(options.find("\n" + option + "\n"), std::string::npos)
          << sub << " " << option << options;
    }
  }
  EXPECT_EQ(seen, 9) << help;
  EXPECT_NE(subs.find("\n--version\n"), std::string::npos);
}
