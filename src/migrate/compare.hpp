// The comparison behind sc::compare, on two MetaData (the live one reflected), for the planner.
// SPDX-License-Identifier: MIT
#pragma once

#include "sqlcore/migrate.hpp"

namespace sqlcore::detail {

/// The changes that make `live` (reflected from the database) into `target`.
SchemaDiff diff_metadata(const MetaData& live, const MetaData& target,
                         const CompareOptions& options);

}  // namespace sqlcore::detail
