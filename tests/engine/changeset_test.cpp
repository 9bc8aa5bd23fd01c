// Tests for ChangeRecorder, Changeset and apply_changeset (src/engine/changeset.cpp).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <filesystem>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "support/capability.hpp"
#include "support/db_state.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;
namespace fs = std::filesystem;
using sc::testing::table_rows;

namespace {

const char* kSchema =
    "CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
    "CREATE TABLE books (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES authors(id),"
    " title TEXT, price REAL);"
    "CREATE TABLE reviews (book_id INTEGER NOT NULL REFERENCES books(id), reviewer TEXT NOT NULL,"
    " stars INTEGER, note BLOB, PRIMARY KEY (book_id, reviewer)) WITHOUT ROWID;";

// One random edit in a transaction of its own: an insert, update or delete on one of the three
// tables, keeping every foreign key satisfied (rows are deleted only when nothing refers to them).
void random_edit(sc::Connection& c, std::mt19937& rng) {
  auto pick = [&](const std::string& sql) -> std::optional<std::int64_t> {
    auto ids = c.execute(sc::text(sql)).scalars<std::int64_t>();
    if (ids.empty()) return std::nullopt;
    return ids[std::uniform_int_distribution<std::size_t>(0, ids.size() - 1)(rng)];
  };
  sc::Transaction tx = c.begin();
  int n = static_cast<int>(rng() % 100);
  switch (rng() % 9) {
    case 0:
      c.execute(sc::text("INSERT INTO authors (name) VALUES (:n)"),
                {{"n", "author " + std::to_string(n)}});
      break;
    case 1:
      if (auto a = pick("SELECT id FROM authors"))
        c.execute(sc::text("INSERT INTO books (author_id, title, price) VALUES (:a, :t, :p)"),
                  {{"a", *a}, {"t", "book " + std::to_string(n)}, {"p", n * 1.25}});
      break;
    case 2:
      if (auto b = pick("SELECT id FROM books"))
        c.execute(sc::text("INSERT OR IGNORE INTO reviews VALUES (:b, :r, :s, :note)"),
                  {{"b", *b},
                   {"r", "reader" + std::to_string(n % 7)},
                   {"s", n % 5},
                   {"note", sc::Blob{std::byte{1}, std::byte(n)}}});
      break;
    case 3:
      if (auto a = pick("SELECT id FROM authors"))
        c.execute(sc::text("UPDATE authors SET name = :n WHERE id = :id"),
                  {{"n", "renamed " + std::to_string(n)}, {"id", *a}});
      break;
    case 4:
      if (auto b = pick("SELECT id FROM books"))
        c.execute(sc::text("UPDATE books SET price = :p, title = NULL WHERE id = :id"),
                  {{"p", n / 3.0}, {"id", *b}});
      break;
    case 5:
      c.execute(sc::text("UPDATE reviews SET stars = :s WHERE stars < :s"), {{"s", n % 5}});
      break;
    case 6:
      if (auto a = pick("SELECT id FROM authors WHERE id NOT IN (SELECT author_id FROM books)"))
        c.execute(sc::text("DELETE FROM authors WHERE id = :id"), {{"id", *a}});
      break;
    case 7:
      if (auto b = pick("SELECT id FROM books WHERE id NOT IN (SELECT book_id FROM reviews)"))
        c.execute(sc::text("DELETE FROM books WHERE id = :id"), {{"id", *b}});
      break;
    default:
      if (auto b = pick("SELECT DISTINCT book_id FROM reviews"))
        c.execute(sc::text("DELETE FROM reviews WHERE book_id = :b"), {{"b", *b}});
      break;
  }
  tx.commit();
}

void seed(sc::Connection& c) {
  c.raw().exec(kSchema);
  c.raw().exec(
      "INSERT INTO authors VALUES (1, 'ada'), (2, 'grace');"
      "INSERT INTO books VALUES (1, 1, 'notes', 9.5), (2, 2, 'cobol', 12.0), (3, 1, 'engine', 7);"
      "INSERT INTO reviews VALUES (1, 'bob', 5, NULL), (2, 'bob', 3, x'00ff');");
}

// A file with three rows, a copy of it beside, and the edits of `edit` made on the first
// recorded as a changeset.
struct TwoFiles {
  sc::testing::TempDir dir;
  std::string a = dir.file("a.db"), b = dir.file("b.db");
  TwoFiles() {
    sc::Engine e = sc::create_engine("sqlite:///" + a);
    sc::Connection c = e.connect();
    c.raw().exec(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, title TEXT);"
        "INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three');");
    c.close();
    e.dispose();
    fs::copy_file(a, b);
  }
  sc::Changeset record(const char* edits) {
    sc::Engine e = sc::create_engine("sqlite:///" + a);
    sc::Connection c = e.connect();
    sc::ChangeRecorder rec(c);
    c.raw().exec(edits);
    return rec.changeset();
  }
};

