// Build-time helper: runs `sqlcore codegen` on every reflection test schema (and the corpus
// when it is beside the project) and writes one C++ file with each schema's code in its own
// namespace, plus a registry the codegen round-trip test walks.
// Usage: codegen_fixture SCHEMAS_SQL CORPUS_DIR OUT_CPP
// SPDX-License-Identifier: MIT
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <sqlcore/sqlcore.hpp>

#include "codegen.hpp"

namespace sc = sqlcore;
namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: codegen_fixture SCHEMAS_SQL CORPUS_DIR OUT_CPP\n";
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> schemas;  // name, DDL
  std::ifstream in(argv[1]);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("-- schema: ", 0) == 0)
      schemas.emplace_back(line.substr(11), "");
    else if (!schemas.empty())
      schemas.back().second += line + "\n";
  }
  std::error_code ec;
  if (fs::is_directory(argv[2], ec))
    for (const auto& f : fs::directory_iterator(argv[2])) {
      if (f.path().extension() != ".sql") continue;
      std::ifstream s(f.path());
      std::stringstream ss;
      ss << s.rdbuf();
      schemas.emplace_back("corpus_" + f.path().stem().string(), ss.str());
    }
  std::sort(schemas.begin(), schemas.end());
  std::ostringstream out, registry;
  int skipped = 0;
  for (const auto& [name, ddl] : schemas) {
    sc::Engine engine = sc::create_engine("sqlite://", {.foreign_keys = false});
    sc::Connection conn = engine.connect();
    try {
      conn.raw().exec(ddl);
    } catch (const sc::OperationalError& e) {
      // A schema using what this SQLite lacks (generated columns before 3.31, STRICT ...).
      std::cerr << "codegen_fixture: skipped " << name << " (SQLite "
                << sc::sqlite_dialect().server_version() << "): " << e.sqlite_message() << "\n";
      ++skipped;
      continue;
    }
    sc::Inspector insp = sc::inspect(conn);
    std::string ns = "gen_" + sc::tools::cpp_identifier(name, false);
    out << sc::tools::generate_code(insp, {.function = "declare_schema", .ns = ns, .source = name})
        << "\n";
    registry << "      {" << sc::tools::cpp_string(name) << ", " << sc::tools::cpp_string(ddl)
             << ", &" << ns << "::declare_schema},\n";
  }
  std::ofstream file(argv[3]);
  file << out.str()
       << "#include \"tools/generated_schemas.hpp\"\n\n"
          "const std::vector<GeneratedSchema>& generated_schemas() {\n"
          "  static const std::vector<GeneratedSchema> all = {\n"
       << registry.str() << "  };\n  return all;\n}\n\n"
       << "int skipped_schemas() { return " << skipped << "; }\n";
  return 0;
}
