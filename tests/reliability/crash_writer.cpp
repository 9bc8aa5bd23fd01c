// The child program of the crash durability tests: commits through sqlcore and reports each
// step that returned on stdout, until the parent SIGKILLs it.
// SPDX-License-Identifier: MIT
//
//   crash_writer commit <db> delete|wal full|normal   numbered transactions, forever
//   crash_writer save_as <source> <target>            Engine::save_as, one page per step
//   crash_writer rebuild <db>                         a batch_alter_table rebuild of `item`
//
// Each report is one line written with write(2) on file descriptor 1, so nothing is buffered
// in the process: a line the parent reads was reported before the kill. `commit` writes "n"
// after commit() of transaction n returned; `save_as` and `rebuild` write "start" before the
// operation and "done" after it returned. Only the public API is used.
#include <sqlcore/sqlcore.hpp>

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

namespace sc = sqlcore;

namespace {

void report(const std::string& line) {
  std::string out = line + "\n";
  const char* p = out.data();
  std::size_t left = out.size();
  while (left > 0) {
    ssize_t n = ::write(STDOUT_FILENO, p, left);
    if (n <= 0) ::_exit(3);  // the parent is gone: nothing to report to
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

// The schema (made by the parent, sqlcore's tests/reliability/crash_durability_test.cpp):
//   commits (n PRIMARY KEY, tag TEXT, payload BLOB), an index on tag
//   detail (n, k, v): three rows per commit
//   totals (id = 1, commits, sum_n): updated by every commit
// Transaction n inserts its commits row (a 600-byte payload: a new leaf page every few
// commits), its three detail rows, and updates the totals row, so each commit touches several
// pages of three tables and an index.
int commit_loop(const std::string& db, std::string_view journal, std::string_view sync) {
  sc::Engine engine = sc::create_engine("sqlite:///" + db, {.pool = sc::PoolKind::null});
  sc::Connection conn = engine.connect();
  sc::Pragmas pragmas = conn.pragmas();
  sc::JournalMode mode = journal == "wal" ? sc::JournalMode::wal : sc::JournalMode::delete_;
  if (pragmas.journal_mode(mode) != mode) {
    std::fprintf(stderr, "crash_writer: journal_mode %.*s refused\n",
                 static_cast<int>(journal.size()), journal.data());
    return 2;
  }
  pragmas.set_synchronous(sync == "full" ? sc::Synchronous::full : sc::Synchronous::normal);
  std::int64_t n =
      *conn.execute(sc::text("SELECT coalesce(max(n), 0) FROM commits")).scalar<std::int64_t>();
  for (;;) {
    ++n;
    sc::Transaction tx = conn.begin();
    conn.execute(sc::text("INSERT INTO commits (n, tag, payload) VALUES (:n, hex(randomblob(8)), "
                          "randomblob(600))"),
                 {{"n", n}});
    conn.execute_many(sc::text("INSERT INTO detail (n, k, v) VALUES (:n, :k, :v)"),
                      {{{"n", n}, {"k", 1}, {"v", n * 10 + 1}},
                       {{"n", n}, {"k", 2}, {"v", n * 10 + 2}},
                       {{"n", n}, {"k", 3}, {"v", n * 10 + 3}}});
    conn.execute(sc::text("UPDATE totals SET commits = commits + 1, sum_n = sum_n + :n "
                          "WHERE id = 1"),
                 {{"n", n}});
    tx.commit();
    report(std::to_string(n));
  }
}

int save_as(const std::string& source, const std::string& target) {
  sc::Engine engine = sc::create_engine("sqlite:///" + source);
  report("start");
  engine.save_as(target, {.backup = {.pages_per_step = 1}});
  report("done");
  return 0;
}

// item (id, name, qty TEXT) becomes item (id, name, qty INTEGER NOT NULL DEFAULT 0, note TEXT
// DEFAULT 'none') with an index on qty: one 12-step rebuild.
int rebuild(const std::string& db) {
  sc::Engine engine = sc::create_engine("sqlite:///" + db);
  sc::Connection conn = engine.connect();
  report("start");
  sc::Operations(conn).batch_alter_table("item", [](sc::BatchOperations& b) {
    b.add_column(sc::Column("note", sc::Text()).server_default("none"));
    b.alter_column(
        "qty", sc::AlterColumn{.type = sc::Integer(), .nullable = false, .server_default = "0"});
    b.create_index(sc::Index("ix_item_qty", {"qty"}));
  });
  report("done");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    std::string_view what = argc > 1 ? argv[1] : "";
    if (what == "commit" && argc == 5) return commit_loop(argv[2], argv[3], argv[4]);
    if (what == "save_as" && argc == 4) return save_as(argv[2], argv[3]);
    if (what == "rebuild" && argc == 3) return rebuild(argv[2]);
    std::fprintf(stderr,
                 "usage: crash_writer commit DB delete|wal full|normal | save_as SOURCE TARGET | "
                 "rebuild DB\n");
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "crash_writer: %s\n", e.what());
    return 1;
  }
}
