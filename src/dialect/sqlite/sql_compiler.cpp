// SQLCompiler for SQLite: expressions and SELECT, as SQLAlchemy 1.4's sqlite dialect renders
// them with qmark binds (sql/compiler.py, dialects/sqlite/base.py).
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "dialect/sqlite/identifier_preparer.hpp"
#include "sql/expr_node.hpp"
#include "sqlcore/dialect.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/sql.hpp"

namespace sqlcore {

namespace {

using detail::ExprNode;
using detail::Op;
using detail::quote_identifier;
using Kind = ExprNode::Kind;

constexpr int kSmallest = -100;  // operators SQLAlchemy's table lacks: always parenthesized
constexpr int kLargest = 100;

// sql/operators.py _PRECEDENCE.
int precedence(Op op) {
  switch (op) {
    case Op::mul:
    case Op::div:
    case Op::mod:
    case Op::neg:
      return 8;
    case Op::add:
    case Op::sub:
      return 7;
    case Op::concat:
      return 6;
    case Op::like:
    case Op::not_like:
    case Op::ilike:
    case Op::not_ilike:
    case Op::in_:
    case Op::not_in:
    case Op::is_:
    case Op::is_not:
    case Op::eq:
    case Op::ne:
    case Op::gt:
    case Op::lt:
    case Op::ge:
    case Op::le:
    case Op::between:
    case Op::not_between:
    case Op::distinct:
    case Op::inv:
      return 5;
    case Op::and_:
      return 3;
    case Op::or_:
      return 2;
    case Op::desc:
    case Op::asc:
      return 3;
    case Op::startswith:
    case Op::contains:
    case Op::nulls_first:
    case Op::nulls_last:
    case Op::exists:
      return kSmallest;
  }
  return kSmallest;
}

bool associative(Op op) {
  return op == Op::and_ || op == Op::or_ || op == Op::add || op == Op::mul || op == Op::concat;
}

// The operator an expression is, for grouping decisions; nullopt for atoms.
std::optional<Op> operator_of(const ExprNode& n) {
  switch (n.kind) {
    case Kind::binary:
    case Kind::unary:
    case Kind::in_list:
    case Kind::in_select:
    case Kind::between:
    case Kind::exists:
      return n.op;
    default:
      return std::nullopt;
  }
}

// SQLAlchemy's negation of comparisons: NOT (a = b) is a != b, and so on.
std::optional<Op> negated(Op op) {
  switch (op) {
    case Op::eq:
      return Op::ne;
    case Op::ne:
      return Op::eq;
    case Op::lt:
      return Op::ge;
    case Op::ge:
      return Op::lt;
    case Op::gt:
      return Op::le;
    case Op::le:
      return Op::gt;
    case Op::like:
      return Op::not_like;
    case Op::not_like:
      return Op::like;
    case Op::ilike:
      return Op::not_ilike;
    case Op::not_ilike:
      return Op::ilike;
    case Op::in_:
      return Op::not_in;
    case Op::not_in:
      return Op::in_;
    case Op::is_:
      return Op::is_not;
    case Op::is_not:
      return Op::is_;
    case Op::between:
      return Op::not_between;
    case Op::not_between:
      return Op::between;
    default:
      return std::nullopt;
  }
}

const char* symbol(Op op) {
  switch (op) {
    case Op::eq:
      return " = ";
    case Op::ne:
      return " != ";
    case Op::lt:
      return " < ";
    case Op::le:
      return " <= ";
    case Op::gt:
      return " > ";
    case Op::ge:
      return " >= ";
    case Op::add:
      return " + ";
    case Op::sub:
      return " - ";
    case Op::mul:
      return " * ";
    case Op::div:
      return " / ";
    case Op::mod:
      return " % ";
    case Op::concat:
      return " || ";
    case Op::and_:
      return " AND ";
    case Op::or_:
      return " OR ";
    case Op::like:
      return " LIKE ";
    case Op::not_like:
      return " NOT LIKE ";
    case Op::is_:
      return " IS ";
    case Op::is_not:
      return " IS NOT ";
    default:
      return " ? ";
  }
}

// A FROM item a column belongs to: a table, or an alias (of a table or of a subquery).
struct FromRef {
  const Table* table = nullptr;
  std::shared_ptr<const detail::AliasData> alias;
  const void* key() const {
    if (!alias) return table;
    return alias->cte ? alias->cte_id : static_cast<const void*>(alias.get());
  }
  friend bool operator==(const FromRef& a, const FromRef& b) { return a.key() == b.key(); }
};

class Compiler {
 public:
  explicit Compiler(const Dialect& dialect) : dialect_(dialect) {}

