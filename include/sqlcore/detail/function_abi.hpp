// The driver-neutral form of a SQL function, aggregate or collation written in C++: what the
// templates of sqlcore/functions.hpp build and a driver registers (sqlite3_create_function).
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sqlcore::detail {

/// The storage class of one SQL argument or result, with SQLite's numbering.
enum class SqlType : unsigned char { integer = 1, real = 2, text = 3, blob = 4, null = 5 };

/// What a C++ parameter reads, so the driver fetches that form (SQLite's text of a number for
/// a string parameter) and no other.
enum class ArgWant : unsigned char { any, integer, real, text, blob };

/// One argument of a call, read by the driver: valid during the call only. `data`/`size` hold
/// text (UTF-8, not NUL-terminated) or blob bytes; for a number passed to a text parameter,
/// its text as SQLite writes it.
struct FunctionArg {
  SqlType type = SqlType::null;
  std::int64_t integer = 0;
  double real = 0;
  const char* data = nullptr;
  std::size_t size = 0;
};

/// The result of a call, or its error (`error`, with the message in `owned`). Text and blob
/// results are `data`/`size`, pointing into `owned`/`bytes` or at memory that outlives the
/// call; the driver copies them before it returns.
struct FunctionResult {
  SqlType type = SqlType::null;
  bool error = false;
  std::int64_t integer = 0;
  double real = 0;
  const char* data = nullptr;
  std::size_t size = 0;
  std::string owned;
  std::vector<std::byte> bytes;

  void set_error(std::string message) {
    error = true;
    owned = std::move(message);
  }
};

struct FunctionDef;
/// A scalar call, or an aggregate's step / inverse: never throws (errors go to `out`).
using FunctionCall = void (*)(const FunctionDef& def, void* state, const FunctionArg* args,
                              FunctionResult& out) noexcept;
/// An aggregate's finish() or value().
using FunctionFinish = void (*)(const FunctionDef& def, void* state, FunctionResult& out) noexcept;

/// A function as registered: a scalar (`call`), an aggregate (`step` + `finish`, one state per
/// group constructed in driver-given memory by `init` and always ended by `destroy`), or a
/// window aggregate (also `inverse` + `value`). Immutable once built; shared by every
/// connection it is registered on.
struct FunctionDef {
  std::string name;
  /// Parameters: their count is the arity (SQLite checks it).
  std::vector<ArgWant> params;
  bool deterministic = false;
  bool direct_only = false;
  bool innocuous = false;
  /// The C++ callable of a scalar (the type-erased lambda, function pointer ...).
  std::shared_ptr<void> target;
  FunctionCall call = nullptr;  // scalar
  // Aggregates: state_size bytes of memory aligned to 8, constructed by init (false and an
  // error in `out` when the constructor threw), ended by destroy (also when finish never runs:
  // a failed or reset statement).
  std::size_t state_size = 0;
  bool (*init)(void* state, FunctionResult& out) noexcept = nullptr;
  void (*destroy)(void* state) noexcept = nullptr;
  FunctionCall step = nullptr;
  FunctionFinish finish = nullptr;
  FunctionCall inverse = nullptr;  // window aggregates (with value)
  FunctionFinish value = nullptr;

  int arity() const noexcept { return static_cast<int>(params.size()); }
  bool is_aggregate() const noexcept { return step != nullptr; }
  bool is_window() const noexcept { return inverse != nullptr; }
};

/// A collation: compare(target, a, b) < 0, 0 or > 0 (UTF-8 text). Never throws.
struct CollationDef {
  std::string name;
  std::shared_ptr<void> target;
  int (*compare)(void* target, std::string_view a, std::string_view b) noexcept = nullptr;
};

}  // namespace sqlcore::detail
