// The round trip of a schema (create it, MetaData::reflect, write it into a fresh database)
// and what is compared between original and copy: what SQLite says of every object
// (sqlite_master's list, PRAGMA table_xinfo / index_list / index_xinfo / foreign_key_list)
// and what sqlcore's Inspector parses from the CREATE text (primary key, unique, check,
// foreign key names and deferrability, column collations and ON CONFLICT, table options).
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <sqlcore/sqlcore.hpp>

namespace sqlcore::testing {

/// One schema of a corpus file: the text after a `-- schema: <id> (<source>)` line, up to the
/// next such line.
struct CorpusSchema {
  std::string id;
  std::string source;  // without the parentheses
  std::string sql;
};

/// The schemas of one corpus file, in file order.
std::vector<CorpusSchema> read_corpus(const std::filesystem::path& file);

/// Ids listed in a text file, one a line: the first word (ids hold `#`: "fkey2#3"); what
/// follows it is a comment, and so is a line whose first word starts with `#`.
std::vector<std::string> read_id_list(const std::filesystem::path& file);

/// The ids of an EXCEPTIONS.md table (rows "| `id` | reason |"): schemas no round trip is tried on.
std::set<std::string> read_exceptions(const std::filesystem::path& file);

/// Everything compared, by aspect: "objects" (type|name|tbl_name of sqlite_master), and per
/// object "table_xinfo <t>", "index_list <t>" (without seq, by name), "index_xinfo <i>",
/// "foreign_key_list <t>" (one line per key, in the order of the keys' first column, without
/// the id), "inspector <t>" (the Inspector's parse), "sql <view or trigger>" (its stored
/// CREATE text). A PRAGMA or Inspector call that fails gives "error: <what>" for that aspect.
/// Triggers are left out unless `triggers`.
std::map<std::string, std::string> schema_facts(Connection& conn, bool triggers = false);

/// The outcome of one round trip.
struct RoundTrip {
  /// Empty when the copy is the same schema; else what went wrong: "original: <error>",
  /// "reflect: <error>", "ddl_script: <error>", "ddl_script copy: <error>", "create_all:
  /// <error>", or "<how copied> differs in <aspect>" with both sides.
  std::vector<std::string> problems;
  /// The aspects that differ or the stages that failed, short ("ddl_script:table_xinfo"...).
  std::vector<std::string> summary;
  std::string script;
};

/// Creates `sql` in `dir`/<stem>.db, reflects it (views and triggers too), and writes it twice into
/// fresh files: ddl_script's text (run in one transaction) and MetaData::create_all; each copy's
/// facts are compared with the original's.
RoundTrip round_trip(const std::string& sql, const std::filesystem::path& dir,
                     const std::string& stem, bool triggers = false);

}  // namespace sqlcore::testing