  Compiled out;
  // Where each bind's value comes from (a bind node, an Assign, a LIMIT / OFFSET field of a
  // Select::Data; nullptr: none), parallel to out.values: the compiled cache maps a later
  // statement's values to these binds through them (sql/cache_key.hpp).
  std::vector<const void*> sources;

  void emit(std::string name, std::optional<Value> value, Type type, const void* source) {
    out.params.push_back(std::move(name));
    out.values.push_back(std::move(value));
    out.bind_types.push_back(std::move(type));
    sources.push_back(source);
  }

  std::string bind(const ExprNode& b, const Type& type) {
    emit(b.named ? b.key : next_name(b.key), b.value, type.is_null_type() ? b.type : type, &b);
    return "?";
  }

  // A CompileError naming the feature and both versions when this SQLite lacks it.
  void require(bool supported, std::string_view feature, std::string_view since) const {
    if (!supported)
      throw CompileError(fmt::format("{} needs SQLite {} or later; this one is {}", feature, since,
                                     dialect_.version_text()));
  }
  const Dialect& dialect() const noexcept { return dialect_; }

  std::string next_name(const std::string& key) {
    return fmt::format("{}_{}", key, ++counters_[key]);
  }

  std::string column(const ExprNode& c) {
    if (compound_order_) return quote_identifier(c.column);
    if (c.alias) return quote_identifier(alias_name(*c.alias)) + "." + quote_identifier(c.column);
    return quote_identifier(c.table->name()) + "." + quote_identifier(c.column);
  }

  // An alias's name; an anonymous one gets <table>_N or anon_N, the same at each use.
  const std::string& alias_name(const detail::AliasData& a) {
    if (!a.name.empty()) return a.name;
    auto [it, added] = alias_names_.try_emplace(&a);
    if (added) it->second = next_name(a.table != nullptr ? a.table->name() : "anon");
    return it->second;
  }

  // An operand of `parent`, in parentheses when it binds less tightly (SQLAlchemy's self_group).
  std::string operand(const Expr& e, Op parent) {
    std::string s = process(e);
    auto op = operator_of(e.node());
    if (!op) return s;
    if (*op == parent && associative(*op)) return s;
    if (*op == Op::not_in) return s;  // already in its own parentheses
    if (precedence(*op) <= (precedence(parent) == kSmallest ? kLargest : precedence(parent)))
      return "(" + s + ")";
    return s;
  }

  std::string process(const Expr& e) { return process(e.node()); }

  std::string process(const ExprNode& n) {
    switch (n.kind) {
      case Kind::column:
        return column(n);
      case Kind::star:
        return "*";
      case Kind::bind:
        return bind(n, n.type);
      case Kind::label: {
        std::string s = process(n.operands[0]);
        return s + " AS " + quote_identifier(n.name);
      }
      case Kind::function: {
        std::string args;
        for (std::size_t i = 0; i < n.operands.size(); ++i) {
          if (i) args += ", ";
          args += process(n.operands[i]);
        }
        return n.name + "(" + args + ")";
      }
      case Kind::between: {
        // Each child is compiled in its own statement: C++ leaves the order of the operands of
        // `+` unspecified, and binds must be numbered and recorded left to right.
        bool neg = n.op == Op::not_between;
        std::string s = operand(n.operands[0], Op::between);
        s += neg ? " NOT BETWEEN " : " BETWEEN ";
        s += operand(n.operands[1], Op::between);
        s += " AND ";
        s += operand(n.operands[2], Op::between);
        return s;
      }
      case Kind::cast: {
        std::string s = "CAST(" + process(n.operands[0]);
        return s + " AS " + n.type.compile(dialect_) + ")";
      }
      case Kind::case_:
        return case_(n);
      case Kind::exists:
        return "EXISTS (" + select_sql(n.select->data(), false) + ")";
      case Kind::scalar_select:
        return "(" + select_sql(n.select->data(), false) + ")";
      case Kind::in_select: {
        bool neg = n.op == Op::not_in;
        std::string s = operand(n.operands[0], n.op);
        s += neg ? " NOT IN (" : " IN (";
        s += select_sql(n.select->data(), false);
        // As with a list, SQLAlchemy puts NOT IN in parentheses.
        return neg ? "(" + s + "))" : s + ")";
      }
      case Kind::in_list:
        return in_list(n);
      case Kind::unary:
        return unary(n);
      case Kind::binary:
        return binary_op(n.op, n.operands[0], n.operands[1]);
    }
    return {};
  }

