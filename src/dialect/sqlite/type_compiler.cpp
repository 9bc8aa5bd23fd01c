// TypeCompiler and SQLiteTypeCompiler: type names as SQLAlchemy 1.4's sqlite dialect renders them.
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/type_compiler.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "dialect/sqlite/create_parser.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/types.hpp"

namespace sqlcore {

std::string TypeCompiler::process(const Type& type) const { return generic(type.impl()); }

std::string TypeCompiler::generic(const detail::TypeImpl& i) {
  // A declared name as SQLite reads it back: verbatim, or quoted when it is not plain words
  // and numbers (a reflected "char.3", or "INT); DROP TABLE t; --"): never more SQL.
  if (i.declared_name) return detail::type_name_sql(*i.declared_name);
  const std::string& v = i.visit_name;
  if (v == "VARCHAR" || v == "CHAR" || v == "NCHAR" || v == "NVARCHAR" || v == "TEXT") {
    if (!i.length) return v;
    return fmt::format("{}({})", v, *i.length);
  }
  if (v == "NUMERIC" || v == "DECIMAL") {
    if (!i.precision) return v;
    if (!i.scale) return fmt::format("{}({})", v, *i.precision);
    return fmt::format("{}({}, {})", v, *i.precision, *i.scale);
  }
  // GenericTypeCompiler.visit_FLOAT renders "FLOAT" whatever the precision.
  if (v == "NULL")  // SQLAlchemy's GenericTypeCompiler.visit_null
    throw CompileError(
        "Can't generate DDL for NullType(); did you forget to specify a type on this Column?");
  return v;
}

std::string SQLiteTypeCompiler::process(const Type& type) const {
  const detail::TypeImpl& i = type.impl();
  const std::string& v = i.visit_name;
  // SQLiteTypeCompiler.visit_DATE/TIME/DATETIME with _DateTimeMixin.format_is_text_affinity:
  // a format that writes only digits would give the column NUMERIC affinity (SQLite would
  // turn '20110315' into an integer), so the name says _CHAR to keep TEXT affinity.
  if (!i.declared_name && (v == "DATE" || v == "TIME" || v == "DATETIME") &&
      detail::stores_digits_only(i))
    return v + "_CHAR";
  // JSON with TEXT affinity, so SQLite keeps the document's text (docs/types.md, "JSON").
  if (!i.declared_name && detail::is_json(i)) return std::string(detail::kSqliteJsonName);
  return generic(i);
}

}  // namespace sqlcore
