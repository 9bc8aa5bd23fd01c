// Tests for the SQLite code → exception class table (src/base/errors.cpp, through the sqlite3
// driver's src/driver/sqlite3/error_map.cpp), checked against <sqlite3.h>'s own constants.
// SPDX-License-Identifier: MIT
#include "driver/sqlite3/error_map.hpp"

#include <sqlite3.h>

#include <gtest/gtest.h>

#include "sqlcore/errors.hpp"

namespace sc = sqlcore;
using sc::detail::ErrorClass;

TEST(ErrorMap, FollowsCPythonForEveryPrimaryCode) {
  struct Case {
    int code;
    ErrorClass cls;
  };
  const Case cases[] = {
      {SQLITE_ERROR, ErrorClass::operational},     {SQLITE_INTERNAL, ErrorClass::internal},
      {SQLITE_PERM, ErrorClass::operational},      {SQLITE_ABORT, ErrorClass::operational},
      {SQLITE_BUSY, ErrorClass::operational},      {SQLITE_LOCKED, ErrorClass::operational},
      {SQLITE_NOMEM, ErrorClass::operational},     {SQLITE_READONLY, ErrorClass::operational},
      {SQLITE_INTERRUPT, ErrorClass::operational}, {SQLITE_IOERR, ErrorClass::operational},
      {SQLITE_CORRUPT, ErrorClass::database},      {SQLITE_NOTFOUND, ErrorClass::internal},
      {SQLITE_FULL, ErrorClass::operational},      {SQLITE_CANTOPEN, ErrorClass::operational},
      {SQLITE_PROTOCOL, ErrorClass::operational},  {SQLITE_EMPTY, ErrorClass::operational},
      {SQLITE_SCHEMA, ErrorClass::operational},    {SQLITE_TOOBIG, ErrorClass::data},
      {SQLITE_CONSTRAINT, ErrorClass::integrity},  {SQLITE_MISMATCH, ErrorClass::integrity},
      {SQLITE_MISUSE, ErrorClass::interface},      {SQLITE_NOLFS, ErrorClass::database},
      {SQLITE_AUTH, ErrorClass::database},         {SQLITE_FORMAT, ErrorClass::database},
      {SQLITE_RANGE, ErrorClass::interface},       {SQLITE_NOTADB, ErrorClass::database},
  };
  for (const auto& c : cases) EXPECT_EQ(sc::detail::error_class_for(c.code), c.cls) << c.code;
  // Extended codes classify by their primary code.
  EXPECT_EQ(sc::detail::error_class_for(SQLITE_CONSTRAINT_FOREIGNKEY), ErrorClass::integrity);
  EXPECT_EQ(sc::detail::error_class_for(SQLITE_IOERR_FSYNC), ErrorClass::operational);
  EXPECT_EQ(sc::detail::error_class_for(SQLITE_BUSY_SNAPSHOT), ErrorClass::operational);
  EXPECT_EQ(sc::detail::error_class_for(SQLITE_CORRUPT | (3 << 8)),
            ErrorClass::database);  // _INDEX
}

template <class E>
void expect_thrown_as(int code) {
  try {
    sc::detail::throw_sqlite_error(code, "message", "SELECT 1");
  } catch (const E& e) {
    EXPECT_EQ(e.sqlite_code(), code);
    EXPECT_EQ(e.sqlite_message(), "message");
    EXPECT_EQ(e.sql(), "SELECT 1");
    return;
  } catch (...) {
  }
  ADD_FAILURE() << "code " << code << " not thrown as expected";
}

TEST(ErrorMap, ThrowsTheMatchingClass) {
  expect_thrown_as<sc::InterfaceError>(SQLITE_RANGE);
  expect_thrown_as<sc::InterfaceError>(SQLITE_MISUSE);
  expect_thrown_as<sc::InternalError>(SQLITE_INTERNAL);
  expect_thrown_as<sc::InternalError>(SQLITE_NOTFOUND);
  expect_thrown_as<sc::DataError>(SQLITE_TOOBIG);
  expect_thrown_as<sc::IntegrityError>(SQLITE_CONSTRAINT_UNIQUE);
  expect_thrown_as<sc::OperationalError>(SQLITE_IOERR_READ);
  expect_thrown_as<sc::DatabaseError>(SQLITE_CORRUPT);
}
