// Must compile: the uses the other cases get wrong, done right (so that their failures come from
// the misuse alone, not from the headers or the flags).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <optional>
#include <string>
#include <vector>

struct Person {
  std::int64_t id;
  std::optional<std::string> name;
};

void read(sqlcore::Result& r, const sqlcore::Row& row) {
  (void)r.all<Person>();
  (void)row.get<std::optional<std::string>>(0);
  (void)row.get<std::string_view>("name");
}

void write(sqlcore::Connection& conn, const sqlcore::Table& t) {
  (void)conn.execute(sqlcore::insert(t), std::vector<Person>(1));
}
