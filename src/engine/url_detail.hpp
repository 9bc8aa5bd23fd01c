// Parsing helpers for URL query values, shared by URL validation and the engine.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace sqlcore::detail {

/// Python's asbool spellings: true/yes/on/y/t/1 and false/no/off/n/f/0, any case.
std::optional<bool> parse_bool(std::string_view v);
/// A non-negative number of seconds ("5", "0.5").
std::optional<double> parse_seconds(std::string_view v);
/// A non-negative decimal integer.
std::optional<long long> parse_nonnegative_int(std::string_view v);

}  // namespace sqlcore::detail
