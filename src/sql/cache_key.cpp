// Walks a statement into its compiled-cache key: the shape, and the bound values in order.
// SPDX-License-Identifier: MIT
#include "sql/cache_key.hpp"

#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <utility>

#include "sql/from_node.hpp"
#include "types/type_impl.hpp"

namespace sqlcore::detail {

namespace {

class KeyWalker {
 public:
  explicit KeyWalker(StatementKey& key) : k_(key) {
    k_.shape.clear();
    k_.sources.clear();
    k_.values.clear();
    // A compiles<>() override registered later changes how types render: another shape.
    k_.generation = compiles_generation();
    number(k_.generation);
  }

  void tag(char c) { k_.shape.push_back(c); }
  void number(std::uint64_t v) {
    char bytes[sizeof v];
    std::memcpy(bytes, &v, sizeof v);
    k_.shape.append(bytes, sizeof v);
  }
  void flag(bool b) { tag(b ? '1' : '0'); }
  void text(const std::string& s) {
    number(s.size());
    k_.shape.append(s);
  }
  // A type by its shape id: types that render and convert alike share one.
  void type(const Type& t) { number(shape_id_of(t.impl())); }
  void table(const Table* t) { number(t != nullptr ? t->serial() : 0); }

  // True on the first visit of `p`; on a later one, writes a reference to the first instead.
  // Sharing changes what compiles (one anonymous alias name, one CTE) and which value a bind
  // takes, so it is part of the shape.
  bool first_visit(const void* p) {
    std::size_t id = seen_.size();
    if (index_.empty()) {
      for (std::size_t i = 0; i < seen_.size(); ++i)
        if (seen_[i] == p) {
          tag('^');
          number(i);
          return false;
        }
      seen_.push_back(p);
      if (seen_.size() > kLinear)
        for (std::size_t i = 0; i < seen_.size(); ++i) index_.emplace(seen_[i], i);
      return true;
    }
    auto [it, added] = index_.try_emplace(p, id);
    if (!added) {
      tag('^');
      number(it->second);
      return false;
    }
    seen_.push_back(p);
    return true;
  }

  // A bound value: its presence and storage class are shape, the value is not.
  void value(const void* source, const std::optional<Value>& v) {
    if (literal_) {  // written into the SQL (an upsert's index_where): the value is shape
      tag(v ? 'L' : 'n');
      if (v) {
        number(v->storage().index());
        text(v->describe());
      }
      return;
    }
    tag(v ? 'v' : 'n');
    if (v) number(v->storage().index());
    k_.sources.push_back(source);
    k_.values.push_back(v);
  }

  void expr(const Expr& e) { node(e.node()); }
  void exprs(const std::vector<Expr>& list) {
    number(list.size());
    for (const Expr& e : list) expr(e);
  }
  void optional(const std::optional<Expr>& e) {
    flag(e.has_value());
    if (e) expr(*e);
  }
  void names(const std::vector<std::string>& list) {
    number(list.size());
    for (const auto& s : list) text(s);
  }
  void assignments(const Assignments& list) {
    number(list.size());
    for (const auto& [name, a] : list) {
      text(name);
      if (a.value()) {
        value(&a, a.value());
      } else {
        tag('e');
        expr(*a.expr());
      }
    }
  }

