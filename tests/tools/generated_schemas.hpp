// The registry of schemas that `sqlcore codegen` declared at build time.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <sqlcore/sqlcore.hpp>

struct GeneratedSchema {
  std::string name;
  std::string ddl;                           // the original DDL
  void (*declare)(sqlcore::MetaData& meta);  // the generated declare_schema
};

const std::vector<GeneratedSchema>& generated_schemas();

/// The schemas left out because the linked SQLite lacks what they use (SQLCipher's 3.15 has no
/// generated columns or STRICT tables).
int skipped_schemas();
