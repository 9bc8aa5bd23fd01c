// Building expressions and SELECT statements (pure data; the dialect's SQLCompiler renders them).
// SPDX-License-Identifier: MIT
#include <variant>

#include <fmt/format.h>

#include "sql/expr_node.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore {

namespace detail {

namespace {

Expr make(ExprNode n) { return Expr(std::make_shared<const ExprNode>(std::move(n))); }

// A comparison's or arithmetic's result type: Boolean for comparisons, the left side's type
// otherwise (SQLAlchemy's default comparator).
bool is_comparison(Op op) {
  switch (op) {
    case Op::eq:
    case Op::ne:
    case Op::lt:
    case Op::le:
    case Op::gt:
    case Op::ge:
    case Op::like:
    case Op::not_like:
    case Op::ilike:
    case Op::not_ilike:
    case Op::startswith:
    case Op::contains:
    case Op::in_:
    case Op::not_in:
    case Op::is_:
    case Op::is_not:
    case Op::and_:
    case Op::or_:
      return true;
    default:
      return false;
  }
}

}  // namespace

Expr column_expr(const Column& c) {
  if (c.table() == nullptr)
    throw ArgumentError(fmt::format(
        "column '{}' is not part of a table: declare it with MetaData::table()", c.name()));
  ExprNode n;
  n.kind = ExprNode::Kind::column;
  n.table = c.table();
  n.column = c.name();
  n.type = c.type();
  return make(std::move(n));
}

Expr value_expr(Value v, const Expr& compared_with) {
  ExprNode n;
  n.kind = ExprNode::Kind::bind;
  const ExprNode& other = compared_with.node();
  // Binds are named after the column they are compared with (id_1), else "param".
  n.key = other.kind == ExprNode::Kind::column     ? other.column
          : other.kind == ExprNode::Kind::function ? other.name
                                                   : "param";
  n.type = other.type;
  n.value = std::move(v);
  return make(std::move(n));
}

Expr binary(Op op, const Expr& left, const Expr& right) {
  ExprNode n;
  n.kind = ExprNode::Kind::binary;
  n.op = op;
  n.operands = {left, right};
  n.type = is_comparison(op) ? Boolean() : left.type();
  return make(std::move(n));
}

Expr unary(Op op, const Expr& operand) {
  ExprNode n;
  n.kind = ExprNode::Kind::unary;
  n.op = op;
  n.operands = {operand};
  n.type = op == Op::inv ? Boolean() : operand.type();
  return make(std::move(n));
}

Expr in_list(const Expr& left, std::vector<Value> values, bool negate) {
  ExprNode n;
  n.kind = ExprNode::Kind::in_list;
  n.op = negate ? Op::not_in : Op::in_;
  n.operands.push_back(left);
  for (auto& v : values) n.operands.push_back(value_expr(std::move(v), left));
  n.type = Boolean();
  return make(std::move(n));
}

Expr between(const Expr& e, const Expr& lo, const Expr& hi) {
  ExprNode n;
  n.kind = ExprNode::Kind::between;
  n.op = Op::between;
  n.operands = {e, lo, hi};
  n.type = Boolean();
  return make(std::move(n));
}

Expr label(const Expr& e, std::string name) {
  ExprNode n;
  n.kind = ExprNode::Kind::label;
  n.name = std::move(name);
  n.operands = {e};
  n.type = e.type();
  return make(std::move(n));
}

Expr in_select(const Expr& left, const Select& subquery, bool negate) {
  if (subquery.data().columns.size() != 1)
    throw ArgumentError(
        fmt::format("in_(select): the subquery selects {} columns; it must select one",
                    subquery.data().columns.size()));
  ExprNode n;
  n.kind = ExprNode::Kind::in_select;
  n.op = negate ? Op::not_in : Op::in_;
  n.operands = {left};
  n.select = subquery;
  n.type = Boolean();
  return make(std::move(n));
}

}  // namespace detail

using detail::Op;

Expr::Expr(const Column& c) : Expr(detail::column_expr(c)) {}
const Type& Expr::type() const noexcept { return node_->type; }

