// Facts about the linked SQLite library.
// SPDX-License-Identifier: MIT
#include "driver/sqlite3/library.hpp"

#include <sqlite3.h>

namespace sqlcore::detail {

int sqlite_library_version() noexcept { return sqlite3_libversion_number(); }

// The compile options the library was built with (sqlite3_compileoption_used, which takes
// the name without its SQLITE_ prefix): no database needed.
bool sqlite_library_has_json() noexcept {
  if (sqlite3_libversion_number() >= 3038000) return sqlite3_compileoption_used("OMIT_JSON") == 0;
  return sqlite3_compileoption_used("ENABLE_JSON1") != 0;
}

}  // namespace sqlcore::detail
