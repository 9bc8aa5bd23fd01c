// Must not compile: a SQL function whose parameter no SQL value converts to.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <vector>

void add(sqlcore::Engine& engine) {
  engine.create_function("f", [](std::vector<int> v) { return static_cast<int>(v.size()); });
}
