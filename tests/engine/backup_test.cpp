// Tests for backup(), Engine::save_as() and open_in_memory() (src/engine/backup.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/fault_vfs.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

std::int64_t count(sc::Connection& c, const char* table) {
  return *c.execute(sc::text(std::string("SELECT count(*) FROM ") + table)).scalar<std::int64_t>();
}

std::int64_t count_in(const std::string& file, const char* table) {
  sc::Engine e = sc::create_engine("sqlite:///" + file + "?mode=ro");
  sc::Connection c = e.connect();
  return count(c, table);
}

std::string integrity(const std::string& file) {
  sc::Engine e = sc::create_engine("sqlite:///" + file + "?mode=ro");
  sc::Connection c = e.connect();
  return *c.execute(sc::text("PRAGMA integrity_check")).scalar<std::string>();
}

// Rows of about 1 KB, in one transaction.
void fill(sc::Connection& c, int rows) {
  c.raw().exec("CREATE TABLE IF NOT EXISTS doc (id INTEGER PRIMARY KEY, body TEXT)");
  sc::Transaction tx = c.begin();
  std::vector<sc::Params> sets;
  for (int i = 0; i < rows; ++i)
    sets.push_back({{"b", std::string(1000, static_cast<char>('a' + i % 26))}});
  c.execute_many(sc::text("INSERT INTO doc (body) VALUES (:b)"), sets);
  tx.commit();
}

// About `mb` megabytes of 1,000-byte rows, in one statement.
std::string fmt_sql_fill(int mb) {
  return "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
         std::to_string(mb * 1024) + ") INSERT INTO doc (body) SELECT randomblob(1000) FROM n";
}

std::vector<std::string> temporaries(const sc::testing::TempDir& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir.path()))
    if (e.path().filename().string().find(".sqlcore-save-") != std::string::npos)
      out.push_back(e.path().string());
  return out;
}

}  // namespace

TEST(Backup, CopiesWithProgressAndCancelLeavesTheDestination) {
  sc::testing::TempDir dir;
  sc::Engine src = sc::create_engine(dir.url("src.db"));
  sc::Connection s = src.connect();
  fill(s, 2000);
  sc::Engine dst = sc::create_engine(dir.url("dst.db"));
  sc::Connection d = dst.connect();
  d.execute(sc::text("CREATE TABLE old (x INTEGER)"));
  std::vector<sc::BackupProgress> seen;
  // Cancelled half-way: the destination keeps what it had.
  bool done =
      sc::backup(s, d, {.pages_per_step = 50, .on_progress = [&](const sc::BackupProgress& p) {
                          seen.push_back(p);
                          return seen.size() < 5;
                        }});
  EXPECT_FALSE(done);
  EXPECT_EQ(seen.size(), 5u);
  EXPECT_EQ(count(d, "old"), 0);
  EXPECT_THROW(count(d, "doc"), sc::OperationalError);
  seen.clear();
  done = sc::backup(s, d, {.pages_per_step = 50, .on_progress = [&](const sc::BackupProgress& p) {
                             seen.push_back(p);
                             return true;
                           }});
  EXPECT_TRUE(done);
  ASSERT_GE(seen.size(), 10u);
  EXPECT_GT(seen.front().page_count, 400);
  for (std::size_t i = 1; i < seen.size(); ++i) EXPECT_LE(seen[i].remaining, seen[i - 1].remaining);
  EXPECT_EQ(seen.back().remaining, 0);
  EXPECT_EQ(count(d, "doc"), 2000);
  EXPECT_THROW(count(d, "old"), sc::OperationalError);  // replaced
}

TEST(Backup, RefusesADestinationWithATransactionOpen) {
  sc::Engine a = sc::create_engine("sqlite://");
  sc::Engine b = sc::create_engine("sqlite://");
  sc::Connection s = a.connect(), d = b.connect();
  sc::Transaction tx = d.begin();
  EXPECT_THROW_MSG(sc::backup(s, d), sc::InvalidRequestError,
                   "destination connection has a transaction open");
}

