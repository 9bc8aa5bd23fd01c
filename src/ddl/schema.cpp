// Schema objects: validation when a table is declared, implicit constraints and indexes,
// and the foreign key dependency order of a MetaData.
// SPDX-License-Identifier: MIT
#include "sqlcore/schema.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <climits>
#include <cstdint>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "base/text.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore {

std::string detail::checked_resolution(std::string r, std::string_view what) {
  static constexpr std::array<std::string_view, 5> kResolutions{"ROLLBACK", "ABORT", "FAIL",
                                                                "IGNORE", "REPLACE"};
  std::string up = ascii_upper(r);
  if (std::find(kResolutions.begin(), kResolutions.end(), up) == kResolutions.end())
    throw ArgumentError(fmt::format(
        "{}: ON CONFLICT resolution '{}' is not one of ROLLBACK, ABORT, FAIL, IGNORE, REPLACE",
        what, r));
  return up;
}

namespace {

std::uint64_t next_table_serial() {
  static std::atomic<std::uint64_t> last{0};
  return last.fetch_add(1, std::memory_order_relaxed) + 1;
}

// SQLite compares identifiers case-insensitively (ASCII).
using detail::ascii_lower;
using detail::iequals;

// "table.column" → (table, column), split at the last dot.
std::pair<std::string, std::string> split_target(const std::string& target, std::string_view table,
                                                 std::string_view column) {
  auto dot = target.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == target.size())
    throw ArgumentError(
        fmt::format("table '{}', column '{}': foreign_key target '{}' must be 'table.column'",
                    table, column, target));
  return {target.substr(0, dot), target.substr(dot + 1)};
}

}  // namespace

Column::Column(std::string name, Type type) : name_(std::move(name)), type_(std::move(type)) {}

Column& Column::sqlite_on_conflict_not_null(std::string resolution) {
  on_conflict_not_null_ =
      detail::checked_resolution(std::move(resolution), "column '" + name_ + "'");
  return *this;
}
Column& Column::sqlite_on_conflict_unique(std::string resolution) {
  on_conflict_unique_ = detail::checked_resolution(std::move(resolution), "column '" + name_ + "'");
  return *this;
}
Column& Column::sqlite_on_conflict_primary_key(std::string resolution) {
  on_conflict_primary_key_ =
      detail::checked_resolution(std::move(resolution), "column '" + name_ + "'");
  return *this;
}

TableOption sqlite_on_conflict_primary_key(std::string resolution) {
  return {TableOption::Kind::on_conflict_primary_key, true,
          detail::checked_resolution(std::move(resolution), "sqlite_on_conflict_primary_key")};
}

void TableArgs::add(PrimaryKeyConstraint pk) {
  if (primary_key) throw ArgumentError("a table takes one PrimaryKeyConstraint");
  primary_key = std::move(pk);
  primary_key_position = constraints.size();
}

namespace {

// sqlite_column_constraint(): SQLite's column-constraint grammar has one column, takes the
// column's own collation and DESC only after PRIMARY KEY.
template <class Constraint>
void check_column_constraint(std::string_view table, const Constraint& con, bool desc_allowed) {
  if (!con.is_sqlite_column_constraint()) return;
  auto bad = [&](std::string_view why) {
    throw ArgumentError(fmt::format("table '{}': {} with sqlite_column_constraint() {}", table,
                                    Constraint::kind_name, why));
  };
  if (con.columns().size() != 1)
    bad(fmt::format("needs exactly one column (it has {})", con.columns().size()));
  for (const auto& e : con.element_options()) {
    if (e.collation) bad("cannot have a COLLATE on its element (the column's collation applies)");
    if (e.desc && !desc_allowed) bad("cannot have DESC (only a PRIMARY KEY can)");
  }
}

}  // namespace

// ---- Table
// ---------------------------------------------------------------------------------------

