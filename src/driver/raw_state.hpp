// What every driver keeps beside each connection: its statement cache; and how to open one.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "driver/statement.hpp"

namespace sqlcore::detail {

/// State that belongs to the connection (not to one Connection object).
struct RawState {
  RawState(RawConnection& owner, std::size_t cache_size) : cache(owner, cache_size) {}
  StatementCache cache;
  std::chrono::steady_clock::time_point opened = std::chrono::steady_clock::now();
};

/// How to open a connection.
struct OpenParams {
  std::string filename;  // as passed to sqlite3_open_v2
  int flags = 0;         // SQLITE_OPEN_* flags (driver/open_flags.hpp)
  std::string vfs;       // "" for the default VFS
  std::size_t statement_cache_size = 64;
  /// SQLCipher (sqlite+pysqlcipher URLs): the handle is keyed with `key` before anything
  /// else, then given the cipher pragmas in order (name, value as an SQL literal). Never put
  /// `key` into a message.
  bool encrypted = false;
  std::string key;
  std::vector<std::pair<std::string, std::string>> cipher_pragmas;
};

}  // namespace sqlcore::detail
