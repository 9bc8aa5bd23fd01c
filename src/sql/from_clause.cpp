// FROM items as data: joins (ON inferred from the foreign keys), table aliases, subqueries and
// CTEs.
// SPDX-License-Identifier: MIT

#include <algorithm>

#include <fmt/format.h>

#include "sql/from_node.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore {

// ---- FROM clauses ------------------------------------------------------------------------------

namespace {

using Origin = detail::AliasData::Origin;

// The table column an alias's column is, if it is one.
Origin origin_in(const detail::AliasData& a, const std::string& name) {
  for (std::size_t i = 0; i < a.columns.size() && i < a.origins.size(); ++i)
    if (a.columns[i].first == name) return a.origins[i];
  return {};
}

// A column of a FROM item as an expression, with the table column it is (SQLAlchemy's
// proxy_set, which corresponding_column() and a proxy's foreign keys go by).
struct ItemColumn {
  Expr expr;
  Origin origin;
  const void* item;  // the table or alias, to tell one FROM item's column from another's
};

void item_columns(const FromClause& f, std::vector<ItemColumn>& out) {
  if (f.table() != nullptr) {
    for (const Column& c : f.table()->columns())
      out.push_back({Expr(c), {f.table(), c.name()}, f.table()});
  } else if (f.alias()) {
    const auto& a = f.alias();
    for (std::size_t i = 0; i < a->columns.size(); ++i)
      out.push_back({detail::make_expr(a->columns[i].second,
                                       detail::ColumnNode{a->table, a, a->columns[i].first}),
                     i < a->origins.size() ? a->origins[i] : Origin{}, a.get()});
  } else {
    item_columns(f.joined()->left, out);
    item_columns(f.joined()->right, out);
  }
}

// The column of `side` that is `table.column` (SQLAlchemy's corresponding_column).
const ItemColumn* corresponding(const std::vector<ItemColumn>& side, const Table* table,
                                const std::string& column) {
  for (const ItemColumn& c : side)
    if (c.origin.table == table && c.origin.column == column) return &c;
  return nullptr;
}

// One column of a foreign key of a FROM item: the item's column and the column it refers to.
struct FkElement {
  const ForeignKeyConstraint* fk;
  const ItemColumn* parent;
  const Table* referred_table;
  std::string referred_column;
};

// The foreign keys of a FROM item's columns, in column order (SQLAlchemy sorts by the
// columns' creation order): an alias's and a subquery's columns keep their table's.
std::vector<FkElement> foreign_keys_of(const std::vector<ItemColumn>& side) {
  std::vector<FkElement> out;
  for (const ItemColumn& c : side) {
    if (c.origin.table == nullptr) continue;
    for (const ForeignKeyConstraint* fk : c.origin.table->foreign_keys()) {
      const Table* parent = c.origin.table->metadata().find_table(fk->referred_table());
      if (parent == nullptr) continue;
      for (std::size_t i = 0; i < fk->columns().size(); ++i) {
        if (fk->columns()[i] != c.origin.column) continue;
        const auto& pk = parent->primary_key().columns();
        const auto& rc = fk->referred_columns();
        if (i < rc.size())
          out.push_back({fk, &c, parent, rc[i]});
        else if (rc.empty() && i < pk.size())
          out.push_back({fk, &c, parent, pk[i]});
      }
    }
  }
  return out;
}

using Pairs = std::vector<std::pair<const ItemColumn*, const ItemColumn*>>;  // referred, parent

// SQLAlchemy's Join._joincond_scan_left_right: the foreign keys from `b` to `left` and from
// `left` to `b`, grouped by constraint, in the order found.
std::vector<std::pair<const ForeignKeyConstraint*, Pairs>> scan(const std::vector<ItemColumn>& left,
                                                                const std::vector<ItemColumn>& b,
                                                                bool same) {
  std::vector<std::pair<const ForeignKeyConstraint*, Pairs>> found;
  auto add = [&](const std::vector<ItemColumn>& from, const std::vector<ItemColumn>& to) {
    for (const FkElement& e : foreign_keys_of(from)) {
      const ItemColumn* col = corresponding(to, e.referred_table, e.referred_column);
      if (col == nullptr) continue;
      auto it =
          std::find_if(found.begin(), found.end(), [&](const auto& p) { return p.first == e.fk; });
      if (it == found.end()) it = found.insert(found.end(), {e.fk, {}});
      it->second.emplace_back(col, e.parent);
    }
  };
  add(b, left);
  if (!same) add(left, b);
  return found;
}

std::string describe(const FromClause& f) {
  if (f.table() != nullptr) return "'" + f.table()->name() + "'";
  if (f.alias()) {
    const auto& a = *f.alias();
    return a.name.empty()
               ? std::string("an anonymous ") + (a.table != nullptr ? "alias" : "subquery")
               : "'" + a.name + "'";
  }
  return "a join";
}

// SQLAlchemy's Join._join_condition: the foreign keys between the right side of `left` (when it
// is a join: the table joined last) and `right` first, then between all of `left` and `right`;
// exactly one constraint (or several giving the same condition) must be found.
Expr infer_on(const FromClause& left, const FromClause& right) {
  std::vector<ItemColumn> whole, last, b;
  item_columns(left, whole);
  item_columns(right, b);
  if (left.joined()) item_columns(left.joined()->right, last);
  bool same = left.table() != nullptr && left.table() == right.table();
  std::vector<std::pair<const ForeignKeyConstraint*, Pairs>> found;
  if (!last.empty()) found = scan(last, b, false);
  if (found.empty()) found = scan(whole, b, same);
  // Constraints that give the same condition are one (_joincond_trim_constraints).
  auto key = [](const Pairs& p) {
    std::vector<std::pair<const void*, const void*>> k;
    for (const auto& [x, y] : p) k.emplace_back(x, y);
    std::sort(k.begin(), k.end());
    return k;
  };
  std::size_t distinct = 0;
  for (std::size_t i = 0; i < found.size(); ++i) {
    bool seen = false;
    for (std::size_t j = 0; j < i && !seen; ++j)
      seen = key(found[j].second) == key(found[i].second);
    if (!seen) ++distinct;
  }
  if (distinct != 1)
    throw ArgumentError(fmt::format(
        "cannot infer the ON clause of a join to {}: {} foreign key paths between the two sides; "
        "give the condition: a.join(b, on)",
        describe(right), distinct == 0 ? "no" : std::to_string(distinct)));
  std::optional<Expr> on;
  for (const auto& [referred, parent] : found.front().second) {
    Expr cond = referred->expr == parent->expr;
    on = on ? (*on && cond) : cond;
  }
  return *on;
}

}  // namespace

