// Crash durability: a child process (crash_writer) commits through sqlcore and is SIGKILLed at
// random moments; after each kill the database must hold every commit the child reported, at
// most the one in flight beyond them, whole transactions only, and pass integrity_check. The
// same for a kill during Engine::save_as and during a table rebuild.
// SPDX-License-Identifier: MIT
//
// SQLCORE_CRASH_KILLS (default 20) sets the kills per test; `make crash` runs 200.
#include <sqlcore/sqlcore.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "support/temp_dir.hpp"

namespace sc = sqlcore;
namespace fs = std::filesystem;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

extern char** environ;

namespace {

int kills_per_test() {
  const char* env = std::getenv("SQLCORE_CRASH_KILLS");
  if (env == nullptr || *env == '\0') return 20;
  int n = std::atoi(env);
  return n > 0 ? n : 20;
}

std::mt19937_64& rng() {
  static std::mt19937_64 gen{std::random_device{}()};
  return gen;
}

std::chrono::microseconds random_delay(std::chrono::microseconds max) {
  std::uniform_int_distribution<std::int64_t> d(0, max.count());
  return std::chrono::microseconds(d(rng()));
}

// crash_writer running with its stdout on a pipe; reports are read line by line.
class Child {
 public:
  explicit Child(const std::vector<std::string>& args) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe2 failed");
    read_fd_ = fds[0];
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);  // dup2 clears CLOEXEC
    std::vector<char*> argv;
    std::string program = SQLCORE_CRASH_WRITER;
    argv.push_back(program.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    int rc = ::posix_spawn(&pid_, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
      ::close(read_fd_);
      throw std::runtime_error("posix_spawn " + program + " failed");
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;
  ~Child() {
    if (pid_ > 0) kill_and_wait();
    ::close(read_fd_);
  }

  // The next report, or nothing when none came within `timeout` (or the child ended).
  std::optional<std::string> next_line(std::chrono::milliseconds timeout) {
    Clock::time_point deadline = Clock::now() + timeout;
    for (;;) {
      if (auto line = take_line()) return line;
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      if (left.count() <= 0 || eof_) return std::nullopt;
      pollfd p{read_fd_, POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(left.count())) > 0) read_some();
    }
  }

  // SIGKILL, reap, and read what the child reported before it died. Returns the wait status.
  int kill_and_wait() {
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    while (!eof_) read_some();
    return status;
  }

  // Every complete line reported so far and not yet taken by next_line().
  std::vector<std::string> rest() {
    std::vector<std::string> out;
    while (auto line = take_line()) out.push_back(*line);
    return out;
  }

 private:
  void read_some() {
    char buf[4096];
    ssize_t n = ::read(read_fd_, buf, sizeof buf);
    if (n <= 0) {
      eof_ = true;
      return;
    }
    buffer_.append(buf, static_cast<std::size_t>(n));
  }
  std::optional<std::string> take_line() {
    std::size_t nl = buffer_.find('\n');
    if (nl == std::string::npos) return std::nullopt;
    std::string line = buffer_.substr(0, nl);
    buffer_.erase(0, nl + 1);
    return line;
  }

  pid_t pid_ = -1;
  int read_fd_ = -1;
  bool eof_ = false;
  std::string buffer_;
};

std::int64_t scalar(sc::Connection& conn, const std::string& sql) {
  return *conn.execute(sc::text(sql)).scalar<std::int64_t>();
}

void remove_with_sidecars(const std::string& db) {
  for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(db + suffix);
}

// ---- numbered commits --------------------------------------------------------------------------

void create_commit_schema(const std::string& db, sc::JournalMode mode) {
  sc::Engine engine = sc::create_engine("sqlite:///" + db, {.pool = sc::PoolKind::null});
  sc::Connection conn = engine.connect();
  ASSERT_EQ(conn.pragmas().journal_mode(mode), mode);
  conn.exec_driver_sql("CREATE TABLE commits (n INTEGER PRIMARY KEY, tag TEXT, payload BLOB)");
  conn.exec_driver_sql("CREATE INDEX ix_commits_tag ON commits (tag)");
  conn.exec_driver_sql("CREATE TABLE detail (n INTEGER NOT NULL, k INTEGER NOT NULL, v INTEGER)");
  conn.exec_driver_sql(
      "CREATE TABLE totals (id INTEGER PRIMARY KEY, commits INTEGER, sum_n INTEGER)");
  conn.exec_driver_sql("INSERT INTO totals VALUES (1, 0, 0)");
}

struct CommitFigures {
  int kills = 0;
  int before_first_report = 0;  // killed while opening (or recovering) the database
  int in_flight_found = 0;      // the unreported transaction turned out committed
  int hot_journal = 0;          // a -journal was left: the kill landed inside a write
  std::int64_t lost = 0;        // reported commits missing after a kill (must stay 0)
  std::int64_t reported = 0;    // commits reported in all
  std::int64_t final_n = 0;
};

// Reopens the killed child's database with sqlcore and checks it; returns the highest n.
std::int64_t check_commits(const std::string& db, std::int64_t last_reported) {
  sc::Engine engine = sc::create_engine("sqlite:///" + db, {.pool = sc::PoolKind::null});
  sc::Connection conn = engine.connect();
  EXPECT_EQ(conn.pragmas().integrity_check(), std::vector<std::string>{}) << db;
  std::int64_t max_n = scalar(conn, "SELECT coalesce(max(n), 0) FROM commits");
  EXPECT_GE(max_n, last_reported) << "a reported commit is missing";
  EXPECT_LE(max_n, last_reported + 1) << "more than the one transaction in flight committed";
  // Whole transactions only: n = 1 .. max_n, three detail rows each, the totals row matching.
  EXPECT_EQ(scalar(conn, "SELECT count(*) FROM commits"), max_n);
  EXPECT_EQ(scalar(conn, "SELECT coalesce(min(n), 1) FROM commits"), 1);
  EXPECT_EQ(scalar(conn, "SELECT count(*) FROM commits WHERE length(payload) != 600"), 0);
  EXPECT_EQ(scalar(conn, "SELECT count(*) FROM detail"), 3 * max_n);
  EXPECT_EQ(scalar(conn,
                   "SELECT count(*) FROM detail WHERE v != n * 10 + k OR n NOT IN "
                   "(SELECT n FROM commits)"),
            0);
  EXPECT_EQ(scalar(conn,
                   "SELECT count(*) FROM (SELECT n FROM detail GROUP BY n HAVING "
                   "count(*) != 3 OR count(DISTINCT k) != 3)"),
            0);
  EXPECT_EQ(scalar(conn, "SELECT commits FROM totals WHERE id = 1"), max_n);
  EXPECT_EQ(scalar(conn, "SELECT sum_n FROM totals WHERE id = 1"), max_n * (max_n + 1) / 2);
  return max_n;
}

// Kills the writer kills_per_test() times on one file, checking it after each kill.
void kill_committing_writer(const std::string& journal, const std::string& sync, CommitFigures& f) {
  sc::testing::TempDir dir;
  const std::string db = dir.file("commits.db");
  create_commit_schema(db, journal == "wal" ? sc::JournalMode::wal : sc::JournalMode::delete_);
  std::int64_t durable = 0;  // the highest n found after the previous kill
  const int kills = kills_per_test();
  for (int i = 0; i < kills; ++i) {
    std::int64_t last = durable;
    {
      Child child({"commit", db, journal, sync});
      // One kill in ten at a random moment after the start (opening, recovering a hot
      // journal or WAL); the others once the child commits, after a random pause whose range
      // also varies, so kills land anywhere in the loop: in a statement, in COMMIT's syncs,
      // between commit() and the report.
      if (std::uniform_int_distribution<int>(0, 9)(rng()) == 0) {
        std::this_thread::sleep_for(random_delay(20ms));
      } else {
        std::optional<std::string> first = child.next_line(30s);
        ASSERT_TRUE(first) << "the writer reported no commit within 30 s";
        std::chrono::microseconds range[] = {500us, 3ms, 15ms, 60ms};
        std::this_thread::sleep_for(
            random_delay(range[std::uniform_int_distribution<int>(0, 3)(rng())]));
        last = std::stoll(*first);
      }
      int status = child.kill_and_wait();
      ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
          << "the writer ended by itself, status " << status;
      for (const std::string& line : child.rest()) {
        std::int64_t n = std::stoll(line);
        ASSERT_EQ(n, last + 1) << "reports out of order";
        last = n;
      }
    }
    if (last == durable) ++f.before_first_report;
    f.reported += last - durable;
    ++f.kills;
    if (journal == "delete" && fs::exists(db + "-journal") && fs::file_size(db + "-journal") > 0)
      ++f.hot_journal;
    std::int64_t max_n = check_commits(db, last);
    if (max_n < last) f.lost += last - max_n;
    if (::testing::Test::HasFailure()) return;
    if (max_n == last + 1) ++f.in_flight_found;
    durable = max_n;
  }
  f.final_n = durable;
}

void run_commit_mode(const std::string& journal, const std::string& sync) {
  CommitFigures f;
  kill_committing_writer(journal, sync, f);
  std::printf(
      "[ figures  ] journal=%s synchronous=%s: %d kills, %lld lost commits, %lld commits "
      "reported, %lld rows at the end, %d kills before the first commit, %d in-flight commits "
      "found committed, %d hot journals rolled back\n",
      journal.c_str(), sync.c_str(), f.kills, static_cast<long long>(f.lost),
      static_cast<long long>(f.reported), static_cast<long long>(f.final_n), f.before_first_report,
      f.in_flight_found, f.hot_journal);
  ::testing::Test::RecordProperty("kills", f.kills);
  ::testing::Test::RecordProperty("commits_reported", static_cast<int>(f.reported));
  ::testing::Test::RecordProperty("in_flight_found", f.in_flight_found);
  EXPECT_EQ(f.kills, kills_per_test());
  EXPECT_GT(f.reported, 0);
}

// ---- save_as and rebuild: the old state or the complete new one ------------------------------

struct OutcomeFigures {
  int runs = 0;
  int old_state = 0;
  int new_state = 0;
  int killed_mid_operation = 0;  // "start" reported, "done" not
  std::chrono::milliseconds duration{0};
};

// Runs `args` once to the end to time the operation ("start" to "done").
std::chrono::microseconds time_operation(const std::vector<std::string>& args) {
  Child child(args);
  EXPECT_EQ(child.next_line(60s), "start");
  Clock::time_point t0 = Clock::now();
  EXPECT_EQ(child.next_line(120s), "done");
  return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t0);
}

