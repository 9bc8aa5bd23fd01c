// Fuzzes the CREATE text parser (src/dialect/sqlite/create_parser.hpp) on arbitrary text: the
// tokenizer, parse_create_table / parse_create_index, the checks of stored view and trigger
// text and the fragment / type-name writers reflection uses. Documented as never failing on any
// text (a CompileError from the checks is their documented refusal); a crash, UB, a leak, a
// hang or another exception is a finding. Also checked: every token lies inside the input, in
// order, and what sql_fragment / type_name_sql return is accepted again by sql_fragment.
// SPDX-License-Identifier: MIT
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dialect/sqlite/create_parser.hpp"
#include "fuzz_support.hpp"

namespace d = sqlcore::detail;
namespace fz = sqlcore::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 16384) return -1;  // longer adds nothing a shorter input cannot reach
  const std::string_view sql(reinterpret_cast<const char*>(data), size);

  fz::expected("tokenize", [&] {
    std::size_t last_end = 0;
    for (const auto& t : d::tokenize(sql)) {
      if (t.begin < last_end || t.end < t.begin || t.end > sql.size())
        fz::finding("tokenize: a token outside the input or out of order");
      last_end = t.end;
    }
  });
  fz::expected("parse_create_table", [&] {
    if (auto t = d::parse_create_table(sql)) {
      for (const auto& c : t->columns) {
        // What reflection writes back must be one piece of SQL again.
        fz::expected("type_name_sql(column)", [&] { (void)d::type_name_sql(c.type); });
        if (c.default_sql)
          fz::expected("sql_fragment(default)", [&] {
            auto once = d::sql_fragment(*c.default_sql, "default");
            (void)d::sql_fragment(once, "default again");
          });
      }
      for (const auto& ck : t->checks)
        fz::expected("sql_fragment(check)", [&] { (void)d::sql_fragment(ck.sqltext, "check"); });
    }
  });
  fz::expected("parse_create_index", [&] { (void)d::parse_create_index(sql); });
  fz::expected("sql_fragment", [&] {
    auto once = d::sql_fragment(sql, "fragment");
    // A fragment accepted once is accepted again unchanged in meaning.
    if (!fz::expected("sql_fragment(twice)", [&] { (void)d::sql_fragment(once, "again"); }))
      fz::finding("sql_fragment refuses its own output");
  });
  fz::expected("type_name_sql", [&] {
    // A declared type goes into DDL as written here: it must be one balanced piece of SQL.
    auto name = d::type_name_sql(sql);
    if (!fz::expected("sql_fragment(type name)", [&] { (void)d::sql_fragment(name, "type"); }))
      fz::finding("type_name_sql gives unbalanced SQL");
  });
  for (const char* kind : {"CREATE VIEW", "CREATE VIRTUAL TABLE", "CREATE TRIGGER"})
    fz::expected("check_one_statement", [&] { d::check_one_statement(sql, kind, "fuzz"); });
  fz::expected("check_create_trigger", [&] { (void)d::check_create_trigger(sql, "fuzz"); });
  return 0;
}
