// SQLiteCompiler's INSERT (VALUES, from a SELECT, ON CONFLICT), UPDATE and DELETE, with
// RETURNING.
// SPDX-License-Identifier: MIT
#include <algorithm>

#include <fmt/format.h>

#include "dialect/sqlite/sql_compilation.hpp"
#include "dialect/sqlite/sql_compiler.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

namespace {

using detail::Compilation;
using detail::FromRef;

// A value assigned to a column: bound under the column's own name (SQLAlchemy's
// _column_as_key), or an expression, in parentheses when it is composite.
std::string assigned(Compilation& c, const Column& col, const Assign& a) {
  if (a.value()) {
    c.emit(col.name(), *a.value(), col.type(), &a);
    return "?";
  }
  std::string s = c.process(*a.expr());
  return detail::operator_of(a.expr()->node()) ? "(" + s + ")" : s;
}

// A single-table statement may name only its table's columns.
void check_single_table(const Table& t, const Expr& e, std::string_view what) {
  std::vector<FromRef> froms;
  detail::froms_named_in(e.node(), froms);
  for (const FromRef& other : froms)
    if (!(other == FromRef{&t, nullptr}))
      throw ArgumentError(fmt::format(
          "{} of table '{}' names a column of {} '{}': a single-table statement cannot; use a "
          "subquery",
          what, t.name(), other.alias ? "alias" : "table",
          other.alias ? (other.alias->name.empty() ? "(anonymous)" : other.alias->name)
                      : other.table->name()));
}

// " WHERE ..." of a single-table UPDATE / DELETE ("" without one); ArgumentError when it names
// another table's column.
std::string single_table_where(Compilation& c, const Table& t, const std::optional<Expr>& where,
                               std::string_view statement) {
  if (!where) return {};
  check_single_table(t, *where, fmt::format("the WHERE clause of {}", statement));
  return " WHERE " + c.condition(*where);
}

// RETURNING e, ...: the statement's result columns (SQLite 3.35+), named without their table
// as SQLAlchemy 2.0's SQLiteCompiler.returning_clause renders them (include_table=False).
std::string returning_clause(Compilation& c, const std::vector<Expr>& columns) {
  if (columns.empty()) return {};
  c.require(c.dialect().supports_returning(), "RETURNING", "3.35");
  std::string s = " RETURNING ";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) s += ", ";
    c.out.column_types.push_back(columns[i].type());
    s += c.unqualified(columns[i]);
  }
  return s;
}

// The columns an INSERT names, in the order it names them.
std::vector<const Column*> insert_columns(const Insert& s) {
  const Table& t = s.table();
  std::vector<const Column*> cols;
  if (!s.assignments().empty()) {
    for (const Column& col : t.columns())  // table column order, as SQLAlchemy
      for (const auto& [name, v] : s.assignments())
        if (t.find_column(name) == &col) cols.push_back(&col);
  } else if (s.is_from_select()) {
    for (const auto& n : s.select_column_names()) cols.push_back(&t.c(n));
  } else if (!s.column_names().empty()) {
    for (const auto& n : s.column_names()) cols.push_back(&t.c(n));
  } else {
    for (const Column& col : t.columns()) cols.push_back(&col);
  }
  return cols;
}

// "(a, b) " and, for VALUES, "?, ?" or the assigned expressions (binds emitted in order).
std::pair<std::string, std::string> insert_names_and_binds(Compilation& c, const Insert& s) {
  const Table& t = s.table();
  std::string names, binds;
  for (const Column* col : insert_columns(s)) {
    if (!names.empty()) {
      names += ", ";
      binds += ", ";
    }
    names += c.quote(col->name());
    if (s.is_from_select()) continue;  // the SELECT gives the values
    const Assignments& values = s.assignments();
    auto it = std::find_if(values.begin(), values.end(),
                           [&](const auto& p) { return t.find_column(p.first) == col; });
    if (it != values.end()) {
      if (it->second.expr()) check_single_table(t, *it->second.expr(), "an INSERT value");
      binds += assigned(c, *col, it->second);
    } else {
      c.emit(col->name(), std::nullopt, col->type(), nullptr);
      binds += "?";
    }
  }
  return {names, binds};
}

// The SELECT of INSERT ... SELECT.
std::string insert_select(Compilation& c, const Insert& s) {
  const Select::Data& d = s.from_select_query()->data();
  std::string sel = c.select_sql(d, false);
  // INSERT ... SELECT ... FROM t ON CONFLICT is ambiguous to SQLite's parser ("ON" could start
  // a join constraint): its documentation's remedy is a WHERE clause.
  bool plain = d.compound == Select::Data::Compound::none;
  if (s.on_conflict() && plain && !d.where && d.groups.empty() && d.order.empty() && !d.limit &&
      !d.offset)
    sel += " \nWHERE 1";
  else if (s.on_conflict() && !plain)
    sel = "SELECT * FROM (" + sel + ") WHERE 1";
  return sel;
}

