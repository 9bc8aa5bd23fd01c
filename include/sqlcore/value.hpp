// Value: one C++ value bound to a statement or read from a row, and the parameter maps.
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "sqlcore/export.hpp"

namespace sqlcore {

/// A naive point in time with microsecond resolution: the C++ value of DateTime columns.
using Timestamp = std::chrono::sys_time<std::chrono::microseconds>;

/// A time of day: the C++ value of Time columns. Fields are not normalised; a Time type
/// checks them (hour 0-23, minute 0-59, second 0-59, microsecond 0-999999) when binding.
struct TimeOfDay {
  int hour = 0;
  int minute = 0;
  int second = 0;
  int microsecond = 0;
  friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
};

/// The C++ value of BLOB / LargeBinary columns.
using Blob = std::vector<std::byte>;

/// An exact decimal number kept as its text ("12.50", "-3", "1e-7" is normalised to
/// "0.0000001"): the C++ value of Numeric / DECIMAL columns, so no digit is lost through a
/// double. Build it from text (checked) or from an integer.
class SQLCORE_EXPORT Decimal {
 public:
  Decimal() : text_("0") {}
  /// Throws ArgumentError when `text` is not a decimal number.
  explicit Decimal(std::string_view text);
  explicit Decimal(std::int64_t v) : text_(std::to_string(v)) {}
  /// The canonical text: optional '-', digits, optional '.' and digits; no exponent.
  const std::string& str() const noexcept { return text_; }
  /// The nearest double (loses digits beyond double precision).
  double to_double() const;
  friend bool operator==(const Decimal&, const Decimal&) = default;

 private:
  std::string text_;
};

/// One value: NULL, an integer, a double, text, a blob, a bool, a Timestamp, a date, a time
/// of day or a Decimal. Implicitly constructible from each, and from std::optional of each
/// (nullopt is NULL), so parameter maps read naturally: `{{"name", "ada"}, {"n", 3}}`.
class SQLCORE_EXPORT Value {
 public:
  using Storage = std::variant<std::monostate, std::int64_t, double, std::string, Blob, bool,
                               Timestamp, std::chrono::year_month_day, TimeOfDay, Decimal>;

  Value() = default;
  Value(std::nullopt_t) {}
  Value(std::nullptr_t) {}
  /// Integers of any width. An unsigned value above INT64_MAX throws ArgumentError.
  template <std::integral I>
  requires(!std::same_as<I, bool> && !std::same_as<I, char>) Value(I v)
      : storage_(checked_int64(v)) {}
  Value(bool v) : storage_(v) {}
  template <std::floating_point F>
  Value(F v) : storage_(static_cast<double>(v)) {}
  Value(const char* v) : storage_(std::string(v)) {}
  Value(std::string v) : storage_(std::move(v)) {}
  Value(std::string_view v) : storage_(std::string(v)) {}
  Value(Blob v) : storage_(std::move(v)) {}
  /// Any system-clock time point; finer resolutions are floored to microseconds.
  template <class Duration>
  Value(std::chrono::sys_time<Duration> v)
      : storage_(std::chrono::floor<std::chrono::microseconds>(v)) {}
  Value(std::chrono::year_month_day v) : storage_(v) {}
  Value(std::chrono::sys_days v) : storage_(std::chrono::year_month_day{v}) {}
  Value(TimeOfDay v) : storage_(v) {}
  Value(Decimal v) : storage_(std::move(v)) {}
  template <class T>
  requires std::constructible_from<Value, const T&> Value(const std::optional<T>& v) {
    if (v) *this = Value(*v);
  }

  bool is_null() const noexcept { return storage_.index() == 0; }
  const Storage& storage() const noexcept { return storage_; }
  /// Pointer to the held value if it is a T, else nullptr.
  template <class T>
  const T* get_if() const noexcept {
    return std::get_if<T>(&storage_);
  }
  /// A short description for messages: "NULL", "integer 3", "text 'abc'" (text cut at 60).
  std::string describe() const;

  friend bool operator==(const Value&, const Value&) = default;

 private:
  template <class I>
  static std::int64_t checked_int64(I v) {
    if constexpr (std::is_unsigned_v<I> && sizeof(I) >= sizeof(std::int64_t)) {
      if (v > static_cast<I>(INT64_MAX)) throw_unsigned_overflow(static_cast<std::uint64_t>(v));
    }
    return static_cast<std::int64_t>(v);
  }
  [[noreturn]] static void throw_unsigned_overflow(std::uint64_t v);

  Storage storage_;
};

/// Named parameters: `{{"name", "ada"}, {"min", 0}}`. Order does not matter.
using Params = std::vector<std::pair<std::string, Value>>;

}  // namespace sqlcore
