// The comparison behind sc::compare, on two MetaData (the live one reflected), for the planner.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sqlcore/migrate.hpp"

namespace sqlcore::detail {

/// The changes that make `live` (reflected from the database) into `target`, ordered as
/// SchemaDiff documents (docs/migrations.md, "Comparing a database with the target").
SchemaDiff diff_metadata(const MetaData& live, const MetaData& target,
                         const CompareOptions& options);

/// What differs between column `from` of table `from_table` and column `to` of `to_table`,
/// in SchemaChange's fixed order ("type", "nullable", "default", "collation", "generated",
/// "primary_key"); empty when they are the same column for SQLite.
std::vector<std::string> column_differences(const Table& from_table, const Column& from,
                                            const Table& to_table, const Column& to);

/// `sql` as compare() sees it: tokens as SQLite reads them (comments and white space
/// dropped), identifiers and keywords case-folded and quoted alike, string literals as they
/// are, parentheses around the whole dropped. Equal results: the same SQL for SQLite.
std::string normalized_sql(std::string_view sql);

/// The column's declared type as compare() compares it: "VARCHAR(100)", "" when untyped.
/// A reflected column's declared name, otherwise the type compiled by sqlite_dialect();
/// upper case, white space only between words.
std::string normalized_type(const Column& column);

/// The column's definition as SQL, for SchemaChange::from / to: `email VARCHAR(100) NOT NULL`.
std::string column_sql(const Table& table, const Column& column);

}  // namespace sqlcore::detail
