// Parameters to bound values: matching names to a statement's binds, converting values through
// their types, binding them through the driver.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "driver/driver.hpp"
#include "sqlcore/connection.hpp"

namespace sqlcore::detail {

/// The value SQLite stores for `v`: through `type` when one is given, else the default
/// storage of its C++ type. Throws ValueError naming `name` for a value the type refuses.
Value to_storage(const Value& v, const Type* type, std::string_view name);
/// Binds a stored value (one of the five storage kinds). `transient`: the driver copies text
/// and blobs; otherwise `v` must outlive the step.
void bind_stored(Statement& st, int index, const Value& v, bool transient = true);
/// The type `types` gives `name`, or nullptr.
const Type* find_type(const TypeMap& types, std::string_view name);
/// For each of the statement's binds, the index of its value in `params`. Throws
/// ArgumentError, before anything is bound, for a parameter the statement lacks, a bind
/// without a value, or a positional '?' bind.
std::vector<std::size_t> match_params(const Statement& st, const Params& params);
/// The stored values for the statement's binds, in bind order (`where` from match_params).
std::vector<Value> convert_params(const Statement& st, const Params& params,
                                  const std::vector<std::size_t>& where, const TypeMap& types);
/// Binds values[i] to bind i + 1.
void bind_all(Statement& st, const std::vector<Value>& values);

}  // namespace sqlcore::detail