  std::string binary_op(Op op, const Expr& l, const Expr& r) {
    bool null_right = r.node().kind == Kind::bind && r.node().value && r.node().value->is_null();
    if (op == Op::is_ || op == Op::is_not || ((op == Op::eq || op == Op::ne) && null_right)) {
      // Comparing with NULL is IS / IS NOT, as SQLAlchemy renders `col == None`.
      bool is = op == Op::is_ || op == Op::eq;
      return operand(l, op) + (is ? " IS NULL" : " IS NOT NULL");
    }
    std::string left, right;
    switch (op) {
      case Op::ilike:
      case Op::not_ilike:
        left = process(l);
        right = process(r);
        return "lower(" + left + (op == Op::ilike ? ") LIKE lower(" : ") NOT LIKE lower(") + right +
               ")";
      case Op::startswith:
        left = operand(l, Op::like);
        right = process(r);
        return left + " LIKE " + right + " || '%'";
      case Op::contains:
        left = operand(l, Op::like);
        right = process(r);
        return left + " LIKE '%' || " + right + " || '%'";
      default:
        left = operand(l, op);
        right = operand(r, op);
        return left + symbol(op) + right;
    }
  }

  std::string unary(const ExprNode& n) {
    const Expr& x = n.operands[0];
    switch (n.op) {
      case Op::inv: {
        const ExprNode& inner = x.node();
        if (auto op = operator_of(inner); op && inner.kind != Kind::unary) {
          if (auto neg = negated(*op)) {
            ExprNode flipped = inner;
            flipped.op = *neg;
            return process(flipped);
          }
        }
        return "NOT " + operand(x, Op::inv);
      }
      case Op::neg:
        return "-" + operand(x, Op::neg);
      case Op::distinct:
        return "DISTINCT " + operand(x, Op::distinct);
      case Op::desc:
        return operand(x, Op::desc) + " DESC";
      case Op::asc:
        return operand(x, Op::asc) + " ASC";
      case Op::nulls_first:
        require(dialect_.supports_nulls_ordering(), "NULLS FIRST / NULLS LAST", "3.30");
        return process(x) + " NULLS FIRST";
      case Op::nulls_last:
        require(dialect_.supports_nulls_ordering(), "NULLS FIRST / NULLS LAST", "3.30");
        return process(x) + " NULLS LAST";  // one child each: no ordering issue
      default:
        return process(x);
    }
  }

  std::string case_(const ExprNode& n) {
    std::string s = "CASE";
    std::size_t pairs = (n.operands.size() - (n.has_else ? 1 : 0)) / 2;
    for (std::size_t i = 0; i < pairs; ++i) {
      // Each condition is grouped unless it is an atom (SQLAlchemy's self_group()).
      const Expr& cond = n.operands[2 * i];
      std::string c = process(cond);
      s += operator_of(cond.node()) ? " WHEN (" + c + ")" : " WHEN " + c;
      s += " THEN ";
      s += process(n.operands[2 * i + 1]);
    }
    if (n.has_else) {
      s += " ELSE ";
      s += process(n.operands.back());
    }
    return s + " END";
  }

