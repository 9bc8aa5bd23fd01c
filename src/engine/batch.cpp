// executemany: one prepared statement per batch in a savepoint, and SQLAlchemy 2.0's
// insertmanyvalues (a multi-row INSERT per 1,000 rows) for plain INSERTs.
// SPDX-License-Identifier: MIT
#include <algorithm>
#include <chrono>
#include <functional>
#include <span>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "driver/stmt_ops.hpp"
#include "engine/binding.hpp"
#include "engine/engine_state.hpp"
#include "sqlcore/connection.hpp"
#include "sqlcore/errors.hpp"
#include "types/type_impl.hpp"

namespace sqlcore {

namespace detail {
namespace {

template <class Body>
void in_savepoint(ConnectionCore& c, Body&& body) {
  std::string savepoint = fmt::format("sa_savepoint_{}", ++detail::tx_state(*c.raw).savepoint_seq);
  // Outside a transaction the savepoint is the transaction and its RELEASE is the COMMIT
  // (lang_savepoint.html). A RELEASE that fails there (an I/O error or a full disk while
  // committing) may leave SQLite's transaction open; so may a ROLLBACK TO whose journal
  // playback fails. Undone by ROLLBACK then, which always ends it: else the connection stays
  // in a transaction nobody owns, and every later begin() fails.
  const bool outermost = !c.raw->in_transaction();
  c.raw->exec("SAVEPOINT " + savepoint);
  auto undo = [&]() noexcept {
    try {
      if (outermost) {
        if (c.raw->in_transaction()) c.raw->exec("ROLLBACK");
      } else {
        c.raw->exec("ROLLBACK TO SAVEPOINT " + savepoint);
        c.raw->exec("RELEASE SAVEPOINT " + savepoint);
      }
    } catch (...) {
      // SQLite rolled the whole transaction back (the savepoint is gone with it).
    }
  };
  try {
    body();
  } catch (...) {
    undo();
    c.statement_failed();
    throw;
  }
  try {
    c.raw->exec("RELEASE SAVEPOINT " + savepoint);
  } catch (...) {
    undo();
    c.statement_failed();
    throw;
  }
}

// The on_execute event of one executemany batch: one for the whole batch, fired when the
// batch's cursor finishes (after the last row, or when an error unwinds it, with the error).
class BatchTrace {
 public:
  BatchTrace(Cursor& cursor, std::size_t count) : cursor_(cursor) {
    if (!cursor.start_trace()) return;  // not tracing: not even a clock read
    cursor.trace->parameter_sets = count;
    started_ = std::chrono::steady_clock::now();
  }
  BatchTrace(const BatchTrace&) = delete;
  BatchTrace& operator=(const BatchTrace&) = delete;
  /// The values of one row, as bound.
  void row(std::span<const Value> values) {
    if (cursor_.trace)
      cursor_.trace->params.insert(cursor_.trace->params.end(), values.begin(), values.end());
  }
  void done(std::int64_t rows) {
    done_ = true;
    if (cursor_.trace == nullptr) return;
    cursor_.trace->elapsed = std::chrono::steady_clock::now() - started_;
    cursor_.trace->rows = rows;
  }
  /// In the catch block of the batch's failure: the event carries the error.
  void failed() {
    done_ = true;
    if (cursor_.trace == nullptr) return;
    cursor_.trace->elapsed = std::chrono::steady_clock::now() - started_;
    cursor_.trace->error = current_error_message();
  }

