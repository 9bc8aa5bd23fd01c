// IdentifierPreparer for SQLite: when and how identifiers and literals are quoted.
// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace sqlcore::detail {

/// The words quoted as identifiers, lower case, sorted.
std::span<const std::string_view> reserved_words() noexcept;
bool is_reserved_word(std::string_view word) noexcept;
/// True when `name` must be quoted: reserved, mixed or upper case, a leading digit or '$',
/// or any character but [a-z0-9_$] (spaces, dots, quotes, non-ASCII).
bool requires_quotes(std::string_view name) noexcept;
/// `name` as SQL: as it is, or in double quotes with embedded quotes doubled.
std::string quote_identifier(std::string_view name);

}  // namespace sqlcore::detail