FromClause FromClause::join(const FromClause& other, std::optional<Expr> on, bool outer,
                            bool full) const {
  if (!on) on = infer_on(*this, other);
  FromClause out(*this);
  out.table_ = nullptr;
  out.alias_ = nullptr;
  out.join_ = std::make_shared<const Join>(Join{*this, other, *on, outer || full, full});
  return out;
}

FromClause FromClause::rightjoin(const FromClause& other, std::optional<Expr> on) const {
  if (!on) on = infer_on(*this, other);
  FromClause out(*this);
  out.table_ = nullptr;
  out.alias_ = nullptr;
  out.join_ = std::make_shared<const Join>(Join{*this, other, *on, true, false, true});
  return out;
}

// ---- aliases ------------------------------------------------------------------------------------

Alias Alias::of_table(const Table& table, std::string name) {
  auto d = std::make_shared<detail::AliasData>();
  d->name = std::move(name);
  d->table = &table;
  for (const Column& c : table.columns()) {
    d->columns.emplace_back(c.name(), c.type());
    d->origins.push_back({&table, c.name()});
  }
  return Alias(std::move(d));
}

Alias Select::subquery(std::string name) const {
  auto d = std::make_shared<detail::AliasData>();
  d->name = std::move(name);
  d->select = *this;
  // The columns a subquery exports: those selected under a name.
  // A plain or labelled column is its table's column still (SQLAlchemy's proxies keep the
  // foreign keys); a CAST or another expression is not.
  auto origin = [](const detail::ExprNode& n) -> Origin {
    const auto* column = detail::as<detail::ColumnNode>(n);
    if (column == nullptr) return {};
    if (column->alias) return origin_in(*column->alias, column->name);
    return {column->table, column->name};
  };
  for (const Expr& e : d_->columns) {
    const detail::ExprNode* n = &e.node();
    while (const auto* cast = detail::as<detail::CastNode>(*n)) n = &cast->operand.node();
    if (const auto* label = detail::as<detail::LabelNode>(e.node())) {
      d->columns.emplace_back(label->name, e.type());
      d->origins.push_back(origin(label->element.node()));
    } else if (const auto* column = detail::as<detail::ColumnNode>(*n)) {
      d->columns.emplace_back(column->name, e.type());
      d->origins.push_back(n == &e.node() ? origin(*n) : Origin{});
    }
  }
  return Alias(std::move(d));
}

Alias Select::alias(std::string name) const { return subquery(std::move(name)); }

Alias Select::cte(std::string name, bool recursive) const {
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
