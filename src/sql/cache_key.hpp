// The compiled cache's key: a statement's shape, apart from the values it binds.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sqlcore/sql.hpp"

namespace sqlcore::detail {

/// A statement reduced to what its compiled form depends on. Two statements with the same
/// `shape` compile to the same SQL, bind names and types, and differ only in `values`
/// (SQLAlchemy's cache key with its extracted parameters).
///
/// `shape` holds every kind, operator, name, type identity and table serial of the tree, the
/// presence and storage class of each bound value, and which nodes are shared (a node seen
/// again is written as a reference to its first visit). Bound values are left out of it and
/// listed in `values`, in walk order, each with `sources`: the object it came from (a bind
/// node, an Assign, a LIMIT / OFFSET field). The compiler reports the same objects for the
/// binds it emits, which maps each bind to its value's place in the walk.
struct StatementKey {
  std::string shape;
  std::vector<const void*> sources;
  std::vector<std::optional<Value>> values;
  std::uint64_t generation = 0;  // compiles_generation() when it was computed
};

/// The compiled cache's access to statements.
struct StatementAccess {
  static void key(const Select& s, StatementKey& out);
  /// The key of `s`: the one `s` keeps (a Select executed before: KeyMemo), else computed
  /// into `buffer`. Valid while `s` lives and `buffer` is not reused.
  static const StatementKey& key_of(const Select& s, StatementKey& buffer);
  template <class S>
  static const StatementKey& key_of(const S& s, StatementKey& buffer) {
    key(s, buffer);
    return buffer;
  }
  static void key(const Insert& s, StatementKey& out);
  /// The key of `s.columns(names of params)`, in that order, without building it (the
  /// statement insert(t) executed with parameters, which name its columns).
  static void key_with_columns(const Insert& s, const Params& params, StatementKey& out);
  static void key(const Update& s, StatementKey& out);
  static void key(const Delete& s, StatementKey& out);
  static void insert_key(const Insert& s, StatementKey& out, const Params* params);
  /// compile(), also returning where each bind's value came from (nullptr: no value).
  template <class S>
  static Compiled compile(const S& s, const Dialect& dialect, std::vector<const void*>& sources) {
    return s.compile_(dialect, &sources);
  }
};

}  // namespace sqlcore::detail
