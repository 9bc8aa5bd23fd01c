// The golden cases of issue 16 (scripts/golden_sql.py, the part after the CTE and join cases):
// JSON index and path access, window functions and FILTER, INTERSECT / EXCEPT, prefixes, tuple
// IN, FULL OUTER JOIN, and upserts with index_where; checked by the tests of
// sql_compiler_golden_test.cpp.
// SPDX-License-Identifier: MIT
#include "sql/golden_fixture.hpp"

namespace sqlcore::testing {

namespace {

using S = const Schema&;

void json_cases(std::map<std::string, Case>& c) {
  c["json_index"] = {
      [](S s) {
        return sc::select(s.docs.c("id"), s.docs.c("data")["a"]).order_by(s.docs.c("id"));
      },
      {}};
  c["json_index_integer"] = {
      [](S s) {
        return sc::select(s.docs.c("id"), s.docs.c("data")[1]).where(s.docs.c("id") == 3);
      },
      {}};
  c["json_path"] = {[](S s) {
                      const sc::Column& d = s.docs.c("data");
                      return sc::select(s.docs.c("id"), d[sc::json_path({"l", 2, "b"})].as_string(),
                                        d[sc::json_path({"j", "k"})],
                                        d[sc::json_path({"l", 0})].as_integer())
                          .order_by(s.docs.c("id"));
                    },
                    {}};
  c["json_typed"] = {[](S s) {
                       const sc::Column& d = s.docs.c("data");
                       return sc::select(s.docs.c("id"), d["n"].as_integer(), d["f"].as_float(),
                                         d["b"].as_boolean(), d["a"].as_string(), d["j"].as_json())
                           .order_by(s.docs.c("id"));
                     },
                     {}};
  c["json_where_typed"] = {[](S s) {
                             return sc::select(s.docs.c("id"))
                                 .where(s.docs.c("data")["n"].as_integer() > 3)
                                 .order_by(s.docs.c("id"));
                           },
                           {}};
  c["json_where_string"] = {
      [](S s) {
        const sc::Column& d = s.docs.c("data");
        return sc::select(s.docs.c("id"), d["l"]).where(d["a"].as_string() == "y");
      },
      {}};
}

void window_cases(std::map<std::string, Case>& c) {
  c["window_row_number"] = {[](S s) {
                              return sc::select(s.u.c("id"),
                                                sc::func::row_number().over(
                                                    sc::Window{.partition_by = {s.u.c("parent_id")},
                                                               .order_by = {s.u.c("id").desc()}}))
                                  .order_by(s.u.c("id"));
                            },
                            {}};
  c["window_sum_rows"] = {
      [](S s) {
        return sc::select(s.o.c("id"), sc::func::sum(s.o.c("total"))
                                           .over(sc::Window{.order_by = {s.o.c("id")},
                                                            .rows = sc::Frame{std::nullopt, 0}}))
            .order_by(s.o.c("id"));
      },
      {}};
  c["window_rank_functions"] = {
      [](S s) {
        sc::Window by_id{.order_by = {s.o.c("id")}};
        return sc::select(s.o.c("id"),
                          sc::func::rank().over(sc::Window{.order_by = {s.o.c("total")}}),
                          sc::func::dense_rank().over(sc::Window{.order_by = {s.o.c("user_id")}}),
                          sc::func::percent_rank().over(by_id), sc::func::cume_dist().over(by_id),
                          sc::func::ntile(2).over(by_id), sc::func::row_number().over(sc::Window{}))
            .order_by(s.o.c("id"));
      },
      {}};
  c["window_value_functions"] = {
      [](S s) {
        sc::Expr total = s.o.c("total");
        sc::Window by_id{.order_by = {s.o.c("id")}};
        return sc::select(
                   s.o.c("id"), sc::func::lag(total).over(by_id),
                   sc::func::lead(total, 2).over(by_id),
                   sc::func::first_value(total).over(
                       sc::Window{.order_by = {s.o.c("id")}, .range = sc::Frame{-1, 1}}),
                   sc::func::last_value(total).over(
                       sc::Window{.order_by = {s.o.c("id")}, .rows = sc::Frame{-1, 1}}),
                   sc::func::nth_value(total, 2).over(sc::Window{
                       .order_by = {s.o.c("id")}, .rows = sc::Frame{std::nullopt, std::nullopt}}))
            .order_by(s.o.c("id"));
      },
      {}};
  c["window_frames"] = {
      [](S s) {
        sc::Expr sum = sc::func::sum(s.o.c("total"));
        auto rows = [&](std::optional<std::int64_t> a, std::optional<std::int64_t> b) {
          return sum.over(sc::Window{.order_by = {s.o.c("id")}, .rows = sc::Frame{a, b}});
        };
        return sc::select(s.o.c("id"), rows(-2, std::nullopt), rows(0, 3),
                          sum.over(sc::Window{.range = sc::Frame{std::nullopt, std::nullopt}}),
                          rows(1, 2))
            .order_by(s.o.c("id"));
      },
      {}};
  c["window_partition_order_many"] = {
      [](S s) {
        return sc::select(
                   s.o.c("id"),
                   sc::func::sum(s.o.c("total"))
                       .over(sc::Window{.partition_by = {s.o.c("user_id"), s.o.c("address_id")},
                                        .order_by = {s.o.c("total").desc(), s.o.c("id")}}))
            .order_by(s.o.c("id"));
      },
      {}};
  c["aggregate_filter"] = {[](S s) {
                             return sc::select(
                                 sc::func::count().filter(s.o.c("total") > 6),
                                 sc::func::sum(s.o.c("total")).filter(s.o.c("user_id") == 1));
                           },
                           {}};
  c["aggregate_filter_over"] = {
      [](S s) {
        return sc::select(s.o.c("id"), sc::func::count(s.o.c("id"))
                                           .filter(s.o.c("total") > 6)
                                           .over(sc::Window{.partition_by = {s.o.c("user_id")}}))
            .order_by(s.o.c("id"));
      },
      {}};
}

void statement_cases(std::map<std::string, Case>& c) {
  c["intersect"] = {
      [](S s) { return sc::intersect(sc::select(s.u.c("id")), sc::select(s.a.c("user_id"))); }, {}};
  c["except"] = {
      [](S s) { return sc::except_(sc::select(s.u.c("id")), sc::select(s.a.c("user_id"))); }, {}};
  c["except_order_limit"] = {[](S s) {
                               return sc::except_(
                                          sc::select(s.u.c("id")),
                                          sc::select(s.o.c("user_id")).where(s.o.c("total") > 10))
                                   .order_by(s.u.c("id").desc())
                                   .limit(2);
                             },
                             {}};
  c["select_prefix"] = {[](S s) {
                          return sc::select(s.u.c("id"))
                              .prefix_with("ALL")
                              .where(s.u.c("id") < 3)
                              .order_by(s.u.c("id"));
                        },
                        {}};
  c["tuple_in"] = {
      [](S s) {
        return sc::select(s.u.c("id"))
            .where(sc::tuple_(s.u.c("id"), s.u.c("name")).in_({{1, "ada"}, {2, "x"}, {3, "Carol"}}))
            .order_by(s.u.c("id"));
      },
      {}};
  c["tuple_not_in"] = {[](S s) {
                         return sc::select(s.u.c("id"))
                             .where(sc::tuple_(s.u.c("id"), s.u.c("name")).not_in({{1, "ada"}}))
                             .order_by(s.u.c("id"));
                       },
                       {}};
  c["tuple_in_empty"] = {
      [](S s) {
        return sc::select(s.u.c("id")).where(sc::tuple_(s.u.c("id"), s.u.c("name")).in_({}));
      },
      {}};
  c["full_outer_join"] = {
      [](S s) {
        return sc::select(s.u.c("id"), s.a.c("id"))
            .select_from(s.u.outerjoin(s.a, s.u.c("id") == s.a.c("user_id"), true))
            .order_by(s.u.c("id"), s.a.c("id"));
      },
      {}};
}

}  // namespace

void json_window_compound_cases(std::map<std::string, Case>& c) {
  json_cases(c);
  window_cases(c);
  statement_cases(c);
}

void prefix_and_upsert_dml_cases(std::map<std::string, DmlCase>& c) {
  auto users = [](S s) -> const sc::Table& { return s.u; };
  c["insert_or_replace"] = dml_case(
      [](S s) {
        return sc::insert(s.u).prefix_with("OR REPLACE").values({{"id", 1}, {"name", "ada2"}});
      },
      users);
  c["insert_or_ignore"] = dml_case(
      [](S s) {
        return sc::insert(s.u).prefix_with("OR IGNORE").values({{"id", 1}, {"name", "zed"}});
      },
      users);
  c["update_or_ignore"] = dml_case(
      [](S s) {
        return sc::update(s.u)
            .prefix_with("OR IGNORE")
            .values({{"name", "bob"}})
            .where(s.u.c("id") == 1);
      },
      users);
  c["upsert_index_where"] = dml_case(
      [](S s) {
        return sc::insert(s.u)
            .values({{"id", 7}, {"name", "bob"}})
            .on_conflict_do_update({"name"}, {{"name", "bobby"}}, std::nullopt, s.u.c("id") > 1);
      },
      users);
  c["upsert_index_where_nothing"] = dml_case(
      [](S s) {
        return sc::insert(s.u)
            .values({{"id", 7}, {"name", "bob"}})
            .on_conflict_do_nothing({"name"}, s.u.c("name") != "x");
      },
      users);
}

}  // namespace sqlcore::testing
