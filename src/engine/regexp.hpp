// REGEXP through RE2: the regexp() and regexp_replace() SQL functions every connection gets.
// SPDX-License-Identifier: MIT
#pragma once

#include "sqlcore/raw_connection.hpp"

namespace sqlcore::detail {

/// Registers regexp(pattern, value) (SQLite's `value REGEXP pattern`) and
/// regexp_replace(value, pattern, replacement) on `raw`, sharing one small LRU of compiled
/// patterns that belongs to this connection (used by one thread at a time: no lock).
void register_regexp(RawConnection& raw);

}  // namespace sqlcore::detail
