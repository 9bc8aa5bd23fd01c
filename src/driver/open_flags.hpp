// SQLITE_OPEN_* flags for layers that must not include <sqlite3.h> (checked against it in
// driver/sqlite3/connection.cpp).
// SPDX-License-Identifier: MIT
#pragma once

namespace sqlcore::detail::open_flag {

inline constexpr int readonly = 0x00000001;
inline constexpr int readwrite = 0x00000002;
inline constexpr int create = 0x00000004;
inline constexpr int uri = 0x00000040;
inline constexpr int nomutex = 0x00008000;
inline constexpr int sharedcache = 0x00020000;
inline constexpr int privatecache = 0x00040000;

}  // namespace sqlcore::detail::open_flag
