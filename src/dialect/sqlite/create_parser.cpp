// SQLite's tokenizer rules and a forgiving recursive parser for CREATE TABLE / CREATE INDEX
// (https://www.sqlite.org/lang_createtable.html, lang_createindex.html, tokenreq.html).
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/create_parser.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "base/text.hpp"
#include "dialect/sqlite/identifier_preparer.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

bool ident_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool ident_char(unsigned char c) { return std::isalnum(c) || c == '_' || c == '$' || c >= 0x80; }

class Parser {
 public:
  explicit Parser(std::string_view sql) : src_(sql), toks_(tokenize(sql)) {}

  bool at_end() const { return p_ >= toks_.size(); }
  const Token* peek(std::size_t k = 0) const {
    return p_ + k < toks_.size() ? &toks_[p_ + k] : nullptr;
  }

  // An unquoted word (keywords are plain identifiers to the tokenizer).
  bool is_kw(std::string_view word, std::size_t k = 0) const {
    const Token* t = peek(k);
    return t != nullptr && t->kind == Token::Kind::identifier && iequals(t->text, word);
  }
  bool accept_kw(std::string_view word) {
    if (!is_kw(word)) return false;
    ++p_;
    return true;
  }
  bool is_punct(char c, std::size_t k = 0) const {
    const Token* t = peek(k);
    return t != nullptr && t->kind == Token::Kind::punct && t->text[0] == c;
  }
  bool accept_punct(char c) {
    if (!is_punct(c)) return false;
    ++p_;
    return true;
  }
  // A name: an identifier, a quoted identifier, or a string used as one (SQLite allows it).
  bool is_name(std::size_t k = 0) const {
    const Token* t = peek(k);
    return t != nullptr &&
           (t->kind == Token::Kind::identifier || t->kind == Token::Kind::quoted_identifier ||
            t->kind == Token::Kind::string);
  }
  std::string name() {
    if (!is_name()) return {};
    return toks_[p_++].text;
  }
  // [schema.]name
  std::pair<std::string, std::string> qualified_name() {
    std::string first = name();
    if (accept_punct('.')) return {first, name()};
    return {{}, first};
  }
  // Past a balanced (...) starting at the current '('; returns the text inside.
  std::string parenthesized() {
    if (!is_punct('(')) return {};
    std::size_t open = p_;
    int depth = 0;
    while (!at_end()) {
      if (is_punct('(')) ++depth;
      if (is_punct(')') && --depth == 0) {
        std::size_t close = p_++;
        if (close == open + 1) return {};
        return std::string(src_.substr(toks_[open].end, toks_[close].begin - toks_[open].end));
      }
      ++p_;
    }
    return std::string(src_.substr(toks_[open].end));  // unterminated: the rest
  }
  // Skips to the ',' or ')' that ends the current element of a definition list.
  void skip_element() {
    int depth = 0;
    while (!at_end()) {
      if (is_punct('(')) ++depth;
      if (is_punct(')')) {
        if (depth == 0) return;
        --depth;
      }
      if (is_punct(',') && depth == 0) return;
      ++p_;
    }
  }
  std::string source(std::size_t from, std::size_t to) const {
    if (from >= to || to > toks_.size()) return {};
    return std::string(src_.substr(toks_[from].begin, toks_[to - 1].end - toks_[from].begin));
  }
  std::size_t pos() const { return p_; }
  void advance() { ++p_; }
  void rewind(std::size_t to) { p_ = to; }
  // The source from token `from` to the end of the text.
  std::string source_to_end(std::size_t from) const {
    if (from >= toks_.size()) return {};
    return std::string(src_.substr(toks_[from].begin));
  }

  std::optional<std::string> conflict_clause() {
    if (!(is_kw("ON") && is_kw("CONFLICT", 1))) return std::nullopt;
    p_ += 2;
    return ascii_upper(name());
  }

  // Column names of "(a, b COLLATE x DESC, expr)": plain names, "" for expressions.
  std::vector<std::string> column_list() {
    ParsedTableConstraint c;
    element_list(c);
    return c.columns;
  }

