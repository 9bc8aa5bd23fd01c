// The frozen description behind sqlcore::Type.
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sqlcore/types.hpp"
#include "types/date_regex.hpp"
#include "types/storage_format.hpp"

namespace sqlcore::detail {

/// Storage formats of a DATE / TIME / DATETIME type. Empty format = the default one.
struct DateTimeFormat {
  std::string storage_format;
  std::string regexp;
  bool truncate_microseconds = false;
};

struct TypeImpl {
  /// The DDL keyword: "INTEGER", "VARCHAR", "DATETIME".
  std::string visit_name;
  /// The factory that made it, for code generation: "Integer", "VARCHAR".
  std::string factory;
  ValueKind kind = ValueKind::null;
  std::optional<int> length;
  std::optional<int> precision;
  std::optional<int> scale;
  std::vector<std::string> enum_values;
  DateTimeFormat format;
  /// The parsed storage_format, when one was given.
  std::optional<StorageFormat> storage;
  /// The compiled regexp, when one was given.
  std::optional<DateRegex> regex;
  /// User types (user_type<T>): the registry key of T, the implementation type and the
  /// conversions. `user_key` is empty for built-in types.
  std::string user_key;
  /// The type name as a database declared it, rendered verbatim in DDL (reflected tables).
  std::optional<std::string> declared_name;
  std::optional<Type> impl_type;
  TypeProcessors processors;
  /// with_variant(): (dialect name, type).
  std::vector<std::pair<std::string, Type>> variants;
  /// Equal for types that render and convert alike: their identity in the compiled cache's
  /// key. Computed at first use (shape_id_of), as most types never reach a statement; a copy
  /// computes its own.
  struct LazyId {
    mutable std::atomic<std::uint64_t> value{0};
    LazyId() = default;
    LazyId(const LazyId&) noexcept {}
    LazyId& operator=(const LazyId&) noexcept {
      value.store(0, std::memory_order_relaxed);
      return *this;
    }
  } shape_id;
};

/// The type's shape id (see TypeImpl::shape_id). Thread-safe.
std::uint64_t shape_id_of(const TypeImpl& t);

Type make_type(TypeImpl impl);

/// True when Type::bind(v) would give back `v` unchanged (a value already in the form the
/// type stores): the bulk paths then bind `v` itself and skip a copy.
inline bool binds_as_is(const TypeImpl& t, const Value& v) noexcept {
  if (t.impl_type) return false;
  const auto& s = v.storage();
  switch (s.index()) {
    case 0:
      return true;
    case 1: {
      if (t.kind == ValueKind::integer || t.kind == ValueKind::decimal) return true;
      std::int64_t n = *std::get_if<std::int64_t>(&s);
      return t.kind == ValueKind::boolean && (n == 0 || n == 1);
    }
    case 2:
      return t.kind == ValueKind::real || t.kind == ValueKind::decimal;
    case 3:
      return t.kind == ValueKind::text && t.enum_values.empty();
    case 4:
      return t.kind == ValueKind::blob;
    default:
      return false;
  }
}

/// SQLAlchemy's _DateTimeMixin.format_is_text_affinity, negated: true for a DATE / TIME /
/// DATETIME whose storage_format writes only digits ('20110315'), which a plain DATE name
/// would give NUMERIC affinity (SQLite would store an integer), so the SQLite type compiler
/// names it DATE_CHAR and its affinity is TEXT.
bool stores_digits_only(const TypeImpl& t);

/// The DDL name of JSON() on SQLite: TEXT affinity (a plain JSON name has NUMERIC affinity,
/// which turns the document `1.50` into the REAL 1.5), and reflected back as JSON.
inline constexpr std::string_view kSqliteJsonName = "JSON_TEXT";

/// True for JSON() and the types reflected as it: documents whose text is kept.
inline bool is_json(const TypeImpl& t) noexcept { return t.visit_name == "JSON"; }

/// A number that SQLite stores as REAL (in a JSON column of NUMERIC affinity, or written by
/// another tool) as JSON text: the shortest text that reads back as the same double, as
/// Python's json.dumps writes it ("1.5", "100000.0", "1e+20"); infinities as SQLite's JSON
/// functions write them ("9e999", "-9e999").
std::string json_number_text(double v);

/// The affinity SQLite gives the name `t` declares on SQLite (its "sqlite" variant, its
/// implementation type, its reflected name or its own DDL keyword), without compiles<>
/// overrides, which need a dialect object.
Affinity sqlite_affinity(const TypeImpl& t);

/// `type`, rendered in DDL as `declared` (a reflected column's declared type name), with the
/// same conversions.
Type with_declared_name(const Type& type, std::string declared);

/// The compiles<>() override for a type on a dialect, if one is registered.
const CompileFn* find_compile_override(const TypeImpl& t, std::string_view dialect_name);
/// Counts compiles<>() registrations: part of the compiled cache's key, so that a statement
/// compiled before an override was registered is compiled again.
std::uint64_t compiles_generation() noexcept;

/// The fields a date / time kind has: year..day for DATE, hour..microsecond for TIME, all
/// seven for DATETIME.
const std::vector<Field>& fields_of_kind(ValueKind kind);

/// Storage of a value with no type: bool → 0/1, Timestamp / date / time → the default ISO
/// text, Decimal → its text; NULL, integers, doubles, text and blobs unchanged.
Value default_bind(const Value& v);

/// Reads text stored in a column of type `t` (nullptr: untyped, default ISO formats).
/// A DATETIME column read as a date gives its date part, read as a time its time of day.
std::optional<Timestamp> text_to_timestamp(const TypeImpl* t, std::string_view s);
std::optional<std::chrono::year_month_day> text_to_date(const TypeImpl* t, std::string_view s);
std::optional<TimeOfDay> text_to_time(const TypeImpl* t, std::string_view s);

}  // namespace sqlcore::detail