TEST(SaveAs, FromMemoryToAFileAndBackWithOpenInMemory) {
  sc::testing::TempDir dir;
  sc::Engine mem = sc::create_engine("sqlite://");
  {
    sc::Connection c = mem.connect();
    fill(c, 300);
  }
  std::string file = dir.file("doc.db");
  EXPECT_TRUE(mem.save_as(file));
  EXPECT_EQ(count_in(file, "doc"), 300);
  EXPECT_EQ(integrity(file), "ok");
  EXPECT_TRUE(temporaries(dir).empty());
  // "Open": the file into a new memory engine, shared by all threads; the file is not touched.
  sc::Engine opened = sc::open_in_memory(file);
  EXPECT_EQ(opened.database(), ":memory:");
  std::thread t([&] {
    sc::Connection c = opened.connect();
    c.execute(sc::text("DELETE FROM doc WHERE id > 100"));
  });
  t.join();
  sc::Connection c = opened.connect();
  EXPECT_EQ(count(c, "doc"), 100);
  EXPECT_EQ(count_in(file, "doc"), 300);
  EXPECT_THROW_MSG(sc::open_in_memory(dir.file("missing.db")), sc::OperationalError,
                   "missing.db': no such file");
  std::ofstream(dir.file("junk.db")) << std::string(4096, 'j');
  EXPECT_THROW_MSG(sc::open_in_memory(dir.file("junk.db")), sc::DatabaseError, "is not a database");
}

TEST(SaveAs, ReplacesAtomicallyAndCancelKeepsTheOldFile) {
  sc::testing::TempDir dir;
  std::string file = dir.file("doc.db");
  sc::Engine mem = sc::create_engine("sqlite://");
  sc::Connection c = mem.connect();
  fill(c, 100);
  ASSERT_TRUE(mem.save_as(file));
  fill(c, 900);
  int steps = 0;
  bool done = mem.save_as(
      file, {.backup = {.pages_per_step = 10,
                        .on_progress = [&](const sc::BackupProgress&) { return ++steps < 3; }}});
  EXPECT_FALSE(done);
  EXPECT_EQ(count_in(file, "doc"), 100);  // the old document, intact
  EXPECT_TRUE(temporaries(dir).empty());
  ASSERT_TRUE(mem.save_as(file));
  EXPECT_EQ(count_in(file, "doc"), 1000);
}

TEST(SaveAs, BadTargetsNameTheFileAndTouchNothing) {
  sc::testing::TempDir dir;
  sc::Engine mem = sc::create_engine("sqlite://");
  {
    sc::Connection c = mem.connect();
    fill(c, 10);
  }
  fs::create_directory(dir.path() / "adir");
  EXPECT_THROW_MSG(mem.save_as(dir.file("adir")), sc::OperationalError, "adir': it is a directory");
  EXPECT_THROW_MSG(mem.save_as(dir.file("nodir/x.db")), sc::OperationalError,
                   "nodir' does not exist");
  std::string ro = dir.file("ro.db");
  ASSERT_TRUE(mem.save_as(ro));
  ::chmod(ro.c_str(), 0444);
  {
    sc::Connection c = mem.connect();
    fill(c, 10);
  }
  EXPECT_THROW_MSG(mem.save_as(ro), sc::OperationalError, "ro.db': the file is read-only");
  EXPECT_EQ(count_in(ro, "doc"), 10);
  EXPECT_TRUE(temporaries(dir).empty());
}

// Found by tests/reliability/fault_injection_test.cpp: a disk full while the temporary copy was
// being created read as "unable to open database file" (SQLITE_CANTOPEN), so a program could
// not tell a full disk by its code.
TEST(SaveAs, AFullDiskWhileCreatingTheCopyKeepsSqliteFull) {
  sc::testing::TempDir dir;
  sc::Engine mem = sc::create_engine("sqlite://");
  {
    sc::Connection c = mem.connect();
    fill(c, 10);
  }
  std::string target = dir.file("full.db");
  // save_as creates its temporary through the default VFS: make it one that fails.
  sc::testing::FaultVfs vfs("sqlcore_backup_test_full", /*make_default=*/true);
  vfs.arm({.ops = sc::testing::fault_op::all, .fail_at = 1, .error = 13, .persistent = true});
  try {
    mem.save_as(target);
    ADD_FAILURE() << "save_as succeeded on a full disk";
  } catch (const sc::OperationalError& e) {
    EXPECT_EQ(e.sqlite_primary_code(), 13) << e.what();  // SQLITE_FULL
    EXPECT_NE(std::string(e.what()).find("cannot save to '" + target + "'"), std::string::npos)
        << e.what();
  }
  vfs.disarm();
  EXPECT_GT(vfs.faults(), 0);
  EXPECT_FALSE(fs::exists(target));
  EXPECT_TRUE(temporaries(dir).empty());
}