  // An expression: its kind, its type, then what that kind holds, one overload per kind.
  void node(const ExprNode& n) {
    if (is<BindNode>(n) && !first_visit(&n)) return;
    tag('x');
    number(n.element.index());
    type(n.type);
    std::visit([&](const auto& e) { visit(n, e); }, n.element);
  }
  void visit(const ExprNode&, const ColumnNode& e) {
    table(e.table);
    flag(e.alias != nullptr);
    if (e.alias) alias(*e.alias);
    text(e.name);
  }
  void visit(const ExprNode& n, const BindNode& e) {
    text(e.key);
    flag(e.named);
    value(&n, e.value);
  }
  void visit(const ExprNode&, const BinaryNode& e) {
    op(e.op);
    expr(e.left);
    expr(e.right);
  }
  void visit(const ExprNode&, const UnaryNode& e) {
    op(e.op);
    expr(e.operand);
  }
  void visit(const ExprNode&, const InListNode& e) {
    op(e.op);
    expr(e.left);
    exprs(e.values);
  }
  void visit(const ExprNode&, const BetweenNode& e) {
    op(e.op);
    expr(e.operand);
    expr(e.lower);
    expr(e.upper);
  }
  void visit(const ExprNode&, const LabelNode& e) {
    text(e.name);
    expr(e.element);
  }
  void visit(const ExprNode&, const FunctionNode& e) {
    text(e.name);
    exprs(e.args);
  }
  void visit(const ExprNode&, const StarNode&) {}
  void visit(const ExprNode&, const CastNode& e) { expr(e.operand); }
  void visit(const ExprNode&, const CaseNode& e) {
    number(e.whens.size());
    for (const auto& [condition, result] : e.whens) {
      expr(condition);
      expr(result);
    }
    optional(e.else_);
  }
  void visit(const ExprNode&, const ExistsNode& e) { select(e.select->data()); }
  void visit(const ExprNode&, const ScalarSelectNode& e) { select(e.select->data()); }
  void visit(const ExprNode&, const InSelectNode& e) {
    op(e.op);
    expr(e.left);
    select(e.select->data());
  }
  // The path is bound, and also shape: statements that differ only in a JSON path never share
  // an entry (its text is a few bytes; a path is rarely a run-time value).
  void visit(const ExprNode&, const JsonGetItemNode& e) {
    text(e.path_text);
    expr(e.target);
    expr(e.path);
  }
  // A frame's offsets are bound as the compiler binds them (their absolute value, sourced at
  // the bound's address), and also shape, as a JSON path is.
  void visit(const ExprNode&, const OverNode& e) {
    expr(e.function);
    exprs(e.partition_by);
    exprs(e.order_by);
    number(static_cast<std::uint64_t>(e.frame_kind));
    if (e.frame_kind == OverNode::FrameKind::none) return;
    for (const auto* b : {&e.frame.start, &e.frame.end}) {
      flag(b->has_value());
      if (!*b) continue;
      number(static_cast<std::uint64_t>(**b));
      if (**b != 0) value(b, Value(**b < 0 ? -**b : **b));
    }
  }
  void visit(const ExprNode&, const FilterNode& e) {
    expr(e.function);
    expr(e.condition);
  }
  void visit(const ExprNode&, const TupleNode& e) { exprs(e.elements); }
  void op(Op o) { number(static_cast<std::uint64_t>(o)); }
  // An expression whose values the compiler writes as literals.
  void literal(const std::optional<Expr>& e) {
    bool outer = std::exchange(literal_, true);
    optional(e);
    literal_ = outer;
  }
  void prefixes(const std::vector<std::string>& list) { names(list); }

  void alias(const AliasData& a) {
    if (!first_visit(&a)) return;
    tag('a');
    text(a.name);
    table(a.table);
    flag(a.select.has_value());
    if (a.select) select(a.select->data());
    number(a.columns.size());
    for (const auto& [name, t] : a.columns) {
      text(name);
      type(t);
    }
    flag(a.cte);
    flag(a.recursive);
    flag(a.cte_id != nullptr);
    if (a.cte_id != nullptr && first_visit(a.cte_id)) tag('c');
  }

  void from(const FromClause& f) {
    if (f.table() != nullptr) {
      tag('t');
      table(f.table());
    } else if (f.alias()) {
      alias(*f.alias());
    } else {
      tag('j');
      from(f.joined()->left);
      from(f.joined()->right);
      expr(f.joined()->on);
      flag(f.joined()->outer);
      flag(f.joined()->full);
      flag(f.joined()->right_outer);
    }
  }

  void select(const Select::Data& d) {
    if (!first_visit(&d)) return;
    tag('s');
    exprs(d.columns);
    number(d.froms.size());
    for (const FromClause& f : d.froms) from(f);
    optional(d.where);
    optional(d.having);
    exprs(d.order);
    exprs(d.groups);
    flag(d.limit.has_value());
    flag(d.offset.has_value());
    if (d.limit || d.offset) {  // as the compiler binds them: LIMIT -1 / OFFSET 0 when absent
      value(&d.limit, Value(d.limit.value_or(-1)));
      value(&d.offset, Value(d.offset.value_or(0)));
    }
    flag(d.distinct);
    prefixes(d.prefixes);
    number(static_cast<std::uint64_t>(d.compound));
    number(d.parts.size());
    for (const Select& part : d.parts) select(part.data());
  }