  // The elements of "(a, b COLLATE x DESC, c AUTOINCREMENT, expr)" into c's columns,
  // collations, desc and autoincrement.
  void element_list(ParsedTableConstraint& c) {
    if (!accept_punct('(')) return;
    while (!at_end() && !is_punct(')')) {
      std::size_t start = p_;
      Element el = element_column();
      p_ = start;
      skip_element();
      c.columns.push_back(el.column);
      c.collations.push_back(el.collation);
      c.desc.push_back(el.desc);
      c.autoincrement = c.autoincrement || el.autoincrement;
      if (!accept_punct(',')) break;
    }
    accept_punct(')');
  }

  struct Element {
    std::string column;
    std::optional<std::string> collation;
    bool desc = false;
    bool autoincrement = false;
  };
  // At the start of an indexed-column element: the column name if the element is a plain
  // name with only COLLATE / ASC / DESC / AUTOINCREMENT after it, else "". Leaves the
  // position unspecified.
  Element element_column() {
    Element el;
    if (!is_name()) return el;
    std::string col = name();
    for (;;) {
      if (accept_kw("COLLATE")) {
        el.collation = name();
      } else if (accept_kw("ASC")) {
        el.desc = false;
      } else if (accept_kw("DESC")) {
        el.desc = true;
      } else if (accept_kw("AUTOINCREMENT")) {
        el.autoincrement = true;
      } else {
        break;
      }
    }
    if (at_end() || is_punct(',') || is_punct(')')) el.column = col;
    return el;
  }

  void foreign_key_clause(ParsedForeignKey& fk) {
    fk.referred_table = qualified_name().second;
    if (is_punct('(')) fk.referred_columns = column_list();
    for (;;) {
      if (is_kw("ON") && (is_kw("DELETE", 1) || is_kw("UPDATE", 1))) {
        bool del = is_kw("DELETE", 1);
        p_ += 2;
        std::string action;
        if (accept_kw("SET")) {
          action = "SET " + ascii_upper(name());
        } else if (accept_kw("NO")) {
          accept_kw("ACTION");
          action = "NO ACTION";
        } else {
          action = ascii_upper(name());
        }
        (del ? fk.ondelete : fk.onupdate) = action;
      } else if (accept_kw("MATCH")) {
        name();
      } else if (is_kw("NOT") && is_kw("DEFERRABLE", 1)) {
        p_ += 2;
        fk.deferrable = false;
        deferral(fk);
      } else if (accept_kw("DEFERRABLE")) {
        fk.deferrable = true;
        deferral(fk);
      } else {
        break;
      }
    }
  }

  void deferral(ParsedForeignKey& fk) {
    if (accept_kw("INITIALLY")) fk.initially = ascii_upper(name());
  }

 private:
  std::string_view src_;
  std::vector<Token> toks_;
  std::size_t p_ = 0;
};

bool starts_column_constraint(const Parser& ps) {
  static constexpr std::array<std::string_view, 10> kWords{
      "CONSTRAINT", "PRIMARY", "NOT",     "NULL",       "UNIQUE",
      "CHECK",      "DEFAULT", "COLLATE", "REFERENCES", "AS"};
  for (auto w : kWords)
    if (ps.is_kw(w)) return true;
  // SQLite's grammar has GENERATED only in "GENERATED ALWAYS AS": before anything else it is
  // a word of the type name ("b GENERATED x AS (a + 1)" declares type "GENERATED x").
  return ps.is_kw("GENERATED") && ps.is_kw("ALWAYS", 1);
}

