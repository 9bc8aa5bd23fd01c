// SQL functions, aggregates, window aggregates and collations written in C++: the options and
// the templates that turn a callable into the driver-neutral FunctionDef (Engine registers it).
// SPDX-License-Identifier: MIT
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

#include "sqlcore/detail/function_abi.hpp"
#include "sqlcore/value.hpp"

namespace sqlcore {

/// How a function is registered (sqlite3_create_function's flags).
struct FunctionOptions {
  /// Same arguments, same result (SQLITE_DETERMINISTIC): SQLite may factor calls out and the
  /// function may appear in indexes, CHECK constraints and generated columns.
  bool deterministic = false;
  /// Callable only from top-level SQL, never from triggers, views, CHECK constraints or
  /// generated columns (SQLITE_DIRECTONLY, SQLite 3.31+): for functions with side effects.
  bool direct_only = false;
  /// Harmless wherever a schema puts it (SQLITE_INNOCUOUS, SQLite 3.31+).
  bool innocuous = false;
};

namespace detail {

/// The signature of a callable: a function pointer, a lambda or functor with one
/// non-template operator(), std::function.
template <class T>
struct Signature : Signature<decltype(&T::operator())> {};
template <class R, class... A>
struct Signature<R(A...)> {
  using result = R;
  using args = std::tuple<A...>;
};
template <class R, class... A>
struct Signature<R (*)(A...)> : Signature<R(A...)> {};
template <class R, class... A>
struct Signature<R (*)(A...) noexcept> : Signature<R(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...)> : Signature<R(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...) const> : Signature<R(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...) noexcept> : Signature<R(A...)> {};
template <class C, class R, class... A>
struct Signature<R (C::*)(A...) const noexcept> : Signature<R(A...)> {};

template <class T>
concept PlainCallable = std::is_function_v<std::remove_pointer_t<T>> || requires {
  &T::operator();
};

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};

/// A parameter type sqlcore can convert a SQL argument to.
template <class T>
constexpr bool kArgType = std::is_same_v<T, Value> || std::is_same_v<T, bool> ||
                          (std::is_integral_v<T> && !std::is_same_v<T, char>) ||
                          std::is_floating_point_v<T> || std::is_same_v<T, std::string> ||
                          std::is_same_v<T, std::string_view> || std::is_same_v<T, Blob>;

template <class P>
constexpr ArgWant want_of() {
  using T = std::remove_cvref_t<P>;
  if constexpr (IsOptional<T>::value) {
    return want_of<typename T::value_type>();
  } else {
    static_assert(kArgType<T>,
                  "a SQL function's parameter must be an integer, double, bool, std::string, "
                  "std::string_view, sc::Blob, sc::Value or std::optional of one of them");
    if constexpr (std::is_same_v<T, Value>)
      return ArgWant::any;
    else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>)
      return ArgWant::text;
    else if constexpr (std::is_same_v<T, Blob>)
      return ArgWant::blob;
    else if constexpr (std::is_floating_point_v<T>)
      return ArgWant::real;
    else
      return ArgWant::integer;
  }
}

/// A conversion failure inside a call: the message becomes the statement's error.
class FunctionArgError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline const char* sql_type_name(SqlType t) noexcept {
  switch (t) {
    case SqlType::integer:
      return "an integer";
    case SqlType::real:
      return "a real";
    case SqlType::text:
      return "text";
    case SqlType::blob:
      return "a blob";
    case SqlType::null:
      break;
  }
  return "NULL";
}

[[noreturn]] inline void throw_arg_error(const FunctionDef& def, std::size_t pos,
                                         const char* wanted, const FunctionArg& a) {
  throw FunctionArgError(def.name + "(): argument " + std::to_string(pos + 1) + " must be " +
                         wanted + ", got " + sql_type_name(a.type));
}

