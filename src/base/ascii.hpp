// ASCII case folding and trimming: SQLite folds keywords and identifiers in ASCII only.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace sqlcore::detail {

constexpr char ascii_lower(char c) noexcept {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr char ascii_upper(char c) noexcept {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}
/// `s` with A-Z (a-z) folded; every other byte, UTF-8 included, as it is.
std::string ascii_lower(std::string_view s);
std::string ascii_upper(std::string_view s);
/// True when `a` and `b` are equal but for ASCII case (how SQLite compares names).
bool iequals(std::string_view a, std::string_view b) noexcept;
/// True when `s` starts with `prefix`, ASCII case ignored.
bool istarts_with(std::string_view s, std::string_view prefix) noexcept;
/// `s` without white space around it, nor any of `also` at its end (e.g. ";").
std::string trim_sql(std::string_view s, std::string_view also = "");

}  // namespace sqlcore::detail
