// SQLiteCompiler's SELECT: compounds, the column list and its labels, FROM items with
// auto-correlation, LIMIT / OFFSET, and CTEs collected into one WITH clause.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "dialect/sqlite/sql_compilation.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

using Compound = Select::Data::Compound;

const char* compound_keyword(Compound c) {
  switch (c) {
    case Compound::union_:
      return " UNION ";
    case Compound::union_all:
      return " UNION ALL ";
    case Compound::intersect:
      return " INTERSECT ";
    case Compound::intersect_all:
      return " INTERSECT ALL ";
    case Compound::except_:
      return " EXCEPT ";
    case Compound::except_all:
      return " EXCEPT ALL ";
    case Compound::none:
      return "";
  }
  return "";  // not reached: the switch names every kind
}

// How a SELECT list labels an element of each kind (SQLAlchemy's _label_select_column).
enum class Labelling {
  column,     // by its name (name_N, name__N when taken)
  cast,       // after the column it casts, if it casts one; else anonymous
  label,      // as labelled
  none,       // unary expressions (DISTINCT x, -x) get no label, as in SQLAlchemy 1.4
  function,   // after the function: count_1
  anonymous,  // anon_N
};
Labelling labelling(const ColumnNode&) { return Labelling::column; }
Labelling labelling(const CastNode&) { return Labelling::cast; }
Labelling labelling(const LabelNode&) { return Labelling::label; }
Labelling labelling(const UnaryNode&) { return Labelling::none; }
Labelling labelling(const FunctionNode&) { return Labelling::function; }
Labelling labelling(const BindNode&) { return Labelling::anonymous; }
Labelling labelling(const BinaryNode&) { return Labelling::anonymous; }
Labelling labelling(const InListNode&) { return Labelling::anonymous; }
Labelling labelling(const BetweenNode&) { return Labelling::anonymous; }
Labelling labelling(const StarNode&) { return Labelling::anonymous; }
Labelling labelling(const CaseNode&) { return Labelling::anonymous; }
Labelling labelling(const ExistsNode&) { return Labelling::anonymous; }
Labelling labelling(const ScalarSelectNode&) { return Labelling::anonymous; }
Labelling labelling(const InSelectNode&) { return Labelling::anonymous; }
Labelling labelling(const JsonGetItemNode&) { return Labelling::anonymous; }
Labelling labelling(const OverNode&) { return Labelling::anonymous; }
Labelling labelling(const FilterNode&) { return Labelling::anonymous; }
Labelling labelling(const TupleNode&) { return Labelling::anonymous; }

}  // namespace

void froms_named_in(const ExprNode& n, std::vector<FromRef>& out) {
  if (const auto* c = as<ColumnNode>(n)) {
    FromRef r{c->alias ? nullptr : c->table, c->alias};
    if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(std::move(r));
  }
  for_each_child(n, [&](const Expr& child) { froms_named_in(child.node(), out); });
}

void from_items_of(const FromClause& f, std::vector<FromRef>& out) {
  if (f.table() != nullptr) {
    out.push_back(FromRef{f.table(), nullptr});
  } else if (f.alias()) {
    out.push_back(FromRef{nullptr, f.alias()});
  } else {
    from_items_of(f.joined()->left, out);
    from_items_of(f.joined()->right, out);
  }
}

std::string Compilation::select_sql(const Select::Data& d, bool top, bool as_from) {
  if (d.compound != Compound::none) return compound_sql(d, top, as_from);
  std::vector<FromRef> covered;
  for (const auto& f : d.froms) from_items_of(f, covered);
  std::vector<FromRef> implicit = implicit_froms(d, covered);
  std::vector<FromRef> mine = covered;
  mine.insert(mine.end(), implicit.begin(), implicit.end());
  enclosing_.push_back(std::move(mine));
  std::vector<const ColumnNode*> outer_selected = std::move(selected_);
  selected_.clear();
  bool outer_bare = std::exchange(bare_columns_, false);

  std::set<std::string> used;
  std::string cols;
  for (std::size_t i = 0; i < d.columns.size(); ++i) {
    if (i) cols += ", ";
    cols += select_column(d.columns[i], used, top, as_from);
  }
  std::string froms;
  for (const auto& f : d.froms) {
    if (!froms.empty()) froms += ", ";
    froms += from_item(f);
  }
  for (const FromRef& t : implicit) {
    if (!froms.empty()) froms += ", ";
    froms += from_ref(t);
  }
  std::string sql = "SELECT ";
  for (const std::string& p : d.prefixes) sql += p + " ";  // SQLAlchemy's prefix_with
  sql += (d.distinct ? "DISTINCT " : "") + cols;
  if (!froms.empty()) sql += " \nFROM " + froms;
  if (d.where) sql += " \nWHERE " + condition(*d.where);
  if (!d.groups.empty()) sql += " GROUP BY " + list(d.groups);
  if (d.having) sql += " \nHAVING " + condition(*d.having);
  if (!d.order.empty()) sql += " ORDER BY " + list(d.order);
  sql += limit_clause(d);
  bare_columns_ = outer_bare;
  selected_ = std::move(outer_selected);
  enclosing_.pop_back();
  return sql;
}

