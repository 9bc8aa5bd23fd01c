// Result and Row: the rows a statement returns, read as typed C++ values.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <concepts>
#include <cstdint>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "sqlcore/detail/cell_view.hpp"
#include "sqlcore/export.hpp"
#include "sqlcore/types.hpp"
#include "sqlcore/value.hpp"

namespace sqlcore {

namespace detail {
struct Cursor;

SQLCORE_EXPORT int cursor_column_count(const Cursor& c) noexcept;
SQLCORE_EXPORT const std::vector<std::string>& cursor_keys(const Cursor& c) noexcept;
SQLCORE_EXPORT int cursor_index_of(const Cursor& c, std::string_view name);
void cursor_check_index(const Cursor& c, int i);  // the library's own (not exported)
SQLCORE_EXPORT bool read_is_null(const Cursor& c, int i);
SQLCORE_EXPORT std::int64_t read_int64(const Cursor& c, int i);
SQLCORE_EXPORT double read_double(const Cursor& c, int i);
SQLCORE_EXPORT bool read_bool(const Cursor& c, int i);
SQLCORE_EXPORT std::string read_string(const Cursor& c, int i);
SQLCORE_EXPORT std::string_view read_string_view(const Cursor& c, int i);
SQLCORE_EXPORT Blob read_blob(const Cursor& c, int i);
SQLCORE_EXPORT Timestamp read_timestamp(const Cursor& c, int i);
SQLCORE_EXPORT std::chrono::year_month_day read_date(const Cursor& c, int i);
SQLCORE_EXPORT TimeOfDay read_time(const Cursor& c, int i);
SQLCORE_EXPORT Decimal read_decimal(const Cursor& c, int i);
SQLCORE_EXPORT Value read_value(const Cursor& c, int i);
// Result::all<T>()'s row reads (mapping.hpp): the current row's first n cells, each read
// once as stored (n is the column count, there is a row); whether any column has a user
// type's result conversion (then every value goes through read<T>); a date or time column's
// stored text parsed as the column's type parses it (the column's read<T> error when it
// does not parse).
SQLCORE_EXPORT void cursor_read_cells(const Cursor& c, CellView* out, int n) noexcept;
SQLCORE_EXPORT bool cursor_converts(const Cursor& c) noexcept;
SQLCORE_EXPORT Timestamp cell_timestamp(const Cursor& c, int i, std::string_view text);
SQLCORE_EXPORT std::chrono::year_month_day cell_date(const Cursor& c, int i, std::string_view text);
SQLCORE_EXPORT TimeOfDay cell_time(const Cursor& c, int i, std::string_view text);
[[noreturn]] void throw_null(const Cursor& c, int i, const char* cpp_type);  // not exported
[[noreturn]] SQLCORE_EXPORT void throw_out_of_range(const Cursor& c, int i, std::int64_t v,
                                                    const char* cpp_type);

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
inline constexpr bool dependent_false = false;

/// True for the C++ types a column can be read as (what Row::get<T> accepts).
template <class T>
inline constexpr bool is_readable_v =
    std::is_arithmetic_v<T> || std::is_same_v<T, std::string> ||
    std::is_same_v<T, std::string_view> || std::is_same_v<T, Blob> ||
    std::is_same_v<T, Timestamp> || std::is_same_v<T, std::chrono::year_month_day> ||
    std::is_same_v<T, TimeOfDay> || std::is_same_v<T, Decimal> || std::is_same_v<T, Value>;

template <class T>
struct readable : std::bool_constant<is_readable_v<T>> {};
template <class T>
struct readable<std::optional<T>> : std::bool_constant<is_readable_v<T>> {};

template <class T>
T read(const Cursor& c, int i) {
  if constexpr (is_optional<T>::value) {
    if (read_is_null(c, i)) return std::nullopt;
    return read<typename T::value_type>(c, i);
  } else if constexpr (std::is_same_v<T, Value>) {
    return read_value(c, i);
  } else {
    // NULL is found (and refused) by the reader itself: no second sqlite3_column_type.
    if constexpr (std::is_same_v<T, bool>) {
      return read_bool(c, i);
    } else if constexpr (std::is_integral_v<T>) {
      std::int64_t v = read_int64(c, i);
      if constexpr (!std::is_same_v<T, std::int64_t>) {
        if (std::cmp_less(v, std::numeric_limits<T>::min()) ||
            std::cmp_greater(v, std::numeric_limits<T>::max()))
          throw_out_of_range(c, i, v, "the requested integer type");
      }
      return static_cast<T>(v);
    } else if constexpr (std::is_floating_point_v<T>) {
      return static_cast<T>(read_double(c, i));
    } else if constexpr (std::is_same_v<T, std::string>) {
      return read_string(c, i);
    } else if constexpr (std::is_same_v<T, std::string_view>) {
      return read_string_view(c, i);
    } else if constexpr (std::is_same_v<T, Blob>) {
      return read_blob(c, i);
    } else if constexpr (std::is_same_v<T, Timestamp>) {
      return read_timestamp(c, i);
    } else if constexpr (std::is_same_v<T, std::chrono::year_month_day>) {
      return read_date(c, i);
    } else if constexpr (std::is_same_v<T, TimeOfDay>) {
      return read_time(c, i);
    } else if constexpr (std::is_same_v<T, Decimal>) {
      return read_decimal(c, i);
    } else {
      static_assert(
          dependent_false<T>,
          "Row::get<T>: T must be an arithmetic type, std::string, std::string_view, "
          "sqlcore::Blob, sqlcore::Timestamp, std::chrono::year_month_day, "
          "sqlcore::TimeOfDay, sqlcore::Decimal, sqlcore::Value, or std::optional of one");
    }
  }
}
}  // namespace detail

/// One row of a Result: a view of the row the Result is positioned on. The Row object
/// belongs to the Result (references to it stay valid while the Result lives); the values it
/// shows change when the Result moves to the next row. Copy the values out to keep them.
class SQLCORE_EXPORT Row {
 public:
  /// The number of columns.
  int size() const noexcept { return detail::cursor_column_count(*cursor_); }
  /// Column names in cursor order.
  const std::vector<std::string>& keys() const noexcept { return detail::cursor_keys(*cursor_); }
  /// The index of the column named `name`; ArgumentError (listing the columns) if none.
  int index_of(std::string_view name) const { return detail::cursor_index_of(*cursor_, name); }
  bool is_null(int i) const { return detail::read_is_null(*cursor_, i); }

