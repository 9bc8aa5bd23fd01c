// The dialect objects: SQLiteDialect's capabilities, and every element's compile(), which hands
// the element to the dialect's compiler for its kind.
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/dialect.hpp"

#include <string>

namespace sqlcore {

std::string Dialect::compile_type(const Type& type) const { return type_compiler().process(type); }

std::string Dialect::version_text() const {
  int v = server_version();
  return std::to_string(v / 1000000) + "." + std::to_string(v / 1000 % 1000) + "." +
         std::to_string(v % 1000);
}

DialectCapabilities SQLiteDialect::capabilities_for(int v) noexcept {
  DialectCapabilities c;
  c.server_version = v;
  c.upsert = v >= 3024000;
  c.window_functions = v >= 3025000;
  c.rename_column = v >= 3025000;
  c.table_xinfo = v >= 3026000;
  c.table_list = v >= 3037000;
  c.nulls_ordering = v >= 3030000;
  c.generated_columns = v >= 3031000;
  c.returning = v >= 3035000;
  c.drop_column = v >= 3035000;
  c.strict_tables = v >= 3037000;
  return c;
}

SQLiteDialect::SQLiteDialect(int sqlite_version) noexcept
    : Dialect(capabilities_for(sqlite_version)) {}

// ---- each element's compile(): one virtual call to the dialect's compiler for its kind ------

Compiled Select::compile(const Dialect& d) const { return compile_(d, nullptr); }
Compiled Select::compile_(const Dialect& d, std::vector<const void*>* sources) const {
  return d.statement_compiler().visit_select(*this, sources);
}
Compiled Insert::compile(const Dialect& d) const { return compile_(d, nullptr); }
Compiled Insert::compile_(const Dialect& d, std::vector<const void*>* sources) const {
  return d.statement_compiler().visit_insert(*this, sources);
}
Compiled Update::compile(const Dialect& d) const { return compile_(d, nullptr); }
Compiled Update::compile_(const Dialect& d, std::vector<const void*>* sources) const {
  return d.statement_compiler().visit_update(*this, sources);
}
Compiled Delete::compile(const Dialect& d) const { return compile_(d, nullptr); }
Compiled Delete::compile_(const Dialect& d, std::vector<const void*>* sources) const {
  return d.statement_compiler().visit_delete(*this, sources);
}

std::string CreateTable::compile(const Dialect& d) const {
  return d.ddl_compiler().visit_create_table(*this);
}
std::string DropTable::compile(const Dialect& d) const {
  return d.ddl_compiler().visit_drop_table(*this);
}
std::string CreateIndex::compile(const Dialect& d) const {
  return d.ddl_compiler().visit_create_index(*this);
}
std::string DropIndex::compile(const Dialect& d) const {
  return d.ddl_compiler().visit_drop_index(*this);
}
std::string ddl_script(const MetaData& meta, const Dialect& d) {
  return d.ddl_compiler().ddl_script(meta);
}

}  // namespace sqlcore
