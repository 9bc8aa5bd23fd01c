// DDLCompiler (CREATE / DROP of tables and indexes, whole-schema scripts) and SQLiteDDLCompiler.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "sqlcore/ddl.hpp"
#include "sqlcore/dialect.hpp"

namespace sqlcore {

/// SQLAlchemy's DDLCompiler, as a dialect hands it out (Dialect::ddl_compiler()): one visit per
/// DDL element, each a virtual call per compile. DROP TABLE / DROP INDEX are generic SQL;
/// CREATE is the dialect's. Stateless; thread-safe.
class DDLCompiler {
 public:
  explicit DDLCompiler(const Dialect& dialect) noexcept : dialect_(dialect) {}
  virtual ~DDLCompiler() = default;
  DDLCompiler(const DDLCompiler&) = delete;
  DDLCompiler& operator=(const DDLCompiler&) = delete;

  virtual std::string visit_create_table(const CreateTable& e) const = 0;
  virtual std::string visit_drop_table(const DropTable& e) const;
  virtual std::string visit_create_index(const CreateIndex& e) const = 0;
  virtual std::string visit_drop_index(const DropIndex& e) const;

  /// Every table in dependency order, each followed by its indexes, then the views (in
  /// sorted_views order), then the triggers; each statement ';'-terminated.
  std::string ddl_script(const MetaData& meta) const;
  /// The statements of ddl_script, in its order, without their ';': tables in dependency
  /// order (virtual tables after ordinary ones), each followed by its indexes, then views,
  /// then triggers.
  /// Each is one statement: reflected text is checked or quoted (CompileError otherwise).
  std::vector<std::string> ddl_statements(const MetaData& meta) const;
  /// A view's CREATE VIEW text, checked to be exactly one CREATE VIEW statement.
  static std::string create_view_sql(const View& v);
  /// A trigger's CREATE TRIGGER text up to the END of its body, checked to be exactly one
  /// CREATE TRIGGER statement (CompileError naming the trigger otherwise).
  static std::string create_trigger_sql(const Trigger& t);
  /// The views in the order they can be created: each after the views its text names, ties
  /// (and any cycle) in the order added.
  static std::vector<const View*> sorted_views(const MetaData& meta);
  std::string drop_view_sql(const View& v, bool if_exists = false) const;
  std::string drop_trigger_sql(const Trigger& t, bool if_exists = false) const;

  const Dialect& dialect() const noexcept { return dialect_; }

 private:
  const Dialect& dialect_;
};

/// SQLAlchemy 1.4's SQLiteDDLCompiler: SQLite's column and table options (AUTOINCREMENT,
/// WITHOUT ROWID, STRICT, ON CONFLICT, generated columns, partial indexes), and a CompileError
/// naming the rule wherever 1.4 would emit DDL SQLite refuses.
class SQLiteDDLCompiler : public DDLCompiler {
 public:
  using DDLCompiler::DDLCompiler;
  std::string visit_create_table(const CreateTable& e) const override;
  std::string visit_create_index(const CreateIndex& e) const override;
};

}  // namespace sqlcore
