// TypeCompiler (the DDL name of a type) and SQLiteTypeCompiler.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "types/type_impl.hpp"

namespace sqlcore {

class Type;

/// SQLAlchemy's GenericTypeCompiler: a type's DDL name from its visit name, length, precision
/// and scale, without variants or compiles<> overrides (Type::compile applies those first).
/// Stateless; one virtual call per type compiled.
class TypeCompiler {
 public:
  virtual ~TypeCompiler() = default;
  /// The DDL text of `type`; throws CompileError for NullType.
  virtual std::string process(const Type& type) const;

 protected:
  /// The generic rendering of a type's data.
  static std::string generic(const detail::TypeImpl& t);
};

/// SQLAlchemy's SQLiteTypeCompiler: DATE / TIME / DATETIME whose storage format writes only
/// digits are named ..._CHAR, to keep TEXT affinity.
class SQLiteTypeCompiler : public TypeCompiler {
 public:
  std::string process(const Type& type) const override;
};

}  // namespace sqlcore
