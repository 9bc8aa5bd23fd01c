// SQLCompiler (statements to SQL text and bind order) and SQLiteCompiler.
// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "sqlcore/dialect.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore {

/// SQLAlchemy's SQLCompiler, as a dialect hands it out (Dialect::statement_compiler()): one
/// visit per statement kind, each a virtual call per compile (the nodes inside are rendered
/// without one). `sources`, when given, receives where each bind's value came from (a bind
/// node, an Assign, a LIMIT / OFFSET field), parallel to Compiled::values, for the compiled
/// cache (sql/cache_key.hpp). Stateless: each call compiles on its own; thread-safe.
class SQLCompiler {
 public:
  explicit SQLCompiler(const Dialect& dialect) noexcept : dialect_(dialect) {}
  virtual ~SQLCompiler() = default;
  SQLCompiler(const SQLCompiler&) = delete;
  SQLCompiler& operator=(const SQLCompiler&) = delete;

  /// SELECT, compounds (UNION ...) included.
  virtual Compiled visit_select(const Select& s, std::vector<const void*>* sources) const = 0;
  virtual Compiled visit_insert(const Insert& s, std::vector<const void*>* sources) const = 0;
  virtual Compiled visit_update(const Update& s, std::vector<const void*>* sources) const = 0;
  virtual Compiled visit_delete(const Delete& s, std::vector<const void*>* sources) const = 0;

  const Dialect& dialect() const noexcept { return dialect_; }

 private:
  const Dialect& dialect_;
};

/// SQLAlchemy 1.4's SQLiteCompiler with qmark binds (sql/compiler.py, dialects/sqlite/base.py):
/// SQLAlchemy's bind and label names, auto-correlation, CTEs collected into one WITH, and a
/// CompileError naming the SQLite version for what this one lacks.
class SQLiteCompiler : public SQLCompiler {
 public:
  using SQLCompiler::SQLCompiler;
  Compiled visit_select(const Select& s, std::vector<const void*>* sources) const override;
  Compiled visit_insert(const Insert& s, std::vector<const void*>* sources) const override;
  Compiled visit_update(const Update& s, std::vector<const void*>* sources) const override;
  Compiled visit_delete(const Delete& s, std::vector<const void*>* sources) const override;
};

}  // namespace sqlcore