  std::string in_list(const ExprNode& n) {
    bool neg = n.op == Op::not_in;
    if (n.operands.size() == 1) {
      // An empty list, as SQLAlchemy 1.4 renders it (with render_postcompile): never true for
      // IN, always true for NOT IN.
      // (SQLAlchemy puts only the NOT IN form in parentheses.)
      return neg ? "(" + operand(n.operands[0], Op::not_in) +
                       " NOT IN (SELECT 1 FROM (SELECT 1) WHERE 1!=1))"
                 : operand(n.operands[0], Op::in_) + " IN (SELECT 1 FROM (SELECT 1) WHERE 1!=1)";
    }
    std::string s = operand(n.operands[0], n.op);
    s += neg ? " NOT IN (" : " IN (";
    // One expanding parameter <key>_N, expanded into <key>_N_1, <key>_N_2 ...
    std::string base = next_name(n.operands[1].node().key);
    for (std::size_t i = 1; i < n.operands.size(); ++i) {
      const ExprNode& b = n.operands[i].node();
      emit(fmt::format("{}_{}", base, i), b.value, b.type, &b);
      s += (i > 1 ? ", ?" : "?");
    }
    // SQLAlchemy renders NOT IN in parentheses (it is a negated IN), IN without.
    return neg ? "(" + s + "))" : s + ")";
  }

  // A column of the SELECT list, labelled as SQLAlchemy labels it.
  std::string select_column(const Expr& e, std::set<std::string>& used, bool top, bool as_from) {
    const ExprNode& n = e.node();
    if (top) out.column_types.push_back(n.type);
    if (n.kind == Kind::column) {
      bool repeated = std::find_if(selected_.begin(), selected_.end(), [&](const ExprNode* o) {
                        return o->table == n.table && o->alias == n.alias && o->column == n.column;
                      }) != selected_.end();
      selected_.push_back(&n);
      if (used.insert(n.column).second)
        return as_from ? column(n) + " AS " + quote_identifier(n.column) : column(n);
      // Another column of that name is name_N; the same column again, name__N (SQLAlchemy's
      // anonymous dedupe label).
      return column(n) + " AS " + next_name(repeated ? n.column + "_" : n.column);
    }
    if (n.kind == Kind::cast) {
      // CAST(col AS t) is labelled after its column, as SQLAlchemy proxies it.
      const ExprNode* inner = &n;
      while (inner->kind == Kind::cast) inner = &inner->operands[0].node();
      if (inner->kind == Kind::column) {
        std::string s = process(n);
        if (used.insert(inner->column).second) return s + " AS " + quote_identifier(inner->column);
        return s + " AS " + next_name(inner->column + "_");
      }
    }
    if (n.kind == Kind::label) {
      used.insert(n.name);
      return process(n);
    }
    // Unary expressions (DISTINCT x, -x) get no label, as in SQLAlchemy 1.4.
    if (n.kind == Kind::unary) return process(n);
    std::string label = n.kind == Kind::function ? next_name(n.name) : next_name("anon");
    used.insert(label);
    std::string s = process(n);
    return s + " AS " + label;
  }

  // SQLiteCompiler.limit_clause: LIMIT n OFFSET m, OFFSET 0 when none, LIMIT -1 when only OFFSET.
  std::string limit_clause(const Select::Data& d) {
    if (!d.limit && !d.offset) return {};
    // Bound as SQLAlchemy binds them (param_N), their values found again through the fields.
    std::string s = "\n LIMIT ?";
    emit(next_name("param"), Value(d.limit.value_or(-1)), Integer(), &d.limit);
    s += " OFFSET ?";
    emit(next_name("param"), Value(d.offset.value_or(0)), Integer(), &d.offset);
    return s;
  }

