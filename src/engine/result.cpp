// Result, Row and the cursor behind them: stepping, column names, typed column reads.
// SPDX-License-Identifier: MIT
#include "sqlcore/result.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "driver/stmt_ops.hpp"
#include "engine/engine_state.hpp"
#include "sqlcore/errors.hpp"
#include "sqlcore/mapping.hpp"  // declares the throw_* helpers below SQLCORE_EXPORT
#include "types/datetime_format.hpp"

namespace sqlcore {

namespace detail {

namespace {

// SQLAlchemy's sqlite dialect cuts "table.column" names to "column" unless the
// sqlite_raw_colnames execution option is set (SQLiteExecutionContext._translate_colname).
std::string translate_colname(const std::string& name, bool raw) {
  if (raw) return name;
  auto dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(dot + 1);
}

}  // namespace

ColumnSet::ColumnSet(const std::vector<std::string>& names, bool raw,
                     const std::vector<Type>* column_types)
    : raw_names(raw) {
  keys.reserve(names.size());
  for (const auto& n : names) keys.push_back(translate_colname(n, raw));
  if (column_types == nullptr) return;
  given = std::min(names.size(), column_types->size());
  // Every given type is kept, a null one too: fits() compares their TypeImpls by address,
  // which is sound only while they live.
  type_refs.assign(column_types->begin(),
                   column_types->begin() + static_cast<std::ptrdiff_t>(given));
  for (std::size_t i = 0; i < given; ++i)
    if (!type_refs[i].is_null_type()) use_type(i, type_refs[i].impl());
}

bool ColumnSet::fits(const std::vector<std::string>& names, bool raw,
                     const std::vector<Type>* column_types) const noexcept {
  if (raw != raw_names || names.size() != keys.size()) return false;
  std::size_t n = column_types == nullptr ? 0 : std::min(names.size(), column_types->size());
  if (n != given) return false;
  for (std::size_t i = 0; i < n; ++i)
    if (&(*column_types)[i].impl() != &type_refs[i].impl()) return false;
  return true;
}

void ColumnSet::set_type(std::size_t i, const Type& type) {
  type_refs.push_back(type);  // keeps the TypeImpl (and its conversions) alive
  use_type(i, type_refs.back().impl());
}

void ColumnSet::use_type(std::size_t i, const TypeImpl& t) {
  if (types.empty()) types.assign(keys.size(), nullptr);
  types[i] = t.impl_type ? &t.impl_type->impl() : &t;
  if (t.processors.result) {
    if (results.empty()) results.assign(keys.size(), nullptr);
    results[i] = &t.processors.result;
  }
}

namespace {

// The columns of a statement whose driver names them only at the first step, until then.
const std::shared_ptr<const ColumnSet>& no_columns() {
  static const std::shared_ptr<const ColumnSet> none = std::make_shared<const ColumnSet>();
  return none;
}

}  // namespace

Cursor::Cursor(ConnectionCore* c, Statement* statement, bool raw_colnames,
               const std::vector<Type>* column_types)
    : core(c), st(statement) {
  columns = static_cast<int>(st->column_names.size());
  // A driver without a native statement may learn the columns only from the first answer.
  late_columns = st->native == nullptr && columns == 0 && !st->empty;
  raw_names = raw_colnames;
  if (late_columns) {
    cols = no_columns();
    pending_column_types = column_types;
  } else if (const auto& memo = st->columns_memo;
             memo != nullptr && memo->fits(st->column_names, raw_colnames, column_types)) {
    cols = memo;  // the same statement, the same types: nothing to build
  } else {
    cols = std::make_shared<const ColumnSet>(st->column_names, raw_colnames, column_types);
    if (st->cached) st->columns_memo = cols;
  }
  core->cursors.push_back(this);
}

void Cursor::type_columns(std::function<void(Cursor&)> assign) {
  if (late_columns)
    pending_types = std::move(assign);
  else
    assign(*this);
}

Cursor::~Cursor() { finish(); }

bool Cursor::start_trace() {
  trace = core->start_trace(st->sql);
  if (trace == nullptr) return false;
  sql = st->sql;
  return true;
}

void Cursor::finish() noexcept {
  has_row = false;
  if (st != nullptr) {
    core->raw->state().cache.release(st);
    st = nullptr;
  }
  if (trace != nullptr && core != nullptr) {
    std::unique_ptr<Trace> t = std::move(trace);
    core->emit(sql, std::move(*t));
  }
  if (core != nullptr) {
    // on_commit_changes: the hooks saw this statement change rows or commit.
    if (TxState* tx = pending_changes(core->raw)) settle_changes(*core->raw, *tx);
    auto& list = core->cursors;
    list.erase(std::remove(list.begin(), list.end(), this), list.end());
    core = nullptr;
  }
}

bool Cursor::step() {
  if (st == nullptr || st->empty) {  // an empty statement, or already finished
    has_row = false;
    return false;
  }
  bool row;
  std::chrono::steady_clock::time_point started;
  if (trace != nullptr) started = std::chrono::steady_clock::now();
  try {
    StepDeadline deadline(*core);
    row = detail::step(*st);
  } catch (...) {
    ConnectionCore* c = core;
    if (trace != nullptr) trace->elapsed += std::chrono::steady_clock::now() - started;
    if (c == nullptr) {
      finish();
      throw;
    }
    std::unique_ptr<Trace> t = std::move(trace);
    // on_commit_changes: SQLite undid this statement's changes (before finish() settles them).
    if (TxState* tx = pending_changes(c->raw); tx != nullptr && tx->changes)
      tx->changes->statement_failed(c->raw->in_transaction());
    finish();
    try {
      c->statement_failed();  // may throw a clearer error in place of this one
      throw;
    } catch (...) {
      if (t != nullptr) {
        t->error = current_error_message();
        c->emit(sql, std::move(*t));
      }
      throw;
    }
  }
  if (trace != nullptr) trace->elapsed += std::chrono::steady_clock::now() - started;
  if (late_columns) {
    late_columns = false;
    columns = static_cast<int>(st->column_names.size());
    cols = std::make_shared<const ColumnSet>(st->column_names, raw_names, pending_column_types);
    pending_column_types = nullptr;
    if (pending_types) {
      std::function<void(Cursor&)> assign = std::move(pending_types);
      pending_types = nullptr;
      if (columns > 0) assign(*this);
    }
  }
  if (row) {
    has_row = true;
    if (trace != nullptr) ++trace->rows;
    return true;
  }
  has_row = false;
  rowcount = columns == 0 ? changes(*st) : -1;
  lastrowid = last_insert_rowid(*st);
  if (trace != nullptr && columns == 0) trace->rows = changes_rows(sql) ? rowcount : 0;
  finish();  // the statement goes back to the cache as soon as it is done
  return false;
}

void Cursor::set_type(int i, const Type& type) {
  if (own_cols == nullptr) {  // copy on write: the shared set stays as it is
    own_cols = std::make_shared<ColumnSet>(*cols);
    cols = own_cols;
  }
  own_cols->set_type(static_cast<std::size_t>(i), type);
}

void Cursor::check_row() const {
  if (!has_row) throw InvalidRequestError("no current row: the Result is exhausted or closed");
}

namespace {

std::string column_label(const Cursor& c, int i) {
  std::string_view table = c.st != nullptr ? column_table(*c.st, i) : std::string_view();
  const std::string& name = c.keys()[static_cast<std::size_t>(i)];
  if (!table.empty()) return fmt::format("column '{}.{}'", table, name);
  return fmt::format("column '{}'", name);
}

std::string stored_description(const Cursor& c, int i) {
  switch (column_storage(*c.st, i)) {
    case StorageClass::integer:
      return fmt::format("integer {}", column_int64(*c.st, i));
    case StorageClass::real:
      return fmt::format("real {}", column_double(*c.st, i));
    case StorageClass::text: {
      std::string_view t = column_text(*c.st, i);
      if (t.size() > 60) return fmt::format("text '{}...'", t.substr(0, 60));
      return fmt::format("text '{}'", t);
    }
    case StorageClass::blob:
      return fmt::format("blob of {} bytes", column_blob(*c.st, i).size());
    case StorageClass::null:
      break;
  }
  return "NULL";
}

[[noreturn]] void throw_not(const Cursor& c, int i, std::string_view wanted) {
  // A non-optional read meets NULL here (read<T> does not test for it first: one
  // sqlite3_column_type per read, not two).
  if (column_storage(*c.st, i) == StorageClass::null) throw_null(c, i, "a non-optional value");
  throw ValueError(fmt::format("{} holds {}, which is not {}", column_label(c, i),
                               stored_description(c, i), wanted));
}

// The checks every read does: a row to read and a valid index.
void check(const Cursor& c, int i) {
  c.check_row();
  cursor_check_index(c, i);
}

std::string_view type_name_of(const Cursor& c, int i, std::string_view fallback) {
  const TypeImpl* t = c.type_of(i);
  return t != nullptr ? std::string_view(t->visit_name) : fallback;
}

[[noreturn]] void throw_converted_not(const Cursor& c, int i, const Value& v,
                                      std::string_view wanted) {
  throw ValueError(fmt::format("{}: the type's result conversion gave {}, which is not {}",
                               column_label(c, i), v.describe(), wanted));
}

// A value from a user type's result conversion, as the C++ type asked for.
template <class T>
T value_to(const Value& v, const Cursor& c, int i) {
  const auto& s = v.storage();
  if (v.is_null()) throw_null(c, i, "a non-optional value");
  if constexpr (std::is_same_v<T, std::int64_t>) {
    if (auto* x = std::get_if<std::int64_t>(&s)) return *x;
    if (auto* b = std::get_if<bool>(&s)) return *b ? 1 : 0;
    throw_converted_not(c, i, v, "an integer");
  } else if constexpr (std::is_same_v<T, double>) {
    if (auto* x = std::get_if<double>(&s)) return *x;
    if (auto* n = std::get_if<std::int64_t>(&s)) return static_cast<double>(*n);
    if (auto* d = std::get_if<Decimal>(&s)) return d->to_double();
    throw_converted_not(c, i, v, "a number");
  } else if constexpr (std::is_same_v<T, bool>) {
    if (auto* b = std::get_if<bool>(&s)) return *b;
    if (auto* n = std::get_if<std::int64_t>(&s)) return *n != 0;
    throw_converted_not(c, i, v, "a boolean");
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (auto* x = std::get_if<std::string>(&s)) return *x;
    throw_converted_not(c, i, v, "text");
  } else if constexpr (std::is_same_v<T, Blob>) {
    if (auto* x = std::get_if<Blob>(&s)) return *x;
    throw_converted_not(c, i, v, "a blob");
  } else if constexpr (std::is_same_v<T, Timestamp>) {
    if (auto* x = std::get_if<Timestamp>(&s)) return *x;
    if (auto* d = std::get_if<std::chrono::year_month_day>(&s))
      return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::sys_days{*d});
    throw_converted_not(c, i, v, "a Timestamp");
  } else if constexpr (std::is_same_v<T, std::chrono::year_month_day>) {
    if (auto* x = std::get_if<std::chrono::year_month_day>(&s)) return *x;
    if (auto* t = std::get_if<Timestamp>(&s)) return date_of(*t);
    throw_converted_not(c, i, v, "a date");
  } else if constexpr (std::is_same_v<T, TimeOfDay>) {
    if (auto* x = std::get_if<TimeOfDay>(&s)) return *x;
    if (auto* t = std::get_if<Timestamp>(&s)) return time_of(*t);
    throw_converted_not(c, i, v, "a TimeOfDay");
  } else {
    static_assert(std::is_same_v<T, Decimal>);
    if (auto* x = std::get_if<Decimal>(&s)) return *x;
    if (auto* n = std::get_if<std::int64_t>(&s)) return Decimal(*n);
    if (auto* d = std::get_if<double>(&s)) return Decimal(fmt::format("{}", *d));
    if (auto* t = std::get_if<std::string>(&s)) {
      try {
        return Decimal(*t);
      } catch (const ArgumentError&) {
      }
    }
    throw_converted_not(c, i, v, "a decimal number");
  }
}

}  // namespace

// The value as the column's (implementation) type reads it, before any user conversion.
Value column_value(const Cursor& c, int i);
// The readers without the user conversion.
std::int64_t raw_int64(const Cursor& c, int i);
double raw_double(const Cursor& c, int i);
bool raw_bool(const Cursor& c, int i);
Blob raw_blob(const Cursor& c, int i);
Timestamp raw_timestamp(const Cursor& c, int i);
std::chrono::year_month_day raw_date(const Cursor& c, int i);
TimeOfDay raw_time(const Cursor& c, int i);
Decimal raw_decimal(const Cursor& c, int i);

// Reads through a user type's result conversion when the column has one.
#define SQLCORE_USER_RESULT(T)                                                                    \
  if (const auto* fn = c.result_of(i)) {                                                          \
    check(c, i);                                                                                  \
    if (column_storage(*c.st, i) == StorageClass::null) throw_null(c, i, "a non-optional value"); \
    return value_to<T>((*fn)(column_value(c, i)), c, i);                                          \
  }

int cursor_column_count(const Cursor& c) noexcept { return c.columns; }
const std::vector<std::string>& cursor_keys(const Cursor& c) noexcept { return c.keys(); }

int cursor_index_of(const Cursor& c, std::string_view name) {
  for (std::size_t i = 0; i < c.keys().size(); ++i)
    if (c.keys()[i] == name) return static_cast<int>(i);
  throw ArgumentError(fmt::format("no column named '{}' in the result (columns: {})", name,
                                  fmt::join(c.keys(), ", ")));
}

void cursor_check_index(const Cursor& c, int i) {
  if (i < 0 || i >= c.columns)
    throw ArgumentError(
        fmt::format("column index {} is out of range: the result has {} columns", i, c.columns));
}

bool read_is_null(const Cursor& c, int i) {
  check(c, i);
  return column_storage(*c.st, i) == StorageClass::null;
}

std::int64_t read_int64(const Cursor& c, int i) {
  SQLCORE_USER_RESULT(std::int64_t)
  return raw_int64(c, i);
}

std::int64_t raw_int64(const Cursor& c, int i) {
  check(c, i);
  switch (column_storage(*c.st, i)) {
    case StorageClass::integer:
      return column_int64(*c.st, i);
    case StorageClass::real: {
      double d = column_double(*c.st, i);
      if (d >= -9.2233720368547758e18 && d < 9.2233720368547758e18 &&
          static_cast<double>(static_cast<std::int64_t>(d)) == d)
        return static_cast<std::int64_t>(d);
      throw_not(c, i, "an integer (it has a fraction or is out of range)");
    }
    default:
      throw_not(c, i, "an integer");
  }
}

double read_double(const Cursor& c, int i) {
  SQLCORE_USER_RESULT(double)
  return raw_double(c, i);
}

double raw_double(const Cursor& c, int i) {
  check(c, i);
  switch (column_storage(*c.st, i)) {
    case StorageClass::integer:
      return static_cast<double>(column_int64(*c.st, i));
    case StorageClass::real:
      return column_double(*c.st, i);
    default:
      throw_not(c, i, "a number");
  }
}

bool read_bool(const Cursor& c, int i) {
  SQLCORE_USER_RESULT(bool)
  return raw_bool(c, i);
}

bool raw_bool(const Cursor& c, int i) {
  check(c, i);
  switch (column_storage(*c.st, i)) {
    case StorageClass::integer:
      return column_int64(*c.st, i) != 0;
    case StorageClass::real:
      return column_double(*c.st, i) != 0.0;
    default:
      throw_not(c, i, "a boolean (0 or 1)");
  }
}

std::string_view read_string_view(const Cursor& c, int i) {
  check(c, i);
  if (c.result_of(i) != nullptr)
    throw ArgumentError(
        fmt::format("{} has a type with a result conversion: read it as "
                    "std::string, not std::string_view",
                    column_label(c, i)));
  if (StorageClass sc = column_storage(*c.st, i); sc != StorageClass::text) {
    const TypeImpl* t = c.type_of(i);
    if (t != nullptr && is_json(*t) && (sc == StorageClass::integer || sc == StorageClass::real))
      throw_not(c, i, "text (a JSON number stored as a number: read it as std::string)");
    throw_not(c, i, "text");
  }
  return column_text(*c.st, i);
}

// A JSON column holding a number that SQLite stored as INTEGER or REAL (a column declared
// JSON has NUMERIC affinity; other tools write numbers): the document's text, as a JSON
// number. nullopt for anything else.
std::optional<std::string> json_number(const Cursor& c, int i) {
  const TypeImpl* t = c.type_of(i);
  if (t == nullptr || !is_json(*t)) return std::nullopt;
  switch (column_storage(*c.st, i)) {
    case StorageClass::integer:
      return std::to_string(column_int64(*c.st, i));
    case StorageClass::real:
      return json_number_text(column_double(*c.st, i));
    default:
      return std::nullopt;
  }
}

std::string read_string(const Cursor& c, int i) {
  SQLCORE_USER_RESULT(std::string)
  check(c, i);
  // Text (the common case) goes straight to the read; only a number can be a JSON document.
  if (column_storage(*c.st, i) != StorageClass::text)
    if (auto json = json_number(c, i)) return std::move(*json);
  return std::string(read_string_view(c, i));
}

Blob read_blob(const Cursor& c, int i) {
  SQLCORE_USER_RESULT(Blob)
  return raw_blob(c, i);
}

Blob raw_blob(const Cursor& c, int i) {
  check(c, i);
  if (column_storage(*c.st, i) != StorageClass::blob) throw_not(c, i, "a blob");
  auto b = column_blob(*c.st, i);
  return Blob(b.begin(), b.end());
}

namespace {

// Date and time columns: text parsed by the column's type (or the default ISO formats).
template <class Parse>
auto read_temporal(const Cursor& c, int i, std::string_view fallback, std::string_view example,
                   Parse parse) {
  check(c, i);
  std::string_view type = type_name_of(c, i, fallback);
  if (column_storage(*c.st, i) != StorageClass::text) throw_not(c, i, fmt::format("{} text", type));
  auto v = parse(c.type_of(i), column_text(*c.st, i));
  if (!v) throw_not(c, i, fmt::format("a valid {} (e.g. '{}')", type, example));
  return *v;
}

}  // namespace

Timestamp read_timestamp(const Cursor& c, int i) {
  SQLCORE_USER_RESULT(Timestamp)
  return raw_timestamp(c, i);
}

Timestamp raw_timestamp(const Cursor& c, int i) {
  return read_temporal(c, i, "DATETIME", "2011-03-15 12:05:57.010558", text_to_timestamp);
}

std::chrono::year_month_day read_date(const Cursor& c, int i) {
  SQLCORE_USER_RESULT(std::chrono::year_month_day)
  return raw_date(c, i);
}

std::chrono::year_month_day raw_date(const Cursor& c, int i) {
  return read_temporal(c, i, "DATE", "2011-03-15", text_to_date);
}

TimeOfDay read_time(const Cursor& c, int i) {
  SQLCORE_USER_RESULT(TimeOfDay)
  return raw_time(c, i);
}

TimeOfDay raw_time(const Cursor& c, int i) {
  return read_temporal(c, i, "TIME", "12:05:57.010558", text_to_time);
}

void cursor_read_cells(const Cursor& c, CellView* out, int n) noexcept {
  read_cells(*c.st, out, n);
}

bool cursor_converts(const Cursor& c) noexcept { return c.converts(); }

Timestamp cell_timestamp(const Cursor& c, int i, std::string_view text) {
  if (auto v = text_to_timestamp(c.type_of(i), text)) return *v;
  return raw_timestamp(c, i);  // throws the error naming the column and the text
}

std::chrono::year_month_day cell_date(const Cursor& c, int i, std::string_view text) {
  if (auto v = text_to_date(c.type_of(i), text)) return *v;
  return raw_date(c, i);
}

TimeOfDay cell_time(const Cursor& c, int i, std::string_view text) {
  if (auto v = text_to_time(c.type_of(i), text)) return *v;
  return raw_time(c, i);
}

Decimal read_decimal(const Cursor& c, int i) {
  SQLCORE_USER_RESULT(Decimal)
  return raw_decimal(c, i);
}

Decimal raw_decimal(const Cursor& c, int i) {
  check(c, i);
  switch (column_storage(*c.st, i)) {
    case StorageClass::integer:
      return Decimal(column_int64(*c.st, i));
    case StorageClass::real: {
      // SQLite's NUMERIC affinity stores decimal text as REAL; the column's scale gives the
      // digits back ("12.50" for NUMERIC(10, 2)), as SQLAlchemy's to_decimal_processor does.
      const TypeImpl* t = c.type_of(i);
      if (t != nullptr && t->scale)
        return Decimal(fmt::format("{:.{}f}", column_double(*c.st, i), *t->scale));
      return Decimal(fmt::format("{}", column_double(*c.st, i)));
    }
    case StorageClass::text: {
      try {
        return Decimal(column_text(*c.st, i));
      } catch (const ArgumentError&) {
        throw_not(c, i, "a decimal number");
      }
    }
    default:
      throw_not(c, i, "a decimal number");
  }
}

Value read_value(const Cursor& c, int i) {
  check(c, i);
  Value v = column_value(c, i);
  if (const auto* fn = c.result_of(i); fn != nullptr && !v.is_null()) return (*fn)(v);
  return v;
}

Value column_value(const Cursor& c, int i) {
  StorageClass sc = column_storage(*c.st, i);
  if (sc == StorageClass::null) return Value();
  if (const TypeImpl* t = c.type_of(i)) {
    switch (t->kind) {
      case ValueKind::datetime:
        return Value(raw_timestamp(c, i));
      case ValueKind::date:
        return Value(raw_date(c, i));
      case ValueKind::time:
        return Value(raw_time(c, i));
      case ValueKind::boolean:
        return Value(raw_bool(c, i));
      case ValueKind::decimal:
        return Value(raw_decimal(c, i));
      default:
        if (auto json = json_number(c, i)) return Value(std::move(*json));
        break;
    }
  }
  switch (sc) {
    case StorageClass::integer:
      return Value(column_int64(*c.st, i));
    case StorageClass::real:
      return Value(column_double(*c.st, i));
    case StorageClass::text:
      return Value(std::string(column_text(*c.st, i)));
    case StorageClass::blob:
      return Value(raw_blob(c, i));
    case StorageClass::null:
      break;
  }
  return Value();
}

void throw_null(const Cursor& c, int i, const char* cpp_type) {
  throw ValueError(fmt::format("{} is NULL and cannot be read as {}; read it as std::optional<T>",
                               column_label(c, i), cpp_type));
}

void throw_out_of_range(const Cursor& c, int i, std::int64_t v, const char* cpp_type) {
  throw ValueError(
      fmt::format("{} holds integer {}, out of range for {}", column_label(c, i), v, cpp_type));
}

void throw_struct_too_wide(const std::string& table, std::size_t fields, std::size_t columns) {
  throw ArgumentError(
      fmt::format("execute(insert, std::vector<S>): S has {} fields but table '{}' has {} columns; "
                  "the fields take the first columns in order",
                  fields, table, columns));
}

void throw_struct_fields_vs_columns(std::size_t fields, std::size_t columns) {
  throw ArgumentError(
      fmt::format("execute(insert.columns(...), std::vector<S>): S has {} fields but {} columns "
                  "are named; the fields take the named columns in order",
                  fields, columns));
}

void throw_field_count(const Cursor& c, std::size_t fields) {
  throw ArgumentError(fmt::format(
      "all<T>(): the result has {} columns ({}) but the struct has {} fields; they are matched "
      "by position",
      c.columns, fmt::join(c.keys(), ", "), fields));
}

}  // namespace detail