void parse_column(Parser& ps, ParsedTable& table) {
  ParsedColumn col;
  col.name = ps.name();
  // The type: names up to a constraint keyword, then an optional "(n[, m])".
  std::size_t type_start = ps.pos();
  // SQLite's typetoken: names and strings ("x 'INT'" declares INT).
  while (!ps.at_end() && ps.is_name() && !starts_column_constraint(ps)) ps.advance();
  if (ps.pos() > type_start && ps.is_punct('(')) ps.parenthesized();
  col.type = ps.source(type_start, ps.pos());
  for (;;) {
    std::string cname;
    // CONSTRAINT a CONSTRAINT b CHECK (...): SQLite keeps the last name.
    while (ps.accept_kw("CONSTRAINT")) cname = ps.name();
    if (ps.is_kw("PRIMARY") && ps.is_kw("KEY", 1)) {
      ps.advance();
      ps.advance();
      col.primary_key = true;
      col.pk_name = cname;
      if (ps.accept_kw("DESC"))
        col.pk_desc = true;
      else
        ps.accept_kw("ASC");
      col.pk_on_conflict = ps.conflict_clause();
      if (ps.accept_kw("AUTOINCREMENT")) col.autoincrement = true;
    } else if (ps.is_kw("NOT") && ps.is_kw("NULL", 1)) {
      ps.advance();
      ps.advance();
      col.not_null = true;
      col.not_null_on_conflict = ps.conflict_clause();
    } else if (ps.accept_kw("NULL")) {
      ps.conflict_clause();
    } else if (ps.accept_kw("UNIQUE")) {
      col.unique = true;
      col.unique_name = cname;
      col.unique_on_conflict = ps.conflict_clause();
    } else if (ps.accept_kw("CHECK")) {
      ParsedColumn::Check ck{cname, trim_sql(ps.parenthesized(), ";")};
      col.checks.push_back(ck);
      table.checks.push_back(ck);
    } else if (ps.accept_kw("DEFAULT")) {
      std::size_t start = ps.pos();
      if (ps.is_punct('(')) {
        ps.parenthesized();
      } else {
        if (ps.is_punct('+') || ps.is_punct('-')) ps.advance();
        if (!ps.at_end()) ps.advance();
      }
      col.default_sql = ps.source(start, ps.pos());
    } else if (ps.accept_kw("COLLATE")) {
      col.collation = ps.name();
    } else if (ps.accept_kw("REFERENCES")) {
      ParsedForeignKey fk;
      fk.name = cname;
      fk.columns = {col.name};
      ps.foreign_key_clause(fk);
      table.foreign_keys.push_back(fk);
    } else if ((ps.is_kw("GENERATED") && ps.is_kw("ALWAYS", 1)) || ps.is_kw("AS")) {
      if (ps.accept_kw("GENERATED")) ps.accept_kw("ALWAYS");
      ps.accept_kw("AS");
      col.generated_sql = trim_sql(ps.parenthesized(), ";");
      if (ps.accept_kw("STORED"))
        col.generated_stored = true;
      else if (ps.accept_kw("VIRTUAL"))
        col.generated_stored = false;
    } else {
      break;  // the end of the column, or something unknown: skipped by the caller
    }
  }
  table.columns.push_back(std::move(col));
}

