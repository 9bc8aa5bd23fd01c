// `sqlcore codegen`: C++ source declaring a database's schema with sqlcore's API.
// SPDX-License-Identifier: MIT
#include "codegen.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <sstream>

namespace sqlcore::tools {

namespace {

constexpr std::array<std::string_view, 92> kCppKeywords{
    "alignas",       "alignof",     "and",
    "and_eq",        "asm",         "auto",
    "bitand",        "bitor",       "bool",
    "break",         "case",        "catch",
    "char",          "char16_t",    "char32_t",
    "char8_t",       "class",       "co_await",
    "co_return",     "co_yield",    "compl",
    "concept",       "const",       "const_cast",
    "consteval",     "constexpr",   "constinit",
    "continue",      "decltype",    "default",
    "delete",        "do",          "double",
    "dynamic_cast",  "else",        "enum",
    "explicit",      "export",      "extern",
    "false",         "float",       "for",
    "friend",        "goto",        "if",
    "inline",        "int",         "long",
    "mutable",       "namespace",   "new",
    "noexcept",      "not",         "not_eq",
    "nullptr",       "operator",    "or",
    "or_eq",         "private",     "protected",
    "public",        "register",    "reinterpret_cast",
    "requires",      "return",      "short",
    "signed",        "sizeof",      "static",
    "static_assert", "static_cast", "struct",
    "switch",        "template",    "this",
    "thread_local",  "throw",       "true",
    "try",           "typedef",     "typeid",
    "typename",      "union",       "unsigned",
    "using",         "virtual",     "void",
    "volatile",      "wchar_t",     "while",
    "xor",           "xor_eq"};

// The factory call that makes `t` (the resolved type of a reflected column).
std::string factory(const Type& t) {
  if (t.is_null_type()) return "sc::NullType()";
  std::string name(t.visit_name());
  if (name == "VARCHAR" || name == "CHAR" || name == "NCHAR" || name == "NVARCHAR" ||
      name == "TEXT")
    return "sc::" + name + "(" + (t.length() ? std::to_string(*t.length()) : "") + ")";
  if (name == "NUMERIC" || name == "DECIMAL") {
    if (!t.precision()) return "sc::" + name + "()";
    if (!t.scale()) return "sc::" + name + "(" + std::to_string(*t.precision()) + ")";
    return "sc::" + name + "(" + std::to_string(*t.precision()) + ", " +
           std::to_string(*t.scale()) + ")";
  }
  if (name == "FLOAT")
    return std::string("sc::FLOAT(") + (t.precision() ? std::to_string(*t.precision()) : "") + ")";
  return "sc::" + name + "()";
}

std::string string_list(const std::vector<std::string>& v) {
  std::string out = "{";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + cpp_string(v[i]);
  return out + "}";
}

// The field type of a column in the table's struct.
std::string field_type(const ReflectedColumn& c, bool rowid_key) {
  if (c.cpp_type == "sqlcore::Value") return c.cpp_type;  // holds NULL itself
  if (c.nullable && !rowid_key) return "std::optional<" + c.cpp_type + ">";
  return c.cpp_type;
}

// The column that is the rowid (a single INTEGER primary key of a rowid table:
// never NULL), or "".
std::string rowid_key(const std::vector<ReflectedColumn>& cols, const ReflectedPrimaryKey& pk,
                      const ReflectedTableOptions& options) {
  if (options.without_rowid || options.virtual_table || pk.columns.size() != 1) return "";
  for (const auto& c : cols)
    if (c.name == pk.columns[0] && (c.declared_type == "INTEGER" || c.declared_type == "integer"))
      return c.name;
  return "";
}

// The aggregate a row of `t` reads into, fields in column order, named uniquely.
void write_struct(const std::string& t, const std::vector<ReflectedColumn>& cols,
                  const std::string& rowid, std::set<std::string>& struct_names,
                  std::ostream& out) {
  std::string sname = unique_identifier(struct_names, cpp_identifier(t, true));
  out << "/// A row of " << cpp_string(t) << ", fields in column order.\nstruct " << sname
      << " {\n";
  std::set<std::string> fields;
  for (const auto& c : cols) {
    std::string f = unique_identifier(fields, cpp_identifier(c.name, false));
    out << "  " << field_type(c, c.name == rowid) << " " << f << ";\n";
  }
  out << "};\n\n";
}

// `sc::Column(...)` with its modifiers.
void write_column(const ReflectedColumn& c, const ReflectedPrimaryKey& pk, std::ostream& out) {
  std::string type = factory(c.type);
  std::string compiled = c.type.is_null_type() ? "" : c.type.compile(sqlite_dialect());
  if (!c.declared_type.empty() && c.declared_type != compiled)
    type += ".declared_as(" + cpp_string(c.declared_type) + ")";
  out << ",\n      sc::Column(" << cpp_string(c.name) << ", " << type << ")";
  bool in_pk = std::find(pk.columns.begin(), pk.columns.end(), c.name) != pk.columns.end();
  if (in_pk || !c.nullable) out << ".nullable(" << (c.nullable ? "true" : "false") << ")";
  if (c.default_value) out << ".server_default(sc::text(" << cpp_string(*c.default_value) << "))";
  if (c.computed)
    out << ".computed(" << cpp_string(c.computed->sqltext) << ", "
        << (c.computed->persisted ? "true" : "false") << ")";
  if (c.collation) out << ".collation(" << cpp_string(*c.collation) << ")";
  if (c.not_null_on_conflict)
    out << ".sqlite_on_conflict_not_null(" << cpp_string(*c.not_null_on_conflict) << ")";
}

// .collate(column, name) / .desc(column) of a PRIMARY KEY's or UNIQUE's elements.
template <class Reflected>
void write_element_options(const Reflected& r, std::ostream& out) {
  for (std::size_t i = 0; i < r.columns.size(); ++i) {
    if (i < r.collations.size() && r.collations[i])
      out << ".collate(" << cpp_string(r.columns[i]) << ", " << cpp_string(*r.collations[i]) << ")";
    if (i < r.desc.size() && r.desc[i]) out << ".desc(" << cpp_string(r.columns[i]) << ")";
  }
}

// The primary key, table options, UNIQUE and CHECK constraints.
void write_constraints(Inspector& insp, const std::string& t, const ReflectedPrimaryKey& pk,
                       const ReflectedTableOptions& options, std::ostream& out) {
  if (!pk.columns.empty()) {
    out << ",\n      sc::PrimaryKeyConstraint(" << string_list(pk.columns)
        << (pk.name ? ", " + cpp_string(*pk.name) : "") << ")";
    if (pk.on_conflict) out << ".sqlite_on_conflict(" << cpp_string(*pk.on_conflict) << ")";
    write_element_options(pk, out);
  }
  if (options.autoincrement) out << ",\n      sc::sqlite_autoincrement(true)";
  if (options.without_rowid) out << ",\n      sc::sqlite_with_rowid(false)";
  if (options.strict) out << ",\n      sc::sqlite_strict(true)";
  for (const auto& u : insp.get_unique_constraints(t)) {
    out << ",\n      sc::UniqueConstraint(" << string_list(u.columns)
        << (u.name ? ", " + cpp_string(*u.name) : "") << ")";
    if (u.on_conflict) out << ".sqlite_on_conflict(" << cpp_string(*u.on_conflict) << ")";
    write_element_options(u, out);
  }
  for (const auto& ck : insp.get_check_constraints(t))
    out << ",\n      sc::CheckConstraint(" << cpp_string(ck.sqltext)
        << (ck.name ? ", " + cpp_string(*ck.name) : "") << ")";
}

// FOREIGN KEYs (unchecked: the referred table may come later) and indexes.
void write_foreign_keys_and_indexes(Inspector& insp, const std::string& t, std::ostream& out) {
  for (const auto& fk : insp.get_foreign_keys(t)) {
    out << ",\n      sc::ForeignKeyConstraint(" << string_list(fk.constrained_columns) << ", "
        << cpp_string(fk.referred_table)
        << ", "
        // REFERENCES parent without columns stays so (the parent's key).
        << (fk.referred_primary_key ? std::string("{}") : string_list(fk.referred_columns))
        << ", sc::FK()";
    if (fk.ondelete) out << ".ondelete(" << cpp_string(*fk.ondelete) << ")";
    if (fk.onupdate) out << ".onupdate(" << cpp_string(*fk.onupdate) << ")";
    if (fk.deferrable) out << ".deferrable(" << (*fk.deferrable ? "true" : "false") << ")";
    if (fk.initially) out << ".initially(" << cpp_string(*fk.initially) << ")";
    if (fk.name) out << ".name(" << cpp_string(*fk.name) << ")";
    out << ".unchecked())";
  }
  for (const auto& ix : insp.get_indexes(t)) {
    out << ",\n      sc::Index(" << cpp_string(ix.name) << ", {})";
    for (std::size_t i = 0; i < ix.columns.size(); ++i) {
      std::string element = i < ix.elements.size() ? ix.elements[i] : ix.columns[i];
      if (!ix.columns[i].empty() && element == ix.columns[i])
        out << ".column(" << cpp_string(ix.columns[i]) << ")";
      else
        out << ".expression(" << cpp_string(element) << ")";
    }
    if (ix.unique) out << ".unique()";
    if (ix.sqlite_where) out << ".sqlite_where(" << cpp_string(*ix.sqlite_where) << ")";
  }
}

// Table `t`: its struct into `structs`, its meta.table(...) call into `decl`.
void write_table(Inspector& insp, const std::string& t, std::set<std::string>& struct_names,
                 std::ostream& structs, std::ostream& decl) {
  auto cols = insp.get_columns(t);
  auto pk = insp.get_pk_constraint(t);
  auto options = insp.get_table_options(t);
  write_struct(t, cols, rowid_key(cols, pk, options), struct_names, structs);
  decl << "  meta.table(" << cpp_string(t);
  for (const auto& c : cols) write_column(c, pk, decl);
  if (options.virtual_table) {
    decl << ",\n      sc::sqlite_virtual_table(" << cpp_string(options.sql) << "));\n";
    return;
  }
  write_constraints(insp, t, pk, options, decl);
  write_foreign_keys_and_indexes(insp, t, decl);
  decl << ");\n";
}

}  // namespace

std::string cpp_string(const std::string& text) {
  std::string out = "\"";
  for (unsigned char ch : text) {
    switch (ch) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (ch < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\%03o", ch);
          out += buf;
        } else {
          out.push_back(static_cast<char>(ch));  // UTF-8 passes through
        }
    }
  }
  return out + "\"";
}

