// A tokenizer for SQLite's SQL and a parser for the CREATE TABLE / CREATE INDEX text kept in
// sqlite_master: what PRAGMAs do not report (constraint names, CHECK text, AUTOINCREMENT,
// partial-index WHERE, generated-column expressions, inline REFERENCES clauses).
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sqlcore::detail {

/// One token of SQLite's SQL. `text` is the identifier's name for quoted identifiers
/// ("x", [x], `x`) with quotes removed and doubled quotes undone; the source text otherwise.
struct Token {
  enum class Kind { identifier, quoted_identifier, string, number, blob, variable, punct };
  Kind kind;
  std::string text;
  std::size_t begin;  // offsets into the source
  std::size_t end;
};

/// Tokenizes SQL as SQLite does: comments (-- and /* */) and white space are dropped; an
/// unterminated quote or comment runs to the end. Never fails.
std::vector<Token> tokenize(std::string_view sql);

/// A FOREIGN KEY clause (inline REFERENCES or table-level).
struct ParsedForeignKey {
  std::string name;  // CONSTRAINT name, or ""
  std::vector<std::string> columns;
  std::string referred_table;
  std::vector<std::string> referred_columns;  // empty: the referred table's primary key
  std::optional<std::string> ondelete, onupdate;
  std::optional<bool> deferrable;
  std::optional<std::string> initially;
};

struct ParsedColumn {
  std::string name;
  std::string type;  // the declared type as written ("VARCHAR (30)"), "" when untyped
  bool primary_key = false;
  bool pk_desc = false;  // PRIMARY KEY DESC (an INTEGER one is then no rowid alias)
  bool autoincrement = false;
  std::string pk_name;
  std::optional<std::string> pk_on_conflict;
  bool not_null = false;
  std::optional<std::string> not_null_on_conflict;
  bool unique = false;
  std::string unique_name;
  std::optional<std::string> unique_on_conflict;
  std::optional<std::string> collation;
  std::optional<std::string> default_sql;  // as written
  std::optional<std::string> generated_sql;
  std::optional<bool> generated_stored;  // nullopt: neither STORED nor VIRTUAL written
  struct Check {
    std::string name;
    std::string sqltext;
  };
  std::vector<Check> checks;
};

struct ParsedTableConstraint {
  enum class Kind { primary_key, unique, check, foreign_key } kind;
  std::string name;
  std::vector<std::string> columns;  // primary key, unique ("" for an expression element)
  std::vector<std::optional<std::string>> collations;  // COLLATE of each element, as written
  std::vector<bool> desc;                              // DESC on each element
  bool autoincrement = false;                          // PRIMARY KEY (x AUTOINCREMENT)
  std::optional<std::string> on_conflict;
  std::string sqltext;  // check
  ParsedForeignKey fk;  // foreign_key
};

struct ParsedTable {
  std::string schema;
  std::string name;
  bool temporary = false;
  bool virtual_table = false;  // CREATE VIRTUAL TABLE ... USING module(...)
  std::string module;
  bool as_select = false;  // CREATE TABLE ... AS SELECT: no column definitions
  std::vector<ParsedColumn> columns;
  std::vector<ParsedTableConstraint> constraints;
  bool without_rowid = false;
  bool strict = false;
  /// Every FOREIGN KEY, inline ones (with their column) and table-level ones, in text order.
  std::vector<ParsedForeignKey> foreign_keys;
  /// Every CHECK, column-level and table-level, in text order.
  std::vector<ParsedColumn::Check> checks;
};

/// Parses a CREATE [TEMP] [VIRTUAL] TABLE statement. Anything it does not understand is
/// skipped up to the next ',' or ')' of the definition list, so any text SQLite accepts parses
/// (partially at worst) without a crash or a hang. nullopt if it is not a CREATE TABLE.
std::optional<ParsedTable> parse_create_table(std::string_view sql);

struct ParsedIndex {
  std::string name;
  std::string table;
  bool unique = false;
  struct Element {
    std::string text;    // a lone unquoted name; otherwise as written ("val", a COLLATE, DESC)
    std::string column;  // the column name when the element is a plain column, else ""
    bool lone = false;   // a name and nothing else (a column, or a string SQLite reads in it)
  };
  std::vector<Element> elements;
  std::optional<std::string> where;  // the partial-index predicate as written
};

/// Parses a CREATE [UNIQUE] INDEX statement; nullopt if it is not one.
std::optional<ParsedIndex> parse_create_index(std::string_view sql);

/// SQL text that goes back into a statement (a CHECK, DEFAULT, generated expression, index
/// element or WHERE read from a database): `text` as it is, with a newline added when it ends
/// in a `--` comment (which would swallow what follows). Throws CompileError naming `what`
/// when it is not one balanced piece of SQL: a ';', an unbalanced ')' or '(', an unterminated
/// string, quoted name or comment.
std::string sql_fragment(std::string_view text, std::string_view what);

/// A declared type name as DDL: as it is when SQLite reads it back as the same name (words,
/// then at most "(n)" or "(n, m)" with signed numbers), else as one double-quoted name,
/// which SQLite stores without its quotes (`char.3`, `INT); DROP TABLE t; --`).
std::string type_name_sql(std::string_view declared);

/// Throws CompileError naming `what` unless `sql` is exactly one statement whose first words
/// are `kind` ("CREATE VIEW", "CREATE VIRTUAL TABLE", "CREATE TRIGGER"), with TEMP / TEMPORARY
/// allowed after CREATE and one ';' allowed at the end.
void check_one_statement(std::string_view sql, std::string_view kind, std::string_view what);

/// What a CREATE TRIGGER statement names, and its text up to the END of its body.
struct ParsedTrigger {
  std::string name;
  std::string table;  // the table or view after ON
  std::string sql;    // the statement without what follows END (';', comments)
};

/// Checks that `sql` is exactly one CREATE [TEMP] TRIGGER statement: the header, then BEGIN,
/// statements each ended by ';' (strings, quoted names and comments may hold ';'), END, and
/// at most one ';' after it. Throws CompileError naming `what` otherwise.
ParsedTrigger check_create_trigger(std::string_view sql, std::string_view what);

}  // namespace sqlcore::detail
