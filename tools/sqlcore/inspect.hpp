// `sqlcore inspect`: a database's schema as text for people or as JSON for programs.
// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>

#include <sqlcore/sqlcore.hpp>

namespace sqlcore::tools {

/// Every table (columns, keys, indexes, constraints) and view, aligned for reading.
void inspect_text(Inspector& insp, std::ostream& out);

/// A JSON array with one object per table, keys named as SQLAlchemy's Inspector names them
/// (columns, pk_constraint, foreign_keys, indexes, unique_constraints, check_constraints,
/// table_options), on one line. Text that is not UTF-8 is written with U+FFFD in its place.
void inspect_json(Inspector& insp, std::ostream& out);

}  // namespace sqlcore::tools