// One kill of `args` at a random moment up to `range` after it reported "start"; returns
// whether the child was killed before reporting "done".
bool kill_during(const std::vector<std::string>& args, std::chrono::microseconds range) {
  Child child(args);
  std::optional<std::string> start = child.next_line(60s);
  EXPECT_EQ(start, "start");
  std::this_thread::sleep_for(random_delay(range));
  int status = child.kill_and_wait();
  std::vector<std::string> rest = child.rest();
  bool done = !rest.empty() && rest.back() == "done";
  EXPECT_TRUE(WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 0 && done))
      << "status " << status;
  return !done;
}

constexpr int kSaveAsRows = 8000;  // 8 MB of blobs: about 2,000 pages, copied one per step

void make_save_as_files(const sc::testing::TempDir& dir) {
  {
    sc::Engine e = sc::create_engine(dir.url("source.db"));
    sc::Connection c = e.connect();
    c.exec_driver_sql("CREATE TABLE big (id INTEGER PRIMARY KEY, b BLOB)");
    c.exec_driver_sql("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                      std::to_string(kSaveAsRows) +
                      ") INSERT INTO big SELECT i, randomblob(1000) FROM n");
    c.exec_driver_sql("CREATE TABLE new_document (x)");
    c.exec_driver_sql("INSERT INTO new_document VALUES ('new')");
  }
  sc::Engine e = sc::create_engine(dir.url("old.db"));
  sc::Connection c = e.connect();
  c.exec_driver_sql("CREATE TABLE old_document (x)");
  c.exec_driver_sql("INSERT INTO old_document VALUES (42)");
}