Table::Table(const MetaData& metadata, std::string name, TableArgs args)
    : metadata_(&metadata),
      serial_(next_table_serial()),
      name_(std::move(name)),
      columns_(std::move(args.columns)) {
  if (columns_.empty()) throw ArgumentError(fmt::format("table '{}' has no columns", name_));
  for (std::size_t i = 0; i < columns_.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (iequals(columns_[i].name(), columns_[j].name()))
        throw ArgumentError(
            fmt::format("table '{}': duplicate column '{}'", name_, columns_[i].name()));
  std::optional<std::string> table_pk_conflict = apply_options(args.options);
  for (const TableOption& o : args.options)
    if (o.kind == TableOption::Kind::constraints_in_given_order)
      primary_key_position_ =
          o.flag ? std::min(args.primary_key_position, args.constraints.size()) : 0;
  make_primary_key(std::move(args.primary_key));
  if (table_pk_conflict && !primary_key_.on_conflict())
    primary_key_.sqlite_on_conflict(*table_pk_conflict);
  add_constraints(std::move(args.constraints));
  make_indexes(std::move(args.indexes));
}

void Table::need_column(std::string_view col, std::string_view what) const {
  if (find_column(col) == nullptr)
    throw ArgumentError(fmt::format("table '{}': {} names unknown column '{}'", name_, what, col));
}

std::optional<std::string> Table::apply_options(const std::vector<TableOption>& options) {
  std::optional<std::string> pk_conflict;
  for (const TableOption& o : options) {
    switch (o.kind) {
      case TableOption::Kind::autoincrement:
        autoincrement_ = o.flag;
        break;
      case TableOption::Kind::with_rowid:
        with_rowid_ = o.flag;
        break;
      case TableOption::Kind::strict:
        strict_ = o.flag;
        break;
      case TableOption::Kind::on_conflict_primary_key:
        pk_conflict = o.resolution;
        break;
      case TableOption::Kind::virtual_table:
        virtual_sql_ = o.resolution;
        break;
      case TableOption::Kind::constraints_in_given_order:
        break;  // the constructor places the primary key, which needs the constraints' count
    }
  }
  return pk_conflict;
}

// The primary key: the constraint given (its columns become primary key columns, as in
// SQLAlchemy), or the columns marked primary_key().
void Table::make_primary_key(std::optional<PrimaryKeyConstraint> given) {
  if (!given) {
    std::vector<std::string> cols;
    for (const Column& col : columns_)
      if (col.is_primary_key()) cols.push_back(col.name());
    primary_key_ = PrimaryKeyConstraint(std::move(cols));
    return;
  }
  for (const auto& col : given->columns()) need_column(col, "PrimaryKeyConstraint");
  for (const auto& e : given->element_options())
    if (std::find(given->columns().begin(), given->columns().end(), e.column) ==
        given->columns().end())
      throw ArgumentError(fmt::format(
          "table '{}': PrimaryKeyConstraint has COLLATE / DESC for '{}', which it does not list",
          name_, e.column));
  check_column_constraint(name_, *given, true);
  for (Column& col : columns_) {
    bool listed = std::any_of(given->columns().begin(), given->columns().end(),
                              [&](const std::string& n) { return iequals(n, col.name()); });
    if (col.is_primary_key() && !listed)
      throw ArgumentError(
          fmt::format("table '{}': column '{}' is marked primary_key() but is not in the "
                      "PrimaryKeyConstraint",
                      name_, col.name()));
    if (listed) col.primary_key_ = true;
  }
  primary_key_ = std::move(*given);
}

namespace {

// Checks a table-level constraint given to MetaData::table(): one overload per kind of
// TableConstraint, so that a kind added to the variant and not checked here does not compile.
struct ConstraintCheck {
  const Table& t;
  void need(const std::string& col, std::string_view what) const {
    if (t.find_column(col) == nullptr)
      throw ArgumentError(
          fmt::format("table '{}': {} names unknown column '{}'", t.name(), what, col));
  }
  void operator()(const UniqueConstraint& con) const {
    if (con.columns().empty())
      throw ArgumentError(fmt::format("table '{}': UniqueConstraint has no columns", t.name()));
    for (const auto& col : con.columns()) need(col, "UniqueConstraint");
    for (const auto& e : con.element_options())
      if (std::find(con.columns().begin(), con.columns().end(), e.column) == con.columns().end())
        throw ArgumentError(fmt::format(
            "table '{}': UniqueConstraint has COLLATE / DESC for '{}', which it does not list",
            t.name(), e.column));
    check_column_constraint(t.name(), con, false);
  }
  void operator()(const CheckConstraint&) const {}  // SQL text, not checked against columns
  void operator()(const ForeignKeyConstraint& con) const {
    // No referred columns means the parent's primary key, as SQLite allows.
    if (con.columns().empty() ||
        (!con.referred_columns().empty() && con.columns().size() != con.referred_columns().size()))
      throw ArgumentError(
          fmt::format("table '{}': ForeignKeyConstraint needs as many referred columns as columns "
                      "(got {} and {})",
                      t.name(), con.columns().size(), con.referred_columns().size()));
    for (const auto& col : con.columns()) need(col, "ForeignKeyConstraint");
  }
};

}  // namespace

// Table-level constraints: those given, in order, then per column UNIQUE and FOREIGN KEY.
void Table::add_constraints(std::vector<TableConstraint> given) {
  for (auto& c : given) {
    std::visit(ConstraintCheck{*this}, c);
    constraints_.push_back(std::move(c));
  }
  for (Column& col : columns_) {
    col.table_ = this;
    if (col.is_unique() && !col.has_index()) {
      UniqueConstraint u({col.name()});
      if (col.on_conflict_unique()) u.sqlite_on_conflict(*col.on_conflict_unique());
      constraints_.emplace_back(std::move(u));
    }
    for (const auto& ref : col.foreign_keys()) {
      auto [table, column] = split_target(ref.target, name_, col.name());
      constraints_.emplace_back(ForeignKeyConstraint({col.name()}, table, {column}, ref.options));
    }
  }
}

// Indexes: those given, and "ix_<table>_<column>" for Column::index(); sorted by name.
void Table::make_indexes(std::vector<Index> given) {
  indexes_ = std::move(given);
  for (const Column& col : columns_) {
    if (!col.has_index()) continue;
    Index ix(fmt::format("ix_{}_{}", name_, col.name()), {col.name()});
    ix.unique(col.is_unique());
    indexes_.push_back(std::move(ix));
  }
  for (Index& ix : indexes_) {
    if (ix.columns().empty())
      throw ArgumentError(fmt::format("table '{}': index '{}' has no columns", name_, ix.name()));
    for (std::size_t i = 0; i < ix.columns().size(); ++i)
      if (!ix.is_expression(i)) need_column(ix.columns()[i], fmt::format("index '{}'", ix.name()));
    ix.table_ = this;
  }
  std::stable_sort(indexes_.begin(), indexes_.end(),
                   [](const Index& a, const Index& b) { return a.name() < b.name(); });
  for (std::size_t i = 1; i < indexes_.size(); ++i)
    if (indexes_[i].name() == indexes_[i - 1].name())
      throw ArgumentError(
          fmt::format("table '{}': two indexes named '{}'", name_, indexes_[i].name()));
}

TableArgs Table::to_args() const {
  TableArgs args;
  for (const Column& col : columns_) {
    Column copy = col;
    copy.unique_ = false;  // made into constraints_ / indexes_, copied below
    copy.index_ = false;
    copy.foreign_keys_.clear();
    copy.table_ = nullptr;
    if (!primary_key_.columns().empty()) copy.primary_key_ = false;  // the constraint says
    args.columns.push_back(std::move(copy));
  }
  for (const Index& ix : indexes_) {
    Index copy = ix;
    copy.table_ = nullptr;
    args.indexes.push_back(std::move(copy));
  }
  if (!primary_key_.columns().empty()) args.primary_key = primary_key_;
  args.constraints = constraints_;
  args.primary_key_position = primary_key_position_;
  if (autoincrement_) args.options.push_back(sqlcore::sqlite_autoincrement(true));
  if (!with_rowid_) args.options.push_back(sqlcore::sqlite_with_rowid(false));
  if (strict_) args.options.push_back(sqlcore::sqlite_strict(true));
  if (!virtual_sql_.empty()) args.options.push_back(sqlcore::sqlite_virtual_table(virtual_sql_));
  if (primary_key_position_ != 0)
    args.options.push_back(sqlcore::sqlite_constraints_in_given_order(true));
  return args;
}

const Column* Table::find_column(std::string_view name) const noexcept {
  for (const Column& c : columns_)
    if (iequals(c.name(), name)) return &c;
  return nullptr;
}

const Column& Table::c(std::string_view name) const {
  if (const Column* c = find_column(name)) return *c;
  std::vector<std::string> names;
  for (const Column& c : columns_) names.push_back(c.name());
  throw ArgumentError(fmt::format("table '{}' has no column '{}' (columns: {})", name_, name,
                                  fmt::join(names, ", ")));
}

const Index& Table::index(std::string_view name) const {
  for (const Index& ix : indexes_)
    if (ix.name() == name) return ix;
  throw ArgumentError(fmt::format("table '{}' has no index '{}'", name_, name));
}

std::vector<const ForeignKeyConstraint*> Table::foreign_keys() const {
  std::vector<const ForeignKeyConstraint*> out;
  for (const auto& c : constraints_)
    if (const auto* fk = std::get_if<ForeignKeyConstraint>(&c)) out.push_back(fk);
  return out;
}

// ---- MetaData
// ------------------------------------------------------------------------------------

MetaData::MetaData() = default;
MetaData::~MetaData() = default;
MetaData::MetaData(MetaData&&) noexcept = default;
MetaData& MetaData::operator=(MetaData&&) noexcept = default;

Table& MetaData::add_table(std::string name, TableArgs args) {
  if (find_table(name) != nullptr)
    throw ArgumentError(fmt::format("table '{}' is already defined for this MetaData", name));
  tables_.push_back(std::make_unique<Table>(*this, std::move(name), std::move(args)));
  by_name_.emplace(ascii_lower(tables_.back()->name()), tables_.back().get());
  return *tables_.back();
}

void MetaData::view(std::string name, std::string select) {
  std::string sql = "CREATE VIEW " + detail::force_quote(name) + " AS " + select;
  views_.push_back({std::move(name), std::move(sql)});
}

const Table* MetaData::find_table(std::string_view name) const noexcept {
  auto it = by_name_.find(ascii_lower(name));
  return it == by_name_.end() ? nullptr : it->second;
}

std::vector<const Table*> MetaData::tables() const {
  std::vector<const Table*> out;
  for (const auto& t : tables_) out.push_back(t.get());
  return out;
}

namespace {

using Graph = std::vector<std::vector<std::size_t>>;  // node → the nodes it references

// The strongly connected component of each node (Tarjan's algorithm, iterative): an edge inside
// one is part of a cycle.
std::vector<std::size_t> cycle_components(const Graph& parents) {
  const std::size_t n = parents.size();
  std::vector<std::size_t> comp(n, SIZE_MAX), low(n), num(n, SIZE_MAX), stack;
  std::vector<bool> on_stack(n, false);
  std::size_t counter = 0, comps = 0;
  for (std::size_t root = 0; root < n; ++root) {
    if (num[root] != SIZE_MAX) continue;
    std::vector<std::pair<std::size_t, std::size_t>> work{{root, 0}};  // (node, next parent)
    while (!work.empty()) {
      auto& [v, next] = work.back();
      if (next == 0 && num[v] == SIZE_MAX) {
        num[v] = low[v] = counter++;
        stack.push_back(v);
        on_stack[v] = true;
      }
      if (next < parents[v].size()) {
        std::size_t w = parents[v][next++];
        if (num[w] == SIZE_MAX) {
          work.emplace_back(w, 0);
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], num[w]);
        }
        continue;
      }
      if (low[v] == num[v]) {
        std::size_t w;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = false;
          comp[w] = comps;
        } while (w != v);
        ++comps;
      }
      std::size_t done = v;
      work.pop_back();
      if (!work.empty()) low[work.back().first] = std::min(low[work.back().first], low[done]);
    }
  }
  return comp;
}

