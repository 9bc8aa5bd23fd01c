// The narrow interface through which reflection reads a database: rows of text.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sqlcore::detail {

/// Rows as reflection reads them: each cell as text, or nullopt for NULL.
using TextRows = std::vector<std::vector<std::optional<std::string>>>;

/// What the dialect's reflection reader needs of a connection, and nothing more: run one
/// statement (binding `params` as text) and hand back every row. The engine implements it
/// over a RawConnection of whatever driver, so the dialect knows no driver, pool or engine.
class RowReader {
 public:
  virtual ~RowReader() = default;
  /// Throws the DBAPIError subclass for a failing statement.
  virtual TextRows query(std::string_view sql, const std::vector<std::string>& params) = 0;
  TextRows query(std::string_view sql) { return query(sql, {}); }
};

}  // namespace sqlcore::detail
