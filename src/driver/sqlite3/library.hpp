// Facts about the linked SQLite library, for layers that must not include <sqlite3.h>.
// SPDX-License-Identifier: MIT
#pragma once

namespace sqlcore::detail {

/// sqlite3_libversion_number() of the library sqlcore runs on (e.g. 3040001).
int sqlite_library_version() noexcept;
/// Whether the library has the JSON functions: built in from 3.38 unless compiled with
/// SQLITE_OMIT_JSON, before that only with SQLITE_ENABLE_JSON1.
bool sqlite_library_has_json() noexcept;

}  // namespace sqlcore::detail
