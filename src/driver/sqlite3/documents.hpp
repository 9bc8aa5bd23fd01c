// The sqlite3 driver's DocumentSupport (driver/documents.hpp) for one handle.
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "driver/documents.hpp"

struct sqlite3;

namespace sqlcore::detail {

/// Document support on `db`; destroy it before closing `db` (it removes its hooks and deletes
/// the sessions still open).
std::unique_ptr<DocumentSupport> make_sqlite3_documents(sqlite3* db);

}  // namespace sqlcore::detail
