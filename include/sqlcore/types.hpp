// SQL types as cheap immutable values: generic (Integer, String...) and SQL-named (VARCHAR...).
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

#include "sqlcore/export.hpp"
#include "sqlcore/value.hpp"

namespace sqlcore {

class Dialect;
namespace detail {
struct TypeImpl;
}

/// SQLite's five column affinities (https://www.sqlite.org/datatype3.html §3).
enum class Affinity { integer, text, blob, real, numeric };

/// The affinity SQLite gives a declared type name, by SQLite's rules in SQLite's order:
/// contains "INT" → integer; "CHAR", "CLOB" or "TEXT" → text; "BLOB" or empty → blob;
/// "REAL", "FLOA" or "DOUB" → real; otherwise numeric. Case-insensitive.
SQLCORE_EXPORT Affinity affinity_of(std::string_view declared_type) noexcept;

/// Options of DATE. An empty storage_format means the default "%(year)04d-%(month)02d-%(day)02d";
/// an empty regexp means the value is parsed with the storage format itself.
struct DateOptions {
  std::string storage_format{};
  std::string regexp{};
};
/// Options of TIME; the default format is "%(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d".
struct TimeOptions {
  std::string storage_format{};
  std::string regexp{};
  bool truncate_microseconds = false;
};
/// Options of DATETIME; the default format is "%(year)04d-%(month)02d-%(day)02d
/// %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d".
struct DateTimeOptions {
  std::string storage_format{};
  std::string regexp{};
  bool truncate_microseconds = false;
};

/// What a type's values are in C++, for code generation and messages.
enum class ValueKind { null, integer, real, text, blob, boolean, decimal, date, time, datetime };

/// A SQL type. A cheap, copyable, immutable value (a shared pointer to a frozen description).
/// Knows its DDL name through a dialect's TypeCompiler, its SQLite affinity, and how C++
/// values are converted to storage (bind) and back (result).
class SQLCORE_EXPORT Type {
 public:
  /// NullType: the type of an unknown or untyped value.
  Type();

  /// The DDL text for this type on `dialect`, e.g. "VARCHAR(50)", "NUMERIC(10, 2)".
  /// Consults variants (with_variant) and compile overrides (compiles<T>) first. Throws
  /// CompileError for NullType, as SQLAlchemy does (a column of NullType is written untyped
  /// in CREATE TABLE).
  std::string compile(const Dialect& dialect) const;

  /// A copy of this type that renders and behaves as `variant` on the dialect named
  /// `dialect_name` (SQLAlchemy's with_variant).
  Type with_variant(Type variant, std::string_view dialect_name) const;

  /// The type to use on a dialect: the variant for it, or this type.
  const Type& for_dialect(std::string_view dialect_name) const;

  /// A copy of this type that CREATE TABLE writes as `ddl_name` (verbatim), with this type's
  /// conversions: for declared names a database uses ("VARCHAR (30)", "INTEGER NON", "ANY").
  Type declared_as(std::string ddl_name) const;

  /// The SQL-level name without arguments: "INTEGER", "VARCHAR", "DATETIME".
  std::string_view visit_name() const noexcept;
  /// The affinity SQLite gives to the name this type declares on SQLite: its "sqlite"
  /// variant, a user type's implementation type, a reflected type's declared name, else its
  /// own DDL name (DATE with a digits-only storage_format is DATE_CHAR: TEXT). Needs no
  /// dialect, so compiles<>() overrides are not consulted; affinity(dialect) consults them.
  Affinity affinity() const;
  /// The affinity SQLite gives to this type's DDL as `dialect` compiles it (compiles<>()
  /// overrides included). Throws CompileError where compile() does.
  Affinity affinity(const Dialect& dialect) const;
  /// What the type's values are in C++.
  ValueKind value_kind() const noexcept;
  /// True for NullType.
  bool is_null_type() const noexcept;