TEST(SaveAs, RemovesTemporariesLeftByADeadProcess) {
  sc::testing::TempDir dir;
  pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);  // a pid that no longer runs
  std::string stale = dir.file("doc.db.sqlcore-save-" + std::to_string(child) + "-0");
  std::ofstream(stale) << "half-written";
  std::ofstream(stale + "-journal") << "x";
  sc::Engine mem = sc::create_engine("sqlite://");
  {
    sc::Connection c = mem.connect();
    fill(c, 10);
  }
  ASSERT_TRUE(mem.save_as(dir.file("doc.db")));
  EXPECT_TRUE(temporaries(dir).empty());
}

TEST(SaveAs, SwitchToCopyMovesNewConnectionsToTheNewFile) {
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("a.db"));
  sc::Connection held = engine.connect();
  fill(held, 10);
  ASSERT_TRUE(engine.save_as(dir.file("b.db"), {.switch_to_copy = true}));
  EXPECT_EQ(engine.database(), dir.file("b.db"));
  {
    sc::Connection fresh = engine.connect();
    fresh.execute(sc::text("INSERT INTO doc (body) VALUES ('new')"));
  }
  held.execute(sc::text("INSERT INTO doc (body) VALUES ('old')"));  // still the old file
  held.close();
  EXPECT_EQ(count_in(dir.file("a.db"), "doc"), 11);
  EXPECT_EQ(count_in(dir.file("b.db"), "doc"), 11);
  sc::Connection again = engine.connect();  // the held connection was closed at checkin
  EXPECT_EQ(count(again, "doc"), 11);
  EXPECT_EQ(*again.execute(sc::text("SELECT body FROM doc ORDER BY id DESC LIMIT 1"))
                 .scalar<std::string>(),
            "new");
}

// The acceptance case: a large database saved while a second thread inserts rows. The copy
// passes integrity_check, is one snapshot (the rows and the counter table agree) and holds
// every row committed before the save began. SQLCORE_SAVE_AS_MB sets the size (default 200).
TEST(SaveAs, ALargeDatabaseWhileAnotherThreadWrites) {
  int mb = std::getenv("SQLCORE_SAVE_AS_MB") ? std::atoi(std::getenv("SQLCORE_SAVE_AS_MB")) : 200;
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("big.db"), {.busy_timeout = 60000ms});
  engine.on_connect([](sc::RawConnection& raw) {
    raw.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF");
  });
  {
    sc::Connection c = engine.connect();
    c.raw().exec(
        "CREATE TABLE doc (id INTEGER PRIMARY KEY, body BLOB); CREATE TABLE counter (n INTEGER); "
        "INSERT INTO counter VALUES (0)");
    c.raw().exec(fmt_sql_fill(mb));
  }
  std::atomic<bool> stop{false};
  std::atomic<std::int64_t> committed{0};
  std::thread writer([&] {
    sc::Connection w = engine.connect();
    while (!stop) {
      sc::Transaction tx = w.begin(sc::BeginMode::immediate);
      w.execute(sc::text("INSERT INTO doc (body) VALUES (randomblob(512))"));
      w.execute(sc::text("UPDATE counter SET n = n + 1"));
      tx.commit();
      committed = *w.execute(sc::text("SELECT max(id) FROM doc")).scalar<std::int64_t>();
    }
  });
  while (committed == 0) std::this_thread::sleep_for(1ms);
  std::int64_t before = committed;
  std::string copy = dir.file("copy.db");
  ASSERT_TRUE(engine.save_as(copy, {.backup = {.pages_per_step = 1000}}));
  std::int64_t during = committed;
  stop = true;
  writer.join();
  EXPECT_GT(during, before);  // the writer kept committing while the copy was made
  EXPECT_EQ(integrity(copy), "ok");
  sc::Engine e = sc::create_engine("sqlite:///" + copy + "?mode=ro");
  sc::Connection c = e.connect();
  std::int64_t rows = count(c, "doc");
  std::int64_t base =
      *c.execute(sc::text("SELECT count(*) FROM doc WHERE id <= :b"), {{"b", before}})
           .scalar<std::int64_t>();
  EXPECT_EQ(base, before);  // every row committed before the save
  EXPECT_EQ(*c.execute(sc::text("SELECT max(id) FROM doc")).scalar<std::int64_t>(),
            rows);  // no gap
  std::int64_t counted = *c.execute(sc::text("SELECT n FROM counter")).scalar<std::int64_t>();
  std::int64_t initial = rows - counted;  // rows the fill made; the rest came with the counter
  EXPECT_EQ(initial, static_cast<std::int64_t>(mb) * 1024);  // one snapshot: rows and counter agree
  EXPECT_GE(static_cast<std::int64_t>(fs::file_size(copy)),
            static_cast<std::int64_t>(mb) * 1024 * 1024);
}