std::string Compilation::compound_sql(const Select::Data& d, bool top, bool as_from) {
  if (d.compound == Compound::intersect_all || d.compound == Compound::except_all)
    throw CompileError(fmt::format(
        "{}: SQLite has no INTERSECT ALL / EXCEPT ALL (its compounds are UNION, UNION ALL, "
        "INTERSECT and EXCEPT)",
        d.compound == Compound::intersect_all ? "intersect_all()" : "except_all()"));
  if (top)
    for (const Expr& e : d.columns) out.column_types.push_back(e.type());
  std::string sql;
  for (std::size_t i = 0; i < d.parts.size(); ++i) {
    if (i) sql += compound_keyword(d.compound);
    const Select::Data& part = d.parts[i].data();
    // A part with its own ORDER BY / LIMIT, or itself a compound: SQLAlchemy puts it in
    // parentheses, which SQLite rejects ('near "(": syntax error'); it is selected from.
    bool wrap = part.compound != Compound::none || !part.order.empty() || part.limit || part.offset;
    std::string s = select_sql(part, false, as_from);
    sql += wrap ? "SELECT * FROM (" + s + ")" : s;
  }
  if (!d.order.empty()) {
    bool bare = std::exchange(bare_columns_, true);
    sql += " ORDER BY " + list(d.order);
    bare_columns_ = bare;
  }
  return sql + limit_clause(d);
}

// FROM: the explicit FROM items (`covered`), then every other table the columns and
// conditions name, less those of an enclosing SELECT (auto-correlation), unless that would
// leave none. These are the others.
std::vector<FromRef> Compilation::implicit_froms(const Select::Data& d,
                                                 const std::vector<FromRef>& covered) {
  std::vector<FromRef> named, implicit;
  for (const auto& e : d.columns) froms_named_in(e.node(), named);
  if (d.where) froms_named_in(d.where->node(), named);
  if (d.having) froms_named_in(d.having->node(), named);
  for (const FromRef& t : named)
    if (std::find(covered.begin(), covered.end(), t) == covered.end()) implicit.push_back(t);
  if (enclosing_.empty()) return implicit;
  std::vector<FromRef> kept;
  for (const FromRef& t : implicit) {
    bool outer = std::any_of(enclosing_.begin(), enclosing_.end(), [&](const auto& level) {
      return std::find(level.begin(), level.end(), t) != level.end();
    });
    if (!outer) kept.push_back(t);
  }
  if (!kept.empty() || !d.froms.empty()) return kept;
  return implicit;
}

// A column of the SELECT list, labelled as SQLAlchemy labels it.
std::string Compilation::select_column(const Expr& e, std::set<std::string>& used, bool top,
                                       bool as_from) {
  const ExprNode& n = e.node();
  if (top) out.column_types.push_back(n.type);
  switch (std::visit([](const auto& x) { return labelling(x); }, n.element)) {
    case Labelling::column: {
      const ColumnNode& c = std::get<ColumnNode>(n.element);
      bool repeated = std::find_if(selected_.begin(), selected_.end(), [&](const ColumnNode* o) {
                        return o->table == c.table && o->alias == c.alias && o->name == c.name;
                      }) != selected_.end();
      selected_.push_back(&c);
      if (used.insert(c.name).second)
        return as_from ? column(c) + " AS " + quote(c.name) : column(c);
      // Another column of that name is name_N; the same column again, name__N (SQLAlchemy's
      // anonymous dedupe label).
      return column(c) + " AS " + next_name(repeated ? c.name + "_" : c.name);
    }
    case Labelling::cast: {
      // CAST(col AS t) is labelled after its column, as SQLAlchemy proxies it.
      const ExprNode* inner = &n;
      while (const auto* cast = as<CastNode>(*inner)) inner = &cast->operand.node();
      const auto* c = as<ColumnNode>(*inner);
      if (c == nullptr) break;
      std::string s = process(n);
      if (used.insert(c->name).second) return s + " AS " + quote(c->name);
      return s + " AS " + next_name(c->name + "_");
    }
    case Labelling::label:
      used.insert(std::get<LabelNode>(n.element).name);
      return process(n);
    case Labelling::none:
      return process(n);
    case Labelling::function: {
      std::string label = next_name(std::get<FunctionNode>(n.element).name);
      used.insert(label);
      std::string s = process(n);
      return s + " AS " + label;
    }
    case Labelling::anonymous:
      break;
  }
  std::string label = next_name("anon");  // anon_N, as SQLAlchemy's anonymous label
  used.insert(label);
  std::string s = process(n);
  return s + " AS " + label;
}

std::string Compilation::list(const std::vector<Expr>& exprs) {
  std::string s;
  for (std::size_t i = 0; i < exprs.size(); ++i) {
    if (i) s += ", ";
    s += process(exprs[i]);
  }
  return s;
}