  /// Length of String/VARCHAR/CHAR..., if given.
  std::optional<int> length() const noexcept;
  /// Precision and scale of Numeric/DECIMAL/Float, if given.
  std::optional<int> precision() const noexcept;
  std::optional<int> scale() const noexcept;
  /// The values of an Enum (empty for other types).
  const std::vector<std::string>& enum_values() const noexcept;
  /// True for a type made by user_type<T>().
  bool is_user_type() const noexcept;
  /// The implementation type of a user type (the type itself for a built-in one).
  const Type& impl_type() const noexcept;

  /// Converts a C++ value to what is stored: NULL, an integer, a double, text or a blob.
  /// Throws ValueError (naming `name`) for a value this type cannot take.
  Value bind(const Value& v, std::string_view name = {}) const;

  /// The implementation; for the library's own use.
  const detail::TypeImpl& impl() const noexcept { return *impl_; }
  explicit Type(std::shared_ptr<const detail::TypeImpl> impl) : impl_(std::move(impl)) {}

  friend bool operator==(const Type& a, const Type& b) noexcept { return a.impl_ == b.impl_; }

 private:
  std::shared_ptr<const detail::TypeImpl> impl_;
};

/// Named types applied to bind parameters and result columns of a text() statement.
using TypeMap = std::vector<std::pair<std::string, Type>>;

/// How a type's DDL is rendered instead of the dialect's own rendering: `fn(type, dialect)`
/// returns the DDL text. The dialect's own rendering stays reachable as
/// `dialect.compile_type(type)` (SQLAlchemy's `compiler.visit_XXX(element)`).
using CompileFn = std::function<std::string(const Type& type, const Dialect& dialect)>;

/// Conversions of a user-defined type (SQLAlchemy's TypeDecorator): `bind` turns the
/// application's value into one the implementation type takes; `result` turns what the
/// implementation type reads into the application's value. Either may be empty.
struct TypeProcessors {
  std::function<Value(const Value&)> bind;
  std::function<Value(const Value&)> result;
};

namespace detail {
SQLCORE_EXPORT Type make_user_type(const std::type_info& tag, Type impl, TypeProcessors processors);
SQLCORE_EXPORT void register_compiles(std::string key, std::string_view dialect_name, CompileFn fn);
SQLCORE_EXPORT std::string user_type_key(const std::type_info& tag);
}  // namespace detail

/// A user-defined type, identified by the C++ tag type T (any type; an empty struct will
/// do), stored and rendered as `impl` unless compiles<T>() says otherwise, with optional
/// conversions. E.g. SQLAlchemy's BigInteger-key recipe:
///
///     struct SLBigInteger {};
///     sc::compiles<SLBigInteger>("sqlite", [](const sc::Type&, const sc::Dialect&) {
///       return std::string("INTEGER"); });
///     sc::Type t = sc::user_type<SLBigInteger>(sc::BigInteger());   // INTEGER on SQLite
template <class T>
Type user_type(Type impl, TypeProcessors processors = {}) {
  return detail::make_user_type(typeid(T), std::move(impl), std::move(processors));
}

/// Renders every user type with tag T as `fn` says on the dialect named `dialect_name`
/// (SQLAlchemy's @compiles). Registering again for the same (T, dialect) replaces it.
/// Thread-safe; register at start-up, before compiling.
template <class T>
void compiles(std::string_view dialect_name, CompileFn fn) {
  detail::register_compiles(detail::user_type_key(typeid(T)), dialect_name, std::move(fn));
}

/// Renders a built-in type by its SQL name ("BIGINT", "VARCHAR") as `fn` says on one
/// dialect: a global override, consulted before the dialect's own rendering.
SQLCORE_EXPORT void compiles(std::string_view visit_name, std::string_view dialect_name,
                             CompileFn fn);

// ---- generic types (portable; render as SQLAlchemy renders them on SQLite) ---------------------
SQLCORE_EXPORT Type NullType();
SQLCORE_EXPORT Type Integer();
SQLCORE_EXPORT Type BigInteger();
SQLCORE_EXPORT Type SmallInteger();
SQLCORE_EXPORT Type Boolean();
SQLCORE_EXPORT Type Float(std::optional<int> precision = std::nullopt);
SQLCORE_EXPORT Type Numeric(std::optional<int> precision = std::nullopt,
                            std::optional<int> scale = std::nullopt);
SQLCORE_EXPORT Type String(std::optional<int> length = std::nullopt);
SQLCORE_EXPORT Type Text(std::optional<int> length = std::nullopt);
SQLCORE_EXPORT Type Unicode(std::optional<int> length = std::nullopt);
SQLCORE_EXPORT Type UnicodeText();
SQLCORE_EXPORT Type LargeBinary();
SQLCORE_EXPORT Type Date();
SQLCORE_EXPORT Type Time();
SQLCORE_EXPORT Type DateTime();
SQLCORE_EXPORT Type JSON();
/// VARCHAR sized to the longest value. Throws ArgumentError for an empty list.
SQLCORE_EXPORT Type Enum(std::vector<std::string> values);

// ---- SQL-named types (render exactly as named)
// ---------------------------------------------------
SQLCORE_EXPORT Type INTEGER();
SQLCORE_EXPORT Type BIGINT();
SQLCORE_EXPORT Type SMALLINT();
SQLCORE_EXPORT Type BOOLEAN();
SQLCORE_EXPORT Type FLOAT(std::optional<int> precision = std::nullopt);
SQLCORE_EXPORT Type REAL();
SQLCORE_EXPORT Type NUMERIC(std::optional<int> precision = std::nullopt,
                            std::optional<int> scale = std::nullopt);
SQLCORE_EXPORT Type DECIMAL(std::optional<int> precision = std::nullopt,
                            std::optional<int> scale = std::nullopt);
SQLCORE_EXPORT Type CHAR(std::optional<int> length = std::nullopt);
SQLCORE_EXPORT Type VARCHAR(std::optional<int> length = std::nullopt);
SQLCORE_EXPORT Type NCHAR(std::optional<int> length = std::nullopt);
SQLCORE_EXPORT Type NVARCHAR(std::optional<int> length = std::nullopt);
/// TEXT, or TEXT(n) with a length (SQLAlchemy reflects e.g. CHARACTER(20) as TEXT(20)).
SQLCORE_EXPORT Type TEXT(std::optional<int> length = std::nullopt);
SQLCORE_EXPORT Type CLOB();
SQLCORE_EXPORT Type BLOB();
SQLCORE_EXPORT Type DATE(DateOptions options = {});
SQLCORE_EXPORT Type TIME(TimeOptions options = {});
SQLCORE_EXPORT Type DATETIME(DateTimeOptions options = {});
SQLCORE_EXPORT Type TIMESTAMP();

/// SQL text for a column's DEFAULT, as Column::server_default takes it (like sc::text()).
class DefaultSql {
 public:
  explicit DefaultSql(std::string sql) : sql_(std::move(sql)) {}
  const std::string& sql() const noexcept { return sql_; }

 private:
  std::string sql_;
};

/// A server default for a Date / Time / DateTime column (DATE, TIME, DATETIME, TIMESTAMP, a
/// user type over one) that stores the current UTC date or time in the type's own storage
/// format, so that a value read back and bound again compares equal in SQL (SQLite's
/// CURRENT_TIMESTAMP writes '2024-01-01 10:00:00', which sorts before the bound
/// '2024-01-01 10:00:00.000000'). E.g. for DateTime(): (strftime('%Y-%m-%d %H:%M:%f000', 'now'));
/// SQLite's clock gives milliseconds. docs/types.md says when to use which:
///
///     sc::Column("created", sc::DateTime()).server_default(sc::server_default_now(sc::DateTime()))
///
/// Throws ArgumentError for another type.
SQLCORE_EXPORT DefaultSql server_default_now(const Type& type);

}  // namespace sqlcore