// The edits on a.db: one update that will find different values on b.db (data), one insert of
// a key b.db has already (conflict), one delete of a row b.db has lost (not_found), and one
// update without a conflict.
const char* kEdits =
    "UPDATE t SET title = 'ONE' WHERE id = 1;"
    "INSERT INTO t VALUES (4, 'four');"
    "DELETE FROM t WHERE id = 3;"
    "UPDATE t SET title = 'TWO' WHERE id = 2;";
const char* kLocalEdits =
    "UPDATE t SET title = 'local one' WHERE id = 1;"
    "INSERT INTO t VALUES (4, 'local four');"
    "DELETE FROM t WHERE id = 3;";

std::vector<std::string> titles(sc::Connection& c) {
  return c.execute(sc::text("SELECT id || ':' || title FROM t ORDER BY id")).scalars<std::string>();
}

}  // namespace

TEST(ChangeRecorder, RecordsAnUpdateWithOldAndNewValues) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec(
      "CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, body BLOB);"
      "INSERT INTO docs VALUES (1, 'a', x'01');");
  sc::ChangeRecorder rec(conn);
  conn.execute(sc::text("UPDATE docs SET title = 'b' WHERE id = 1"));
  sc::Changeset cs = rec.changeset();
  ASSERT_FALSE(cs.empty());
  EXPECT_FALSE(cs.is_patchset());
  std::vector<sc::Change> changes = cs.changes();
  ASSERT_EQ(changes.size(), 1u);
  const sc::Change& c = changes[0];
  EXPECT_EQ(c.table, "docs");
  EXPECT_EQ(c.operation, sc::ChangeOperation::update);
  EXPECT_FALSE(c.indirect);
  EXPECT_EQ(c.primary_key, (std::vector<bool>{true, false, false}));
  ASSERT_EQ(c.old_values.size(), 3u);
  EXPECT_EQ(c.old_values[0], sc::Value(1));  // the key is always there
  EXPECT_EQ(c.old_values[1], sc::Value("a"));
  EXPECT_EQ(c.old_values[2], std::nullopt);  // unchanged
  EXPECT_EQ(c.new_values[1], sc::Value("b"));
  EXPECT_EQ(c.new_values[2], std::nullopt);

  sc::apply_changeset(conn, cs.inverted());
  EXPECT_EQ(*conn.execute(sc::text("SELECT title FROM docs")).scalar<std::string>(), "a");
}