/// The SQL argument `a` (position `pos`) as a P (by value: a parameter declared `const
/// std::string&` binds to it).
template <class P>
std::remove_cvref_t<P> arg_as(const FunctionDef& def, std::size_t pos, const FunctionArg& a) {
  using T = std::remove_cvref_t<P>;
  if constexpr (IsOptional<T>::value) {
    if (a.type == SqlType::null) return T();
    return T(arg_as<typename T::value_type>(def, pos, a));
  } else if constexpr (std::is_same_v<T, Value>) {
    switch (a.type) {
      case SqlType::integer:
        return Value(a.integer);
      case SqlType::real:
        return Value(a.real);
      case SqlType::text:
        return Value(std::string(a.data, a.size));
      case SqlType::blob: {
        const auto* p = reinterpret_cast<const std::byte*>(a.data);
        return Value(Blob(p, p + a.size));
      }
      case SqlType::null:
        break;
    }
    return Value();
  } else {
    if (a.type == SqlType::null)
      throw FunctionArgError(def.name + "(): argument " + std::to_string(pos + 1) +
                             " is NULL; declare the parameter std::optional to accept NULL");
    if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>) {
      if (a.type == SqlType::blob) throw_arg_error(def, pos, "text", a);
      return T(a.data, a.size);
    } else if constexpr (std::is_same_v<T, Blob>) {
      if (a.type != SqlType::blob && a.type != SqlType::text)
        throw_arg_error(def, pos, "a blob", a);
      const auto* p = reinterpret_cast<const std::byte*>(a.data);
      return Blob(p, p + a.size);
    } else if constexpr (std::is_floating_point_v<T>) {
      if (a.type == SqlType::integer) return static_cast<T>(a.integer);
      if (a.type != SqlType::real) throw_arg_error(def, pos, "a number", a);
      return static_cast<T>(a.real);
    } else if constexpr (std::is_same_v<T, bool>) {
      if (a.type == SqlType::integer) return a.integer != 0;
      if (a.type != SqlType::real) throw_arg_error(def, pos, "a number", a);
      return a.real != 0;
    } else {  // an integer type
      std::int64_t v = a.integer;
      if (a.type == SqlType::real) {
        // An integral real (2.0) is accepted; 2.5 is not silently cut.
        if (!(a.real >= -9223372036854775808.0 && a.real < 9223372036854775808.0) ||
            static_cast<double>(static_cast<std::int64_t>(a.real)) != a.real)
          throw_arg_error(def, pos, "an integer", a);
        v = static_cast<std::int64_t>(a.real);
      } else if (a.type != SqlType::integer) {
        throw_arg_error(def, pos, "an integer", a);
      }
      if constexpr (!std::is_same_v<T, std::int64_t>) {
        bool fits;
        if constexpr (std::is_unsigned_v<T>)
          fits = v >= 0 && static_cast<std::uint64_t>(v) <= std::numeric_limits<T>::max();
        else
          fits = v >= std::numeric_limits<T>::min() && v <= std::numeric_limits<T>::max();
        if (!fits)
          throw FunctionArgError(def.name + "(): argument " + std::to_string(pos + 1) + " (" +
                                 std::to_string(v) + ") is out of range of its C++ type");
      }
      return static_cast<T>(v);
    }
  }
}

/// Puts a C++ result into `out`.
template <class R>
void set_result(FunctionResult& out, R&& r) {
  using T = std::remove_cvref_t<R>;
  if constexpr (IsOptional<T>::value) {
    if (r) set_result(out, *std::forward<R>(r));
  } else if constexpr (std::is_same_v<T, Value>) {
    std::visit(
        [&](const auto& v) {
          using V = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<V, std::monostate>)
            out.type = SqlType::null;
          else if constexpr (std::is_same_v<V, std::int64_t> || std::is_same_v<V, double> ||
                             std::is_same_v<V, std::string> || std::is_same_v<V, Blob> ||
                             std::is_same_v<V, bool>)
            set_result(out, v);
          else if constexpr (std::is_same_v<V, Decimal>)
            set_result(out, v.str());
          else
            out.set_error(
                "a SQL function's sc::Value result holds a date or time: return its text");
        },
        r.storage());
  } else if constexpr (std::is_same_v<T, bool>) {
    out.type = SqlType::integer;
    out.integer = r ? 1 : 0;
  } else if constexpr (std::is_integral_v<T> && !std::is_same_v<T, char>) {
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(std::int64_t)) {
      if (r > static_cast<T>(INT64_MAX)) {
        out.set_error("a SQL function's result " + std::to_string(r) +
                      " is beyond SQLite's 64-bit integers");
        return;
      }
    }
    out.type = SqlType::integer;
    out.integer = static_cast<std::int64_t>(r);
  } else if constexpr (std::is_floating_point_v<T>) {
    out.type = SqlType::real;
    out.real = static_cast<double>(r);
  } else if constexpr (std::is_same_v<T, std::string>) {
    out.type = SqlType::text;
    out.owned = std::forward<R>(r);
    out.data = out.owned.data();
    out.size = out.owned.size();
  } else if constexpr (std::is_same_v<T, std::string_view> || std::is_same_v<T, const char*> ||
                       std::is_same_v<T, char*>) {
    std::string_view s(r);
    out.type = SqlType::text;
    out.data = s.data();
    out.size = s.size();
  } else if constexpr (std::is_same_v<T, Blob>) {
    out.type = SqlType::blob;
    out.bytes = std::forward<R>(r);
    out.data = reinterpret_cast<const char*>(out.bytes.data());
    out.size = out.bytes.size();
  } else {
    static_assert(std::is_same_v<T, void>,
                  "a SQL function's result must be void, an integer, double, bool, std::string, "
                  "std::string_view, sc::Blob, sc::Value or std::optional of one of them");
  }
}

