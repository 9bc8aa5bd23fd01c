// SQLite result codes from a sqlite3 handle → sqlcore exceptions.
// SPDX-License-Identifier: MIT
#include "driver/error_map.hpp"

#include <sqlite3.h>

namespace sqlcore::detail {

void throw_sqlite_error(int code, std::string message, std::string_view sql) {
  throw_database_error(code, std::move(message), sql, sqlite3_errstr(code));
}

void throw_sqlite_error(sqlite3* db, int rc, std::string_view sql) {
  // With extended result codes on, rc is already extended; prefer the handle's extended
  // code when rc is only a primary one (e.g. from sqlite3_exec).
  int code = rc;
  std::string message;
  if (db != nullptr) {
    int ext = sqlite3_extended_errcode(db);
    if ((ext & 0xff) == (rc & 0xff)) code = ext;
    message = sqlite3_errmsg(db);
  } else {
    message = sqlite3_errstr(rc);
  }
  throw_sqlite_error(code, std::move(message), sql);
}

void check(sqlite3* db, int rc, std::string_view sql) {
  if (rc != SQLITE_OK) throw_sqlite_error(db, rc, sql);
}

}  // namespace sqlcore::detail
