// Fault injection: each workload runs once to count its I/O calls, then once per call with that
// call failing (SQLite's io-error tests through a VFS, test_vfs.c); after every fault the error
// is the documented class, the connection is usable, and the file reopened with the normal VFS
// holds exactly the transactions sqlcore reported committed, with integrity_check ok.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/db_state.hpp"
#include "support/fault_vfs.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
namespace fs = std::filesystem;
using sc::testing::FaultPlan;
using sc::testing::FaultVfs;
namespace fault_op = sc::testing::fault_op;

namespace {

constexpr int kSqliteIoerr = 10;
constexpr int kSqliteFull = 13;

// The VFS the workloads open their database through (the URL's vfs= key).
FaultVfs& named_vfs() {
  static FaultVfs vfs("sqlcore_fault");
  return vfs;
}

// What one run of a workload works on and reports.
struct FaultRun {
  fs::path dir;
  std::string db;     // the database file
  std::string url;    // the URL that opens it through the VFS under test
  std::string plain;  // "?vfs=<the wrapped VFS>": the same file through the normal VFS
  int committed = 0;  // transactions sqlcore reported committed
  std::function<void()> on_commit;  // the counting run: what the file holds now
  std::optional<sc::Engine> engine;
  std::optional<sc::Connection> conn;

  long notified = 0;  // Engine::on_commit_changes deliveries