std::string cpp_identifier(const std::string& name, bool camel) {
  std::string out;
  bool upper_next = camel;
  for (unsigned char ch : name) {
    if (std::isalnum(ch) && ch < 0x80) {
      out.push_back(upper_next ? static_cast<char>(std::toupper(ch)) : static_cast<char>(ch));
      upper_next = false;
    } else if (camel) {
      upper_next = true;
    } else if (out.empty() || out.back() != '_') {
      out.push_back('_');  // one '_' for a run: "__" anywhere is reserved
    }
  }
  if (out.size() > 1 && out[0] == '_' && std::isupper(static_cast<unsigned char>(out[1])))
    out.erase(0, 1);  // "_X" is reserved
  if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0])))
    out.insert(0, camel ? "T" : "_");  // a struct is at namespace scope, where "_x" is reserved
  if (std::find(kCppKeywords.begin(), kCppKeywords.end(), out) != kCppKeywords.end())
    out.push_back('_');
  return out;
}

std::string unique_identifier(std::set<std::string>& taken, const std::string& name) {
  std::string out = name;
  for (int n = 2; !taken.insert(out).second; ++n)
    out = name + (name.back() == '_' ? "" : "_") + std::to_string(n);
  return out;
}

std::string generate_code(Inspector& insp, const CodegenOptions& o) {
  std::ostringstream structs, decl;
  std::set<std::string> struct_names;
  auto tables = insp.get_table_names();
  for (const auto& t : tables) write_table(insp, t, struct_names, structs, decl);
  for (const auto& v : insp.get_view_names())
    decl << "  meta.add_view(" << cpp_string(v) << ", " << cpp_string(insp.get_view_definition(v))
         << ");\n";

  std::ostringstream out;
  out << "// Generated by `sqlcore codegen`" << (o.source.empty() ? "" : " from " + o.source)
      << ": the schema as sqlcore declarations.\n"
      << "#include <sqlcore/sqlcore.hpp>\n\n#include <chrono>\n#include <cstdint>\n#include "
         "<optional>\n#include <string>\n\n";
  if (!o.ns.empty()) out << "namespace " << o.ns << " {\n\n";
  out << structs.str();
  out << "/// Declares every table of the database in `meta`.\n"
      << "void " << o.function << "(sqlcore::MetaData& meta) {\n  namespace sc = sqlcore;\n";
  if (tables.empty() && insp.get_view_names().empty()) out << "  (void)meta;\n";
  out << decl.str() << "}\n";
  if (!o.ns.empty()) out << "\n}  // namespace " << o.ns << "\n";
  return out.str();
}

}  // namespace sqlcore::tools
