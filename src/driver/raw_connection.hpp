// Opening raw SQLite connections.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "driver/raw_state.hpp"
#include "sqlcore/connection.hpp"

namespace sqlcore::detail {

/// Opens a handle with extended result codes on. Throws OperationalError (CANTOPEN ...)
/// naming the file when SQLite cannot open it.
std::unique_ptr<RawConnection> open_raw(const OpenParams& params);

}  // namespace sqlcore::detail
