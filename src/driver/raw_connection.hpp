// Helpers over any driver's raw connections.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "sqlcore/raw_connection.hpp"

namespace sqlcore::detail {

/// The first column of the first row of `sql` as text ("" when there is no row or NULL).
std::string query_text(RawConnection& raw, std::string_view sql);

/// Raw connections open in this process right now (opened minus closed); for tests that
/// check every handle is closed.
long live_raw_connections() noexcept;

}  // namespace sqlcore::detail
