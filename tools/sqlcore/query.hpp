// `sqlcore query`: one SQL statement's rows as JSON, CSV (RFC 4180) or an aligned table.
// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <sqlcore/sqlcore.hpp>

namespace sqlcore::tools {

enum class OutputFormat { table, json, csv };

struct QueryOptions {
  std::string db;
  std::string sql;
  /// "-p name=value" as given.
  std::vector<std::string> params;
  OutputFormat format = OutputFormat::table;
  /// Open read-write and commit; otherwise the database is opened read-only.
  bool write = false;
};

/// A "-p name=value" as a bind parameter: the value is an integer or a real when it is
/// written as one ("42", "-7", "2.5", "1e3"; not "007" or "+1"), else text. UsageError for a
/// parameter without '=' or with an empty name.
std::pair<std::string, Value> parse_param(std::string_view spec);

/// Runs the statement and writes its rows to `out` in the chosen format.
void run_query(const QueryOptions& options, std::ostream& out);

/// RFC 4648 base64 (with padding) of `bytes`, and back; decode_base64 returns false for text
/// that is not base64.
std::string encode_base64(const Blob& bytes);
bool decode_base64(std::string_view text, Blob& out);

/// The field as RFC 4180 writes it: quoted when it holds a comma, a quote, CR or LF (quotes
/// doubled) or when it is empty text (so that it differs from NULL, an empty field).
std::string csv_field(std::string_view text, bool quote_empty);

/// A double as text that reads back as the same double, with ".0" on whole numbers ("1.0").
std::string format_real(double v);

}  // namespace sqlcore::tools
