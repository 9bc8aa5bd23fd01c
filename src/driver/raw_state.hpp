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
  /// How many of its engine's SQL function / collation registrations this connection has
  /// (the engine brings an idle pooled connection up to date at its next checkout).
  std::size_t functions_applied = 0;

  // The statement time limit (OpenParams::statement_timeout): a driver that was given one
  // installs a progress handler that fails the running step once `deadline` has passed and
  // sets `timed_out`. The engine arms the deadline around each step, on the connection's
  // thread (the handler runs inside the step, on that thread: no synchronisation needed).
  static constexpr std::chrono::steady_clock::time_point kNoDeadline =
      std::chrono::steady_clock::time_point::max();
  std::chrono::steady_clock::time_point deadline = kNoDeadline;
  bool timed_out = false;
  void arm(std::chrono::nanoseconds limit) noexcept {
    deadline = std::chrono::steady_clock::now() + limit;
    timed_out = false;
  }
  void disarm() noexcept { deadline = kNoDeadline; }
  /// For the progress handler: true (and `timed_out` set) once the deadline has passed.
  bool past_deadline() noexcept {
    if (deadline == kNoDeadline || std::chrono::steady_clock::now() < deadline) return false;
    timed_out = true;
    return true;
  }
};

/// SQLite VM instructions between two calls of the statement-timeout progress handler (a
/// clock read each): a few microseconds of work, so a timeout is seen well within 1 ms.
inline constexpr int kProgressOps = 1000;

/// How to open a connection.
struct OpenParams {
  std::string filename;  // as passed to sqlite3_open_v2; for dqlite, the database's name
  /// A server driver's members ("host:port"), where it looks for the leader (dqlite).
  std::vector<std::string> addresses;
  /// dqlite: the limit of each socket operation, and of the search for a leader (0: the
  /// driver's defaults, 3 s and 10 s).
  std::chrono::milliseconds io_timeout{0};
  std::chrono::milliseconds leader_timeout{0};
  int flags = 0;    // SQLITE_OPEN_* flags (driver/open_flags.hpp)
  std::string vfs;  // "" for the default VFS
  std::size_t statement_cache_size = 64;
  /// Non-zero: the driver enforces RawState's deadline on each step (see RawState::arm).
  std::chrono::nanoseconds statement_timeout{0};
  /// SQLCipher (sqlite+pysqlcipher URLs): the handle is keyed with `key` before anything
  /// else, then given the cipher pragmas in order (name, value as an SQL literal). Never put
  /// `key` into a message.
  bool encrypted = false;
  std::string key;
  std::vector<std::pair<std::string, std::string>> cipher_pragmas;
};

}  // namespace sqlcore::detail
