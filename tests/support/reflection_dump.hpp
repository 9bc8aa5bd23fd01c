// A text dump of everything sqlcore reflects about a database, for round-trip comparisons.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <sqlcore/sqlcore.hpp>

namespace sqlcore::testing {

/// Values as the dumps write them: "~" for none, 0/1, comma-joined lists, "\n" escaped.
std::string fmt(const std::optional<std::string>& v);
std::string fmt(const std::string& v);
std::string fmt(bool v);
std::string fmt(const std::vector<std::string>& v);
std::string fmt(const std::optional<bool>& v);

/// Every table's options, columns (declared types, defaults, keys, generated expressions,
/// collations, ON CONFLICT), primary key, foreign keys, indexes (with expressions), unique and
/// check constraints, and the views, in a stable order.
std::string all_fields(Connection& conn);

}  // namespace sqlcore::testing