  void commit_done() {
    ++committed;
    if (on_commit) on_commit();
  }
  // The engine on `url` (with a commit listener, where the library has the preupdate hook)
  // and a connection.
  sc::Connection& connect() {
    engine.emplace(sc::create_engine(url));
    static const bool hooks = !sc::testing::lacks_change_hooks();
    if (hooks) engine->on_commit_changes([this](const sc::CommittedChanges&) { ++notified; });
    conn.emplace(engine->connect());
    return *conn;
  }
};

// A workload: `setup` makes the files it starts from (through the normal VFS, not counted);
// `body` is the part counted and faulted, calling run.commit_done() after each commit that
// returned; `observe` is what the test compares (default: the database's schema and rows).
struct Workload {
  std::function<void(FaultRun&)> setup;
  std::function<void(FaultRun&)> body;
  std::function<std::string(FaultRun&)> observe;
  // Where the faults go, and the URL the body opens.
  FaultVfs* vfs = nullptr;
  // WAL mode: a COMMIT that fails at the WAL's fsync has its commit frame in the WAL already and
  // may count (docs/engine.md, "When COMMIT fails"), so after a failed COMMIT or RELEASE the file
  // may hold that one transaction more.
  bool wal = false;
};

std::string plain_url(const std::string& path, const FaultVfs& vfs) {
  return "sqlite:///" + path + "?vfs=" + vfs.wrapped_name();
}

// The schema and every row of the file at `path`, read through the normal VFS, and its
// integrity check.
std::string file_state(const std::string& path, const FaultVfs& vfs) {
  // SQLite's open creates an empty file, which is an empty database.
  std::error_code ec;
  if (!fs::exists(path) || fs::file_size(path, ec) == 0) return "<empty database>";
  sc::Engine e = sc::create_engine(plain_url(path, vfs), {.pool = sc::PoolKind::null});
  sc::Connection c = e.connect();
  std::string out = "integrity: " + sc::testing::integrity(c) + "\n";
  for (const auto& line : sc::testing::schema_rows(c)) out += line + "\n";
  out += sc::testing::rows_checksum(c);
  for (const auto& [name, seq] : sc::testing::sequences(c))
    out += name + " seq " + std::to_string(seq) + "\n";
  return out;
}

bool is_fault_code(const sc::DBAPIError& e, int error) { return e.sqlite_primary_code() == error; }

struct Counts {
  long points = 0;   // the calls of the workload, counted with no fault
  long runs = 0;     // fault points run (one run each)
  long errors = 0;   // runs where the workload saw the error (the rest: SQLite absorbed it)
  long durable = 0;  // WAL: failed commits found durable on reopening
  long absorbed_in_body = 0;  // of the absorbed: before the last close (the rest: in it)
};

// Closes the run's connection and engine (the pool's connections with it): in WAL mode the last
// close checkpoints, which is I/O of the workload too.
void close(FaultRun& run) {
  run.conn.reset();
  run.engine.reset();
}

bool failed_at_commit(const std::string& sql) {
  return sql.rfind("COMMIT", 0) == 0 || sql.rfind("RELEASE", 0) == 0;
}

// Fresh files for one run, from the workload's setup (made once, copied for each run).
void prepare(FaultRun& run, const fs::path& dir, const fs::path& templ, FaultVfs& vfs) {
  run.dir = dir;
  run.db = (dir / "db.sqlite").string();
  run.url = vfs.url(run.db);
  run.plain = plain_url(run.db, vfs);
  for (const auto& entry : fs::directory_iterator(templ))
    fs::copy_file(entry.path(), dir / entry.path().filename());
}

// Counts the workload's calls of plan.ops, then runs it once per call with that call failing.
Counts sweep(const Workload& w, FaultPlan plan, const std::string& label) {
  FaultVfs& vfs = *w.vfs;
  vfs.forward_sync(false);
  auto observe = w.observe ? w.observe : [&](FaultRun& r) { return file_state(r.db, vfs); };
  sc::testing::TempDir templ;
  {
    FaultRun setup;
    setup.dir = templ.path();
    setup.db = templ.file("db.sqlite");
    setup.url = vfs.url(setup.db);
    setup.plain = plain_url(setup.db, vfs);
    if (w.setup) w.setup(setup);
  }

  // The counting run: what the files hold after each commit.
  std::vector<std::string> expected;
  std::vector<long> notified{0};  // on_commit_changes deliveries after each commit
  Counts counts;
  {
    sc::testing::TempDir dir;
    FaultRun run;
    prepare(run, dir.path(), templ.path(), vfs);
    expected.push_back(observe(run));
    run.on_commit = [&] {
      expected.push_back(observe(run));
      notified.push_back(run.notified);
    };
    vfs.count(plan.ops);
    w.body(run);
    close(run);
    counts.points = vfs.ops();
    EXPECT_EQ(vfs.open_files(), 0) << label << ": files left open by the counting run";
  }
  EXPECT_GT(counts.points, 0) << label;

  auto failures = [] {
    return ::testing::UnitTest::GetInstance()->current_test_info()->result()->total_part_count();
  };
  const int failures_before = failures();
  for (long n = 1; n <= counts.points; ++n) {
    SCOPED_TRACE(label + ": fault at call " + std::to_string(n));
    sc::testing::TempDir dir;
    FaultRun run;
    prepare(run, dir.path(), templ.path(), vfs);
    plan.fail_at = n;
    vfs.arm(plan);
    std::optional<std::string> error;
    bool at_commit = false;
    bool absorbed_in_body = false;
    try {
      w.body(run);
      absorbed_in_body = vfs.faults() > 0;
      close(run);  // a fault there is absorbed: close() never throws
    } catch (const sc::DBAPIError& e) {
      error = e.what();
      at_commit = failed_at_commit(e.sql());
      EXPECT_TRUE(dynamic_cast<const sc::OperationalError*>(&e) != nullptr) << e.what();
      EXPECT_TRUE(is_fault_code(e, plan.error)) << e.what();
    } catch (const std::exception& e) {
      error = e.what();
      ADD_FAILURE() << "not a DBAPIError: " << e.what();
    }
    vfs.disarm();
    long faults = vfs.faults();
    ++counts.runs;
    if (error) ++counts.errors;
    if (absorbed_in_body) ++counts.absorbed_in_body;
    EXPECT_GT(faults, 0) << "the fault was never reached";
    // SQLite may absorb a fault (a failed read of a page it can do without); then the workload
    // finishes, and must have done all it does.
    if (!error) {
      EXPECT_EQ(run.committed + 1, static_cast<int>(expected.size()));
    }
    // The connection is usable: no transaction left open, a query works, the engine's
    // per-connection settings hold.
    if (run.conn && !run.conn->closed()) {
      EXPECT_FALSE(run.conn->in_transaction()) << error.value_or("");
      try {
        EXPECT_GE(run.conn->exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar<int>(), 0);
        EXPECT_EQ(run.conn->exec_driver_sql("PRAGMA foreign_keys").scalar<int>(), 1);
        // It writes again (a write transaction, rolled back: the file stays as observed).
        sc::Transaction probe = run.conn->begin();
        run.conn->exec_driver_sql("CREATE TABLE fault_probe (x)");
        run.conn->exec_driver_sql("INSERT INTO fault_probe VALUES (zeroblob(9000))");
        probe.rollback();
        // Back in the pool and out again, it still works.
        run.conn.reset();
        sc::Connection again = run.engine->connect();
        EXPECT_FALSE(again.in_transaction());
        EXPECT_GE(again.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar<int>(), 0);
      } catch (const std::exception& e) {
        ADD_FAILURE() << "the connection is not usable after the fault: " << e.what()
                      << "\n(the fault: " << error.value_or("none") << ")";
      }
    }
    close(run);
    EXPECT_EQ(vfs.open_files(), 0) << "files left open";
    // Exactly the commits reported are there.
    if (run.committed >= static_cast<int>(expected.size())) {
      ADD_FAILURE() << run.committed << " commits reported, more than the counting run's";
      break;
    }
    std::string got = observe(run);
    const auto k = static_cast<std::size_t>(run.committed);
    if (w.wal && at_commit && k + 1 < expected.size() && got == expected[k + 1]) {
      ++counts.durable;
    } else {
      EXPECT_EQ(got, expected[k]) << "after " << k << " reported commits; "
                                  << error.value_or("no error");
      // A listener hears of the commits that returned, and of no other.
      EXPECT_EQ(run.notified, notified[k]) << error.value_or("no error");
    }
    if (failures() > failures_before) break;  // one failing fault point tells the story
  }
  std::cout << "[ fault    ] " << label << ": " << counts.runs << " fault points run of "
            << counts.points << " calls counted; " << counts.errors << " raised, "
            << counts.runs - counts.errors << " absorbed (" << counts.absorbed_in_body
            << " before the close, the rest while closing)";
  if (w.wal) std::cout << "; " << counts.durable << " failed commits durable";
  std::cout << "\n";
  EXPECT_EQ(counts.runs, counts.points) << label;
  return counts;
}

// The two sweeps every workload gets: every call failing with SQLITE_IOERR and every call
// after it too (rollbacks fail as well), then every call failing once with SQLITE_FULL.
void sweep_both(const Workload& w, const std::string& name) {
  Counts io = sweep(w, FaultPlan{.ops = fault_op::all, .error = kSqliteIoerr, .persistent = true},
                    name + " (IOERR, persistent)");
  Counts full = sweep(w, FaultPlan{.ops = fault_op::all, .error = kSqliteFull, .persistent = false},
                      name + " (FULL, once)");
  EXPECT_EQ(io.points, full.points);
}

}  // namespace