 private:
  Cursor& cursor_;
  std::chrono::steady_clock::time_point started_;
  bool done_ = false;
};

// Steps a bound statement to its end; the rows it changed.
std::int64_t run_once(ConnectionCore& c, Statement* st) {
  try {
    StepDeadline deadline(c);
    while (step(*st)) {
    }
  } catch (...) {
    reset(*st);
    throw;
  }
  std::int64_t n = changes(*st);
  reset(*st);
  return n;
}

// bind_row(r) binds row r and returns the values it bound.
Result run_batch(ConnectionCore& c, Statement* st, std::unique_ptr<Cursor> cursor,
                 std::size_t count,
                 const std::function<std::span<const Value>(std::size_t)>& bind_row) {
  std::int64_t total = 0;
  BatchTrace trace(*cursor, count);
  try {
    in_savepoint(c, [&] {
      for (std::size_t r = 0; r < count; ++r) {
        try {
          trace.row(bind_row(r));
        } catch (...) {
          reset(*st);
          throw;
        }
        total += run_once(c, st);
      }
    });
  } catch (...) {
    trace.failed();
    throw;
  }
  trace.done(total);
  cursor->rowcount = total;
  cursor->lastrowid = last_insert_rowid(*st);
  cursor->finish();
  return Result(std::move(cursor));
}

using FillRow = std::function<void(std::size_t, std::vector<Value>&)>;

// Converts row r's values (given by `fill`) for the binds of `compiled`, in place, and moves
// them to out[0, n): they must outlive the step, as they are bound without a copy.
void converted_row(const Compiled& compiled, std::size_t r, const FillRow& fill,
                   std::vector<Value>& scratch, Value* out) {
  scratch.clear();
  fill(r, scratch);
  if (scratch.size() != compiled.params.size())
    throw ArgumentError(fmt::format("row {} gives {} values for {} binds [SQL: {}]", r,
                                    scratch.size(), compiled.params.size(), compiled.sql));
  for (std::size_t i = 0; i < scratch.size(); ++i) {
    const Type& type = compiled.bind_types[i];
    if (!binds_as_is(type.impl(), scratch[i]))
      scratch[i] = type.bind(scratch[i], compiled.params[i]);
    out[i] = std::move(scratch[i]);
  }
}

// SQLAlchemy 2.0's "insertmanyvalues": executemany of a plain INSERT sends up to 1,000 rows per
// statement, `INSERT ... VALUES (?, ...), (?, ...), ...`, within SQLite's bind limit. One
// statement for the full pages, one for the last, partial one; rowcount and lastrowid as
// row-by-row execution gives them; atomic as the row-by-row loop is (a savepoint).
constexpr std::size_t kPageRows = 1000;  // SQLAlchemy's insertmanyvalues_page_size

Result insert_many_values(ConnectionCore& c, const Compiled& compiled, std::size_t count,
                          const FillRow& fill) {
  const std::size_t width = compiled.params.size();
  std::string_view head(compiled.sql.data(), compiled.insert_values_at);
  std::string_view row(compiled.sql.data() + compiled.insert_values_at,
                       compiled.sql.size() - compiled.insert_values_at);
  auto sql_for = [&](std::size_t rows) {
    std::string s(head);
    s.reserve(head.size() + rows * (row.size() + 2));
    for (std::size_t r = 0; r < rows; ++r) {
      if (r) s += ", ";
      s += row;
    }
    return s;
  };
  StatementCache& cache = c.raw->state().cache;
  Statement* single = cache.acquire(compiled.sql);
  auto cursor = std::make_unique<Cursor>(&c, single, c.engine->options.raw_colnames);
  std::size_t limit = static_cast<std::size_t>(std::max(1, variable_limit(*single)));
  std::size_t page = std::max<std::size_t>(1, std::min(kPageRows, limit / width));
  std::vector<Value> scratch, values(std::min(page, count) * width);
  std::int64_t total = 0;
  std::int64_t last_rowid = 0;
  Statement* full = nullptr;
  Statement* tail = nullptr;
  struct Release {
    StatementCache& cache;
    Statement*& a;
    Statement*& b;
    ~Release() {
      if (a != nullptr) cache.release(a);
      if (b != nullptr) cache.release(b);
    }
  } release{cache, full, tail};
  BatchTrace trace(*cursor, count);
  try {
    in_savepoint(c, [&] {
      for (std::size_t start = 0; start < count; start += page) {
        std::size_t n = std::min(page, count - start);
        Statement*& slot = n == page ? full : tail;
        if (n == 1) {
          slot = nullptr;
        } else if (slot == nullptr) {
          slot = cache.acquire(sql_for(n));
        }
        Statement* st = n == 1 ? single : slot;
        try {
          for (std::size_t k = 0; k < n; ++k) {
            converted_row(compiled, start + k, fill, scratch, &values[k * width]);
            for (std::size_t i = 0; i < width; ++i)
              bind_stored(*st, static_cast<int>(k * width + i + 1), values[k * width + i],
                          /*transient=*/false);
          }
        } catch (...) {
          reset(*st);
          throw;
        }
        trace.row(std::span<const Value>(values.data(), n * width));
        total += run_once(c, st);
        last_rowid = last_insert_rowid(*st);
      }
    });
  } catch (...) {
    trace.failed();
    throw;
  }
  trace.done(total);
  cursor->rowcount = total;
  cursor->lastrowid = last_rowid;
  cursor->finish();
  return Result(std::move(cursor));
}

}  // namespace
}  // namespace detail

Result Connection::execute_many(const TextClause& statement, const std::vector<Params>& param_sets,
                                const TypeMap& types) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  auto cursor = c.open_cursor(statement.sql());
  detail::Statement* st = cursor->st;
  if (cursor->columns > 0)
    throw ArgumentError(fmt::format(
        "execute_many() runs statements that return no rows; this one returns {} columns "
        "[SQL: {}]",
        cursor->columns, st->sql));
  // Check and convert every set first, so a bad set sends nothing at all.
  std::vector<std::vector<Value>> converted;
  converted.reserve(param_sets.size());
  for (const Params& params : param_sets) {
    auto where = detail::match_params(*st, params);
    converted.push_back(detail::convert_params(*st, params, where, types));
  }
  return detail::run_batch(c, st, std::move(cursor), converted.size(),
                           [&](std::size_t r) -> std::span<const Value> {
                             detail::bind_all(*st, converted[r]);
                             return converted[r];
                           });
}