/// Calls `fn` with the SQL arguments converted to the parameter types `Args`, result into
/// `out`.
template <class Args, class Fn, std::size_t... I>
void invoke_with(const FunctionDef& def, Fn&& fn, const FunctionArg* args, FunctionResult& out,
                 std::index_sequence<I...>) {
  using R = decltype(std::invoke(fn, arg_as<std::tuple_element_t<I, Args>>(def, I, args[I])...));
  if constexpr (std::is_void_v<R>) {
    std::invoke(fn, arg_as<std::tuple_element_t<I, Args>>(def, I, args[I])...);
  } else {
    set_result(out, std::invoke(fn, arg_as<std::tuple_element_t<I, Args>>(def, I, args[I])...));
  }
}

/// Runs `body`; an exception becomes the call's error, "name(): what".
template <class Body>
void guarded(const FunctionDef& def, FunctionResult& out, Body&& body) noexcept {
  try {
    body();
  } catch (const FunctionArgError& e) {
    out.set_error(e.what());
  } catch (const std::exception& e) {
    try {
      out.set_error(def.name + "(): " + e.what());
    } catch (...) {
      out.error = true;
    }
  } catch (...) {
    try {
      out.set_error(def.name + "(): a C++ exception that is not a std::exception");
    } catch (...) {
      out.error = true;
    }
  }
}

template <class Args, std::size_t... I>
std::vector<ArgWant> wants_of(std::index_sequence<I...>) {
  return {want_of<std::tuple_element_t<I, Args>>()...};
}

template <class Args>
std::vector<ArgWant> params_of() {
  return wants_of<Args>(std::make_index_sequence<std::tuple_size_v<Args>>());
}

/// A scalar function from a callable.
template <class F>
FunctionDef make_scalar(std::string name, F&& fn, const FunctionOptions& options) {
  using Fn = std::decay_t<F>;
  static_assert(PlainCallable<Fn>,
                "create_function needs a callable with one non-template operator() (no generic "
                "lambda, no overloads) or a function pointer: the SQL arity and conversions "
                "come from its signature");
  using Args = typename Signature<Fn>::args;
  FunctionDef def;
  def.name = std::move(name);
  def.params = params_of<Args>();
  def.deterministic = options.deterministic;
  def.direct_only = options.direct_only;
  def.innocuous = options.innocuous;
  def.target = std::make_shared<Fn>(std::forward<F>(fn));
  def.call = [](const FunctionDef& d, void*, const FunctionArg* args,
                FunctionResult& out) noexcept {
    guarded(d, out, [&] {
      invoke_with<Args>(d, *static_cast<Fn*>(d.target.get()), args, out,
                        std::make_index_sequence<std::tuple_size_v<Args>>());
    });
  };
  return def;
}

template <class T>
T* aggregate_at(void* raw) noexcept {
  auto p = reinterpret_cast<std::uintptr_t>(raw);
  p = (p + alignof(T) - 1) & ~static_cast<std::uintptr_t>(alignof(T) - 1);
  return std::launder(reinterpret_cast<T*>(p));
}

