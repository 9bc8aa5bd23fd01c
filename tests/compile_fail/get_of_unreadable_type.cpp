// Must not compile: Row::get<T> of a type no column converts to.
// SPDX-License-Identifier: MIT
#include <sqlcore/sqlcore.hpp>

#include <vector>

void read(const sqlcore::Row& row) { (void)row.get<std::vector<int>>(0); }