// ---- the VFS itself --------------------------------------------------------------------------

TEST(FaultInjection, VfsCountsAndFailsTheNthCall) {
  FaultVfs& vfs = named_vfs();
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(vfs.url(dir.file("v.db")));
  sc::Connection conn = engine.connect();
  conn.exec_driver_sql("CREATE TABLE t (x)");
  vfs.count(fault_op::write);
  conn.exec_driver_sql("INSERT INTO t VALUES (1)");
  long writes = vfs.ops();
  EXPECT_GT(writes, 0);
  EXPECT_EQ(vfs.faults(), 0);

  vfs.arm(FaultPlan{.ops = fault_op::write, .fail_at = 1, .error = kSqliteFull});
  try {
    conn.exec_driver_sql("INSERT INTO t VALUES (2)");
    ADD_FAILURE() << "no error";
  } catch (const sc::OperationalError& e) {
    EXPECT_EQ(e.sqlite_primary_code(), kSqliteFull) << e.what();
  }
  EXPECT_EQ(vfs.faults(), 1);
  // Once: the next statement works.
  conn.exec_driver_sql("INSERT INTO t VALUES (3)");
  EXPECT_EQ(vfs.faults(), 1);

  vfs.arm(
      FaultPlan{.ops = fault_op::sync, .fail_at = 1, .error = kSqliteIoerr, .persistent = true});
  try {
    conn.exec_driver_sql("INSERT INTO t VALUES (4)");
    ADD_FAILURE() << "no error";
  } catch (const sc::OperationalError& e) {
    EXPECT_EQ(e.sqlite_code(), 10 | (4 << 8)) << e.what();  // SQLITE_IOERR_FSYNC
  }
  vfs.disarm();
  EXPECT_EQ(conn.exec_driver_sql("SELECT group_concat(x) FROM t").scalar<std::string>(), "1,3");
  conn.close();
  engine.dispose();
  EXPECT_EQ(vfs.open_files(), 0);
}

