// Out-of-line members of the exception classes.
// SPDX-License-Identifier: MIT
#include "sqlcore/errors.hpp"

namespace sqlcore {

DBAPIError::DBAPIError(const std::string& what, int sqlite_code, std::string sqlite_message,
                       std::string sql)
    : Error(what),
      sqlite_code_(sqlite_code),
      sqlite_message_(std::move(sqlite_message)),
      sql_(std::move(sql)) {}

}  // namespace sqlcore
