// Inspector: the public face of the reflection reader, on a borrowed or owned Connection.
// SPDX-License-Identifier: MIT
#include "sqlcore/inspect.hpp"

#include <optional>

#include "dialect/sqlite/reflection.hpp"
#include "engine/row_reader.hpp"
#include "sqlcore/engine.hpp"

namespace sqlcore {

struct Inspector::Impl {
  std::optional<Connection> owned;
  Connection* conn = nullptr;
  std::optional<detail::RawRowReader> reader;
  std::optional<detail::Reflector> reflector;

  detail::Reflector& r() {
    if (!reflector) {
      reader.emplace(conn->raw());
      reflector.emplace(*reader, sqlite_dialect());
    }
    return *reflector;
  }
};

Inspector::Inspector(Connection& conn) : impl_(std::make_unique<Impl>()) { impl_->conn = &conn; }

Inspector::Inspector(Connection&& conn) : impl_(std::make_unique<Impl>()) {
  impl_->owned.emplace(std::move(conn));
  impl_->conn = &*impl_->owned;
}

Inspector::Inspector(Inspector&& other) noexcept = default;
Inspector& Inspector::operator=(Inspector&& other) noexcept = default;
Inspector::~Inspector() = default;

std::vector<std::string> Inspector::get_table_names(std::string_view schema) {
  return impl_->r().table_names(schema);
}
std::vector<std::string> Inspector::get_view_names(std::string_view schema) {
  return impl_->r().view_names(schema);
}
std::vector<std::string> Inspector::get_temp_table_names() {
  return impl_->r().table_names("temp");
}
std::vector<std::string> Inspector::get_schema_names() { return impl_->r().schema_names(); }
std::string Inspector::get_view_definition(std::string_view view, std::string_view schema) {
  return impl_->r().view_definition(view, schema);
}
bool Inspector::has_table(std::string_view table, std::string_view schema) {
  return impl_->r().has_table(table, schema);
}
std::vector<ReflectedColumn> Inspector::get_columns(std::string_view table,
                                                    std::string_view schema) {
  return impl_->r().columns(table, schema);
}
ReflectedPrimaryKey Inspector::get_pk_constraint(std::string_view table, std::string_view schema) {
  return impl_->r().pk_constraint(table, schema);
}
std::vector<ReflectedForeignKey> Inspector::get_foreign_keys(std::string_view table,
                                                             std::string_view schema) {
  return impl_->r().foreign_keys(table, schema);
}
std::vector<ReflectedIndex> Inspector::get_indexes(std::string_view table,
                                                   std::string_view schema) {
  return impl_->r().indexes(table, schema);
}
std::vector<ReflectedUniqueConstraint> Inspector::get_unique_constraints(std::string_view table,
                                                                         std::string_view schema) {
  return impl_->r().unique_constraints(table, schema);
}
std::vector<ReflectedCheckConstraint> Inspector::get_check_constraints(std::string_view table,
                                                                       std::string_view schema) {
  return impl_->r().check_constraints(table, schema);
}
ReflectedTableOptions Inspector::get_table_options(std::string_view table,
                                                   std::string_view schema) {
  return impl_->r().table_options(table, schema);
}

Inspector inspect(Engine& engine) { return Inspector(engine.connect()); }
Inspector inspect(Connection& conn) { return Inspector(conn); }

}  // namespace sqlcore