Result Connection::execute_many(const Insert& statement, const std::vector<Params>& rows) {
  if (rows.empty()) throw ArgumentError("execute_many(insert, rows): no rows");
  if (!statement.assignments().empty() || statement.is_from_select())
    throw ArgumentError(
        "execute_many(insert, rows): the rows give the values; use insert(t) without values() "
        "or from_select()");
  std::vector<std::string> names;
  for (const auto& [name, value] : rows.front()) names.push_back(name);
  std::shared_ptr<const Compiled> shape = compiled_shape(statement.columns(names));
  const Compiled& compiled = *shape;
  // Bind i takes the value of column compiled.params[i] (the table's column order).
  std::vector<std::size_t> at;
  for (const auto& p : compiled.params)
    at.push_back(
        static_cast<std::size_t>(std::find(names.begin(), names.end(), p) - names.begin()));
  return execute_rows(compiled, rows.size(), [&](std::size_t r, std::vector<Value>& out) {
    const Params& row = rows[r];
    bool same = row.size() == names.size();
    for (std::size_t k = 0; same && k < row.size(); ++k) same = row[k].first == names[k];
    if (!same)
      throw ArgumentError(fmt::format(
          "execute_many(insert, rows): row {} names other columns than the first row ({}); "
          "give every row the same names, in the same order",
          r, fmt::join(names, ", ")));
    for (std::size_t i : at) out.push_back(row[i].second);
  });
}

Result Connection::execute_rows(const Compiled& compiled, std::size_t count,
                                const std::function<void(std::size_t, std::vector<Value>&)>& fill) {
  detail::ConnectionCore& c = core();
  c.check_usable();
  if (compiled.insert_values_at != std::string::npos && count > 1 && !compiled.params.empty())
    return detail::insert_many_values(c, compiled, count, fill);
  auto cursor = c.open_cursor(compiled.sql);
  detail::Statement* st = cursor->st;
  // Row by row, in a savepoint: a bad row (a wrong value, a constraint) rolls every row back.
  // Each value is converted in place (most need nothing) and bound without a copy: it lives
  // until the row has been stepped.
  std::vector<Value> scratch, values(compiled.params.size());
  return detail::run_batch(c, st, std::move(cursor), count,
                           [&](std::size_t r) -> std::span<const Value> {
                             detail::converted_row(compiled, r, fill, scratch, values.data());
                             for (std::size_t i = 0; i < values.size(); ++i)
                               detail::bind_stored(*st, static_cast<int>(i + 1), values[i],
                                                   /*transient=*/false);
                             return values;
                           });
}

}  // namespace sqlcore