TEST(ChangeRecorder, InsertsAndDeletesCarryTheirRows) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec("CREATE TABLE t (k TEXT PRIMARY KEY, v REAL); INSERT INTO t VALUES ('x', 1.5)");
  sc::ChangeRecorder rec(conn);
  conn.raw().exec("INSERT INTO t VALUES ('y', NULL); DELETE FROM t WHERE k = 'x'");
  std::vector<sc::Change> changes = rec.changeset().changes();
  ASSERT_EQ(changes.size(), 2u);
  for (const sc::Change& c : changes) {
    if (c.operation == sc::ChangeOperation::insert) {
      EXPECT_EQ(c.new_values[0], sc::Value("y"));
      EXPECT_EQ(c.new_values[1], sc::Value());  // NULL, present
      EXPECT_EQ(c.old_values[0], std::nullopt);
    } else {
      EXPECT_EQ(c.operation, sc::ChangeOperation::delete_);
      EXPECT_EQ(c.old_values[1], sc::Value(1.5));
      EXPECT_EQ(c.new_values[0], std::nullopt);
    }
  }
}

TEST(ChangeRecorder, RecordsOnlyTheNamedTablesOfTheNamedSchema) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.execute(sc::text("ATTACH DATABASE :f AS aux"), {{"f", dir.file("aux.db")}});
  conn.raw().exec(
      "CREATE TABLE aux.a (id INTEGER PRIMARY KEY); CREATE TABLE aux.b (id INTEGER "
      "PRIMARY KEY); CREATE TABLE main.a (id INTEGER PRIMARY KEY)");
  sc::ChangeRecorder rec(conn, {.schema = "aux", .tables = {"b"}});
  conn.raw().exec(
      "INSERT INTO aux.a VALUES (1); INSERT INTO aux.b VALUES (2);"
      "INSERT INTO main.a VALUES (3)");
  std::vector<sc::Change> changes = rec.changeset().changes();
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].table, "b");
  EXPECT_EQ(changes[0].new_values[0], sc::Value(2));
}

TEST(ChangeRecorder, TableWithoutPrimaryKeyIsNotRecorded) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec("CREATE TABLE nokey (x); CREATE TABLE keyed (id INTEGER PRIMARY KEY)");
  sc::ChangeRecorder rec(conn);
  conn.raw().exec("INSERT INTO nokey VALUES (1); INSERT INTO keyed VALUES (1)");
  std::vector<sc::Change> changes = rec.changeset().changes();
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].table, "keyed");
}

TEST(Changeset, UndoesAndRedoesHundredRandomEdits) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("doc.db"));
  sc::Connection conn = engine.connect();
  seed(conn);
  std::mt19937 rng(20261201);
  std::vector<std::map<std::string, std::vector<std::string>>> states{table_rows(conn)};
  std::vector<sc::Changeset> edits;
  for (int i = 0; i < 100; ++i) {
    sc::ChangeRecorder rec(conn);
    random_edit(conn, rng);
    edits.push_back(sc::Changeset::from_bytes(rec.changeset().bytes()));  // as if stored
    states.push_back(table_rows(conn));
  }
  // The edits did change the document, in all three tables.
  EXPECT_NE(states.front(), states.back());
  int points = 1;
  EXPECT_EQ(table_rows(conn), states[100]);
  for (int i = 99; i >= 0; --i) {  // undo, one by one
    sc::apply_changeset(conn, edits[static_cast<std::size_t>(i)].inverted());
    ASSERT_EQ(table_rows(conn), states[static_cast<std::size_t>(i)]) << "after undoing edit " << i;
    ++points;
  }
  for (int i = 0; i < 100; ++i) {  // redo, one by one
    sc::apply_changeset(conn, edits[static_cast<std::size_t>(i)]);
    ASSERT_EQ(table_rows(conn), states[static_cast<std::size_t>(i) + 1])
        << "after redoing edit " << i;
    ++points;
  }
  EXPECT_EQ(points, 201);
  EXPECT_EQ(sc::testing::foreign_key_violations(conn), std::vector<std::string>{});
  // Every table took part.
  for (const char* t : {"authors", "books", "reviews"}) {
    std::set<std::vector<std::string>> versions;
    for (auto& s : states) versions.insert(s[t]);
    EXPECT_GT(versions.size(), 5u) << t;
  }
}