void parse_table_constraint(Parser& ps, ParsedTable& table) {
  ParsedTableConstraint c;
  while (ps.accept_kw("CONSTRAINT")) c.name = ps.name();
  if (ps.accept_kw("PRIMARY")) {
    ps.accept_kw("KEY");
    c.kind = ParsedTableConstraint::Kind::primary_key;
    ps.element_list(c);
    c.on_conflict = ps.conflict_clause();
  } else if (ps.accept_kw("UNIQUE")) {
    c.kind = ParsedTableConstraint::Kind::unique;
    ps.element_list(c);
    c.on_conflict = ps.conflict_clause();
  } else if (ps.accept_kw("CHECK")) {
    c.kind = ParsedTableConstraint::Kind::check;
    c.sqltext = trim_sql(ps.parenthesized(), ";");
    table.checks.push_back({c.name, c.sqltext});
  } else if (ps.accept_kw("FOREIGN")) {
    ps.accept_kw("KEY");
    c.kind = ParsedTableConstraint::Kind::foreign_key;
    c.fk.name = c.name;
    c.fk.columns = ps.column_list();
    if (ps.accept_kw("REFERENCES")) ps.foreign_key_clause(c.fk);
    table.foreign_keys.push_back(c.fk);
  } else {
    return;  // a bare CONSTRAINT name: nothing to record
  }
  table.constraints.push_back(std::move(c));
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0, n = s.size();
  auto quoted = [&](char close, Token::Kind kind) {
    std::size_t start = i++;
    std::string text;
    while (i < n) {
      if (s[i] == close) {
        if (close != ']' && i + 1 < n && s[i + 1] == close) {  // doubled: an escaped quote
          text.push_back(close);
          i += 2;
          continue;
        }
        ++i;
        break;
      }
      text.push_back(s[i++]);
    }
    out.push_back({kind, std::move(text), start, i});
  };
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (std::isspace(c)) {
      ++i;
    } else if (c == '-' && i + 1 < n && s[i + 1] == '-') {
      while (i < n && s[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
      i += 2;
      while (i < n && !(s[i] == '*' && i + 1 < n && s[i + 1] == '/')) ++i;
      i = i < n ? i + 2 : n;
    } else if (c == '"') {
      quoted('"', Token::Kind::quoted_identifier);
    } else if (c == '`') {
      quoted('`', Token::Kind::quoted_identifier);
    } else if (c == '[') {
      quoted(']', Token::Kind::quoted_identifier);
    } else if (c == '\'') {
      quoted('\'', Token::Kind::string);
    } else if ((c == 'x' || c == 'X') && i + 1 < n && s[i + 1] == '\'') {
      std::size_t start = i++;
      quoted('\'', Token::Kind::blob);
      out.back().begin = start;
      out.back().text = std::string(s.substr(start, i - start));
    } else if (std::isdigit(c) ||
               (c == '.' && i + 1 < n && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      std::size_t start = i;
      while (i < n) {
        auto d = static_cast<unsigned char>(s[i]);
        if (std::isalnum(d) || d == '.' || d == '_') {
          ++i;
        } else if ((d == '+' || d == '-') && (s[i - 1] == 'e' || s[i - 1] == 'E')) {
          ++i;
        } else {
          break;
        }
      }
      out.push_back({Token::Kind::number, std::string(s.substr(start, i - start)), start, i});
    } else if (ident_start(c)) {
      std::size_t start = i;
      while (i < n && ident_char(static_cast<unsigned char>(s[i]))) ++i;
      out.push_back({Token::Kind::identifier, std::string(s.substr(start, i - start)), start, i});
    } else if (c == '?' || c == ':' || c == '@' || c == '$') {
      std::size_t start = i++;
      while (i < n && ident_char(static_cast<unsigned char>(s[i]))) ++i;
      out.push_back({Token::Kind::variable, std::string(s.substr(start, i - start)), start, i});
    } else {
      out.push_back({Token::Kind::punct, std::string(1, static_cast<char>(c)), i, i + 1});
      ++i;
    }
  }
  return out;
}

std::optional<ParsedTable> parse_create_table(std::string_view sql) {
  Parser ps(sql);
  if (!ps.accept_kw("CREATE")) return std::nullopt;
  ParsedTable table;
  if (ps.accept_kw("TEMP") || ps.accept_kw("TEMPORARY")) table.temporary = true;
  if (ps.accept_kw("VIRTUAL")) table.virtual_table = true;
  if (!ps.accept_kw("TABLE")) return std::nullopt;
  if (ps.is_kw("IF") && ps.is_kw("NOT", 1) && ps.is_kw("EXISTS", 2)) {
    ps.advance();
    ps.advance();
    ps.advance();
  }
  auto [schema, name] = ps.qualified_name();
  table.schema = schema;
  table.name = name;
  if (table.virtual_table) {
    if (ps.accept_kw("USING")) table.module = ps.name();
    return table;
  }
  if (ps.accept_kw("AS")) {
    table.as_select = true;
    return table;
  }
  if (!ps.accept_punct('(')) return table;
  while (!ps.at_end()) {
    std::size_t before = ps.pos();
    auto table_constraint_next = [&] {
      return ps.is_kw("CONSTRAINT") || ps.is_kw("PRIMARY") || ps.is_kw("UNIQUE") ||
             ps.is_kw("CHECK") || ps.is_kw("FOREIGN");
    };
    if (table_constraint_next()) {
      // Table constraints may follow each other without a comma: PRIMARY KEY(a) CHECK(b<10).
      while (!ps.at_end() && table_constraint_next()) {
        std::size_t at = ps.pos();
        parse_table_constraint(ps, table);
        if (ps.pos() == at) break;
      }
    } else {
      parse_column(ps, table);
    }
    if (!ps.is_punct(',') && !ps.is_punct(')')) ps.skip_element();  // something not understood
    if (ps.accept_punct(',')) continue;
    if (ps.accept_punct(')')) break;
    if (ps.pos() == before) ps.advance();  // never loop in place
  }
  // Table options: WITHOUT ROWID, STRICT, in any order, comma-separated.
  while (!ps.at_end()) {
    if (ps.is_kw("WITHOUT") && ps.is_kw("ROWID", 1)) {
      ps.advance();
      ps.advance();
      table.without_rowid = true;
    } else if (ps.accept_kw("STRICT")) {
      table.strict = true;
    } else {
      ps.advance();
    }
  }
  return table;
}

std::optional<ParsedIndex> parse_create_index(std::string_view sql) {
  Parser ps(sql);
  if (!ps.accept_kw("CREATE")) return std::nullopt;
  ParsedIndex ix;
  if (ps.accept_kw("UNIQUE")) ix.unique = true;
  if (!ps.accept_kw("INDEX")) return std::nullopt;
  if (ps.is_kw("IF") && ps.is_kw("NOT", 1) && ps.is_kw("EXISTS", 2)) {
    ps.advance();
    ps.advance();
    ps.advance();
  }
  ix.name = ps.qualified_name().second;
  if (!ps.accept_kw("ON")) return ix;
  ix.table = ps.name();
  if (!ps.accept_punct('(')) return ix;
  while (!ps.at_end() && !ps.is_punct(')')) {
    std::size_t start = ps.pos();
    std::string column = ps.element_column().column;
    ps.rewind(start);
    bool quoted = ps.peek() != nullptr && ps.peek()->kind != Token::Kind::identifier;
    ps.skip_element();
    // A lone unquoted name is reported as the name; anything more, or a quoted name (which
    // SQLite reads as a string when it names no column), as written.
    bool lone = ps.pos() == start + 1 && !column.empty();
    ix.elements.push_back({lone && !quoted ? column : ps.source(start, ps.pos()), column, lone});
    if (!ps.accept_punct(',')) break;
  }
  if (ps.accept_punct(')') && ps.accept_kw("WHERE")) {
    std::string rest = ps.source_to_end(ps.pos());
    if (!rest.empty()) ix.where = trim_sql(rest, ";");
  }
  return ix;
}

namespace {

// Walks SQL text as SQLite's tokenizer does; calls bad() for an unterminated quote or block
// comment and, for a fragment, for a ';' or unbalanced parentheses. True when the text ends
// inside a `--` comment.
template <class Bad>
bool scan_sql(std::string_view text, bool fragment, Bad bad) {
  int depth = 0;
  bool line_comment_at_end = false;
  std::size_t i = 0, n = text.size();
  while (i < n) {
    char c = text[i];
    line_comment_at_end = false;
    if (c == '-' && i + 1 < n && text[i + 1] == '-') {
      while (i < n && text[i] != '\n') ++i;
      line_comment_at_end = i >= n;
    } else if (c == '/' && i + 1 < n && text[i + 1] == '*') {
      auto close = text.find("*/", i + 2);
      if (close == std::string_view::npos) bad("an unterminated comment");
      i = close + 2;
    } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
      char end = c == '[' ? ']' : c;
      ++i;
      for (;;) {
        if (i >= n) bad("an unterminated quote");
        if (text[i] == end) {
          if (end != ']' && i + 1 < n && text[i + 1] == end) {
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        ++i;
      }
    } else {
      if (fragment && c == ';') bad("a ';'");
      if (c == '(') ++depth;
      if (c == ')' && --depth < 0 && fragment) bad("an unbalanced ')'");
      ++i;
    }
  }
  if (fragment && depth != 0) bad("an unbalanced '('");
  return line_comment_at_end;
}

}  // namespace

std::string sql_fragment(std::string_view text, std::string_view what) {
  bool comment_at_end = scan_sql(text, true, [&](std::string_view why) {
    throw CompileError(
        fmt::format("{} read from the database is not one piece of SQL ({}): {}", what, why, text));
  });
  std::string out(text);
  if (comment_at_end) out += "\n";
  return out;
}

std::string type_name_sql(std::string_view declared) {
  // The characters of a plain type name; anything else (quotes, comments, dots, ';') quotes.
  bool plain = !declared.empty();
  for (char c : declared)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ' ' || c == '(' ||
          c == ')' || c == ',' || c == '+' || c == '-' || c == '.'))
      plain = false;
  if (plain) {
    auto toks = tokenize(declared);
    static const SQLiteIdentifierPreparer words;
    std::size_t k = 0;
    // Words: unquoted names that are no keyword (a keyword would end the type or fail).
    while (k < toks.size() && toks[k].kind == Token::Kind::identifier &&
           !words.is_reserved_word(toks[k].text) && !iequals(toks[k].text, "GENERATED") &&
           !iequals(toks[k].text, "AS"))
      ++k;
    if (k == 0) plain = false;
    if (plain && k < toks.size()) {
      // "(" signed-number ["," signed-number] ")" and the end.
      auto signed_number = [&] {
        if (k < toks.size() && toks[k].kind == Token::Kind::punct &&
            (toks[k].text == "+" || toks[k].text == "-"))
          ++k;
        if (k < toks.size() && toks[k].kind == Token::Kind::number) {
          ++k;
          return true;
        }
        return false;
      };
      auto punct = [&](char c) {
        if (k < toks.size() && toks[k].kind == Token::Kind::punct && toks[k].text[0] == c) {
          ++k;
          return true;
        }
        return false;
      };
      plain = punct('(') && signed_number() && (!punct(',') || signed_number()) && punct(')') &&
              k == toks.size();
    }
  }
  if (plain) return std::string(declared);
  return force_quote(declared);
}

void check_one_statement(std::string_view sql, std::string_view kind, std::string_view what) {
  auto toks = tokenize(sql);
  auto bad = [&](std::string_view why) {
    throw CompileError(
        fmt::format("{}: the SQL read from the database is not one {} statement "
                    "({}): {}",
                    what, kind, why, sql));
  };
  // Quotes and comments must be closed: tokenize() lets them run to the end.
  scan_sql(sql, false, bad);
  for (std::size_t i = 0; i < toks.size(); ++i)
    if (toks[i].kind == Token::Kind::punct && toks[i].text == ";" && i + 1 != toks.size())
      bad("more than one statement");
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < kind.size();) {
    std::size_t space = std::min(kind.find(' ', at), kind.size());
    words.push_back(kind.substr(at, space - at));
    at = space + 1;
  }
  std::size_t k = 0;
  for (auto word : words) {
    if (k < toks.size() && word == "CREATE" && iequals(toks[k].text, "CREATE")) {
      ++k;
      if (k < toks.size() && toks[k].kind == Token::Kind::identifier &&
          (iequals(toks[k].text, "TEMP") || iequals(toks[k].text, "TEMPORARY")))
        ++k;
      continue;
    }
    if (k >= toks.size() || toks[k].kind != Token::Kind::identifier || !iequals(toks[k].text, word))
      bad(fmt::format("it does not start with {}", kind));
    ++k;
  }
}

}  // namespace sqlcore::detail