  // A SELECT's text; `top` records its column types (a subquery's are not the result's);
  // `as_from` labels every column, as a subquery in FROM exports them.
  std::string select_sql(const Select::Data& d, bool top, bool as_from = false);
  // A CTE named in a FROM: defined once, in the WITH clause the statement gets, with its
  // binds ahead of the statement's.
  std::string cte_reference(const detail::AliasData& a) {
    bool known =
        std::any_of(ctes_.begin(), ctes_.end(), [&](const Cte& c) { return c.id == a.cte_id; }) ||
        std::find(ctes_open_.begin(), ctes_open_.end(), a.cte_id) != ctes_open_.end();
    if (!known) {
      ctes_open_.push_back(a.cte_id);
      Cte cte{a.cte_id, {}, {}, {}, {}, {}};
      swap_binds(cte);
      std::string body = from_subquery(*a.select);
      swap_binds(cte);
      std::string head = quote_identifier(a.name);
      if (a.recursive) {
        head += "(";
        for (std::size_t i = 0; i < a.columns.size(); ++i)
          head += (i ? ", " : "") + quote_identifier(a.columns[i].first);
        head += ")";
      }
      recursive_ = recursive_ || a.recursive;
      cte.sql = head + " AS \n(" + body + ")";
      ctes_open_.pop_back();
      ctes_.push_back(std::move(cte));
    }
    return quote_identifier(a.name);
  }

  // The compiled statement: `sql` with its WITH clause, and the CTEs' binds ahead of its own;
  // where each bind's value came from into `sources`, when asked.
  Compiled finish(std::string sql, std::vector<const void*>* sources_out) {
    with_ctes(std::move(sql));
    if (sources_out != nullptr) *sources_out = std::move(sources);
    return std::move(out);
  }

  void with_ctes(std::string sql) {
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

  // A subquery in FROM: compiled on its own, not correlated to the enclosing SELECT.
  std::string from_subquery(const Select& s) {
    std::vector<std::vector<FromRef>> outer = std::move(enclosing_);
    enclosing_.clear();
    std::string sql = select_sql(s.data(), false, true);
    enclosing_ = std::move(outer);
    return sql;
  }
  // The table of an UPDATE / DELETE, to which its subqueries correlate.
  void correlate_to(const Table& t) { enclosing_.push_back({FromRef{&t, nullptr}}); }

 private:
  const Dialect& dialect_;
  std::map<std::string, int> counters_;
  std::vector<const ExprNode*> selected_;        // the bare columns of the SELECT list so far
  std::vector<std::vector<FromRef>> enclosing_;  // FROM items of the enclosing SELECTs
  std::map<const detail::AliasData*, std::string> alias_names_;
  struct Cte {
    const void* id;
    std::string sql;
    std::vector<std::string> params;
    std::vector<std::optional<Value>> values;
    std::vector<Type> bind_types;
    std::vector<const void*> sources;
  };
  void swap_binds(Cte& other) {
    std::swap(out.params, other.params);
    std::swap(out.values, other.values);
    std::swap(out.bind_types, other.bind_types);
    std::swap(sources, other.sources);
  }
  std::vector<Cte> ctes_;               // in the order their definitions completed
  std::vector<const void*> ctes_open_;  // being compiled (a recursive CTE names itself)
  bool recursive_ = false;
  bool compound_order_ = false;  // ORDER BY of a UNION: columns by name
};

// The FROM items the columns of an expression belong to (not those inside its subqueries).
void tables_in(const ExprNode& n, std::vector<FromRef>& out) {
  if (n.kind == Kind::column) {
    FromRef r{n.alias ? nullptr : n.table, n.alias};
    if (std::find(out.begin(), out.end(), r) == out.end()) out.push_back(std::move(r));
  }
  for (const auto& o : n.operands) tables_in(o.node(), out);
}

void tables_of(const FromClause& f, std::vector<FromRef>& out) {
  if (f.table() != nullptr)
    out.push_back(FromRef{f.table(), nullptr});
  else if (f.alias())
    out.push_back(FromRef{nullptr, f.alias()});
  else {
    tables_of(f.joined()->left, out);
    tables_of(f.joined()->right, out);
  }
}

std::string from_ref(Compiler& c, const FromRef& r) {
  if (!r.alias) return quote_identifier(r.table->name());
  const detail::AliasData& a = *r.alias;
  if (a.cte) return c.cte_reference(a);
  if (a.table != nullptr)
    return quote_identifier(a.table->name()) + " AS " + quote_identifier(c.alias_name(a));
  std::string sub = c.from_subquery(*a.select);
  return "(" + sub + ") AS " + quote_identifier(c.alias_name(a));
}

std::string from_item(Compiler& c, const FromClause& f) {
  if (f.table() != nullptr) return quote_identifier(f.table()->name());
  if (f.alias()) return from_ref(c, FromRef{nullptr, f.alias()});
  const auto& j = *f.joined();
  std::string s = from_item(c, j.left);
  s += j.outer ? " LEFT OUTER JOIN " : " JOIN ";
  s += from_item(c, j.right);
  s += " ON ";
  s += c.process(j.on);
  return s;
}

// A value assigned to a column: bound under the column's own name (SQLAlchemy's
// _column_as_key), or an expression, in parentheses when it is composite.
std::string assigned(Compiler& c, const Column& col, const Assign& a) {
  if (a.value()) {
    c.emit(col.name(), *a.value(), col.type(), &a);
    return "?";
  }
  std::string s = c.process(*a.expr());
  return operator_of(a.expr()->node()) ? "(" + s + ")" : s;
}

// A single-table statement may name only its table's columns.
void check_single_table(const Table& t, const Expr& e, std::string_view what) {
  std::vector<FromRef> tables;
  tables_in(e.node(), tables);
  for (const FromRef& other : tables)
    if (!(other == FromRef{&t, nullptr}))
      throw ArgumentError(fmt::format(
          "{} of table '{}' names a column of {} '{}': a single-table statement cannot; use a "
          "subquery",
          what, t.name(), other.alias ? "alias" : "table",
          other.alias ? (other.alias->name.empty() ? "(anonymous)" : other.alias->name)
                      : other.table->name()));
}

}  // namespace

namespace {

// " WHERE ..." of a single-table UPDATE / DELETE ("" without one); ArgumentError when it names
// another table's column.
std::string single_table_where(Compiler& c, const Table& t, const std::optional<Expr>& where,
                               std::string_view statement) {
  if (!where) return {};
  check_single_table(t, *where, fmt::format("the WHERE clause of {}", statement));
  return " WHERE " + c.process(*where);
}

// RETURNING e, ...: the statement's result columns (SQLite 3.35+; SQLAlchemy 2.0's form).
std::string returning_clause(Compiler& c, const std::vector<Expr>& columns) {
  if (columns.empty()) return {};
  c.require(c.dialect().supports_returning(), "RETURNING", "3.35");
  std::string s = " RETURNING ";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) s += ", ";
    c.out.column_types.push_back(columns[i].type());
    s += c.process(columns[i]);
  }
  return s;
}

}  // namespace

