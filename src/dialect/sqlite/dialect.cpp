// The SQLite dialect object: its name and the version its capability flags read.
// SPDX-License-Identifier: MIT
#include "sqlcore/dialect.hpp"

#include "dialect/sqlite/type_compiler.hpp"
#include "driver/sqlite3/library.hpp"

namespace sqlcore {

namespace {

class SQLiteDialect final : public Dialect {
 public:
  SQLiteDialect() : version_(detail::sqlite_library_version()) {}
  std::string_view name() const noexcept override { return "sqlite"; }
  int server_version() const noexcept override { return version_; }
  std::string compile_type(const Type& type) const override {
    return detail::sqlite_type_ddl(type.impl());
  }

 private:
  int version_;  // read once, at first use
};

}  // namespace

const Dialect& sqlite_dialect() {
  static const SQLiteDialect dialect;
  return dialect;
}

}  // namespace sqlcore
