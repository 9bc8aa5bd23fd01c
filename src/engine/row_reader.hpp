// The reflection reader's rows, read through a raw connection's driver.
// SPDX-License-Identifier: MIT
#pragma once

#include "dialect/sqlite/row_reader.hpp"
#include "sqlcore/raw_connection.hpp"

namespace sqlcore::detail {

/// RowReader over one raw connection: each query is prepared, stepped and finalized (no
/// statement cache: reflection's PRAGMAs are read once per Inspector). A "malformed database
/// schema" error is raised again with the database file's name in its message.
class RawRowReader final : public RowReader {
 public:
  explicit RawRowReader(RawConnection& raw) : raw_(&raw) {}
  using RowReader::query;
  TextRows query(std::string_view sql, const std::vector<std::string>& params) override;

 private:
  TextRows run(std::string_view sql, const std::vector<std::string>& params);
  RawConnection* raw_;
};

}  // namespace sqlcore::detail