// The target after a kill: true for the old file intact, false for the complete copy.
bool check_save_as_target(const std::string& target) {
  sc::Engine e = sc::create_engine("sqlite:///" + target + "?mode=ro");
  sc::Connection c = e.connect();
  EXPECT_EQ(c.pragmas().integrity_check(), std::vector<std::string>{}) << target;
  std::int64_t tables = scalar(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
  if (scalar(c, "SELECT count(*) FROM sqlite_master WHERE name = 'old_document'") == 1) {
    EXPECT_EQ(tables, 1);
    EXPECT_EQ(scalar(c, "SELECT x FROM old_document"), 42);
    return true;
  }
  EXPECT_EQ(tables, 2) << "neither the old file nor the new one";
  EXPECT_EQ(scalar(c, "SELECT count(*) FROM big WHERE length(b) = 1000"), kSaveAsRows);
  EXPECT_EQ(scalar(c, "SELECT sum(id) FROM big"),
            std::int64_t{kSaveAsRows} * (kSaveAsRows + 1) / 2);
  EXPECT_EQ(*c.execute(sc::text("SELECT x FROM new_document")).scalar<std::string>(), "new");
  return false;
}

// Temporary copies save_as left (not counting their -journal).
int leftover_save_files(const sc::testing::TempDir& dir) {
  int n = 0;
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    std::string name = entry.path().filename().string();
    if (name.find(".sqlcore-save-") != std::string::npos && !name.ends_with("-journal") &&
        !name.ends_with("-wal") && !name.ends_with("-shm"))
      ++n;
  }
  return n;
}

