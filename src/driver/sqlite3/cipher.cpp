// SQLCipher's key and rekey calls; in the plain build, the refusal.
// SPDX-License-Identifier: MIT
#include "driver/sqlite3/cipher.hpp"

#include <sqlite3.h>

#include "driver/sqlite3/error_map.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

#ifdef SQLCORE_SQLCIPHER

bool codec_available() noexcept { return true; }

void require_codec(std::string_view) {}

void apply_key(sqlite3* db, std::string_view passphrase) {
  int rc = sqlite3_key_v2(db, "main", passphrase.data(), static_cast<int>(passphrase.size()));
  if (rc != SQLITE_OK) throw_sqlite_error(rc, "sqlite3_key failed", "");
}

void apply_rekey(sqlite3* db, std::string_view passphrase) {
  int rc = sqlite3_rekey_v2(db, "main", passphrase.data(), static_cast<int>(passphrase.size()));
  if (rc != SQLITE_OK) throw_sqlite_error(sqlite3_extended_errcode(db), sqlite3_errmsg(db), "");
}

#else

bool codec_available() noexcept { return false; }

void require_codec(std::string_view what) {
  throw NotSupportedError(std::string("(NotSupportedError) ") + std::string(what) +
                              " needs the SQLCipher build of sqlcore: link "
                              "sqlcore::sqlcore_sqlcipher instead of sqlcore::sqlcore",
                          SQLITE_MISUSE, "no SQLCipher", "");
}

void apply_key(sqlite3*, std::string_view) { require_codec("an encryption key"); }

void apply_rekey(sqlite3*, std::string_view) { require_codec("rekey()"); }

#endif

}  // namespace sqlcore::detail
