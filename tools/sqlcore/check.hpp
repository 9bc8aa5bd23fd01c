// `sqlcore check`: PRAGMA integrity_check and foreign_key_check of a database.
// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <string>

namespace sqlcore::tools {

/// Writes every problem integrity_check and foreign_key_check find, one a line, or "ok";
/// returns false when there are problems.
bool run_check(const std::string& db, std::ostream& out);

}  // namespace sqlcore::tools
