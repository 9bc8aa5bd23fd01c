// SQLCipher's C API (sqlite3_key / sqlite3_rekey), for the layers above the driver.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

struct sqlite3;

namespace sqlcore::detail {

/// True in the SQLCipher build (sqlcore_sqlcipher), false in the plain one.
bool codec_available() noexcept;

/// Keys `db` with `passphrase` (sqlite3_key_v2 on "main"): the first thing done with a new
/// handle. The passphrase goes through the C API, never into SQL text, so no error message
/// or statement log can carry it. Throws NotSupportedError in the plain build.
void apply_key(sqlite3* db, std::string_view passphrase);

/// Re-encrypts the database of `db` with `passphrase` (sqlite3_rekey_v2). Throws the
/// DBAPIError for SQLite's code, NotSupportedError in the plain build.
void apply_rekey(sqlite3* db, std::string_view passphrase);

/// `value` as an SQL string literal: in single quotes, each quote doubled.
inline std::string sql_string(std::string_view value) {
  std::string out = "'";
  for (char c : value) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

}  // namespace sqlcore::detail
