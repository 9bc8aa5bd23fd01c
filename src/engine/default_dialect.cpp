// sqlite_dialect(): the SQLite dialect for the SQLite library sqlcore is linked against.
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/dialect.hpp"
#include "driver/library.hpp"

namespace sqlcore {

// Here, not in the dialect layer: the dialect is SQLite as a language and never asks the
// driver; the engine, which may, gives it the linked library's version (read once).
const Dialect& sqlite_dialect() {
  static const SQLiteDialect dialect(detail::sqlite_library_version());
  return dialect;
}

}  // namespace sqlcore
