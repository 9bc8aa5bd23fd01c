// Helpers over any driver's raw connections.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "sqlcore/raw_connection.hpp"

namespace sqlcore::detail {

/// The first column of the first row of `sql` as text ("" when there is no row or NULL).
/// `sql` must be one statement (ProgrammingError otherwise).
std::string query_text(RawConnection& raw, std::string_view sql);
/// Runs `sql`, which must be exactly one statement, to its end: unlike RawConnection::exec
/// (sqlite3_exec, several ';'-separated statements), text built from user-supplied names or
/// values can never run a second statement here. Throws ProgrammingError for more than one
/// statement, the DBAPIError for SQLite's code.
void exec_one(RawConnection& raw, std::string_view sql);

/// Raw connections open in this process right now (opened minus closed); for tests that
/// check every handle is closed.
long live_raw_connections() noexcept;

}  // namespace sqlcore::detail