// SQLiteCompiler.limit_clause: LIMIT n OFFSET m, OFFSET 0 when none, LIMIT -1 when only OFFSET.
std::string Compilation::limit_clause(const Select::Data& d) {
  if (!d.limit && !d.offset) return {};
  // Bound as SQLAlchemy binds them (param_N), their values found again through the fields.
  std::string s = "\n LIMIT ?";
  emit(next_name("param"), Value(d.limit.value_or(-1)), Integer(), &d.limit);
  s += " OFFSET ?";
  emit(next_name("param"), Value(d.offset.value_or(0)), Integer(), &d.offset);
  return s;
}

std::string Compilation::from_item(const FromClause& f) {
  if (f.table() != nullptr) return quote(f.table()->name());
  if (f.alias()) return from_ref(FromRef{nullptr, f.alias()});
  const auto& j = *f.joined();
  std::string s = from_item(j.left);
  if (j.full) require(dialect_.supports_right_full_join(), "FULL OUTER JOIN", "3.39");
  if (j.right_outer) require(dialect_.supports_right_full_join(), "RIGHT OUTER JOIN", "3.39");
  s += j.full          ? " FULL OUTER JOIN "
       : j.right_outer ? " RIGHT OUTER JOIN "
       : j.outer       ? " LEFT OUTER JOIN "
                       : " JOIN ";
  s += from_item(j.right);
  s += " ON ";
  s += condition(j.on);
  return s;
}

std::string Compilation::from_ref(const FromRef& r) {
  if (!r.alias) return quote(r.table->name());
  const AliasData& a = *r.alias;
  if (a.cte) return cte_reference(a);
  if (a.table != nullptr) return quote(a.table->name()) + " AS " + quote(alias_name(a));
  std::string sub = from_subquery(*a.select);
  return "(" + sub + ") AS " + quote(alias_name(a));
}

// A subquery in FROM: compiled on its own, not correlated to the enclosing SELECT.
std::string Compilation::from_subquery(const Select& s) {
  std::vector<std::vector<FromRef>> outer = std::move(enclosing_);
  enclosing_.clear();
  std::string sql = select_sql(s.data(), false, true);
  enclosing_ = std::move(outer);
  return sql;
}

// A CTE named in a FROM: defined once, in the WITH clause the statement gets, with its binds
// ahead of the statement's.
std::string Compilation::cte_reference(const AliasData& a) {
  // Named before its body compiles (SQLAlchemy's visit_cte), so anon_N counts as it does.
  std::string name = quote(alias_name(a));
  bool known =
      std::any_of(ctes_.begin(), ctes_.end(), [&](const Cte& c) { return c.id == a.cte_id; }) ||
      std::find(ctes_open_.begin(), ctes_open_.end(), a.cte_id) != ctes_open_.end();
  if (!known) {
    ctes_open_.push_back(a.cte_id);
    Cte cte{a.cte_id, {}, {}, {}, {}, {}};
    swap_binds(cte);
    std::string body = from_subquery(*a.select);
    swap_binds(cte);
    std::string head = name;
    if (a.recursive) {
      head += "(";
      for (std::size_t i = 0; i < a.columns.size(); ++i)
        head += (i ? ", " : "") + quote(a.columns[i].first);
      head += ")";
    }
    recursive_ = recursive_ || a.recursive;
    cte.sql = head + " AS \n(" + body + ")";
    ctes_open_.pop_back();
    ctes_.push_back(std::move(cte));
  }
  return name;
}

void Compilation::swap_binds(Cte& other) {
  std::swap(out.params, other.params);
  std::swap(out.values, other.values);
  std::swap(out.bind_types, other.bind_types);
  std::swap(sources, other.sources);
}

void Compilation::with_ctes(std::string sql) {
  if (ctes_.empty()) {
    out.sql = std::move(sql);
    return;
  }
  out.insert_values_at = std::string::npos;  // a WITH clause goes in front: not a plain row
  std::string with = recursive_ ? "WITH RECURSIVE " : "WITH ";
  Cte all{nullptr, {}, {}, {}, {}, {}};
  auto append = [&all](const auto& from) {
    all.params.insert(all.params.end(), from.params.begin(), from.params.end());
    all.values.insert(all.values.end(), from.values.begin(), from.values.end());
    all.bind_types.insert(all.bind_types.end(), from.bind_types.begin(), from.bind_types.end());
  };
  for (std::size_t i = 0; i < ctes_.size(); ++i) {
    with += (i ? ", \n" : "") + ctes_[i].sql;
    append(ctes_[i]);
    all.sources.insert(all.sources.end(), ctes_[i].sources.begin(), ctes_[i].sources.end());
  }
  append(out);
  all.sources.insert(all.sources.end(), sources.begin(), sources.end());
  swap_binds(all);
  out.sql = with + "\n " + sql;
}

}  // namespace sqlcore::detail
