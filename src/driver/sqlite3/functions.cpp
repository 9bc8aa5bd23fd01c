// The C trampolines between SQLite and the type-erased C++ functions of FunctionDef: arguments
// read into FunctionArg, results and errors set from FunctionResult. Nothing here throws
// through SQLite's frames: FunctionDef's calls are noexcept and report into FunctionResult.
// SPDX-License-Identifier: MIT
#include "driver/sqlite3/functions.hpp"

#include <sqlite3.h>

#include <array>
#include <new>
#include <vector>

#include <fmt/format.h>

#include "driver/sqlite3/error_map.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

using DefPtr = std::shared_ptr<const FunctionDef>;

const FunctionDef& def_of(sqlite3_context* ctx) {
  return **static_cast<const DefPtr*>(sqlite3_user_data(ctx));
}

// Reads argument i in the form its C++ parameter wants (SQLite's own conversions: the text of
// a number for a string parameter, as sqlite3_value_text gives it).
void read_arg(sqlite3_value* v, ArgWant want, FunctionArg& a) {
  a.type = static_cast<SqlType>(sqlite3_value_type(v));
  switch (a.type) {
    case SqlType::integer:
      a.integer = sqlite3_value_int64(v);
      break;
    case SqlType::real:
      a.real = sqlite3_value_double(v);
      break;
    case SqlType::text:
    case SqlType::blob:
      break;
    case SqlType::null:
      return;
  }
  if (a.type == SqlType::blob) {
    a.data = static_cast<const char*>(sqlite3_value_blob(v));
    a.size = static_cast<std::size_t>(sqlite3_value_bytes(v));
  } else if (a.type == SqlType::text || want == ArgWant::text) {
    a.data = reinterpret_cast<const char*>(sqlite3_value_text(v));
    a.size = static_cast<std::size_t>(sqlite3_value_bytes(v));
  }
  if (a.data == nullptr) a.data = "";  // an empty blob
}

void set_result(sqlite3_context* ctx, const FunctionResult& r) {
  if (r.error) {
    if (r.owned.empty())
      sqlite3_result_error_nomem(ctx);
    else
      sqlite3_result_error(ctx, r.owned.c_str(), static_cast<int>(r.owned.size()));
    return;
  }
  switch (r.type) {
    case SqlType::integer:
      sqlite3_result_int64(ctx, r.integer);
      break;
    case SqlType::real:
      sqlite3_result_double(ctx, r.real);
      break;
    case SqlType::text:
      sqlite3_result_text64(ctx, r.data != nullptr ? r.data : "", r.size, SQLITE_TRANSIENT,
                            SQLITE_UTF8);
      break;
    case SqlType::blob:
      sqlite3_result_blob64(ctx, r.data != nullptr ? r.data : "", r.size, SQLITE_TRANSIENT);
      break;
    case SqlType::null:
      sqlite3_result_null(ctx);
      break;
  }
}

// Up to this many arguments are read into a stack array: no allocation per call.
constexpr int kStackArgs = 8;

template <class Body>
void with_args(const FunctionDef& def, int argc, sqlite3_value** argv, Body&& body) {
  std::array<FunctionArg, kStackArgs> stack{};
  std::vector<FunctionArg> heap;
  FunctionArg* args = stack.data();
  if (argc > kStackArgs) {
    heap.resize(static_cast<std::size_t>(argc));
    args = heap.data();
  }
  for (int i = 0; i < argc; ++i) {
    auto idx = static_cast<std::size_t>(i);
    read_arg(argv[i], idx < def.params.size() ? def.params[idx] : ArgWant::any, args[i]);
  }
  body(args);
}

