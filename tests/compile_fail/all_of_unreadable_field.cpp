// Must not compile: Result::all<T>() of a struct with a std::string_view field (it would dangle).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <string_view>

struct Person {
  std::int64_t id;
  std::string_view name;
};

void read(sqlcore::Result& r) { (void)r.all<Person>(); }
