// Must not compile: Result::all<T>() of an aggregate that cannot be default-constructed.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

struct Id {
  explicit Id(std::int64_t v) : v(v) {}
  std::int64_t v;
};
struct Row {
  Id id;
};

void read(sqlcore::Result& r) { (void)r.all<Row>(); }