Compiled Insert::compile(const Dialect& dialect) const { return compile_(dialect, nullptr); }

Compiled Insert::compile_(const Dialect& dialect, std::vector<const void*>* sources) const {
  Compiler c(dialect);
  std::vector<const Column*> cols;
  if (!values_.empty()) {
    for (const Column& col : table_->columns())  // table column order, as SQLAlchemy
      for (const auto& [name, v] : values_)
        if (table_->find_column(name) == &col) cols.push_back(&col);
  } else if (select_) {
    for (const auto& n : select_columns_) cols.push_back(&table_->c(n));
  } else if (!columns_.empty()) {
    for (const auto& n : columns_) cols.push_back(&table_->c(n));
  } else {
    for (const Column& col : table_->columns()) cols.push_back(&col);
  }
  std::string names, binds;
  for (const Column* col : cols) {
    if (!names.empty()) {
      names += ", ";
      binds += ", ";
    }
    names += quote_identifier(col->name());
    auto it = std::find_if(values_.begin(), values_.end(),
                           [&](const auto& p) { return table_->find_column(p.first) == col; });
    if (select_) continue;  // the SELECT gives the values
    if (it != values_.end()) {
      if (it->second.expr()) check_single_table(*table_, *it->second.expr(), "an INSERT value");
      binds += assigned(c, *col, it->second);
    } else {
      c.emit(col->name(), std::nullopt, col->type(), nullptr);
      binds += "?";
    }
  }
  std::string sql = "INSERT INTO " + quote_identifier(table_->name()) + " (" + names + ") ";
  if (select_) {
    const Select::Data& d = select_->data();
    std::string sel = c.select_sql(d, false);
    // INSERT ... SELECT ... FROM t ON CONFLICT is ambiguous to SQLite's parser ("ON" could
    // start a join constraint): its documentation's remedy is a WHERE clause.
    bool plain = d.compound == Select::Data::Compound::none;
    if (on_conflict_ && plain && !d.where && d.groups.empty() && d.order.empty() && !d.limit &&
        !d.offset)
      sel += " \nWHERE 1";
    else if (on_conflict_ && !plain)
      sel = "SELECT * FROM (" + sel + ") WHERE 1";
    sql += sel;
  } else {
    sql += "VALUES ";
    if (!on_conflict_ && returning_.empty()) c.out.insert_values_at = sql.size();
    sql += "(" + binds + ")";
  }
  if (on_conflict_) {
    c.require(dialect.supports_upsert(), "ON CONFLICT (upsert)", "3.24");
    sql += " ON CONFLICT";
    if (!on_conflict_->index.empty()) {
      sql += " (";
      for (std::size_t i = 0; i < on_conflict_->index.size(); ++i)
        sql += (i ? ", " : "") + quote_identifier(on_conflict_->index[i]);
      sql += ")";
    }
    if (!on_conflict_->do_update) {
      sql += " DO NOTHING";
    } else {
      sql += " DO UPDATE SET ";
      for (std::size_t i = 0; i < on_conflict_->set.size(); ++i) {
        const auto& [name, value] = on_conflict_->set[i];
        const Column& col = table_->c(name);
        if (i) sql += ", ";
        sql += quote_identifier(col.name()) + " = ";
        if (value.value()) {  // bound as param_N, through the column's type (SQLAlchemy's rule)
          c.emit(c.next_name("param"), *value.value(), col.type(), &value);
          sql += "?";
        } else {
          sql += assigned(c, col, value);
        }
      }
      if (on_conflict_->where) sql += " WHERE " + c.process(*on_conflict_->where);
    }
  }
  sql += returning_clause(c, returning_);
  return c.finish(std::move(sql), sources);
}

