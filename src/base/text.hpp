// Text escaping: SQL string literals, always-quoted identifiers, URL percent-encoding.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sqlcore::detail {

/// `text` between `quote`s, each embedded `quote` doubled: SQL's one escaping rule, for
/// string literals ('it''s') and quoted identifiers ("a""b").
std::string quoted(std::string_view text, char quote);
/// `text` as an SQL string literal: in single quotes, embedded quotes doubled.
inline std::string quote_literal(std::string_view text) { return quoted(text, '\''); }
/// `name` as a double-quoted identifier, whatever it holds (PRAGMA arguments, collations).
inline std::string force_quote(std::string_view name) { return quoted(name, '"'); }

/// Percent-decodes `s` ('+' is a space when `plus_is_space`, as in Python's unquote_plus);
/// nullopt on a '%' not followed by two hex digits.
std::optional<std::string> percent_decode(std::string_view s, bool plus_is_space);
/// Percent-encodes (%XX, upper case) every byte of `s` found in `special` and every control
/// character below 0x20.
std::string percent_encode(std::string_view s, std::string_view special);

}  // namespace sqlcore::detail