// ON CONFLICT [(index)] DO NOTHING | DO UPDATE SET ... [WHERE ...] (SQLite 3.24+).
std::string on_conflict_clause(Compilation& c, const Table& t, const Insert::OnConflict& oc) {
  c.require(c.dialect().supports_upsert(), "ON CONFLICT (upsert)", "3.24");
  std::string sql = " ON CONFLICT";
  if (!oc.index.empty()) {
    sql += " (";
    for (std::size_t i = 0; i < oc.index.size(); ++i) sql += (i ? ", " : "") + c.quote(oc.index[i]);
    sql += ")";
  }
  if (oc.index_where) {
    check_single_table(t, *oc.index_where, "the index_where of ON CONFLICT");
    sql += " WHERE " + c.literal_condition(*oc.index_where);
  }
  if (!oc.do_update) return sql + " DO NOTHING";
  sql += " DO UPDATE SET ";
  for (std::size_t i = 0; i < oc.set.size(); ++i) {
    const auto& [name, value] = oc.set[i];
    const Column& col = t.c(name);
    if (i) sql += ", ";
    sql += c.quote(col.name()) + " = ";
    if (value.value()) {  // bound as param_N, through the column's type (SQLAlchemy's rule)
      c.emit(c.next_name("param"), *value.value(), col.type(), &value);
      sql += "?";
    } else {
      sql += assigned(c, col, value);
    }
  }
  if (oc.where) sql += " WHERE " + c.process(*oc.where);
  return sql;
}

// "INSERT OR REPLACE ": the statement's keyword and its prefix_with() texts, as SQLAlchemy's
// _generate_prefixes writes them.
std::string keyword(const char* word, const std::vector<std::string>& prefixes) {
  std::string s = word;
  for (const auto& p : prefixes) s += " " + p;
  return s + " ";
}

}  // namespace

Compiled SQLiteCompiler::visit_insert(const Insert& s, std::vector<const void*>* sources) const {
  Compilation c(dialect());
  auto [names, binds] = insert_names_and_binds(c, s);
  std::string sql =
      keyword("INSERT", s.prefixes()) + "INTO " + c.quote(s.table().name()) + " (" + names + ") ";
  if (s.is_from_select()) {
    sql += insert_select(c, s);
  } else {
    sql += "VALUES ";
    if (!s.on_conflict() && s.returning_columns().empty()) c.out.insert_values_at = sql.size();
    sql += "(" + binds + ")";
  }
  if (s.on_conflict()) sql += on_conflict_clause(c, s.table(), *s.on_conflict());
  sql += returning_clause(c, s.returning_columns());
  return c.finish(std::move(sql), sources);
}

Compiled SQLiteCompiler::visit_update(const Update& s, std::vector<const void*>* sources) const {
  const Table& t = s.table();
  if (s.assignments().empty())
    throw ArgumentError(fmt::format("update() of table '{}' has no values()", t.name()));
  Compilation c(dialect());
  c.correlate_to(t);
  std::string sets;
  for (const Column& col : t.columns()) {
    const Assignments& values = s.assignments();
    auto it = std::find_if(values.begin(), values.end(),
                           [&](const auto& p) { return t.find_column(p.first) == &col; });
    if (it == values.end()) continue;
    if (it->second.expr()) check_single_table(t, *it->second.expr(), "an UPDATE value");
    if (!sets.empty()) sets += ", ";
    sets += c.quote(col.name()) + "=";
    sets += assigned(c, col, it->second);
  }
  std::string sql = keyword("UPDATE", s.prefixes()) + c.quote(t.name()) + " SET " + sets;
  sql += single_table_where(c, t, s.where_clause(), "an UPDATE");
  sql += returning_clause(c, s.returning_columns());
  return c.finish(std::move(sql), sources);
}

Compiled SQLiteCompiler::visit_delete(const Delete& s, std::vector<const void*>* sources) const {
  Compilation c(dialect());
  c.correlate_to(s.table());
  std::string sql = keyword("DELETE", s.prefixes()) + "FROM " + c.quote(s.table().name());
  sql += single_table_where(c, s.table(), s.where_clause(), "a DELETE");
  sql += returning_clause(c, s.returning_columns());
  return c.finish(std::move(sql), sources);
}

}  // namespace sqlcore
