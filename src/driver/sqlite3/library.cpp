// Facts about the linked SQLite library.
// SPDX-License-Identifier: MIT
#include "driver/sqlite3/library.hpp"

#include <sqlite3.h>

namespace sqlcore::detail {

int sqlite_library_version() noexcept { return sqlite3_libversion_number(); }

}  // namespace sqlcore::detail