// Each node's round: one after the latest round of the nodes it references, over the edges
// that are not part of a cycle (Kahn's algorithm).
std::vector<std::size_t> rounds(const Graph& parents, const std::vector<std::size_t>& comp) {
  const std::size_t n = parents.size();
  Graph children(n);
  std::vector<std::size_t> pending(n, 0), round(n, 0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t p : parents[i])
      if (comp[p] != comp[i]) {
        children[p].push_back(i);
        ++pending[i];
      }
  std::vector<std::size_t> ready;
  for (std::size_t i = 0; i < n; ++i)
    if (pending[i] == 0) ready.push_back(i);
  while (!ready.empty()) {
    std::size_t v = ready.back();
    ready.pop_back();
    for (std::size_t c : children[v]) {
      round[c] = std::max(round[c], round[v] + 1);
      if (--pending[c] == 0) ready.push_back(c);
    }
  }
  return round;
}

}  // namespace

std::vector<const Table*> MetaData::sorted_tables() const {
  // SQLAlchemy's sort_tables: tables by name, then a layered topological sort (each round
  // emits, in name order, every table whose referenced tables are all out), leaving out the
  // foreign keys that form cycles. A table's round is one after the latest round of the tables
  // it references, so sorting by (round, name) gives the same order in O(E log V).
  // Self-references and references to tables outside this MetaData do not count.
  std::vector<const Table*> order = tables();
  std::sort(order.begin(), order.end(),
            [](const Table* a, const Table* b) { return a->name() < b->name(); });
  const std::size_t n = order.size();
  std::unordered_map<const Table*, std::size_t> index;
  for (std::size_t i = 0; i < n; ++i) index.emplace(order[i], i);
  Graph parents(n);
  for (std::size_t i = 0; i < n; ++i) {
    for (const ForeignKeyConstraint* fk : order[i]->foreign_keys()) {
      const Table* p = find_table(fk->referred_table());
      if (p == nullptr || p == order[i]) continue;
      parents[i].push_back(index.at(p));
    }
  }
  std::vector<std::size_t> round = rounds(parents, cycle_components(parents));
  std::vector<std::size_t> ids(n);
  for (std::size_t i = 0; i < n; ++i) ids[i] = i;
  std::stable_sort(ids.begin(), ids.end(),
                   [&](std::size_t a, std::size_t b) { return round[a] < round[b]; });
  std::vector<const Table*> out;
  out.reserve(n);
  for (std::size_t i : ids) out.push_back(order[i]);
  return out;
}

}  // namespace sqlcore