TEST(Changeset, AppliedToACopyMakesTheCopyEqual) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  TwoFiles files;
  sc::Changeset cs = files.record(kEdits);
  sc::Engine ea = sc::create_engine("sqlite:///" + files.a);
  sc::Engine eb = sc::create_engine("sqlite:///" + files.b);
  sc::Connection a = ea.connect(), b = eb.connect();
  ASSERT_NE(table_rows(a), table_rows(b));
  sc::apply_changeset(b, sc::Changeset::from_bytes(cs.bytes()));
  EXPECT_EQ(table_rows(a), table_rows(b));
  EXPECT_EQ(titles(b), (std::vector<std::string>{"1:ONE", "2:TWO", "4:four"}));
}

TEST(ApplyChangeset, AbortThrowsConflictErrorAndAppliesNothing) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  TwoFiles files;
  sc::Changeset cs = files.record(kEdits);
  sc::Engine eb = sc::create_engine("sqlite:///" + files.b);
  sc::Connection b = eb.connect();
  b.raw().exec(kLocalEdits);
  auto before = table_rows(b);
  try {
    sc::apply_changeset(b, cs);
    FAIL() << "no ConflictError";
  } catch (const sc::ConflictError& e) {
    EXPECT_NE(std::string(e.what()).find("nothing was applied"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("table 't'"), std::string::npos) << e.what();
    ASSERT_EQ(e.conflicts().size(), 1u);
  }
  EXPECT_EQ(table_rows(b), before);
  // Inside a transaction of the caller's, too: the transaction goes on, unchanged.
  sc::Transaction tx = b.begin();
  b.execute(sc::text("UPDATE t SET title = 'in tx' WHERE id = 2"));
  EXPECT_THROW(sc::apply_changeset(b, cs), sc::ConflictError);
  tx.commit();
  EXPECT_EQ(titles(b), (std::vector<std::string>{"1:local one", "2:in tx", "4:local four"}));
}

TEST(ApplyChangeset, OmitSkipsTheConflictingChangesOnly) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  TwoFiles files;
  sc::Changeset cs = files.record(kEdits);
  sc::Engine eb = sc::create_engine("sqlite:///" + files.b);
  sc::Connection b = eb.connect();
  b.raw().exec(kLocalEdits);
  sc::apply_changeset(b, cs, {.on_conflict = sc::ConflictAction::omit});
  // The local values stay where they conflict; the update of row 2 is applied.
  EXPECT_EQ(titles(b), (std::vector<std::string>{"1:local one", "2:TWO", "4:local four"}));
}

TEST(ApplyChangeset, ReplaceLetsTheChangesWin) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  TwoFiles files;
  sc::Changeset cs = files.record(kEdits);
  sc::Engine eb = sc::create_engine("sqlite:///" + files.b);
  sc::Connection b = eb.connect();
  b.raw().exec(kLocalEdits);
  sc::apply_changeset(b, cs, {.on_conflict = sc::ConflictAction::replace});
  // Row 1 and row 4 take the changeset's values; deleting the missing row 3 is omitted.
  EXPECT_EQ(titles(b), (std::vector<std::string>{"1:ONE", "2:TWO", "4:four"}));
}

