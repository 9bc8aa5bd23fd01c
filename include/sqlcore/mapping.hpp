// Rows to plain structs and back, by field position (Boost.PFR): Result::all<T>().
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <type_traits>
#include <utility>
#include <vector>

#include <boost/pfr/core.hpp>
#include <boost/pfr/ops.hpp>
#include <boost/pfr/tuple_size.hpp>

#include "sqlcore/connection.hpp"
#include "sqlcore/dialect.hpp"
#include "sqlcore/export.hpp"
#include "sqlcore/result.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore {

namespace detail {

[[noreturn]] SQLCORE_EXPORT void throw_field_count(const Cursor& c, std::size_t fields);
[[noreturn]] SQLCORE_EXPORT void throw_struct_fields_vs_columns(std::size_t fields,
                                                                std::size_t columns);
[[noreturn]] SQLCORE_EXPORT void throw_struct_too_wide(const std::string& table, std::size_t fields,
                                                       std::size_t columns);

/// True for a type a struct field can take from a column: one Row::get<> reads, except
/// std::string_view (it would point into a row that all<T>() has already stepped past).
template <class F>
inline constexpr bool field_readable_v =
    readable<F>::value && !std::is_same_v<F, std::string_view> &&
    !std::is_same_v<F, std::optional<std::string_view>>;

/// True when every field of the aggregate T is a type a field can take (field_readable_v).
template <class T, std::size_t... I>
constexpr bool fields_readable(std::index_sequence<I...>) {
  return (field_readable_v<boost::pfr::tuple_element_t<I, T>> && ...);
}

template <class T>
constexpr void check_row_struct() {
  static_assert(std::is_aggregate_v<T> && !std::is_array_v<T>,
                "all<T>: T must be an aggregate (a struct with public fields and no "
                "user-declared constructors); its fields take the columns by position");
  static_assert(std::is_default_constructible_v<T>, "all<T>: T must be default-constructible");
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

/// Field type F from its column's cell, read once by cursor_read_cells, as read<F> would give
/// it. A cell this does not take (text in a number field, a REAL in an integer field, NULL
/// in a non-optional field, Blob, Decimal, Value) goes through read<F>, which reads the same
/// row again and converts or throws the documented error.
template <class F>
F cell_to(const Cursor& c, int i, const CellView& v) {
  if constexpr (is_optional<F>::value) {
    if (v.type == CellType::null) return std::nullopt;
    return cell_to<typename F::value_type>(c, i, v);
  } else {
    if constexpr (std::is_same_v<F, bool>) {
      if (v.type == CellType::integer) return v.integer != 0;
      if (v.type == CellType::real) return v.real != 0.0;
    } else if constexpr (std::is_integral_v<F>) {
      if (v.type == CellType::integer && std::in_range<F>(v.integer))
        return static_cast<F>(v.integer);
    } else if constexpr (std::is_floating_point_v<F>) {
      if (v.type == CellType::real) return static_cast<F>(v.real);
      if (v.type == CellType::integer) return static_cast<F>(static_cast<double>(v.integer));
    } else if constexpr (std::is_same_v<F, std::string>) {
      if (v.type == CellType::text) return std::string(v.data, v.size);
    } else if constexpr (std::is_same_v<F, Timestamp>) {
      if (v.type == CellType::text) return cell_timestamp(c, i, v.text());
    } else if constexpr (std::is_same_v<F, std::chrono::year_month_day>) {
      if (v.type == CellType::text) return cell_date(c, i, v.text());
    } else if constexpr (std::is_same_v<F, TimeOfDay>) {
      if (v.type == CellType::text) return cell_time(c, i, v.text());
    }
    return read<F>(c, i);
  }
}

template <class T, std::size_t... I>
void cells_to_fields(const Cursor& c, const CellView* cells, T& out, std::index_sequence<I...>) {
  ((boost::pfr::get<I>(out) = cell_to<std::remove_cvref_t<decltype(boost::pfr::get<I>(out))>>(
        c, static_cast<int>(I), cells[I])),
   ...);
}

}  // namespace detail

template <class T>
std::vector<T> Result::all() {
  detail::check_row_struct<T>();
  static_assert(
      !detail::fields_readable<T>(std::make_index_sequence<0>{}) || boost::pfr::tuple_size_v<T> > 0,
      "all<T>: T has no fields");
  constexpr std::size_t n = boost::pfr::tuple_size_v<T>;
  std::vector<T> out;
  if (!returns_rows()) return out;
  if (static_cast<std::size_t>(detail::cursor_column_count(cursor())) != n)
    detail::throw_field_count(cursor(), n);
  if (detail::cursor_converts(cursor())) {  // a user type's result conversion: read<F> each
    while (has_row()) {
      T& row = out.emplace_back();
      detail::read_fields(cursor(), row, std::make_index_sequence<n>{});
      step();
    }
    return out;
  }
  // Each row's cells read in one call, each value once as stored, then converted here.
  detail::CellView cells[n];
  while (has_row()) {
    detail::cursor_read_cells(cursor(), cells, static_cast<int>(n));
    T& row = out.emplace_back();
    detail::cells_to_fields(cursor(), cells, row, std::make_index_sequence<n>{});
    step();
  }
  return out;
}

template <class S>
requires std::is_aggregate_v<S> Result Connection::execute(const Insert& statement,
                                                           const std::vector<S>& rows) {
  constexpr std::size_t n = boost::pfr::tuple_size_v<S>;
  static_assert(n > 0, "execute(insert, std::vector<S>): S has no fields");
  const auto& columns = statement.table().columns();
  std::vector<std::string> names = statement.column_names();
  if (!names.empty()) {
    if (names.size() != n) detail::throw_struct_fields_vs_columns(n, names.size());
  } else {
    if (columns.size() < n)
      detail::throw_struct_too_wide(statement.table().name(), n, columns.size());
    for (std::size_t i = 0; i < n; ++i) names.push_back(columns[i].name());
  }
  std::shared_ptr<const Compiled> compiled = compiled_shape(statement.columns(names));
  return execute_rows(*compiled, rows.size(), [&](std::size_t r, std::vector<Value>& out) {
    out.reserve(n);
    boost::pfr::for_each_field(rows[r], [&](const auto& field) { out.emplace_back(field); });
  });
}

}  // namespace sqlcore
