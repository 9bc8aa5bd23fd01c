// sqlite_dialect(): the SQLite dialect for the SQLite library sqlcore is linked against.
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/dialect.hpp"
#include "driver/driver.hpp"

namespace sqlcore {

// Here, not in the dialect layer: the dialect is SQLite as a language and never asks the
// driver; the engine, which may, gives it the sqlite3 driver's library version and whether
// the library has the JSON functions (its compile options), read once.
const Dialect& sqlite_dialect() {
  static const SQLiteDialect dialect(detail::sqlite3_driver().sqlite_version(),
                                     detail::sqlite3_driver().capabilities().json);
  return dialect;
}

}  // namespace sqlcore
