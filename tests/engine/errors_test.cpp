// Each exception class is raised for its SQLite code, on real databases (API §8).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <sqlite3.h>

#include <fstream>

#include <gtest/gtest.h>

#include "support/expect.hpp"
#include "support/temp_dir.hpp"

namespace sc = sqlcore;

namespace {

struct Errors : ::testing::Test {
  Errors() : engine(sc::create_engine(dir.url("e.db"))), conn(engine.connect()) {
    conn.execute(
        sc::text("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, "
                 "n INTEGER CHECK (n >= 0))"));
    conn.execute(sc::text("INSERT INTO t (id, name, n) VALUES (1, 'a', 1)"));
  }
  sc::testing::TempDir dir;
  sc::Engine engine;
  sc::Connection conn;
};

template <class E>
E catch_it(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const E& e) {
    return e;
  }
  throw std::runtime_error("expected exception was not thrown");
}

}  // namespace

TEST_F(Errors, ConstraintViolationsAreIntegrityErrors) {
  auto unique = catch_it<sc::IntegrityError>(
      [&] { conn.execute(sc::text("INSERT INTO t (name) VALUES ('a')")); });
  EXPECT_EQ(unique.sqlite_code(), SQLITE_CONSTRAINT_UNIQUE);
  EXPECT_EQ(unique.sqlite_message(), "UNIQUE constraint failed: t.name");
  EXPECT_EQ(unique.sql(), "INSERT INTO t (name) VALUES ('a')");
  EXPECT_STREQ(
      unique.what(),
      "(IntegrityError) UNIQUE constraint failed: t.name [SQL: INSERT INTO t (name) VALUES "
      "('a')] (sqlite code 2067: constraint failed)");
  EXPECT_EQ(catch_it<sc::IntegrityError>([&] {
              conn.execute(sc::text("INSERT INTO t (name) VALUES (NULL)"));
            }).sqlite_code(),
            SQLITE_CONSTRAINT_NOTNULL);
  EXPECT_EQ(catch_it<sc::IntegrityError>([&] {
              conn.execute(sc::text("INSERT INTO t (name, n) VALUES ('b', -1)"));
            }).sqlite_code(),
            SQLITE_CONSTRAINT_CHECK);
  EXPECT_EQ(catch_it<sc::IntegrityError>([&] {
              conn.execute(sc::text("INSERT INTO t (id, name) VALUES (1, 'c')"));
            }).sqlite_code(),
            SQLITE_CONSTRAINT_PRIMARYKEY);
  // SQLITE_MISMATCH: a non-integer into an INTEGER PRIMARY KEY.
  EXPECT_EQ(catch_it<sc::IntegrityError>([&] {
              conn.execute(sc::text("INSERT INTO t (id, name) VALUES ('x', 'd')"));
            }).sqlite_primary_code(),
            SQLITE_MISMATCH);
}

TEST_F(Errors, SyntaxAndSchemaErrorsAreOperationalErrors) {
  auto e = catch_it<sc::OperationalError>([&] { conn.execute(sc::text("SELEC 1")); });
  EXPECT_EQ(e.sqlite_code(), SQLITE_ERROR);
  EXPECT_EQ(e.sql(), "SELEC 1");
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT * FROM missing")), sc::OperationalError,
                   "no such table: missing");
}

TEST_F(Errors, BusyIsAnOperationalError) {
  sc::Transaction tx = conn.begin(sc::BeginMode::exclusive);
  sc::Engine other =
      sc::create_engine(dir.url("e.db"), {.busy_timeout = std::chrono::milliseconds(0)});
  auto e = catch_it<sc::OperationalError>([&] {
    sc::Connection c2 = other.connect();
    c2.execute(sc::text("SELECT * FROM t"));
  });
  EXPECT_EQ(e.sqlite_primary_code(), SQLITE_BUSY);
}

TEST_F(Errors, ReadonlyIsAnOperationalError) {
  sc::Engine ro = sc::create_engine(dir.url("e.db") + "?mode=ro");
  sc::Connection c = ro.connect();
  EXPECT_EQ(c.execute(sc::text("SELECT count(*) FROM t")).scalar<std::int64_t>(), 1);
  auto e = catch_it<sc::OperationalError>([&] { c.execute(sc::text("DELETE FROM t")); });
  EXPECT_EQ(e.sqlite_primary_code(), SQLITE_READONLY);
}

TEST_F(Errors, CantOpenIsAnOperationalErrorNamingTheFile) {
  std::string missing = dir.file("no/such/dir/x.db");
  sc::Engine bad = sc::create_engine("sqlite:///" + missing);
  auto e = catch_it<sc::OperationalError>([&] { bad.connect(); });
  EXPECT_EQ(e.sqlite_primary_code(), SQLITE_CANTOPEN);
  EXPECT_NE(std::string(e.what()).find(missing), std::string::npos) << e.what();
  sc::Engine rw_missing = sc::create_engine(dir.url("absent.db") + "?mode=rw");
  EXPECT_THROW(rw_missing.connect(), sc::OperationalError);
  EXPECT_FALSE(std::filesystem::exists(dir.file("absent.db")));  // nothing created
}

TEST_F(Errors, NotADatabaseFailsAtConnect) {
  {
    std::ofstream f(dir.file("text.db"));
    f << "this is a plain text file, long enough to hold a fake header and then some more\n";
  }
  sc::Engine e = sc::create_engine(dir.url("text.db"));
  try {
    e.connect();
    ADD_FAILURE() << "connect succeeded";
  } catch (const sc::DatabaseError& err) {
    EXPECT_EQ(err.sqlite_code(), SQLITE_NOTADB);
    EXPECT_NE(std::string(err.what()).find("text.db"), std::string::npos) << err.what();
    EXPECT_NE(std::string(err.what()).find("is not a database"), std::string::npos);
    // DatabaseError itself, not a subclass, as in CPython.
    EXPECT_EQ(typeid(err), typeid(sc::DatabaseError));
  }
}

TEST_F(Errors, TooBigIsADataError) {
  sqlite3_limit(conn.native_handle(), SQLITE_LIMIT_LENGTH, 100);
  auto e = catch_it<sc::DataError>([&] {
    conn.execute(sc::text("INSERT INTO t (name) VALUES (:s)"), {{"s", std::string(1000, 'x')}});
  });
  EXPECT_EQ(e.sqlite_primary_code(), SQLITE_TOOBIG);
}

TEST_F(Errors, MoreThanOneStatementIsAProgrammingError) {
  EXPECT_THROW_MSG(conn.execute(sc::text("SELECT 1; SELECT 2")), sc::ProgrammingError,
                   "You can only execute one statement at a time.");
  conn.execute(sc::text("SELECT 1; -- trailing comment only\n"));
}

TEST_F(Errors, HierarchyLetsCallersCatchBroadly) {
  try {
    conn.execute(sc::text("INSERT INTO t (name) VALUES ('a')"));
  } catch (const sc::DatabaseError& e) {
    EXPECT_NE(dynamic_cast<const sc::IntegrityError*>(&e), nullptr);
  }
  try {
    conn.execute(sc::text("INSERT INTO t (name) VALUES ('a')"));
  } catch (const sc::Error& e) {
    EXPECT_NE(dynamic_cast<const sc::DBAPIError*>(&e), nullptr);
  }
}
