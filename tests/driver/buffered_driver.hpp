// A second driver for tests: SQLite through the driver seam's buffered path (no native
// statement, no sqlite3* handed out), as a driver that talks to a server would use it.
// SPDX-License-Identifier: MIT
#pragma once

#include "driver/driver.hpp"

namespace sqlcore::testing {

/// The driver registered as "buffered" (URLs sqlite+buffered://...): every value crosses the
/// seam as a Cell, statements step through the virtual functions, native_handle() and the
/// backup API are refused. Registered on first call.
const detail::Driver& buffered_driver();

/// Rows that have crossed the seam as cells so far (proves a test went through this driver).
long buffered_rows_fetched();

}  // namespace sqlcore::testing
