// Encrypted databases: SQLCipher's export between encrypted and plaintext files.
// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

#include "sqlcore/connection.hpp"
#include "sqlcore/export.hpp"

namespace sqlcore {

/// True in the SQLCipher build (sqlcore::sqlcore_sqlcipher): sqlite+pysqlcipher URLs,
/// Engine::rekey() and sqlcipher_export() work. False in the plain build, where they raise.
SQLCORE_EXPORT bool sqlcipher_available() noexcept;

/// Writes the whole database of `conn` to the file `dest_path`, encrypted with `dest_key`
/// (plaintext when it is empty), through SQLCipher's `ATTACH ... KEY` and `sqlcipher_export()`:
/// the way from a plaintext database to an encrypted one and back, which the backup API
/// cannot take. When `conn`'s engine has a sqlite+pysqlcipher URL, an encrypted copy gets
/// its cipher settings too (kdf_iter, cipher, cipher_page_size, cipher_use_hmac), so it opens
/// with the same URL but for the key.
///
/// Like Engine::save_as(), the copy is written beside `dest_path` and renamed into place only
/// when complete: an existing file stays intact until then, and a failure leaves nothing.
/// Requires: no transaction open on `conn` (ATTACH cannot run inside one), else
/// InvalidRequestError. Throws NotSupportedError in the plain build (link
/// sqlcore::sqlcore_sqlcipher), ArgumentError for an empty path, OperationalError naming the
/// file when it cannot be written. The key never appears in a message.
SQLCORE_EXPORT void sqlcipher_export(Connection& conn, std::string_view dest_path,
                                     std::string_view dest_key);

}  // namespace sqlcore