Compiled Update::compile(const Dialect& dialect) const { return compile_(dialect, nullptr); }

Compiled Update::compile_(const Dialect& dialect, std::vector<const void*>* sources) const {
  if (values_.empty())
    throw ArgumentError(fmt::format("update() of table '{}' has no values()", table_->name()));
  Compiler c(dialect);
  c.correlate_to(*table_);
  std::string sets;
  for (const Column& col : table_->columns()) {
    auto it = std::find_if(values_.begin(), values_.end(),
                           [&](const auto& p) { return table_->find_column(p.first) == &col; });
    if (it == values_.end()) continue;
    if (it->second.expr()) check_single_table(*table_, *it->second.expr(), "an UPDATE value");
    if (!sets.empty()) sets += ", ";
    sets += quote_identifier(col.name()) + "=";
    sets += assigned(c, col, it->second);
  }
  std::string sql = "UPDATE " + quote_identifier(table_->name()) + " SET " + sets;
  sql += single_table_where(c, *table_, where_, "an UPDATE");
  sql += returning_clause(c, returning_);
  return c.finish(std::move(sql), sources);
}

Compiled Delete::compile(const Dialect& dialect) const { return compile_(dialect, nullptr); }

Compiled Delete::compile_(const Dialect& dialect, std::vector<const void*>* sources) const {
  Compiler c(dialect);
  c.correlate_to(*table_);
  std::string sql = "DELETE FROM " + quote_identifier(table_->name());
  sql += single_table_where(c, *table_, where_, "a DELETE");
  sql += returning_clause(c, returning_);
  return c.finish(std::move(sql), sources);
}

