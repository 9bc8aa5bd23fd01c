// INSERT / UPDATE / DELETE as data: values, from_select, ON CONFLICT, RETURNING, excluded().
// SPDX-License-Identifier: MIT

#include <fmt/format.h>

#include "sql/from_node.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore {

// ---- INSERT / UPDATE / DELETE ------------------------------------------------------------------

namespace {

void check_columns(const Table& t, const Assignments& a, std::string_view what) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (t.find_column(a[i].first) == nullptr)
      throw ArgumentError(
          fmt::format("{}: table '{}' has no column '{}'", what, t.name(), a[i].first));
    for (std::size_t j = 0; j < i; ++j)
      if (a[j].first == a[i].first)
        throw ArgumentError(fmt::format("{}: column '{}' given twice", what, a[i].first));
  }
}

}  // namespace

Insert Insert::values(Assignments v) const {
  check_columns(*table_, v, "insert().values()");
  if (select_) throw ArgumentError("insert().values(): the INSERT is from_select()");
  Insert out(*this);
  out.values_ = std::move(v);
  return out;
}

Insert Insert::columns(std::vector<std::string> names) const {
  for (const auto& n : names)
    if (table_->find_column(n) == nullptr)
      throw ArgumentError(
          fmt::format("insert().columns(): table '{}' has no column '{}'", table_->name(), n));
  Insert out(*this);
  out.columns_ = std::move(names);
  return out;
}

namespace {

void check_names(const Table& t, const std::vector<std::string>& names, std::string_view what) {
  for (const auto& n : names)
    if (t.find_column(n) == nullptr)
      throw ArgumentError(fmt::format("{}: table '{}' has no column '{}'", what, t.name(), n));
}

}  // namespace

Insert Insert::from_select(std::vector<std::string> names, const Select& select) const {
  check_names(*table_, names, "insert().from_select()");
  if (names.size() != select.data().columns.size())
    throw ArgumentError(
        fmt::format("insert().from_select(): {} columns named but the SELECT gives {}",
                    names.size(), select.data().columns.size()));
  if (!values_.empty())
    throw ArgumentError("insert().from_select(): the INSERT already has values()");
  Insert out(*this);
  out.select_columns_ = std::move(names);
  out.select_ = select;
  return out;
}

Insert Insert::on_conflict_do_nothing(std::vector<std::string> index,
                                      std::optional<Expr> index_where) const {
  check_names(*table_, index, "on_conflict_do_nothing()");
  if (index_where && index.empty())
    throw ArgumentError("on_conflict_do_nothing(): index_where needs the index's columns");
  Insert out(*this);
  out.on_conflict_ = OnConflict{std::move(index), false, {}, std::nullopt, std::move(index_where)};
  return out;
}

Insert Insert::on_conflict_do_update(std::vector<std::string> index, Assignments set,
                                     std::optional<Expr> where,
                                     std::optional<Expr> index_where) const {
  if (index.empty())
    throw ArgumentError(
        "on_conflict_do_update(): give the conflict target, the columns of a unique index or "
        "the primary key");
  if (set.empty()) throw ArgumentError("on_conflict_do_update(): give the columns to SET");
  check_names(*table_, index, "on_conflict_do_update()");
  check_columns(*table_, set, "on_conflict_do_update()");
  Insert out(*this);
  out.on_conflict_ =
      OnConflict{std::move(index), true, std::move(set), std::move(where), std::move(index_where)};
  return out;
}

namespace {

void check_prefix(const std::string& prefix) {
  if (prefix.empty()) throw ArgumentError("prefix_with(): the prefix is empty");
}

}  // namespace

Insert Insert::prefix_with(std::string prefix) const {
  check_prefix(prefix);
  Insert out(*this);
  out.prefixes_.push_back(std::move(prefix));
  return out;
}
Update Update::prefix_with(std::string prefix) const {
  check_prefix(prefix);
  Update out(*this);
  out.prefixes_.push_back(std::move(prefix));
  return out;
}
Delete Delete::prefix_with(std::string prefix) const {
  check_prefix(prefix);
  Delete out(*this);
  out.prefixes_.push_back(std::move(prefix));
  return out;
}

Insert Insert::returning(std::vector<Expr> columns) const {
  if (columns.empty()) throw ArgumentError("returning(): give at least one expression");
  Insert out(*this);
  out.returning_ = std::move(columns);
  return out;
}

Update Update::returning(std::vector<Expr> columns) const {
  if (columns.empty()) throw ArgumentError("returning(): give at least one expression");
  Update out(*this);
  out.returning_ = std::move(columns);
  return out;
}

Delete Delete::returning(std::vector<Expr> columns) const {
  if (columns.empty()) throw ArgumentError("returning(): give at least one expression");
  Delete out(*this);
  out.returning_ = std::move(columns);
  return out;
}

Expr excluded(std::string column) {
  if (column.empty()) throw ArgumentError("excluded(): the column name is empty");
  static const auto kExcluded = [] {
    auto d = std::make_shared<detail::AliasData>();
    d->name = "excluded";
    return std::shared_ptr<const detail::AliasData>(std::move(d));
  }();
  return detail::make_expr(Type(), detail::ColumnNode{nullptr, kExcluded, std::move(column)});
}

Update Update::values(Assignments v) const {
  check_columns(*table_, v, "update().values()");
  Update out(*this);
  out.values_.insert(out.values_.end(), v.begin(), v.end());
  return out;
}

Update Update::where(const Expr& c) const {
  Update out(*this);
  out.where_ = out.where_ ? (*out.where_ && c) : c;
  return out;
}

Delete Delete::where(const Expr& c) const {
  Delete out(*this);
  out.where_ = out.where_ ? (*out.where_ && c) : c;
  return out;
}

}  // namespace sqlcore