namespace sqlcore::detail {

// SQLite's trigger grammar (lang_createtrigger.html): CREATE [TEMP] TRIGGER [IF NOT EXISTS]
// [schema.]name [BEFORE | AFTER | INSTEAD OF] event ON table [FOR EACH ROW] [WHEN expr]
// BEGIN (stmt ;)+ END. The ';'s of the body end its statements, not the trigger, so a plain
// "one ';' at the end" check cannot tell a body from a second statement; this walks the
// tokens (strings, quoted names and comments are whole tokens) as the grammar does. BEGIN and
// END are also names to SQLite (its fallback to ID), so BEGIN counts only before a statement's
// first word and END only where a statement would start.
ParsedTrigger check_create_trigger(std::string_view sql, std::string_view what) {
  auto bad = [&](std::string_view why) {
    throw CompileError(
        fmt::format("{}: the SQL is not one CREATE TRIGGER statement ({}): {}", what, why, sql));
  };
  scan_sql(sql, false, bad);  // quotes and comments closed
  const auto toks = tokenize(sql);
  const std::size_t n = toks.size();
  auto kw = [&](std::size_t i, std::string_view word) {
    return i < n && toks[i].kind == Token::Kind::identifier && iequals(toks[i].text, word);
  };
  auto punct = [&](std::size_t i, char c) {
    return i < n && toks[i].kind == Token::Kind::punct && toks[i].text[0] == c;
  };
  auto statement_start = [&](std::size_t i) {
    static constexpr std::array<std::string_view, 7> kFirst{"DELETE", "INSERT", "REPLACE", "SELECT",
                                                            "UPDATE", "VALUES", "WITH"};
    return std::any_of(kFirst.begin(), kFirst.end(), [&](auto w) { return kw(i, w); });
  };
  std::size_t k = 0;
  auto name = [&] {
    auto is_name = [&](std::size_t i) {
      return i < n && (toks[i].kind == Token::Kind::identifier ||
                       toks[i].kind == Token::Kind::quoted_identifier ||
                       toks[i].kind == Token::Kind::string);
    };
    if (!is_name(k)) bad("a name is missing");
    std::string out = toks[k++].text;
    if (punct(k, '.') && is_name(k + 1)) {  // schema.name
      out = toks[k + 1].text;
      k += 2;
    }
    return out;
  };
  // Skips to the first token at parenthesis depth 0 for which `stop` holds; a ';' on the way
  // is a second statement.
  auto skip_to = [&](auto stop, std::string_view missing) {
    int depth = 0;
    for (;; ++k) {
      if (k >= n) bad(missing);
      if (punct(k, ';')) bad("a ';' before the body");
      if (depth == 0 && stop(k)) return;
      if (punct(k, '(')) ++depth;
      if (punct(k, ')')) --depth;
    }
  };
  if (!kw(k, "CREATE")) bad("it does not start with CREATE TRIGGER");
  ++k;
  if (kw(k, "TEMP") || kw(k, "TEMPORARY")) ++k;
  if (!kw(k, "TRIGGER")) bad("it does not start with CREATE TRIGGER");
  ++k;
  if (kw(k, "IF") && kw(k + 1, "NOT") && kw(k + 2, "EXISTS")) k += 3;
  ParsedTrigger out;
  out.name = name();
  skip_to([&](std::size_t i) { return kw(i, "ON"); }, "no ON table");
  ++k;
  out.table = name();
  skip_to(
      [&](std::size_t i) { return kw(i, "BEGIN") && !punct(i - 1, '.') && statement_start(i + 1); },
      "no BEGIN");
  ++k;
  for (bool first = true;; first = false) {
    if (k >= n) bad("no END");
    if (!first && kw(k, "END")) break;
    if (!statement_start(k))
      bad(first ? std::string("an empty body")
                : fmt::format("'{}' starts no statement a trigger may hold", toks[k].text));
    while (k < n && !punct(k, ';')) ++k;
    if (k >= n) bad("a statement of the body has no ';'");
    ++k;
  }
  const std::size_t end = toks[k++].end;
  if (punct(k, ';')) ++k;
  if (k < n) bad("more than one statement");
  out.sql = std::string(sql.substr(toks[0].begin, end - toks[0].begin));
  return out;
}

}  // namespace sqlcore::detail
