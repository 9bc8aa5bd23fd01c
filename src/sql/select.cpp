// SELECT as data: the column list and clauses, compounds (UNION ...), and the subquery
// expressions made of a SELECT (scalar, EXISTS, IN).
// SPDX-License-Identifier: MIT

#include <fmt/format.h>

#include "sql/from_node.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore {

using detail::Op;

Expr detail::in_select(const Expr& left, const Select& subquery, bool negate) {
  if (subquery.data().columns.size() != 1)
    throw ArgumentError(
        fmt::format("in_(select): the subquery selects {} columns; it must select one",
                    subquery.data().columns.size()));
  return make_expr(Boolean(), InSelectNode{negate ? Op::not_in : Op::in_, left,
                                           std::make_shared<const Select>(subquery)});
}

// ---- SELECT -------------------------------------------------------------------------------------

Select select_items(std::vector<SelectItem> items) {
  auto d = std::make_shared<Select::Data>();
  for (auto& item : items) {
    if (const auto* t = std::get_if<const Table*>(&item)) {
      for (const Column& c : (*t)->columns()) d->columns.emplace_back(c);
    } else if (const auto* a = std::get_if<Alias>(&item)) {
      for (const Expr& c : a->columns()) d->columns.push_back(c);
    } else {
      d->columns.push_back(std::get<Expr>(item));
    }
  }
  if (d->columns.empty()) throw ArgumentError("select(): give at least one column or table");
  return Select(std::move(d));
}

Select Select::with(const std::function<void(Data&)>& change) const {
  auto d = std::make_shared<Data>(*d_);
  change(*d);
  return Select(std::move(d));
}

namespace {

void refuse_on_compound(const Select::Data& d, std::string_view what) {
  if (d.compound != Select::Data::Compound::none)
    throw ArgumentError(fmt::format(
        "{}() on a UNION: a compound SELECT takes only order_by, limit and offset; make it a "
        "subquery() and select from that",
        what));
}

}  // namespace

Select compound(Select::Data::Compound kind, std::vector<Select> parts) {
  const char* what = "union_() / union_all()";
  if (kind == Select::Data::Compound::intersect || kind == Select::Data::Compound::intersect_all)
    what = "intersect() / intersect_all()";
  else if (kind == Select::Data::Compound::except_ || kind == Select::Data::Compound::except_all)
    what = "except_() / except_all()";
  if (parts.size() < 2) throw ArgumentError(fmt::format("{}: give at least two SELECTs", what));
  std::size_t n = parts[0].data().columns.size();
  for (std::size_t i = 1; i < parts.size(); ++i)
    if (parts[i].data().columns.size() != n)
      throw ArgumentError(fmt::format("{}: SELECT {} has {} columns where the first has {}", what,
                                      i + 1, parts[i].data().columns.size(), n));
  auto d = std::make_shared<Select::Data>();
  d->compound = kind;
  d->columns = parts[0].data().columns;
  d->parts = std::move(parts);
  return Select(std::move(d));
}

Select Select::where(const Expr& c) const {
  refuse_on_compound(*d_, "where");
  return with([&](Data& d) { d.where = d.where ? (*d.where && c) : c; });
}
Select Select::having(const Expr& c) const {
  refuse_on_compound(*d_, "having");
  return with([&](Data& d) { d.having = d.having ? (*d.having && c) : c; });
}
Select Select::order_by(std::vector<Expr> o) const {
  return with([&](Data& d) { d.order.insert(d.order.end(), o.begin(), o.end()); });
}
Select Select::group_by(std::vector<Expr> g) const {
  refuse_on_compound(*d_, "group_by");
  return with([&](Data& d) { d.groups.insert(d.groups.end(), g.begin(), g.end()); });
}
Select Select::limit(std::int64_t n) const {
  if (n < 0) throw ArgumentError(fmt::format("limit({}): must not be negative", n));
  return with([&](Data& d) { d.limit = n; });
}
Select Select::offset(std::int64_t n) const {
  if (n < 0) throw ArgumentError(fmt::format("offset({}): must not be negative", n));
  return with([&](Data& d) { d.offset = n; });
}
Select Select::distinct() const {
  refuse_on_compound(*d_, "distinct");
  return with([](Data& d) { d.distinct = true; });
}
Select Select::prefix_with(std::string prefix) const {
  refuse_on_compound(*d_, "prefix_with");
  if (prefix.empty()) throw ArgumentError("prefix_with(): the prefix is empty");
  return with([&](Data& d) { d.prefixes.push_back(std::move(prefix)); });
}
Expr Select::scalar_subquery() const {
  if (d_->columns.size() != 1)
    throw ArgumentError(fmt::format(
        "scalar_subquery(): the SELECT has {} columns; it must have one", d_->columns.size()));
  return detail::make_expr(d_->columns[0].type(),
                           detail::ScalarSelectNode{std::make_shared<const Select>(*this)});
}

Expr exists(const Select& subquery) {
  return detail::make_expr(Boolean(), detail::ExistsNode{std::make_shared<const Select>(subquery)});
}

Select Select::select_from(const FromClause& f) const {
  refuse_on_compound(*d_, "select_from");
  return with([&](Data& d) { d.froms.push_back(f); });
}

}  // namespace sqlcore