// ---- User strings never become SQL (issue 14, item 5) -------------------------------------------

namespace {

const char* const kHostileSchemas[] = {
    "main\".sqlite_master; COMMIT; DROP TABLE victim; --",
    "x\"; DROP TABLE victim; --",
    "main'; DROP TABLE victim; --",
};

bool victim_alive(sc::Connection& c) {
  return *c.execute(sc::text("SELECT count(*) FROM sqlite_master WHERE name = 'victim'"))
              .scalar<std::int64_t>() == 1;
}

}  // namespace

TEST(Backup, ASchemaNameCannotRunSQLThroughBackup) {
  sc::testing::TempDir dir;
  sc::Engine src = sc::create_engine(dir.url("src.db"));
  sc::Engine dst = sc::create_engine(dir.url("dst.db"));
  sc::Connection s = src.connect();
  sc::Connection d = dst.connect();
  s.execute(sc::text("CREATE TABLE victim (x INTEGER)"));
  d.execute(sc::text("CREATE TABLE victim (x INTEGER)"));
  for (const char* schema : kHostileSchemas) {
    sc::BackupOptions source_bad{.source_schema = schema};
    EXPECT_THROW_MSG(sc::backup(s, d, source_bad), sc::ArgumentError,
                     "is not a database of the source connection");
    sc::BackupOptions dest_bad{.dest_schema = schema};
    EXPECT_THROW_MSG(sc::backup(s, d, dest_bad), sc::ArgumentError,
                     "is not a database of the destination connection");
    EXPECT_TRUE(victim_alive(s)) << schema;
    EXPECT_TRUE(victim_alive(d)) << schema;
    EXPECT_FALSE(s.raw().in_transaction());
  }
  // A real schema whose name holds quotes is quoted, not refused.
  s.execute(sc::text("ATTACH DATABASE :f AS :n"),
            {{"f", dir.file("odd.db")}, {"n", std::string("we\"ird; --")}});
  s.execute(sc::text("CREATE TABLE \"we\"\"ird; --\".odd (y INTEGER)"));
  s.execute(sc::text("INSERT INTO \"we\"\"ird; --\".odd VALUES (7)"));
  EXPECT_TRUE(sc::backup(s, d, {.source_schema = "we\"ird; --"}));
  EXPECT_EQ(count(d, "odd"), 1);
}

TEST(SaveAs, ASchemaNameCannotRunSQLThroughSaveAs) {
  sc::testing::TempDir dir;
  sc::Engine src = sc::create_engine(dir.url("src.db"));
  sc::Connection s = src.connect();
  s.execute(sc::text("CREATE TABLE victim (x INTEGER)"));
  for (const char* schema : kHostileSchemas) {
    sc::SaveAsOptions o;
    o.backup.source_schema = schema;
    EXPECT_THROW_MSG(src.save_as(dir.file("copy.db"), o), sc::ArgumentError, "source schema");
    EXPECT_TRUE(victim_alive(s)) << schema;
    EXPECT_FALSE(fs::exists(dir.file("copy.db")));
    EXPECT_TRUE(temporaries(dir).empty());
  }
  EXPECT_TRUE(src.save_as(dir.file("copy.db")));
  EXPECT_EQ(count_in(dir.file("copy.db"), "victim"), 0);
}
