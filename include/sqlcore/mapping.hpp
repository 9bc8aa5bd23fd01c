// Rows to plain structs and back, by field position (Boost.PFR): Result::all<T>().
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/pfr/core.hpp>
#include <boost/pfr/tuple_size.hpp>

#include "sqlcore/export.hpp"
#include "sqlcore/result.hpp"

namespace sqlcore {

namespace detail {

[[noreturn]] SQLCORE_EXPORT void throw_field_count(const Cursor& c, std::size_t fields);

/// True when every field of the aggregate T is a type Row::get<> reads.
template <class T, std::size_t... I>
constexpr bool fields_readable(std::index_sequence<I...>) {
  return (readable<boost::pfr::tuple_element_t<I, T>>::value && ...);
}

template <class T>
constexpr void check_row_struct() {
  static_assert(std::is_aggregate_v<T> && !std::is_array_v<T>,
                "all<T>: T must be an aggregate (a struct with public fields and no "
                "user-declared constructors); its fields take the columns by position");
  static_assert(std::is_default_constructible_v<T>,
                "all<T>: T must be default-constructible");
  static_assert(fields_readable<T>(std::make_index_sequence<boost::pfr::tuple_size_v<T>>{}),
                "all<T>: every field of T must be a type Row::get<> reads: an arithmetic "
                "type, std::string, sqlcore::Blob, sqlcore::Timestamp, "
                "std::chrono::year_month_day, sqlcore::TimeOfDay, sqlcore::Decimal, "
                "sqlcore::Value, or std::optional of one (std::string_view is not allowed: "
                "it would dangle)");
}

template <class T, std::size_t... I>
void read_fields(const Cursor& c, T& out, std::index_sequence<I...>) {
  ((boost::pfr::get<I>(out) =
        read<std::remove_cvref_t<decltype(boost::pfr::get<I>(out))>>(c, static_cast<int>(I))),
   ...);
}

}  // namespace detail

template <class T>
std::vector<T> Result::all() {
  detail::check_row_struct<T>();
  static_assert(!detail::fields_readable<T>(std::make_index_sequence<0>{}) ||
                    boost::pfr::tuple_size_v<T> > 0,
                "all<T>: T has no fields");
  constexpr std::size_t n = boost::pfr::tuple_size_v<T>;
  std::vector<T> out;
  if (!returns_rows()) return out;
  if (static_cast<std::size_t>(detail::cursor_column_count(cursor())) != n)
    detail::throw_field_count(cursor(), n);
  while (has_row()) {
    T& row = out.emplace_back();
    detail::read_fields(cursor(), row, std::make_index_sequence<n>{});
    step();
  }
  return out;
}

}  // namespace sqlcore