// Kills `args` at random moments after "start", kills_per_test() times, with `reset()` before
// each run and `check()` after it (true: the old state; it fails the test for anything but the
// old or the new state). The range of the kill moment starts at 1.5 times the operation's
// duration (timed once) and adapts, since the machine's load changes the operation's speed:
// longer while every run left the old state (or twice as many did as left the new one),
// shorter in the opposite case. While one outcome has not come up, up to three times
// kills_per_test() runs.
void kill_at_random(OutcomeFigures& f, const std::vector<std::string>& args,
                    const std::function<void()>& reset, const std::function<bool()>& check) {
  reset();
  std::chrono::microseconds duration = time_operation(args);
  ASSERT_FALSE(check()) << "the operation run to its end did not leave the new state";
  f.duration = std::chrono::duration_cast<std::chrono::milliseconds>(duration);
  std::chrono::microseconds range = duration * 3 / 2;
  const int kills = kills_per_test();
  while (f.runs < kills || ((f.old_state == 0 || f.new_state == 0) && f.runs < 3 * kills)) {
    reset();
    if (kill_during(args, range)) ++f.killed_mid_operation;
    ++f.runs;
    if (check())
      ++f.old_state;
    else
      ++f.new_state;
    if (::testing::Test::HasFailure()) return;
    if (f.new_state == 0) {
      range = range * 5 / 4;
    } else if (f.old_state == 0) {
      range = range * 4 / 5;
    } else if (f.old_state > 2 * f.new_state) {  // keep both outcomes coming
      range = range * 21 / 20;
    } else if (f.new_state > 2 * f.old_state) {
      range = range * 19 / 20;
    }
  }
}

constexpr int kRebuildRows = 20000;

// item (id, name, qty TEXT) with kRebuildRows rows, an index and a view, in `mode`.
void make_rebuild_template(const std::string& db, sc::JournalMode mode) {
  sc::Engine e = sc::create_engine("sqlite:///" + db);
  sc::Connection c = e.connect();
  ASSERT_EQ(c.pragmas().journal_mode(mode), mode);
  c.exec_driver_sql("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty TEXT)");
  c.exec_driver_sql("CREATE INDEX ix_item_name ON item (name)");
  c.exec_driver_sql(
      "CREATE VIEW item_total AS SELECT sum(CAST(qty AS INTEGER)) AS total FROM item");
  c.exec_driver_sql(
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
      std::to_string(kRebuildRows) +
      ") INSERT INTO item SELECT i, 'item ' || i || ' ' || hex(randomblob(20)), CAST(i % 97 AS "
      "TEXT) FROM n");
}

