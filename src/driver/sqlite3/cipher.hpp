// SQLCipher's C API (sqlite3_key / sqlite3_rekey), for the layers above the driver.
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

struct sqlite3;

namespace sqlcore::detail {

/// True in the SQLCipher build (sqlcore_sqlcipher), false in the plain one.
bool codec_available() noexcept;

/// Throws NotSupportedError naming `what` and the target to link, in the plain build; does
/// nothing in the SQLCipher build.
void require_codec(std::string_view what);

/// Keys `db` with `passphrase` (sqlite3_key_v2 on "main"): the first thing done with a new
/// handle. The passphrase goes through the C API, never into SQL text, so no error message
/// or statement log can carry it. Throws NotSupportedError in the plain build.
void apply_key(sqlite3* db, std::string_view passphrase);

/// Re-encrypts the database of `db` with `passphrase` (sqlite3_rekey_v2). Throws the
/// DBAPIError for SQLite's code, NotSupportedError in the plain build.
void apply_rekey(sqlite3* db, std::string_view passphrase);

}  // namespace sqlcore::detail