namespace {

std::string Compiler::select_sql(const Select::Data& d, bool top, bool as_from) {
  if (d.compound != Select::Data::Compound::none) {
    if (top)
      for (const Expr& e : d.columns) out.column_types.push_back(e.type());
    std::string sql;
    for (std::size_t i = 0; i < d.parts.size(); ++i) {
      if (i) sql += d.compound == Select::Data::Compound::union_all ? " UNION ALL " : " UNION ";
      const Select::Data& part = d.parts[i].data();
      // A part with its own ORDER BY / LIMIT, or itself a compound: SQLAlchemy puts it in
      // parentheses, which SQLite rejects ('near "(": syntax error'); it is selected from.
      bool wrap = part.compound != Select::Data::Compound::none || !part.order.empty() ||
                  part.limit || part.offset;
      std::string s = select_sql(part, false, as_from);
      sql += wrap ? "SELECT * FROM (" + s + ")" : s;
    }
    if (!d.order.empty()) {
      compound_order_ = true;
      sql += " ORDER BY ";
      for (std::size_t i = 0; i < d.order.size(); ++i) {
        if (i) sql += ", ";
        sql += process(d.order[i]);
      }
      compound_order_ = false;
    }
    return sql + limit_clause(d);
  }
  // FROM: the explicit FROM items, then every other table the columns and conditions name,
  // less those of an enclosing SELECT (auto-correlation), unless that would leave none.
  std::vector<FromRef> named, covered, implicit;
  for (const auto& e : d.columns) tables_in(e.node(), named);
  if (d.where) tables_in(d.where->node(), named);
  if (d.having) tables_in(d.having->node(), named);
  for (const auto& f : d.froms) tables_of(f, covered);
  for (const FromRef& t : named)
    if (std::find(covered.begin(), covered.end(), t) == covered.end()) implicit.push_back(t);
  if (!enclosing_.empty()) {
    std::vector<FromRef> kept;
    for (const FromRef& t : implicit) {
      bool outer = std::any_of(enclosing_.begin(), enclosing_.end(), [&](const auto& level) {
        return std::find(level.begin(), level.end(), t) != level.end();
      });
      if (!outer) kept.push_back(t);
    }
    if (!kept.empty() || !d.froms.empty()) implicit = std::move(kept);
  }
  std::vector<FromRef> mine = covered;
  mine.insert(mine.end(), implicit.begin(), implicit.end());
  enclosing_.push_back(std::move(mine));
  std::vector<const ExprNode*> outer_selected = std::move(selected_);
  selected_.clear();

  std::set<std::string> used;
  std::string cols;
  for (std::size_t i = 0; i < d.columns.size(); ++i) {
    if (i) cols += ", ";
    cols += select_column(d.columns[i], used, top, as_from);
  }
  std::string froms;
  for (const auto& f : d.froms) {
    if (!froms.empty()) froms += ", ";
    froms += from_item(*this, f);
  }
  for (const FromRef& t : implicit) {
    if (!froms.empty()) froms += ", ";
    froms += from_ref(*this, t);
  }
  std::string sql = std::string("SELECT ") + (d.distinct ? "DISTINCT " : "") + cols;
  if (!froms.empty()) sql += " \nFROM " + froms;
  if (d.where) sql += " \nWHERE " + process(*d.where);
  if (!d.groups.empty()) {
    sql += " GROUP BY ";
    for (std::size_t i = 0; i < d.groups.size(); ++i) {
      if (i) sql += ", ";
      sql += process(d.groups[i]);
    }
  }
  if (d.having) sql += " \nHAVING " + process(*d.having);
  if (!d.order.empty()) {
    sql += " ORDER BY ";
    for (std::size_t i = 0; i < d.order.size(); ++i) {
      if (i) sql += ", ";
      sql += process(d.order[i]);
    }
  }
  sql += limit_clause(d);
  selected_ = std::move(outer_selected);
  enclosing_.pop_back();
  return sql;
}

}  // namespace

Compiled Select::compile(const Dialect& dialect) const { return compile_(dialect, nullptr); }

Compiled Select::compile_(const Dialect& dialect, std::vector<const void*>* sources) const {
  Compiler c(dialect);
  return c.finish(c.select_sql(*d_, true), sources);
}

}  // namespace sqlcore