 private:
  static constexpr std::size_t kLinear = 32;  // past this many shared candidates, a hash index
  StatementKey& k_;
  bool literal_ = false;
  std::vector<const void*> seen_;
  std::unordered_map<const void*, std::size_t> index_;
};

}  // namespace

const StatementKey& StatementAccess::key_of(const Select& s, StatementKey& buffer) {
  const Select::Data& d = s.data();
  if (const StatementKey* kept = d.key_memo.get();
      kept != nullptr && kept->generation == compiles_generation())
    return *kept;
  KeyWalker w(buffer);
  w.tag('S');
  w.select(d);
  d.key_memo.offer(buffer);
  return buffer;
}

void StatementAccess::key(const Select& s, StatementKey& out) {
  if (const StatementKey& k = key_of(s, out); &k != &out) out = k;
}

// ---- KeyMemo --------------------------------------------------------------------------------

namespace {
// The marker of a statement whose key was computed once (no key kept yet).
StatementKey* seen() noexcept {
  static StatementKey marker;
  return &marker;
}
}  // namespace

KeyMemo& KeyMemo::operator=(const KeyMemo&) noexcept {
  reset();  // the statement that holds it is being changed
  return *this;
}

KeyMemo::~KeyMemo() { reset(); }

void KeyMemo::reset() noexcept {
  StatementKey* k = state_.exchange(nullptr, std::memory_order_acq_rel);
  if (k != nullptr && k != seen()) delete k;
}

const StatementKey* KeyMemo::get() const noexcept {
  StatementKey* k = state_.load(std::memory_order_acquire);
  return k != seen() ? k : nullptr;
}

void KeyMemo::offer(const StatementKey& key) const {
  StatementKey* k = state_.load(std::memory_order_acquire);
  if (k == nullptr) {
    (void)state_.compare_exchange_strong(k, seen(), std::memory_order_acq_rel);
    return;
  }
  if (k == seen()) {
    auto kept = std::make_unique<StatementKey>(key);
    if (state_.compare_exchange_strong(k, kept.get(), std::memory_order_acq_rel))
      (void)kept.release();  // state_ owns it now
    return;
  }
  // A key is kept, from an older compiles<>() generation: it stays (another thread may be
  // reading it) and this statement's key is walked on each execution from now on; overrides
  // are registered at start-up, before statements run.
}

// An INSERT's key; its column list the names of `params` when given (in their order), else
// the statement's own.
void StatementAccess::insert_key(const Insert& s, StatementKey& out, const Params* params) {
  KeyWalker w(out);
  w.tag('I');
  w.table(s.table_);
  w.assignments(s.values_);
  if (params != nullptr) {  // the same bytes as names() of those names
    w.number(params->size());
    for (const auto& p : *params) w.text(p.first);
  } else {
    w.names(s.columns_);
  }
  w.names(s.select_columns_);
  w.flag(s.select_.has_value());
  if (s.select_) w.select(s.select_->data());
  w.flag(s.on_conflict_.has_value());
  if (s.on_conflict_) {
    w.names(s.on_conflict_->index);
    w.flag(s.on_conflict_->do_update);
    w.assignments(s.on_conflict_->set);
    w.optional(s.on_conflict_->where);
    w.literal(s.on_conflict_->index_where);
  }
  w.exprs(s.returning_);
  w.prefixes(s.prefixes_);
}

void StatementAccess::key(const Insert& s, StatementKey& out) { insert_key(s, out, nullptr); }

void StatementAccess::key_with_columns(const Insert& s, const Params& params, StatementKey& out) {
  insert_key(s, out, &params);
}

void StatementAccess::key(const Update& s, StatementKey& out) {
  KeyWalker w(out);
  w.tag('U');
  w.table(s.table_);
  w.assignments(s.values_);
  w.optional(s.where_);
  w.exprs(s.returning_);
  w.prefixes(s.prefixes_);
}

void StatementAccess::key(const Delete& s, StatementKey& out) {
  KeyWalker w(out);
  w.tag('D');
  w.table(s.table_);
  w.optional(s.where_);
  w.exprs(s.returning_);
  w.prefixes(s.prefixes_);
}

}  // namespace sqlcore::detail