TEST(ApplyChangeset, CallbackSeesEachConflict) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  TwoFiles files;
  sc::Changeset cs = files.record(kEdits);
  sc::Engine eb = sc::create_engine("sqlite:///" + files.b);
  sc::Connection b = eb.connect();
  b.raw().exec(kLocalEdits);
  std::vector<std::pair<sc::ConflictKind, sc::ChangeOperation>> seen;
  std::vector<sc::Value> conflicting_titles;
  sc::apply_changeset(b, cs, {.on_each_conflict = [&](const sc::Conflict& c) {
                        seen.emplace_back(c.kind, c.change.operation);
                        EXPECT_EQ(c.change.table, "t");
                        if (!c.conflicting.empty()) conflicting_titles.push_back(c.conflicting[1]);
                        // Keep the local row 1, take row 4 from the changeset.
                        return c.kind == sc::ConflictKind::conflict ? sc::ConflictAction::replace
                                                                    : sc::ConflictAction::omit;
                      }});
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(seen, (std::vector<std::pair<sc::ConflictKind, sc::ChangeOperation>>{
                      {sc::ConflictKind::data, sc::ChangeOperation::update},
                      {sc::ConflictKind::not_found, sc::ChangeOperation::delete_},
                      {sc::ConflictKind::conflict, sc::ChangeOperation::insert}}));
  std::sort(conflicting_titles.begin(), conflicting_titles.end(),
            [](const sc::Value& x, const sc::Value& y) { return x.describe() < y.describe(); });
  EXPECT_EQ(conflicting_titles, (std::vector<sc::Value>{"local four", "local one"}));
  EXPECT_EQ(titles(b), (std::vector<std::string>{"1:local one", "2:TWO", "4:four"}));
}

TEST(ApplyChangeset, CallbackExceptionAbortsAndPropagates) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  TwoFiles files;
  sc::Changeset cs = files.record(kEdits);
  sc::Engine eb = sc::create_engine("sqlite:///" + files.b);
  sc::Connection b = eb.connect();
  b.raw().exec(kLocalEdits);
  auto before = table_rows(b);
  EXPECT_THROW(sc::apply_changeset(
                   b, cs, {.on_each_conflict = [](const sc::Conflict&) -> sc::ConflictAction {
                     throw std::runtime_error("no");
                   }}),
               std::runtime_error);
  EXPECT_EQ(table_rows(b), before);
}

TEST(Changeset, FromBadBytesThrowsDatabaseError) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  auto bytes = [](std::string_view s) {
    std::vector<std::byte> out;
    for (char ch : s) out.push_back(static_cast<std::byte>(ch));
    return out;
  };
  EXPECT_THROW(sc::Changeset::from_bytes(bytes("hello, not a changeset")), sc::DatabaseError);
  // A lone 'T' sends SQLite 3.40's own iterator into an endless loop: checked before.
  EXPECT_THROW(sc::Changeset::from_bytes(bytes("T")), sc::DatabaseError);
  EXPECT_THROW(sc::Changeset::from_bytes(bytes("P\x02")), sc::DatabaseError);
  EXPECT_THROW(sc::Changeset::from_bytes(bytes(std::string("T\x01\x01t\0\x12\0\x07", 8))),
               sc::DatabaseError);
  TwoFiles files;
  sc::Changeset cs = files.record(kEdits);
  std::vector<std::byte> b = cs.bytes();
  // Every truncation: an error or (at a change boundary) a shorter changeset, never a crash.
  for (std::size_t n = 1; n < b.size(); ++n) {
    std::span<const std::byte> part(b.data(), n);
    try {
      sc::Changeset::from_bytes(part).changes();
    } catch (const sc::DatabaseError& e) {
      EXPECT_NE(std::string(e.what()).find("not a valid changeset"), std::string::npos) << e.what();
    }
  }
  EXPECT_TRUE(sc::Changeset::from_bytes({}).empty());
}

TEST(Changeset, PatchsetOmitsOldValuesAndCannotBeInverted) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);"
      "INSERT INTO t VALUES (1, 'long old text', 'x'), (2, 'gone', 'y')");
  sc::ChangeRecorder rec(conn);
  conn.raw().exec("UPDATE t SET a = 'new' WHERE id = 1; DELETE FROM t WHERE id = 2");
  sc::Changeset cs = rec.changeset(), ps = rec.patchset();
  EXPECT_TRUE(ps.is_patchset());
  EXPECT_LT(ps.bytes().size(), cs.bytes().size());
  for (const sc::Change& c : ps.changes()) {
    EXPECT_EQ(c.old_values[1], std::nullopt) << "a patchset has no old values but the key";
    EXPECT_TRUE(c.old_values[0].has_value() || c.operation == sc::ChangeOperation::update);
  }
  EXPECT_THROW(ps.inverted(), sc::InvalidRequestError);
  EXPECT_THROW(cs.concat(ps), sc::InvalidRequestError);
  EXPECT_TRUE(sc::Changeset::from_bytes(ps.bytes()).is_patchset());
  // A patchset applies like a changeset.
  sc::apply_changeset(conn, cs.inverted());
  sc::apply_changeset(conn, ps);
  EXPECT_EQ(*conn.execute(sc::text("SELECT group_concat(id || a) FROM t")).scalar<std::string>(),
            "1new");
}

