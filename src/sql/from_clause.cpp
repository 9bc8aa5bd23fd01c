// FROM items as data: joins (ON inferred from the foreign keys), table aliases, subqueries and
// CTEs.
// SPDX-License-Identifier: MIT

#include <fmt/format.h>

#include "sql/from_node.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore {

// ---- FROM clauses ------------------------------------------------------------------------------

namespace {

// The tables of a FROM item whose foreign keys can give a join's ON (not aliases).
void join_tables_of(const FromClause& f, std::vector<const Table*>& out) {
  if (f.table() != nullptr) {
    out.push_back(f.table());
  } else if (f.joined()) {
    join_tables_of(f.joined()->left, out);
    join_tables_of(f.joined()->right, out);
  }
}

}  // namespace

FromClause FromClause::join(const FromClause& other, std::optional<Expr> on, bool outer) const {
  if (!on) {
    // ON from the foreign keys between the two sides: exactly one path, as SQLAlchemy requires.
    std::vector<const Table*> left, right;
    join_tables_of(*this, left);
    join_tables_of(other, right);
    std::vector<Expr> found;
    auto add = [&](const Table& child, const Table& parent) {
      for (const ForeignKeyConstraint* fk : child.foreign_keys()) {
        if (parent.metadata().find_table(fk->referred_table()) != &parent) continue;
        Expr cond =
            Expr(parent.c(fk->referred_columns().empty() ? parent.primary_key().columns().at(0)
                                                         : fk->referred_columns()[0])) ==
            Expr(child.c(fk->columns()[0]));
        for (std::size_t i = 1; i < fk->columns().size(); ++i)
          cond = cond &&
                 (Expr(parent.c(fk->referred_columns()[i])) == Expr(child.c(fk->columns()[i])));
        found.push_back(cond);
      }
    };
    for (const Table* r : right)
      for (const Table* l : left) {
        add(*r, *l);
        if (r != l) add(*l, *r);
      }
    if (found.size() != 1)
      throw ArgumentError(
          fmt::format("cannot infer the ON clause of a join to '{}': {} foreign key paths between "
                      "the two sides; "
                      "give the condition: a.join(b, on) (always needed for an alias)",
                      right.empty() ? "?" : right.front()->name(),
                      found.empty() ? "no" : std::to_string(found.size())));
    on = found.front();
  }
  FromClause out(*this);
  out.table_ = nullptr;
  out.alias_ = nullptr;
  out.join_ = std::make_shared<const Join>(Join{*this, other, *on, outer});
  return out;
}

// ---- aliases ------------------------------------------------------------------------------------

Alias Alias::of_table(const Table& table, std::string name) {
  auto d = std::make_shared<detail::AliasData>();
  d->name = std::move(name);
  d->table = &table;
  for (const Column& c : table.columns()) d->columns.emplace_back(c.name(), c.type());
  return Alias(std::move(d));
}

Alias Select::subquery(std::string name) const {
  auto d = std::make_shared<detail::AliasData>();
  d->name = std::move(name);
  d->select = *this;
  // The columns a subquery exports: those selected under a name.
  for (const Expr& e : d_->columns) {
    const detail::ExprNode* n = &e.node();
    while (const auto* cast = detail::as<detail::CastNode>(*n)) n = &cast->operand.node();
    if (const auto* label = detail::as<detail::LabelNode>(e.node()))
      d->columns.emplace_back(label->name, e.type());
    else if (const auto* column = detail::as<detail::ColumnNode>(*n))
      d->columns.emplace_back(column->name, e.type());
  }
  return Alias(std::move(d));
}

Alias Select::alias(std::string name) const { return subquery(std::move(name)); }

Alias Select::cte(std::string name, bool recursive) const {
  if (name.empty()) throw ArgumentError("cte(): give the CTE a name");
  Alias a = subquery(std::move(name));
  auto d = std::make_shared<detail::AliasData>(*a.data());
  d->cte = true;
  d->recursive = recursive;
  d->cte_id = d.get();
  return Alias(std::move(d));
}

namespace {

Alias cte_step(const Alias& a, Select::Data::Compound kind, const Select& s) {
  const auto& d = *a.data();
  if (!d.cte)
    throw ArgumentError("union_all() / union_() on an alias: only a cte() takes a recursive step");
  auto out = std::make_shared<detail::AliasData>(d);
  out->select = compound(kind, {*d.select, s});
  return Alias(std::move(out));
}

}  // namespace

Alias Alias::union_all(const Select& s) const {
  return cte_step(*this, Select::Data::Compound::union_all, s);
}
Alias Alias::union_(const Select& s) const {
  return cte_step(*this, Select::Data::Compound::union_, s);
}

namespace {

Expr alias_column(const std::shared_ptr<const detail::AliasData>& a, const std::string& name,
                  const Type& type) {
  return detail::make_expr(type, detail::ColumnNode{a->table, a, name});
}

}  // namespace

Expr Alias::c(std::string_view name) const {
  for (const auto& [col, type] : d_->columns)
    if (col == name) return alias_column(d_, col, type);
  std::string what =
      d_->table != nullptr ? fmt::format("alias of table '{}'", d_->table->name()) : "subquery";
  throw ArgumentError(fmt::format(
      "{} '{}' has no column '{}'{}", what, d_->name.empty() ? "(anonymous)" : d_->name, name,
      d_->select ? " (label an expression to make it a column of the subquery)" : ""));
}

std::vector<Expr> Alias::columns() const {
  std::vector<Expr> out;
  for (const auto& [col, type] : d_->columns) out.push_back(alias_column(d_, col, type));
  return out;
}

const std::string& Alias::name() const noexcept { return d_->name; }

FromClause::FromClause(const Alias& a) : alias_(a.data()) {}

}  // namespace sqlcore
