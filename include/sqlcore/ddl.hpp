// DDL elements: CREATE / DROP for tables and indexes, and whole-schema scripts.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "sqlcore/dialect.hpp"
#include "sqlcore/export.hpp"
#include "sqlcore/schema.hpp"

namespace sqlcore {

/// CREATE TABLE [IF NOT EXISTS] for a table: its columns, constraints and options (not its
/// indexes: CreateIndex). `compile()` throws CompileError naming the table and column for
/// what SQLite would refuse (AUTOINCREMENT on a key that is not a single INTEGER column,
/// WITHOUT ROWID without a primary key, a STRICT column of a type STRICT does not allow ...)
/// and ArgumentError for a foreign key to a table or column the MetaData does not have.
class SQLCORE_EXPORT CreateTable {
 public:
  explicit CreateTable(const Table& table, bool if_not_exists = false)
      : table_(&table), if_not_exists_(if_not_exists) {}
  /// The dialect's DDL compiler's rendering (Dialect::ddl_compiler()).
  std::string compile(const Dialect& dialect) const;
  const Table& table() const noexcept { return *table_; }
  bool if_not_exists() const noexcept { return if_not_exists_; }

 private:
  const Table* table_;
  bool if_not_exists_;
};

/// DROP TABLE [IF EXISTS].
class SQLCORE_EXPORT DropTable {
 public:
  explicit DropTable(const Table& table, bool if_exists = false)
      : table_(&table), if_exists_(if_exists) {}
  std::string compile(const Dialect& dialect) const;
  const Table& table() const noexcept { return *table_; }
  bool if_exists() const noexcept { return if_exists_; }

 private:
  const Table* table_;
  bool if_exists_;
};

/// CREATE [UNIQUE] INDEX [IF NOT EXISTS] ... [WHERE ...].
class SQLCORE_EXPORT CreateIndex {
 public:
  explicit CreateIndex(const Index& index, bool if_not_exists = false)
      : index_(&index), if_not_exists_(if_not_exists) {}
  std::string compile(const Dialect& dialect) const;
  const Index& index() const noexcept { return *index_; }
  bool if_not_exists() const noexcept { return if_not_exists_; }

 private:
  const Index* index_;
  bool if_not_exists_;
};

/// DROP INDEX [IF EXISTS].
class SQLCORE_EXPORT DropIndex {
 public:
  explicit DropIndex(const Index& index, bool if_exists = false)
      : index_(&index), if_exists_(if_exists) {}
  std::string compile(const Dialect& dialect) const;
  const Index& index() const noexcept { return *index_; }
  bool if_exists() const noexcept { return if_exists_; }

 private:
  const Index* index_;
  bool if_exists_;
};

/// The whole schema as one script: every table in dependency order, each followed by its
/// indexes (by name), each statement ';'-terminated; the sqlite3 shell runs it as it is.
SQLCORE_EXPORT std::string ddl_script(const MetaData& meta, const Dialect& dialect);

}  // namespace sqlcore