TEST(Changeset, ConcatIsOneChangesetOfBothEdits) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  sc::Engine engine = sc::create_engine("sqlite://");
  sc::Connection conn = engine.connect();
  conn.raw().exec(
      "CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER); INSERT INTO t VALUES (1, 0)");
  auto start = table_rows(conn);
  sc::Changeset first, second;
  {
    sc::ChangeRecorder rec(conn);
    conn.raw().exec("UPDATE t SET v = 1; INSERT INTO t VALUES (2, 2)");
    first = rec.changeset();
  }
  {
    sc::ChangeRecorder rec(conn);
    conn.raw().exec("UPDATE t SET v = v + 10 WHERE id = 1; DELETE FROM t WHERE id = 2");
    second = rec.changeset();
  }
  auto end = table_rows(conn);
  sc::Changeset both = first.concat(second);
  // Row 2, inserted then deleted, is gone from the combined changeset; row 1 appears once.
  std::vector<sc::Change> changes = both.changes();
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].old_values[1], sc::Value(0));
  EXPECT_EQ(changes[0].new_values[1], sc::Value(11));
  sc::apply_changeset(conn, both.inverted());
  EXPECT_EQ(table_rows(conn), start);
  sc::apply_changeset(conn, both);
  EXPECT_EQ(table_rows(conn), end);
  EXPECT_TRUE(sc::Changeset().concat(first).bytes() == first.bytes());
}

TEST(ChangeRecorder, ThrowsOnceItsHandleIsClosed) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  sc::testing::TempDir dir;
  sc::Engine engine = sc::create_engine(dir.url("t.db"), {.pool = sc::PoolKind::null});
  std::optional<sc::ChangeRecorder> rec;
  {
    sc::Connection conn = engine.connect();
    rec.emplace(conn);
  }  // NullPool: the handle is closed here
  EXPECT_THROW(rec->changeset(), sc::InvalidRequestError);
}

TEST(Changeset, FlippedBytesGiveAnErrorOrAChangesetNeverACrash) {
  SQLCORE_REQUIRE_FEATURE(lacks_sessions);
  TwoFiles files;
  std::vector<std::byte> good = files.record(kEdits).bytes();
  sc::Engine scratch = sc::create_engine("sqlite://");
  sc::Connection c = scratch.connect();
  c.raw().exec("CREATE TABLE t (id INTEGER PRIMARY KEY, title TEXT)");
  int errors = 0, parsed = 0;
  for (std::size_t i = 0; i < good.size(); ++i) {
    for (unsigned char v : {0x00, 0x01, 0x05, 0x09, 0x12, 0x17, 0x50, 0x54, 0x7f, 0x80, 0xff}) {
      std::vector<std::byte> bad = good;
      bad[i] = std::byte{v};
      try {
        sc::Changeset cs = sc::Changeset::from_bytes(bad);
        (void)cs.changes();
        (void)cs.inverted();
        sc::Transaction tx = c.begin();
        sc::apply_changeset(c, cs, {.on_conflict = sc::ConflictAction::omit});
        tx.rollback();
        ++parsed;
      } catch (const sc::Error&) {
        ++errors;
      }
    }
  }
  EXPECT_GT(errors, 0);
  EXPECT_GT(parsed, 0);
}