TEST(FaultInjection, FileUriWithVfsOpensThroughTheVfs) {
  FaultVfs& vfs = named_vfs();
  sc::testing::TempDir dir;
  // SQLAlchemy's form: sqlite:///file:path?vfs=name&uri=true.
  sc::Engine engine =
      sc::create_engine("sqlite:///file:" + dir.file("u.db") + "?vfs=" + vfs.name() + "&uri=true");
  vfs.count(fault_op::all);
  sc::Connection conn = engine.connect();
  conn.exec_driver_sql("CREATE TABLE t (x)");
  EXPECT_GT(vfs.ops(), 0);
  EXPECT_EQ(vfs.open_files(), 1);
  conn.close();
  engine.dispose();
  EXPECT_EQ(vfs.open_files(), 0);
}

// ---- workloads -------------------------------------------------------------------------------

TEST(FaultInjection, CreateAll) {
  Workload w;
  w.vfs = &named_vfs();
  w.body = [](FaultRun& run) {
    sc::MetaData m;
    m.table("author", sc::Column("id", sc::Integer()).primary_key(),
            sc::Column("name", sc::String(100)).nullable(false).unique());
    m.table("book", sc::Column("id", sc::Integer()).primary_key(),
            sc::Column("author_id", sc::Integer()).foreign_key("author.id").index(),
            sc::Column("title", sc::String(200)), sc::Index("ix_book_title", {"title"}));
    m.table("audit", sc::Column("id", sc::Integer()).primary_key(), sc::Column("what", sc::Text()));
    m.view("book_titles", "SELECT title FROM book");
    m.trigger("book_log",
              "CREATE TRIGGER book_log AFTER INSERT ON book BEGIN INSERT INTO audit (what) VALUES "
              "(NEW.title); END");
    sc::Connection& conn = run.connect();
    m.create_all(conn);
    run.commit_done();
  };
  sweep_both(w, "create_all");
}

