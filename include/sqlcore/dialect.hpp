// Dialect: SQLite as a language (type names, quoting, capability flags).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "sqlcore/export.hpp"

namespace sqlcore {

class Type;

/// A SQL dialect: how types, DDL and statements are rendered. sqlcore has one, SQLite's.
/// Obtain it with sqlite_dialect(). Immutable; safe to share between threads.
class SQLCORE_EXPORT Dialect {
 public:
  virtual ~Dialect() = default;
  /// The dialect name used by with_variant() and compiles<T>(): "sqlite".
  virtual std::string_view name() const noexcept = 0;
  /// The SQLite library version this dialect targets, as SQLITE_VERSION_NUMBER (3040001).
  virtual int server_version() const noexcept = 0;
  /// The dialect's own DDL for a type (its TypeCompiler), without variants or compiles<>
  /// overrides: what an override calls for the default rendering.
  virtual std::string compile_type(const Type& type) const = 0;

  /// Capability flags, from server_version(): ask these rather than comparing names.
  bool supports_returning() const noexcept { return server_version() >= 3035000; }
  bool supports_upsert() const noexcept { return server_version() >= 3024000; }
  bool supports_strict_tables() const noexcept { return server_version() >= 3037000; }
  bool supports_generated_columns() const noexcept { return server_version() >= 3031000; }
  bool supports_drop_column() const noexcept { return server_version() >= 3035000; }
  bool supports_table_xinfo() const noexcept { return server_version() >= 3026000; }
  bool supports_window_functions() const noexcept { return server_version() >= 3025000; }
  bool supports_nulls_ordering() const noexcept { return server_version() >= 3030000; }
  /// server_version() as SQLite writes it: "3.15.2".
  std::string version_text() const {
    int v = server_version();
    return std::to_string(v / 1000000) + "." + std::to_string(v / 1000 % 1000) + "." +
           std::to_string(v % 1000);
  }
};

/// The SQLite dialect for the SQLite library sqlcore is linked against.
SQLCORE_EXPORT const Dialect& sqlite_dialect();

}  // namespace sqlcore
