// `sqlcore check`: PRAGMA integrity_check and foreign_key_check of a database, through
// sc::Pragmas.
// SPDX-License-Identifier: MIT
#include "check.hpp"

#include "common.hpp"

namespace sqlcore::tools {

bool run_check(const std::string& db, std::ostream& out) {
  Engine engine = open_database(db, Access::read_only);
  Connection conn = engine.connect();
  Pragmas pragmas = conn.pragmas();
  std::vector<std::string> problems = pragmas.integrity_check();
  std::vector<ForeignKeyViolation> orphans = pragmas.foreign_key_check();
  for (const std::string& p : problems) out << "integrity: " << p << '\n';
  for (const ForeignKeyViolation& v : orphans) {
    out << "foreign key: " << v.table;
    if (v.has_rowid) out << " rowid " << v.rowid;
    out << " has no parent in " << v.parent << " (foreign key " << v.fk_index << ")\n";
  }
  if (problems.empty() && orphans.empty()) out << "ok\n";
  return problems.empty() && orphans.empty();
}

}  // namespace sqlcore::tools