// ---- Result -------------------------------------------------------------------------------------

Result::Result(std::unique_ptr<detail::Cursor> cursor)
    : cursor_(std::move(cursor)), row_(cursor_.get()) {}
Result::Result(Result&&) noexcept = default;
Result& Result::operator=(Result&&) noexcept = default;
Result::~Result() = default;

Result::iterator::iterator(Result* r) : result_(r) {
  if (!r->has_row()) result_ = nullptr;
}

Result::iterator& Result::iterator::operator++() {
  if (result_ != nullptr && !result_->step()) result_ = nullptr;
  return *this;
}

Result::iterator Result::begin() { return iterator(this); }

bool Result::returns_rows() const noexcept { return cursor_->columns > 0; }
const std::vector<std::string>& Result::keys() const noexcept { return cursor_->keys(); }
std::int64_t Result::rowcount() const noexcept { return cursor_->rowcount; }
std::int64_t Result::lastrowid() const noexcept { return cursor_->lastrowid; }
bool Result::has_row() const noexcept { return cursor_->has_row; }

bool Result::step() {
  if (!cursor_->has_row) return false;
  return cursor_->step();
}

void Result::close() noexcept { cursor_->finish(); }

std::vector<std::vector<Value>> Result::fetchall() {
  std::vector<std::vector<Value>> out;
  while (has_row()) {
    auto& row = out.emplace_back();
    row.reserve(static_cast<std::size_t>(cursor_->columns));
    for (int i = 0; i < cursor_->columns; ++i) row.push_back(detail::read_value(*cursor_, i));
    step();
  }
  return out;
}

}  // namespace sqlcore