  /// The value of column `i` (0-based) as T. T is one of std::int64_t (or any arithmetic
  /// type, range-checked), double, bool, std::string, std::string_view (valid while the row
  /// is), Blob, Timestamp, std::chrono::year_month_day, TimeOfDay, Decimal, Value, or
  /// std::optional of one (NULL → nullopt). Throws ValueError, naming the column and the
  /// stored value, when the value is NULL and T is not optional, or does not convert
  /// (text read as an integer, a stored date that does not parse); ArgumentError for an
  /// index out of range.
  template <class T>
  T get(int i) const {
    return detail::read<T>(*cursor_, i);
  }
  /// The value of the column named `name` as T; see get<T>(int).
  template <class T>
  T get(std::string_view name) const {
    return detail::read<T>(*cursor_, index_of(name));
  }
  template <class T>
  T get(const char* name) const {
    return get<T>(std::string_view(name));
  }
  template <class T>
  T get(const std::string& name) const {
    return get<T>(std::string_view(name));
  }

  explicit Row(const detail::Cursor* cursor) noexcept : cursor_(cursor) {}

 private:
  const detail::Cursor* cursor_;
};

/// The outcome of executing a statement. For a query, an input range of Rows streamed
/// from SQLite (each row read once, in order); for other statements, rowcount() and
/// lastrowid(). The statement runs when execute() returns, whether or not the Result is
/// read. A Result must not outlive its Connection: closing the Connection closes it.
/// Not thread-safe; used by the thread that owns the Connection.
class SQLCORE_EXPORT Result {
 public:
  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Row;
    using difference_type = std::ptrdiff_t;
    using pointer = const Row*;
    using reference = const Row&;

    iterator() = default;
    const Row& operator*() const noexcept { return result_->row_; }
    const Row* operator->() const noexcept { return &result_->row_; }
    iterator& operator++();
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) noexcept {
      return it.result_ == nullptr;
    }

   private:
    friend class Result;
    explicit iterator(Result* r);
    Result* result_ = nullptr;
  };

  /// For the library's own use (not exported).
  SQLCORE_NO_EXPORT explicit Result(std::unique_ptr<detail::Cursor> cursor);
  Result(Result&&) noexcept;
  Result& operator=(Result&&) noexcept;
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;
  ~Result();

  iterator begin();
  std::default_sentinel_t end() const noexcept { return {}; }

  /// True when the statement returns columns (a query or RETURNING).
  bool returns_rows() const noexcept;
  /// Column names in cursor order, as SQLite reports them (see EngineOptions::raw_colnames).
  const std::vector<std::string>& keys() const noexcept;
  /// Rows changed by an INSERT, UPDATE or DELETE (sqlite3_changes); -1 for a query.
  std::int64_t rowcount() const noexcept;
  /// The rowid of the last row inserted on this connection (sqlite3_last_insert_rowid).
  std::int64_t lastrowid() const noexcept;

  /// The first column of the first row, then closes the result; nullopt when there is no
  /// row or the value is NULL (SQLAlchemy's Result.scalar()).
  template <class T>
  std::optional<T> scalar() {
    std::optional<T> out;
    if (has_row()) out = Row(cursor_.get()).get<std::optional<T>>(0);
    close();
    return out;
  }
  /// The first column of every remaining row.
  template <class T>
  std::vector<T> scalars() {
    std::vector<T> out;
    for (const Row& row : *this) out.push_back(row.get<T>(0));
    return out;
  }
  /// Every remaining row as T, an aggregate whose fields take the columns by position
  /// (Boost.PFR). Defined in <sqlcore/mapping.hpp>, which <sqlcore/sqlcore.hpp> includes.
  template <class T>
  std::vector<T> all();
  /// Every remaining row as a vector of Values.
  std::vector<std::vector<Value>> fetchall();
  /// Ends the statement early (releases SQLite's read lock). Idempotent.
  void close() noexcept;

  /// The cursor; for the library's own templates.
  const detail::Cursor& cursor() const noexcept { return *cursor_; }
  /// True while positioned on a row.
  bool has_row() const noexcept;
  /// Moves to the next row; false at the end.
  bool step();

 private:
  std::unique_ptr<detail::Cursor> cursor_;
  Row row_{nullptr};  // the view iterators hand out; points at *cursor_
};

}  // namespace sqlcore
