// Must not compile: create_function of a generic lambda (no signature to take the arity from).
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

void add(sqlcore::Engine& engine) {
  engine.create_function("f", [](auto x) { return x; });
}
