// Must not compile: Result::all<T>() of a struct without fields.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

struct Nothing {};

void read(sqlcore::Result& r) { (void)r.all<Nothing>(); }
