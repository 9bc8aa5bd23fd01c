// Opening raw SQLite connections.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "driver/raw_state.hpp"
#include "sqlcore/raw_connection.hpp"

namespace sqlcore::detail {

/// Opens a handle with extended result codes on. Throws OperationalError (CANTOPEN ...)
/// naming the file when SQLite cannot open it.
std::unique_ptr<RawConnection> open_raw(const OpenParams& params);

/// The first column of the first row of `sql` as text ("" when there is no row or NULL).
std::string query_text(RawConnection& raw, std::string_view sql);

/// Raw connections open in this process right now (opened minus closed); for tests that
/// check every handle is closed.
long live_raw_connections() noexcept;

}  // namespace sqlcore::detail
