// The dqlite driver: connections to a dqlite cluster's leader, through the wire protocol.
// SPDX-License-Identifier: MIT
#pragma once

#include "driver/driver.hpp"

namespace sqlcore::detail::dqlite {

/// The driver of `sqlite+dqlite://host:port[,host:port...]/dbname` URLs (find_driver("dqlite")).
/// No native handle, backup, codec, documents or C++ functions (NotSupportedError naming dqlite);
/// a statement takes at most 255 parameters. docs/dqlite.md.
const Driver& dqlite_driver() noexcept;

}  // namespace sqlcore::detail::dqlite
