// Facts about the linked SQLite library, for layers that must not include <sqlite3.h>.
// SPDX-License-Identifier: MIT
#pragma once

namespace sqlcore::detail {

/// sqlite3_libversion_number() of the library sqlcore runs on (e.g. 3040001).
int sqlite_library_version() noexcept;

}  // namespace sqlcore::detail