// The rebuilt database after a kill: true for the old schema, false for the new one; all rows
// there either way.
bool check_rebuild(const std::string& db) {
  sc::Engine e = sc::create_engine("sqlite:///" + db);
  sc::Connection c = e.connect();
  EXPECT_EQ(c.pragmas().integrity_check(), std::vector<std::string>{}) << db;
  EXPECT_EQ(c.pragmas().foreign_key_check().size(), 0U);
  std::vector<std::string> columns;
  // PRAGMA table_info, not pragma_table_info(): SQLCipher's SQLite 3.15 has no pragma
  // table-valued functions. Its rows come in cid order: cid, name, type, notnull ...
  for (const sc::Row& row : c.execute(sc::text("PRAGMA table_info('item')")))
    columns.push_back(row.get<std::string>(1) + ' ' + row.get<std::string>(2) + ' ' +
                      std::to_string(row.get<std::int64_t>(3)));
  const std::vector<std::string> old_columns{"id INTEGER 0", "name TEXT 1", "qty TEXT 0"};
  const std::vector<std::string> new_columns{"id INTEGER 0", "name TEXT 1", "qty INTEGER 1",
                                             "note TEXT 0"};
  bool old_schema = columns == old_columns;
  EXPECT_TRUE(old_schema || columns == new_columns) << ::testing::PrintToString(columns);
  EXPECT_EQ(scalar(c, "SELECT count(*) FROM item"), kRebuildRows);
  EXPECT_EQ(scalar(c, "SELECT sum(id) FROM item"),
            std::int64_t{kRebuildRows} * (kRebuildRows + 1) / 2);
  EXPECT_EQ(scalar(c, "SELECT count(*) FROM item WHERE CAST(qty AS INTEGER) != id % 97"), 0);
  EXPECT_EQ(scalar(c, "SELECT total FROM item_total"), scalar(c, "SELECT sum(id % 97) FROM item"));
  EXPECT_EQ(scalar(c, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'sqlcore_new_%'"), 0);
  EXPECT_EQ(scalar(c, "SELECT count(*) FROM sqlite_master WHERE name = 'ix_item_name'"), 1);
  EXPECT_EQ(scalar(c, "SELECT count(*) FROM sqlite_master WHERE name = 'ix_item_qty'"),
            old_schema ? 0 : 1);
  if (!old_schema) {
    EXPECT_EQ(scalar(c,
                     "SELECT count(*) FROM item WHERE typeof(qty) != 'integer' OR note != "
                     "'none'"),
              0);
  }
  return old_schema;
}

void copy_database(const std::string& from, const std::string& to) {
  remove_with_sidecars(to);
  fs::copy_file(from, to);
}

void print_outcomes(const char* what, const OutcomeFigures& f) {
  std::printf(
      "[ figures  ] %s: %d kills (operation %lld ms), %d killed before it finished, outcome: %d "
      "old, %d new\n",
      what, f.runs, static_cast<long long>(f.duration.count()), f.killed_mid_operation, f.old_state,
      f.new_state);
  ::testing::Test::RecordProperty("kills", f.runs);
  ::testing::Test::RecordProperty("old", f.old_state);
  ::testing::Test::RecordProperty("new", f.new_state);
}

}  // namespace

TEST(CrashDurability, DeleteJournalSynchronousFullKeepsEveryReportedCommit) {
  run_commit_mode("delete", "full");
}

TEST(CrashDurability, DeleteJournalSynchronousNormalKeepsEveryReportedCommit) {
  run_commit_mode("delete", "normal");
}

TEST(CrashDurability, WalSynchronousFullKeepsEveryReportedCommit) {
  run_commit_mode("wal", "full");
}

// synchronous=NORMAL in WAL mode may lose the last commits to a power loss, never to a process
// kill: the WAL is written (not synced) before COMMIT returns, and the OS keeps it.
TEST(CrashDurability, WalSynchronousNormalKeepsEveryReportedCommit) {
  run_commit_mode("wal", "normal");
}

TEST(CrashDurability, KilledDuringSaveAsLeavesTheOldTargetOrTheCompleteCopy) {
  sc::testing::TempDir dir;
  make_save_as_files(dir);
  const std::string source = dir.file("source.db"), target = dir.file("target.db");
  OutcomeFigures f;
  kill_at_random(
      f, {"save_as", source, target}, [&] { copy_database(dir.file("old.db"), target); },
      [&] {
        // A killed save leaves its temporary file; the next save removes it.
        EXPECT_LE(leftover_save_files(dir), 1);
        return check_save_as_target(target);
      });
  print_outcomes("save_as", f);
  EXPECT_GT(f.old_state, 0) << "no kill landed before the copy was renamed into place";
  EXPECT_GT(f.new_state, 0) << "no run left the complete copy";
}

TEST(CrashDurability, KilledDuringRebuildLeavesTheOldSchemaOrTheNewOneWithEveryRow) {
  sc::testing::TempDir dir;
  const char* names[2] = {"rebuild (journal_mode=delete)", "rebuild (journal_mode=wal)"};
  const sc::JournalMode modes[2] = {sc::JournalMode::delete_, sc::JournalMode::wal};
  for (int m = 0; m < 2; ++m) {
    SCOPED_TRACE(names[m]);
    const std::string tmpl = dir.file("template" + std::to_string(m) + ".db");
    const std::string db = dir.file("work" + std::to_string(m) + ".db");
    make_rebuild_template(tmpl, modes[m]);
    OutcomeFigures f;
    kill_at_random(
        f, {"rebuild", db}, [&] { copy_database(tmpl, db); }, [&] { return check_rebuild(db); });
    print_outcomes(names[m], f);
    EXPECT_GT(f.old_state, 0) << "no kill landed before the rebuild committed";
    EXPECT_GT(f.new_state, 0) << "no run left the rebuilt table";
    if (HasFailure()) return;
  }
}
