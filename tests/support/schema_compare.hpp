// Round trips of a schema (create → MetaData::reflect → create_all into a fresh file) and a
// dump of what SQLite itself reports about a schema, to compare original and copy.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <sqlcore/sqlcore.hpp>

#include "support/temp_dir.hpp"

namespace sqlcore::testing {

/// What SQLite reports about every table and index of the main schema: PRAGMA table_xinfo,
/// index_list (by name; seq left out), index_xinfo and foreign_key_list, each row as text;
/// then the views' and triggers' names. Object names are listed as stored.
std::string pragma_dump(Connection& conn);

/// pragma_dump() followed by reflection_dump's all_fields(): SQLite's own report and the
/// constraints sqlcore parses from the CREATE text (names, CHECK text, ON CONFLICT ...).
std::string schema_fingerprint(Connection& conn);

struct RoundTrip {
  std::string original;  // schema_fingerprint of the database `ddl` made
  std::string copy;      // of the database create_all made from its reflection
  std::string script;    // ddl_script of the reflected MetaData
};

/// Runs `ddl` (trusted test text, several statements allowed) in a fresh file `<name>.db` of
/// `dir`, reflects it (views included) and create_all()s the MetaData into `<name>_copy.db`.
RoundTrip round_trip(const TempDir& dir, const std::string& name, const std::string& ddl);

}  // namespace sqlcore::testing
