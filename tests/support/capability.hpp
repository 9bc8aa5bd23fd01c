// Test skips by what the linked SQLite can do (never by build name): SQLCipher 3.4 is SQLite
// 3.15, without upsert, RETURNING, generated columns, STRICT, FTS5 ...
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include <sqlcore/sqlcore.hpp>

namespace sqlcore::testing {

/// Why this SQLite cannot run `ddl` (its error, with the version), or nullopt when it can.
/// Tried on a scratch in-memory database.
inline std::optional<std::string> cannot_create(const std::string& ddl) {
  sqlcore::Engine e = sqlcore::create_engine("sqlite://", {.foreign_keys = false});
  sqlcore::Connection c = e.connect();
  try {
    c.raw().exec(ddl);
  } catch (const sqlcore::OperationalError& err) {
    return "SQLite " + sqlcore::sqlite_dialect().version_text() +
           " cannot: " + err.sqlite_message();
  }
  return std::nullopt;
}

}  // namespace sqlcore::testing

/// Skips the test unless the dialect has `flag` (a Dialect capability member function).
#define SQLCORE_REQUIRE(flag)                                      \
  do {                                                             \
    if (!sqlcore::sqlite_dialect().flag())                         \
      GTEST_SKIP() << "capability " #flag " is missing in SQLite " \
                   << sqlcore::sqlite_dialect().version_text();    \
  } while (0)

namespace sqlcore::testing {

/// Why this library cannot do what API §13 needs (its NotSupportedError), or nullopt when it
/// can: the session extension (changesets), the preupdate hook (commit notifications),
/// sqlite3_serialize (images). SQLCipher's SQLite 3.15 may lack each.
inline std::optional<std::string> lacks_sessions() {
  sqlcore::Engine e = sqlcore::create_engine("sqlite://");
  sqlcore::Connection c = e.connect();
  try {
    sqlcore::ChangeRecorder r(c);
  } catch (const sqlcore::NotSupportedError& err) {
    return err.what();
  }
  return std::nullopt;
}
inline std::optional<std::string> lacks_change_hooks() {
  sqlcore::Engine e = sqlcore::create_engine("sqlite://");
  try {
    e.on_commit_changes([](const sqlcore::CommittedChanges&) {});
  } catch (const sqlcore::NotSupportedError& err) {
    return err.what();
  }
  return std::nullopt;
}
inline std::optional<std::string> lacks_images() {
  sqlcore::Engine e = sqlcore::create_engine("sqlite://");
  sqlcore::Connection c = e.connect();
  try {
    (void)c.serialize();
  } catch (const sqlcore::NotSupportedError& err) {
    return err.what();
  }
  return std::nullopt;
}

}  // namespace sqlcore::testing

/// Skips the test when `lacks` (one of the lacks_* above) names a missing feature.
#define SQLCORE_REQUIRE_FEATURE(lacks)                              \
  do {                                                              \
    if (auto why = sqlcore::testing::lacks()) GTEST_SKIP() << *why; \
  } while (0)