void x_func(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  const FunctionDef& def = def_of(ctx);
  FunctionResult out;
  try {
    with_args(def, argc, argv, [&](const FunctionArg* args) { def.call(def, nullptr, args, out); });
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  set_result(ctx, out);
}

// An aggregate's memory (sqlite3_aggregate_context, zeroed at first use, freed by SQLite after
// xFinal): a "constructed" flag, then the state, 8-aligned like all SQLite memory.
constexpr std::size_t kHeader = 8;

// The group's state, constructed at first use; nullptr after reporting an error into ctx.
void* state_of(sqlite3_context* ctx, const FunctionDef& def) {
  auto* mem = static_cast<unsigned char*>(
      sqlite3_aggregate_context(ctx, static_cast<int>(def.state_size + kHeader)));
  if (mem == nullptr) {
    sqlite3_result_error_nomem(ctx);
    return nullptr;
  }
  void* state = mem + kHeader;
  if (mem[0] == 0) {
    FunctionResult out;
    if (!def.init(state, out)) {
      set_result(ctx, out);
      return nullptr;
    }
    mem[0] = 1;
  }
  return state;
}

template <FunctionCall FunctionDef::*Member>
void x_step(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  const FunctionDef& def = def_of(ctx);
  void* state = state_of(ctx, def);
  if (state == nullptr) return;
  FunctionResult out;
  try {
    with_args(def, argc, argv,
              [&](const FunctionArg* args) { (def.*Member)(def, state, args, out); });
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  // Only an error is reported from a step: SQLite aborts the statement on it.
  if (out.error) set_result(ctx, out);
}

// A window aggregate's xValue: only sqlite3_create_window_function (3.25+) takes it.
#if SQLITE_VERSION_NUMBER >= 3025000
void x_value(sqlite3_context* ctx) {
  const FunctionDef& def = def_of(ctx);
  void* state = state_of(ctx, def);
  if (state == nullptr) return;
  FunctionResult out;
  def.value(def, state, out);
  set_result(ctx, out);
}
#endif

// Called once per group, also for a group without rows (then a fresh state gives finish()'s
// answer) and when a failed or reset statement releases the group: the state always ends here.
void x_final(sqlite3_context* ctx) {
  const FunctionDef& def = def_of(ctx);
  void* state = state_of(ctx, def);
  if (state == nullptr) return;
  FunctionResult out;
  def.finish(def, state, out);
  def.destroy(state);
  static_cast<unsigned char*>(state)[-static_cast<std::ptrdiff_t>(kHeader)] = 0;
  set_result(ctx, out);
}

void destroy_def(void* p) { delete static_cast<DefPtr*>(p); }

int flags_of(const FunctionDef& def) {
  int flags = SQLITE_UTF8;
  if (def.deterministic) flags |= SQLITE_DETERMINISTIC;
  if (def.direct_only || def.innocuous) {
#if defined(SQLITE_DIRECTONLY) && defined(SQLITE_INNOCUOUS)
    if (sqlite3_libversion_number() < 3031000)
#endif
      throw NotSupportedError(
          fmt::format("function '{}': FunctionOptions::{} needs SQLite 3.31 or later "
                      "(SQLITE_{}); this is SQLite {}",
                      def.name, def.direct_only ? "direct_only" : "innocuous",
                      def.direct_only ? "DIRECTONLY" : "INNOCUOUS", sqlite3_libversion()),
          0, "not supported", "");
#if defined(SQLITE_DIRECTONLY) && defined(SQLITE_INNOCUOUS)
    if (def.direct_only) flags |= SQLITE_DIRECTONLY;
    if (def.innocuous) flags |= SQLITE_INNOCUOUS;
#endif
  }
  return flags;
}

}  // namespace

void register_function(sqlite3* db, std::shared_ptr<const FunctionDef> def) {
  int flags = flags_of(*def);
  const std::string name = def->name;
  int arity = def->arity();
  bool window = def->is_window();
  bool aggregate = def->is_aggregate();
  // SQLite owns this copy from here on, even when registration fails (it then calls
  // destroy_def itself).
  auto* app = new DefPtr(std::move(def));
  int rc = SQLITE_OK;
  if (window) {
#if SQLITE_VERSION_NUMBER >= 3025000
    if (sqlite3_libversion_number() >= 3025000) {
      rc = sqlite3_create_window_function(db, name.c_str(), arity, flags, app,
                                          x_step<&FunctionDef::step>, x_final, x_value,
                                          x_step<&FunctionDef::inverse>, destroy_def);
    } else
#endif
    {
      delete app;
      throw NotSupportedError(fmt::format("window aggregate '{}' needs SQLite 3.25 or later "
                                          "(sqlite3_create_window_function); this is SQLite {}",
                                          name, sqlite3_libversion()),
                              0, "not supported", "");
    }
  } else if (aggregate) {
    rc = sqlite3_create_function_v2(db, name.c_str(), arity, flags, app, nullptr,
                                    x_step<&FunctionDef::step>, x_final, destroy_def);
  } else {
    rc = sqlite3_create_function_v2(db, name.c_str(), arity, flags, app, x_func, nullptr, nullptr,
                                    destroy_def);
  }
  if (rc != SQLITE_OK)
    throw_sqlite_error(
        rc, fmt::format("cannot register SQL function '{}': {}", name, sqlite3_errmsg(db)), {});
}

namespace {

using CollationPtr = std::shared_ptr<const CollationDef>;

int x_compare(void* p, int na, const void* a, int nb, const void* b) {
  const CollationDef& def = **static_cast<CollationPtr*>(p);
  return def.compare(def.target.get(),
                     std::string_view(static_cast<const char*>(a), static_cast<std::size_t>(na)),
                     std::string_view(static_cast<const char*>(b), static_cast<std::size_t>(nb)));
}

void destroy_collation(void* p) { delete static_cast<CollationPtr*>(p); }

}  // namespace

void register_collation(sqlite3* db, std::shared_ptr<const CollationDef> def) {
  const std::string name = def->name;
  auto* app = new CollationPtr(std::move(def));
  int rc =
      sqlite3_create_collation_v2(db, name.c_str(), SQLITE_UTF8, app, x_compare, destroy_collation);
  if (rc != SQLITE_OK) {
    // Unlike sqlite3_create_function_v2, a failed create_collation_v2 does not call xDestroy.
    delete app;
    throw_sqlite_error(
        rc, fmt::format("cannot register collation '{}': {}", name, sqlite3_errmsg(db)), {});
  }
}

}  // namespace sqlcore::detail