namespace {

// The type SQLAlchemy gives a plain value bound on its own (its literal type map).
Type type_of_value(const Value& v) {
  return std::visit(
      [](const auto& x) -> Type {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::int64_t>)
          return Integer();
        else if constexpr (std::is_same_v<T, double>)
          return Float();
        else if constexpr (std::is_same_v<T, std::string>)
          return String();
        else if constexpr (std::is_same_v<T, Blob>)
          return LargeBinary();
        else if constexpr (std::is_same_v<T, bool>)
          return Boolean();
        else if constexpr (std::is_same_v<T, Timestamp>)
          return DateTime();
        else if constexpr (std::is_same_v<T, std::chrono::year_month_day>)
          return Date();
        else if constexpr (std::is_same_v<T, TimeOfDay>)
          return Time();
        else if constexpr (std::is_same_v<T, Decimal>)
          return Numeric();
        else
          return NullType();
      },
      v.storage());
}

}  // namespace

Operand::Operand(const Column& c) : expr_(Expr(c)) {}

Expr Operand::to_expr(const Expr* compared_with) const {
  if (expr_) return *expr_;
  if (compared_with != nullptr) return detail::value_expr(value_, *compared_with);
  return literal(value_);
}

Expr cast(const Expr& e, Type type) {
  if (type.is_null_type()) throw ArgumentError("cast(): give the type to cast to (not NullType)");
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::cast;
  n.operands = {e};
  n.type = std::move(type);
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

namespace {

Expr make_case(std::vector<When> whens, const Operand* else_) {
  if (whens.empty()) throw ArgumentError("case_(): give at least one {condition, result}");
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::case_;
  for (const When& w : whens) {
    n.operands.push_back(w.condition);
    n.operands.push_back(w.result.to_expr());
  }
  n.type = n.operands.back().type();  // the last WHEN's result type, as SQLAlchemy 1.4
  if (else_ != nullptr) {
    n.operands.push_back(else_->to_expr());
    n.has_else = true;
  }
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

}  // namespace

Expr case_(std::vector<When> whens) { return make_case(std::move(whens), nullptr); }
Expr case_(std::vector<When> whens, const Operand& else_) {
  return make_case(std::move(whens), &else_);
}

Expr operator==(const Expr& a, const Expr& b) { return detail::binary(Op::eq, a, b); }
Expr operator!=(const Expr& a, const Expr& b) { return detail::binary(Op::ne, a, b); }
Expr operator<(const Expr& a, const Expr& b) { return detail::binary(Op::lt, a, b); }
Expr operator<=(const Expr& a, const Expr& b) { return detail::binary(Op::le, a, b); }
Expr operator>(const Expr& a, const Expr& b) { return detail::binary(Op::gt, a, b); }
Expr operator>=(const Expr& a, const Expr& b) { return detail::binary(Op::ge, a, b); }
Expr operator+(const Expr& a, const Expr& b) {
  // On strings, + is concatenation (SQLAlchemy's String comparator).
  bool text = a.type().value_kind() == ValueKind::text;
  return detail::binary(text ? Op::concat : Op::add, a, b);
}
Expr operator-(const Expr& a, const Expr& b) { return detail::binary(Op::sub, a, b); }
Expr operator*(const Expr& a, const Expr& b) { return detail::binary(Op::mul, a, b); }
Expr operator/(const Expr& a, const Expr& b) { return detail::binary(Op::div, a, b); }
Expr operator%(const Expr& a, const Expr& b) { return detail::binary(Op::mod, a, b); }
Expr operator&&(const Expr& a, const Expr& b) { return detail::binary(Op::and_, a, b); }
Expr operator||(const Expr& a, const Expr& b) { return detail::binary(Op::or_, a, b); }
Expr operator!(const Expr& e) { return not_(e); }
Expr operator-(const Expr& e) { return detail::unary(Op::neg, e); }
Expr not_(const Expr& e) { return detail::unary(Op::inv, e); }

Expr bindparam(std::string name, Type type) {
  if (name.empty()) throw ArgumentError("bindparam: the name is empty");
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::bind;
  n.key = std::move(name);
  n.named = true;
  n.type = std::move(type);
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

Expr literal(Value v, Type type) {
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::bind;
  n.key = "param";
  n.type = type.is_null_type() ? type_of_value(v) : std::move(type);
  n.value = std::move(v);
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

Expr func::count() {
  detail::ExprNode star;
  star.kind = detail::ExprNode::Kind::star;
  return detail_::call("count", {Expr(std::make_shared<const detail::ExprNode>(std::move(star)))});
}

Expr func::detail_::call(std::string name, std::vector<Expr> args) {
  if (name.empty()) throw ArgumentError("func::call: the function name is empty");
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::function;
  // count() is an integer; max, min, coalesce keep their first argument's type, so a DATETIME
  // column's max() reads back as a Timestamp; others are untyped.
  if (name == "count" || name == "length" || name == "char_length")
    n.type = Integer();
  else if ((name == "max" || name == "min" || name == "coalesce" || name == "sum") && !args.empty())
    n.type = args[0].type();
  else if ((name == "lower" || name == "upper") && !args.empty())
    n.type = args[0].type();
  // Bound arguments are named after the function (coalesce_2), as SQLAlchemy does.
  for (auto& a : args) {
    if (a.node().kind == detail::ExprNode::Kind::bind && !a.node().named &&
        a.node().key == "param") {
      detail::ExprNode b = a.node();
      b.key = name;
      a = Expr(std::make_shared<const detail::ExprNode>(std::move(b)));
    }
  }
  n.name = std::move(name);
  n.operands = std::move(args);
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

// ---- FROM clauses ------------------------------------------------------------------------------

namespace {

// The tables of a FROM item whose foreign keys can give a join's ON (not aliases).
void tables_of(const FromClause& f, std::vector<const Table*>& out) {
  if (f.table() != nullptr) {
    out.push_back(f.table());
  } else if (f.joined()) {
    tables_of(f.joined()->left, out);
    tables_of(f.joined()->right, out);
  }
}

}  // namespace

FromClause FromClause::join(const FromClause& other, std::optional<Expr> on, bool outer) const {
  if (!on) {
    // ON from the foreign keys between the two sides: exactly one path, as SQLAlchemy requires.
    std::vector<const Table*> left, right;
    tables_of(*this, left);
    tables_of(other, right);
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
  if (parts.size() < 2) throw ArgumentError("union_() / union_all(): give at least two SELECTs");
  std::size_t n = parts[0].data().columns.size();
  for (std::size_t i = 1; i < parts.size(); ++i)
    if (parts[i].data().columns.size() != n)
      throw ArgumentError(
          fmt::format("union_() / union_all(): SELECT {} has {} columns where the first has {}",
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
Expr Select::scalar_subquery() const {
  if (d_->columns.size() != 1)
    throw ArgumentError(fmt::format(
        "scalar_subquery(): the SELECT has {} columns; it must have one", d_->columns.size()));
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::scalar_select;
  n.select = *this;
  n.type = d_->columns[0].type();
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

Expr exists(const Select& subquery) {
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::exists;
  n.op = Op::exists;
  n.select = subquery;
  n.type = Boolean();
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
}

Select Select::select_from(const FromClause& f) const {
  refuse_on_compound(*d_, "select_from");
  return with([&](Data& d) { d.froms.push_back(f); });
}

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

Insert Insert::on_conflict_do_nothing(std::vector<std::string> index) const {
  check_names(*table_, index, "on_conflict_do_nothing()");
  Insert out(*this);
  out.on_conflict_ = OnConflict{std::move(index), false, {}, std::nullopt};
  return out;
}

Insert Insert::on_conflict_do_update(std::vector<std::string> index, Assignments set,
                                     std::optional<Expr> where) const {
  if (index.empty())
    throw ArgumentError(
        "on_conflict_do_update(): give the conflict target, the columns of a unique index or "
        "the primary key");
  if (set.empty()) throw ArgumentError("on_conflict_do_update(): give the columns to SET");
  check_names(*table_, index, "on_conflict_do_update()");
  check_columns(*table_, set, "on_conflict_do_update()");
  Insert out(*this);
  out.on_conflict_ = OnConflict{std::move(index), true, std::move(set), std::move(where)};
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
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::column;
  n.alias = kExcluded;
  n.column = std::move(column);
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
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
    while (n->kind == detail::ExprNode::Kind::cast) n = &n->operands[0].node();
    if (e.node().kind == detail::ExprNode::Kind::label)
      d->columns.emplace_back(e.node().name, e.type());
    else if (n->kind == detail::ExprNode::Kind::column)
      d->columns.emplace_back(n->column, e.type());
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
  detail::ExprNode n;
  n.kind = detail::ExprNode::Kind::column;
  n.table = a->table;
  n.alias = a;
  n.column = name;
  n.type = type;
  return Expr(std::make_shared<const detail::ExprNode>(std::move(n)));
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
