// `sqlcore codegen`: C++ source declaring a database's schema with sqlcore's API.
// SPDX-License-Identifier: MIT
#pragma once

#include <set>
#include <string>

#include <sqlcore/sqlcore.hpp>

namespace sqlcore::tools {

struct CodegenOptions {
  std::string function = "declare_schema";  // void <function>(sqlcore::MetaData& meta)
  std::string ns;                           // wrap everything in this namespace when not empty
  std::string source;                       // what the header comment names as the origin
};

/// A self-contained C++ source: one aggregate struct per table (fields in column order, for
/// Result::all<T>()) and `void <function>(sqlcore::MetaData& meta)` declaring every table
/// (and view) of the database, so that create_all of it reflects equal to the original.
std::string generate_code(Inspector& insp, const CodegenOptions& options);

/// `text` as a C++ string literal.
std::string cpp_string(const std::string& text);

/// A valid C++ identifier made from `name`, never a reserved one ("__" anywhere, "_X"): other
/// characters become one '_' per run, a leading '_' before a capital is dropped, an empty result
/// or a leading digit gets a '_' (a 'T' with `camel`), a keyword a trailing '_'. `camel` makes
/// UpperCamelCase (for struct names).
std::string cpp_identifier(const std::string& name, bool camel);

/// `name`, or `name_2`, `name_3` ... : the first not yet in `taken`, which then holds it.
std::string unique_identifier(std::set<std::string>& taken, const std::string& name);

}  // namespace sqlcore::tools
