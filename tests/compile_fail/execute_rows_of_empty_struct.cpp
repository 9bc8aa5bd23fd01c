// Must not compile: executemany of an INSERT from structs without fields.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <vector>

struct Nothing {};

void write(sqlcore::Connection& conn, const sqlcore::Table& t) {
  (void)conn.execute(sqlcore::insert(t), std::vector<Nothing>(1));
}
