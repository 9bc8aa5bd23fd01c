// SQLiteCompiler: a statement's compilation (binds, names, the finished Compiled) and SELECT's
// entry point; expressions, SELECT and DML are rendered in sql_compiler_{expr,select,dml}.cpp.
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/sql_compiler.hpp"

#include <fmt/format.h>

#include "dialect/sqlite/sql_compilation.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace detail {

void Compilation::require(bool supported, std::string_view feature, std::string_view since) const {
  if (!supported)
    throw CompileError(fmt::format("{} needs SQLite {} or later; this one is {}", feature, since,
                                   dialect_.version_text()));
}

void Compilation::emit(std::string name, std::optional<Value> value, Type type,
                       const void* source) {
  out.params.push_back(std::move(name));
  out.values.push_back(std::move(value));
  out.bind_types.push_back(std::move(type));
  sources.push_back(source);
}

std::string Compilation::bind(const ExprNode& n, const BindNode& b, const Type& type) {
  if (literal_binds_ && b.value) return literal(*b.value);
  emit(b.named ? b.key : next_name(b.key), b.value, type.is_null_type() ? n.type : type, &n);
  return "?";
}

std::string Compilation::next_name(const std::string& key) {
  return fmt::format("{}_{}", key, ++counters_[key]);
}

const std::string& Compilation::alias_name(const AliasData& a) {
  if (!a.name.empty()) return a.name;
  // A CTE and the ones union_all() makes of it are one name.
  auto [it, added] = alias_names_.try_emplace(a.cte ? a.cte_id : &a);
  if (added) it->second = next_name(a.table != nullptr ? a.table->name() : "anon");
  return it->second;
}

Compiled Compilation::finish(std::string sql, std::vector<const void*>* sources_out) {
  with_ctes(std::move(sql));
  if (sources_out != nullptr) *sources_out = std::move(sources);
  return std::move(out);
}

}  // namespace detail

Compiled SQLiteCompiler::visit_select(const Select& s, std::vector<const void*>* sources) const {
  detail::Compilation c(dialect());
  return c.finish(c.select_sql(s.data(), true), sources);
}

}  // namespace sqlcore