namespace {

// The journal mode a workload's setup gives the file (kept in the file).
void set_journal_mode(sc::Connection& c, bool wal) {
  if (wal) c.exec_driver_sql("PRAGMA journal_mode = WAL").fetchall();
}

Workload savepoints_workload(bool wal) {
  Workload w;
  w.vfs = &named_vfs();
  w.wal = wal;
  w.setup = [wal](FaultRun& run) {
    sc::Engine e = sc::create_engine(run.plain);
    sc::Connection c = e.connect();
    set_journal_mode(c, wal);
    c.exec_driver_sql("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
  };
  w.body = [](FaultRun& run) {
    sc::Connection& c = run.connect();
    auto put = [&](int id) {
      c.execute(sc::text("INSERT INTO t (id, v) VALUES (:id, :v)"),
                {{"id", id}, {"v", std::string(600, static_cast<char>('a' + id % 26))}});
    };
    {
      sc::Transaction tx = c.begin();
      for (int i = 1; i <= 8; ++i) put(i);
      sc::Transaction sp = c.begin_nested();
      for (int i = 9; i <= 12; ++i) put(i);
      sc::Transaction inner = c.begin_nested();
      put(13);
      c.exec_driver_sql("UPDATE t SET v = 'changed' WHERE id <= 4");
      inner.rollback();  // 13 and the update undone
      sp.commit();
      put(14);
      tx.commit();
      run.commit_done();
    }
    {
      sc::Transaction tx = c.begin();
      c.exec_driver_sql("DELETE FROM t WHERE id % 3 = 0");
      sc::Transaction sp = c.begin_nested();
      put(20);
      sp.rollback();
      sc::Transaction sp2 = c.begin_nested();
      put(21);
      sc::Transaction sp3 = c.begin_nested();
      put(22);
      sp3.commit();
      sp2.commit();
      tx.commit();
      run.commit_done();
    }
    {
      sc::Transaction tx = c.begin();
      put(30);
      tx.rollback();  // never committed
    }
    {
      sc::Transaction tx = c.begin();
      sc::Transaction sp = c.begin_nested();
      c.exec_driver_sql("UPDATE t SET v = 'last' WHERE id = 1");
      tx.commit();  // commits the open savepoint too
      run.commit_done();
    }
  };
  return w;
}

}  // namespace

TEST(FaultInjection, TransactionsWithSavepoints) {
  sweep_both(savepoints_workload(false), "savepoints");
}

TEST(FaultInjection, TransactionsWithSavepointsInWalMode) {
  sweep_both(savepoints_workload(true), "savepoints, WAL");
}

namespace {

Workload executemany_workload(bool wal) {
  Workload w;
  w.vfs = &named_vfs();
  w.wal = wal;
  w.setup = [wal](FaultRun& run) {
    sc::Engine e = sc::create_engine(run.plain);
    sc::Connection c = e.connect();
    set_journal_mode(c, wal);
    c.exec_driver_sql(
        "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER)");
  };
  w.body = [](FaultRun& run) {
    sc::MetaData m;
    sc::Table& item =
        m.table("item", sc::Column("id", sc::Integer()).primary_key(),
                sc::Column("name", sc::Text()).nullable(false), sc::Column("qty", sc::Integer()));
    sc::Connection& c = run.connect();
    std::vector<sc::Params> rows;
    // About 60 bytes a row: 150 rows span a few 4 KiB pages.
    for (int i = 0; i < 150; ++i)
      rows.push_back({{"name", "item-" + std::to_string(i) + std::string(50, 'x')}, {"qty", i}});
    {
      sc::Transaction tx = c.begin();
      c.execute_many(item.insert(), rows);
      tx.commit();
      run.commit_done();
    }
    // No transaction: executemany commits on its own (atomically).
    c.execute_many(item.insert(), rows);
    run.commit_done();
  };
  return w;
}

}  // namespace

TEST(FaultInjection, ExecuteMany) { sweep_both(executemany_workload(false), "executemany"); }

TEST(FaultInjection, ExecuteManyInWalMode) {
  sweep_both(executemany_workload(true), "executemany, WAL");
}

TEST(FaultInjection, Upsert) {
  SQLCORE_REQUIRE(supports_upsert);
  Workload w;
  w.vfs = &named_vfs();
  w.setup = [](FaultRun& run) {
    sc::Engine e = sc::create_engine(run.plain);
    sc::Connection c = e.connect();
    c.exec_driver_sql(
        "CREATE TABLE score (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, points INTEGER)");
    sc::Transaction tx = c.begin();
    for (int i = 0; i < 40; ++i)
      c.execute(sc::text("INSERT INTO score (name, points) VALUES (:n, :p)"),
                {{"n", "player-" + std::to_string(i) + std::string(80, '.')}, {"p", i}});
    tx.commit();
  };
  w.body = [](FaultRun& run) {
    sc::MetaData m;
    sc::Table& score = m.table("score", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("name", sc::Text()).nullable(false).unique(),
                               sc::Column("points", sc::Integer()));
    sc::Connection& c = run.connect();
    sc::Insert up = score.insert().on_conflict_do_update(
        {"name"}, {{"points", score.c("points") + sc::excluded("points")}});
    {
      sc::Transaction tx = c.begin();
      // Half update existing rows, half insert new ones.
      for (int i = 20; i < 60; ++i)
        c.execute(
            up, {{"name", "player-" + std::to_string(i) + std::string(80, '.')}, {"points", 1000}});
      tx.commit();
      run.commit_done();
    }
    c.execute(up, {{"name", "player-0" + std::string(80, '.')}, {"points", 7}});  // autocommit
    run.commit_done();
  };
  sweep_both(w, "upsert");
}

TEST(FaultInjection, MigrationRebuild) {
  Workload w;
  w.vfs = &named_vfs();
  w.setup = [](FaultRun& run) {
    sc::Engine e = sc::create_engine(run.plain);
    sc::Connection c = e.connect();
    c.exec_driver_sql(
        "CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age TEXT, city TEXT)");
    c.exec_driver_sql("CREATE INDEX ix_person_city ON person (city)");
    c.exec_driver_sql(
        "CREATE TABLE pet (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES person (id), "
        "name TEXT)");
    c.exec_driver_sql("CREATE VIEW adults AS SELECT name FROM person WHERE age >= 18");
    sc::Transaction tx = c.begin();
    for (int i = 1; i <= 60; ++i) {
      c.execute(sc::text("INSERT INTO person (id, name, age, city) VALUES (:i, :n, :a, :c)"),
                {{"i", i},
                 {"n", "person-" + std::to_string(i) + std::string(40, '-')},
                 {"a", std::to_string(i % 90)},
                 {"c", "city-" + std::to_string(i % 7)}});
      c.execute(sc::text("INSERT INTO pet (owner_id, name) VALUES (:o, 'rex')"), {{"o", i}});
    }
    tx.commit();
  };
  w.body = [](FaultRun& run) {
    sc::Connection& c = run.connect();
    sc::Operations ops(c);
    // A type change: the 12-step rebuild of lang_altertable.html.
    ops.alter_column("person", "age", sc::AlterColumn{.type = sc::Integer()});
    run.commit_done();
    ops.batch_alter_table("person", [](sc::BatchOperations& b) {
      b.alter_column("city", sc::AlterColumn{.nullable = false, .server_default = "'nowhere'"});
      b.add_column(sc::Column("email", sc::String(100)));
    });
    run.commit_done();
  };
  sweep_both(w, "migration rebuild");
}

namespace {

// save_as: the source holds 30 rows, the target already holds an older file. The target after
// the run is either that old file (save_as failed) or the complete copy.
Workload save_as_workload(FaultVfs& under_test, FaultVfs& named) {
  Workload w;
  w.vfs = &under_test;
  w.setup = [&named](FaultRun& run) {
    {
      sc::Engine e = sc::create_engine(plain_url(run.db, named));
      sc::Connection c = e.connect();
      c.exec_driver_sql("CREATE TABLE doc (id INTEGER PRIMARY KEY, body TEXT)");
      c.exec_driver_sql("CREATE INDEX ix_doc_body ON doc (body)");
      sc::Transaction tx = c.begin();
      for (int i = 0; i < 30; ++i)
        c.execute(sc::text("INSERT INTO doc (body) VALUES (:b)"),
                  {{"b", std::to_string(i) + std::string(300, 'd')}});
      tx.commit();
    }
    sc::Engine old = sc::create_engine(plain_url((run.dir / "target.sqlite").string(), named));
    old.connect().exec_driver_sql("CREATE TABLE old_version (x)");
  };
  w.observe = [&named](FaultRun& run) {
    std::string out = file_state((run.dir / "target.sqlite").string(), named);
    // No temporary of save_as is left beside the target.
    for (const auto& entry : fs::directory_iterator(run.dir))
      if (entry.path().filename().string().find(".sqlcore-save-") != std::string::npos)
        out += "\nleft behind: " + entry.path().filename().string();
    return out;
  };
  return w;
}

}  // namespace

TEST(FaultInjection, SaveAsFaultInTheSource) {
  FaultVfs& named = named_vfs();
  Workload w = save_as_workload(named, named);
  w.body = [](FaultRun& run) {
    sc::Connection& c = run.connect();  // the source, through the fault VFS
    if (run.engine->save_as((run.dir / "target.sqlite").string(),
                            {.backup = {.pages_per_step = 4}}))
      run.commit_done();
    (void)c;
  };
  sweep_both(w, "save_as, source");
}

TEST(FaultInjection, SaveAsFaultInTheTarget) {
  FaultVfs& named = named_vfs();
  // save_as opens its target with the default VFS: make the fault VFS the default for this test.
  FaultVfs target_vfs("sqlcore_fault_default", /*make_default=*/true);
  Workload w = save_as_workload(target_vfs, named);
  w.body = [&named](FaultRun& run) {
    // The source through the normal VFS, named explicitly.
    run.engine.emplace(sc::create_engine(plain_url(run.db, named)));
    run.conn.emplace(run.engine->connect());
    if (run.engine->save_as((run.dir / "target.sqlite").string(),
                            {.backup = {.pages_per_step = 4}}))
      run.commit_done();
  };
  sweep_both(w, "save_as, target");
}
