// The reflection reader's rows, read through a raw connection's driver.
// SPDX-License-Identifier: MIT
#include "engine/row_reader.hpp"

#include "driver/statement.hpp"
#include "driver/stmt_ops.hpp"

namespace sqlcore::detail {

TextRows RawRowReader::query(std::string_view sql, const std::vector<std::string>& params) {
  Statement st(raw_->native_handle(), sql);
  if (st.stmt == nullptr) return {};  // only white space or a comment
  for (std::size_t i = 0; i < params.size(); ++i)
    bind_text(st.stmt, static_cast<int>(i + 1), params[i], false);
  TextRows rows;
  int n = static_cast<int>(st.column_names.size());
  while (step(st.stmt, st.sql)) {
    auto& row = rows.emplace_back();
    row.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
      if (column_storage(st.stmt, i) == StorageClass::null)
        row.emplace_back();
      else
        row.emplace_back(std::string(column_text(st.stmt, i)));
    }
  }
  return rows;
}

}  // namespace sqlcore::detail
