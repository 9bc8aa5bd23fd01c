// SQLCipher's key and rekey calls; in the plain build, the refusal.
// SPDX-License-Identifier: MIT
#include "driver/cipher.hpp"

#include <sqlite3.h>

#include "driver/error_map.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

#ifdef SQLCORE_SQLCIPHER

bool codec_available() noexcept { return true; }

void apply_key(sqlite3* db, std::string_view passphrase) {
  int rc = sqlite3_key_v2(db, "main", passphrase.data(), static_cast<int>(passphrase.size()));
  if (rc != SQLITE_OK) throw_sqlite_error(rc, "sqlite3_key failed", "");
}

void apply_rekey(sqlite3* db, std::string_view passphrase) {
  int rc = sqlite3_rekey_v2(db, "main", passphrase.data(), static_cast<int>(passphrase.size()));
  if (rc != SQLITE_OK) throw_sqlite_error(sqlite3_extended_errcode(db), sqlite3_errmsg(db), "");
}

#else

namespace {

[[noreturn]] void not_supported(const char* what) {
  throw NotSupportedError(std::string("(NotSupportedError) ") + what +
                              " needs the SQLCipher build of sqlcore: link "
                              "sqlcore::sqlcore_sqlcipher instead of sqlcore::sqlcore",
                          SQLITE_MISUSE, "no SQLCipher", "");
}

}  // namespace

bool codec_available() noexcept { return false; }

void apply_key(sqlite3*, std::string_view) { not_supported("an encryption key"); }

void apply_rekey(sqlite3*, std::string_view) { not_supported("rekey()"); }

#endif

}  // namespace sqlcore::detail
