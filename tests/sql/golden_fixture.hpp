// The golden SQL test's fixture: the schema of scripts/golden_sql.py, and how a case builds,
// runs and checks its statement (tests/sql/sql_compiler_golden_test.cpp and
// sql_compiler_golden_more.cpp).
// SPDX-License-Identifier: MIT
#pragma once

#include <sqlcore/sqlcore.hpp>

#include <functional>
#include <map>
#include <string>

#include <gtest/gtest.h>

#include "engine/compiled_cache.hpp"

namespace sqlcore::testing {

namespace sc = sqlcore;

struct Schema {
  sc::MetaData m;
  const sc::Table& u = m.table("users", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("name", sc::String(50)).nullable(false).unique(),
                               sc::Column("born", sc::DateTime()),
                               sc::Column("parent_id", sc::Integer()).foreign_key("users.id"));
  const sc::Table& a = m.table("addresses", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("user_id", sc::Integer()).foreign_key("users.id"),
                               sc::Column("email", sc::String(100)));
  const sc::Table& o = m.table("orders", sc::Column("id", sc::Integer()).primary_key(),
                               sc::Column("user_id", sc::Integer()).foreign_key("users.id"),
                               sc::Column("address_id", sc::Integer())
                                   .foreign_key("addresses.id", sc::FK().ondelete("SET NULL")),
                               sc::Column("total", sc::Integer()));
  const sc::Table& docs = m.table("docs", sc::Column("id", sc::Integer()).primary_key(),
                                  sc::Column("data", sc::JSON()));
};

struct Case {
  std::function<sc::Select(const Schema&)> build;
  sc::Params params;
};

// The values a cached entry binds for a statement of its shape: the statement's own value
// through the entry's slot, or the compiled default (as Connection::execute_cached binds).
inline std::vector<std::optional<sc::Value>> bound_values(const sc::detail::CompiledEntry& entry,
                                                          const sc::detail::StatementKey& key) {
  std::vector<std::optional<sc::Value>> values;
  for (std::size_t i = 0; i < entry.slots.size(); ++i)
    values.push_back(entry.slots[i] < 0 ? entry.compiled.values[i]
                                        : key.values[static_cast<std::size_t>(entry.slots[i])]);
  return values;
}

// Two statements built alike: the second is a cache hit, and its values bound through the
// cache's mapping are those its own compile() binds.
template <class S>
void expect_cache_binds_as_compile(sc::detail::CompiledCache& cache,
                                   const std::function<S()>& make) {
  const sc::Dialect& d = sc::sqlite_dialect();
  S first = make(), second = make();
  sc::detail::StatementKey k1, k2;
  auto e1 = cache.get(first, d, k1);
  auto e2 = cache.get(second, d, k2);
  EXPECT_EQ(e1.get(), e2.get()) << "the same shape was compiled twice";
  sc::Compiled direct = second.compile(d);
  EXPECT_EQ(e2->compiled.sql, direct.sql);
  EXPECT_EQ(e2->compiled.params, direct.params);
  EXPECT_EQ(bound_values(*e2, k2), direct.values);
}

struct DmlCase {
  std::function<sc::Compiled(const Schema&)> compile;
  std::function<sc::Result(const Schema&, sc::Connection&)> run;
  std::function<const sc::Table&(const Schema&)> table;
  std::function<void(const Schema&, sc::detail::CompiledCache&)> check_cache = nullptr;
};

/// The cases of issue 16 (JSON, windows, FILTER, INTERSECT / EXCEPT, prefixes, tuples, FULL
/// JOIN; sql_compiler_golden_more.cpp).
void json_window_compound_cases(std::map<std::string, Case>& c);
/// INSERT / UPDATE prefixes and upserts with index_where.
void prefix_and_upsert_dml_cases(std::map<std::string, DmlCase>& c);
/// A DML case: compiled, run, and its cache entry checked, from one builder.
template <class Make>
DmlCase dml_case(Make make, std::function<const sc::Table&(const Schema&)> table) {
  using Statement = decltype(make(std::declval<const Schema&>()));
  return DmlCase{[make](const Schema& s) { return make(s).compile(sc::sqlite_dialect()); },
                 [make](const Schema& s, sc::Connection& conn) { return conn.execute(make(s)); },
                 std::move(table),
                 [make](const Schema& s, sc::detail::CompiledCache& cache) {
                   expect_cache_binds_as_compile<Statement>(cache, [&] { return make(s); });
                 }};
}

}  // namespace sqlcore::testing
