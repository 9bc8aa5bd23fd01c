// Parameters to bound values: named binds matched and converted before anything is bound.
// SPDX-License-Identifier: MIT
#include "engine/binding.hpp"

#include <fmt/format.h>

#include "driver/stmt_ops.hpp"
#include "sqlcore/errors.hpp"
#include "types/type_impl.hpp"

namespace sqlcore::detail {

// The value SQLite stores for `v`, through `type` when one is given.
Value to_storage(const Value& v, const Type* type, std::string_view name) {
  if (type != nullptr) return type->bind(v, name);
  return default_bind(v);
}

// `transient`: SQLite copies text and blobs; otherwise `v` must outlive the step.
void bind_stored(Statement& st, int index, const Value& v, bool transient) {
  const auto& s = v.storage();
  switch (s.index()) {
    case 0:
      bind_null(st, index);
      return;
    case 1:
      bind_int64(st, index, std::get<std::int64_t>(s));
      return;
    case 2:
      bind_double(st, index, std::get<double>(s));
      return;
    case 3:
      bind_text(st, index, std::get<std::string>(s), transient);
      return;
    case 4:
      bind_blob(st, index, std::get<Blob>(s), transient);
      return;
    default:
      break;
  }
  // default_bind / Type::bind leave only the five storage kinds.
  bind_stored(st, index, default_bind(v), true);
}

const Type* find_type(const TypeMap& types, std::string_view name) {
  for (const auto& [n, t] : types)
    if (n == name) return &t;
  return nullptr;
}

// For each bind parameter of `st` (by index), the position of its value in `params`.
// Throws ArgumentError, before anything runs, for a positional bind, a bind without a
// value, a value for no bind, or a name given twice.
std::vector<std::size_t> match_params(const Statement& st, const Params& params) {
  std::vector<std::size_t> where(st.param_names.size());
  for (std::size_t i = 0; i < st.param_names.size(); ++i) {
    const std::string& name = st.param_names[i];
    if (name.empty())
      throw ArgumentError(fmt::format(
          "bind parameter {} of the statement is positional ('?'); text() takes named binds "
          "(:name) [SQL: {}]",
          i + 1, st.sql));
    auto it =
        std::find_if(params.begin(), params.end(), [&](const auto& p) { return p.first == name; });
    if (it == params.end())
      throw ArgumentError(
          fmt::format("A value is required for bind parameter '{}' [SQL: {}]", name, st.sql));
    where[i] = static_cast<std::size_t>(it - params.begin());
  }
  for (std::size_t k = 0; k < params.size(); ++k) {
    const std::string& name = params[k].first;
    bool used =
        std::find(st.param_names.begin(), st.param_names.end(), name) != st.param_names.end();
    if (!used) {
      std::string binds;
      for (const auto& n : st.param_names)
        binds += fmt::format("{}{}", binds.empty() ? "" : ", ", n);
      throw ArgumentError(
          fmt::format("parameter '{}' is not a bind of the statement (its binds: {}) [SQL: {}]",
                      name, binds.empty() ? "none" : binds, st.sql));
    }
    for (std::size_t j = 0; j < k; ++j)
      if (params[j].first == name)
        throw ArgumentError(fmt::format("parameter '{}' is given twice", name));
  }
  return where;
}

// Every value converted to what SQLite stores, before anything is bound.
std::vector<Value> convert_params(const Statement& st, const Params& params,
                                  const std::vector<std::size_t>& where, const TypeMap& types) {
  std::vector<Value> out;
  out.reserve(where.size());
  for (std::size_t i = 0; i < where.size(); ++i) {
    const auto& [name, value] = params[where[i]];
    out.push_back(to_storage(value, find_type(types, name), name));
  }
  (void)st;
  return out;
}

void bind_all(Statement& st, const std::vector<Value>& values) {
  for (std::size_t i = 0; i < values.size(); ++i)
    bind_stored(st, static_cast<int>(i + 1), values[i]);
}

// Steps `st` once per row, bound by bind_row(r), inside a savepoint: all rows or none (a
// savepoint in the caller's transaction, or a transaction of its own when none is open).
// The Result carries the total of changed rows.
// Runs `body` in a savepoint: released when it returns, rolled back to (so that none of its
// work stays) when it throws, and the error passed on.

}  // namespace sqlcore::detail