template <class T>
concept WindowAggregate = requires {
  &T::inverse;
  &T::value;
};

/// An aggregate (a window aggregate when T has inverse() and value()) from a class T.
template <class T>
FunctionDef make_aggregate(std::string name, const FunctionOptions& options) {
  static_assert(
      std::is_default_constructible_v<T> &&
          requires {
            &T::step;
            &T::finish;
          },
      "create_aggregate<T> needs a default-constructible T with one step(args...) and "
      "a finish() (and, for a window aggregate, inverse(args...) and value())");
  using Args = typename Signature<decltype(&T::step)>::args;
  FunctionDef def;
  def.name = std::move(name);
  def.params = params_of<Args>();
  def.deterministic = options.deterministic;
  def.direct_only = options.direct_only;
  def.innocuous = options.innocuous;
  def.state_size = sizeof(T) + alignof(T);
  def.init = [](void* raw, FunctionResult& out) noexcept {
    try {
      ::new (static_cast<void*>(aggregate_at<T>(raw))) T();
      return true;
    } catch (const std::exception& e) {
      out.set_error(std::string("aggregate state: ") + e.what());
    } catch (...) {
      out.error = true;
    }
    return false;
  };
  def.destroy = [](void* raw) noexcept { aggregate_at<T>(raw)->~T(); };
  def.step = [](const FunctionDef& d, void* raw, const FunctionArg* args,
                FunctionResult& out) noexcept {
    guarded(d, out, [&] {
      T& self = *aggregate_at<T>(raw);
      invoke_with<Args>(
          d, [&self](auto&&... a) { return self.step(std::forward<decltype(a)>(a)...); }, args, out,
          std::make_index_sequence<std::tuple_size_v<Args>>());
    });
  };
  def.finish = [](const FunctionDef& d, void* raw, FunctionResult& out) noexcept {
    guarded(d, out, [&] { set_result(out, aggregate_at<T>(raw)->finish()); });
  };
  if constexpr (WindowAggregate<T>) {
    static_assert(std::is_same_v<Args, typename Signature<decltype(&T::inverse)>::args>,
                  "a window aggregate's inverse() takes the same parameters as its step()");
    def.inverse = [](const FunctionDef& d, void* raw, const FunctionArg* args,
                     FunctionResult& out) noexcept {
      guarded(d, out, [&] {
        T& self = *aggregate_at<T>(raw);
        invoke_with<Args>(
            d, [&self](auto&&... a) { return self.inverse(std::forward<decltype(a)>(a)...); }, args,
            out, std::make_index_sequence<std::tuple_size_v<Args>>());
      });
    };
    def.value = [](const FunctionDef& d, void* raw, FunctionResult& out) noexcept {
      guarded(d, out, [&] { set_result(out, aggregate_at<T>(raw)->value()); });
    };
  }
  return def;
}

/// A collation from compare(a, b): an int (< 0, 0, > 0) or a bool "a sorts before b".
template <class F>
CollationDef make_collation(std::string name, F&& fn) {
  using Fn = std::decay_t<F>;
  static_assert(std::is_invocable_v<Fn&, std::string_view, std::string_view>,
                "create_collation needs a callable compare(std::string_view, std::string_view)");
  using R = std::invoke_result_t<Fn&, std::string_view, std::string_view>;
  static_assert(std::is_same_v<R, bool> || std::is_integral_v<R>,
                "a collation returns an int (< 0, 0, > 0) or a bool (a sorts before b)");
  CollationDef def;
  def.name = std::move(name);
  def.target = std::make_shared<Fn>(std::forward<F>(fn));
  def.compare = [](void* target, std::string_view a, std::string_view b) noexcept -> int {
    Fn& f = *static_cast<Fn*>(target);
    try {
      if constexpr (std::is_same_v<R, bool>) {
        if (f(a, b)) return -1;
        return f(b, a) ? 1 : 0;
      } else {
        auto r = f(a, b);
        return r < 0 ? -1 : (r > 0 ? 1 : 0);
      }
    } catch (...) {
      return 0;  // SQLite has no way to fail a comparison (documented)
    }
  };
  return def;
}

}  // namespace detail
}  // namespace sqlcore
