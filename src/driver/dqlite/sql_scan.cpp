// SQL text scanning for the dqlite driver, after SQLite's tokenizer (tokenize.c): only as far as
// statement ends, parameters and leading keywords need.
// SPDX-License-Identifier: MIT
#include "driver/dqlite/sql_scan.hpp"

#include <algorithm>
#include <cstddef>
#include <string>

#include "base/ascii.hpp"

namespace sqlcore::detail::dqlite {

namespace {

bool ident_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$' || u >= 0x80;
}

enum class TokenKind { word, quoted, param, semicolon, open, close, other };

struct Token {
  TokenKind kind;
  std::string_view text;
};

// The next token at or after `pos`; false at the end of the text.
bool next_token(std::string_view s, std::size_t& pos, Token& out) {
  while (pos < s.size()) {
    char c = s[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++pos;
    } else if (c == '-' && pos + 1 < s.size() && s[pos + 1] == '-') {
      auto nl = s.find('\n', pos);
      pos = nl == std::string_view::npos ? s.size() : nl + 1;
    } else if (c == '/' && pos + 1 < s.size() && s[pos + 1] == '*') {
      auto end = s.find("*/", pos + 2);
      pos = end == std::string_view::npos ? s.size() : end + 2;
    } else {
      break;
    }
  }
  if (pos >= s.size()) return false;
  std::size_t start = pos;
  char c = s[pos];
  auto quoted_until = [&](char close) {
    ++pos;
    while (pos < s.size()) {
      if (s[pos] == close) {
        if (close != ']' && pos + 1 < s.size() && s[pos + 1] == close) {
          pos += 2;  // a doubled quote
          continue;
        }
        ++pos;
        return;
      }
      ++pos;
    }
  };
  if (c == '\'' || c == '"' || c == '`' || c == '[') {
    quoted_until(c == '[' ? ']' : c);
    out = {c == '\'' ? TokenKind::other : TokenKind::quoted, s.substr(start, pos - start)};
    return true;
  }
  if (c == ';') {
    ++pos;
    out = {TokenKind::semicolon, s.substr(start, 1)};
    return true;
  }
  if (c == '(' || c == ')') {
    ++pos;
    out = {c == '(' ? TokenKind::open : TokenKind::close, s.substr(start, 1)};
    return true;
  }
  if (c == '?') {
    ++pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    out = {TokenKind::param, s.substr(start, pos - start)};
    return true;
  }
  if ((c == ':' || c == '@' || c == '$') && pos + 1 < s.size() && ident_char(s[pos + 1])) {
    ++pos;
    while (pos < s.size()) {
      if (ident_char(s[pos])) {
        ++pos;
      } else if (c == '$' && s[pos] == ':' && pos + 1 < s.size() && s[pos + 1] == ':') {
        pos += 2;  // TCL's $a::b
      } else {
        break;
      }
    }
    out = {TokenKind::param, s.substr(start, pos - start)};
    return true;
  }
  if (c == 'x' || c == 'X') {
    if (pos + 1 < s.size() && s[pos + 1] == '\'') {  // a blob literal
      ++pos;
      quoted_until('\'');
      out = {TokenKind::other, s.substr(start, pos - start)};
      return true;
    }
  }
  if (ident_char(c)) {
    while (pos < s.size() && ident_char(s[pos])) ++pos;
    out = {TokenKind::word, s.substr(start, pos - start)};
    return true;
  }
  ++pos;
  out = {TokenKind::other, s.substr(start, 1)};
  return true;
}

std::string unquoted_lower(std::string_view t) {
  if (!t.empty() && (t[0] == '"' || t[0] == '`' || t[0] == '[' || t[0] == '\'')) {
    char close = t[0] == '[' ? ']' : t[0];
    std::string out;
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
      out += t[i];
      if (t[i] == close && i + 2 < t.size() && t[i + 1] == close) ++i;
    }
    return ascii_lower(out);
  }
  return ascii_lower(t);
}

void add_param(ScannedStatement& st, std::string_view tok) {
  if (tok[0] == '?') {
    if (tok.size() == 1) {
      st.param_names.emplace_back();
      return;
    }
    std::size_t n = 0;
    for (char d : tok.substr(1))
      n = std::min<std::size_t>(n * 10 + static_cast<std::size_t>(d - '0'), 100000);
    if (n == 0) return;  // ?0 is a syntax error: the server says so
    if (st.param_names.size() < n) st.param_names.resize(n);
    return;
  }
  std::string name(tok.substr(1));
  // A name seen before reuses its index. (SQLite tells ":a" from "@a"; the seam's names have
  // no prefix, so here they are one parameter: sqlcore writes ':' binds only.)
  for (const auto& seen : st.param_names)
    if (seen == name) return;
  st.param_names.push_back(std::move(name));
}

void classify(ScannedStatement& st, const std::vector<Token>& toks) {
  auto kw = [&](std::size_t i) {
    return i < toks.size() && toks[i].kind == TokenKind::word ? ascii_lower(toks[i].text)
                                                              : std::string();
  };
  std::string first = kw(0);
  // The main verb: after WITH, the first keyword at depth 0 that starts a statement.
  std::string verb = first;
  int depth = 0;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (t.kind == TokenKind::open) ++depth;
    if (t.kind == TokenKind::close) --depth;
    if (depth != 0 || t.kind != TokenKind::word) continue;
    std::string w = ascii_lower(t.text);
    if (first == "with" && verb == "with" &&
        (w == "select" || w == "values" || w == "insert" || w == "update" || w == "delete" ||
         w == "replace"))
      verb = w;
    if (w == "returning" && i > 0) st.returning = true;
  }
  if (verb == "select" || verb == "values" || verb == "explain") {
    st.kind = StatementKind::query;
  } else if (verb == "pragma") {
    // PRAGMA x / PRAGMA x(arg) answer with rows; PRAGMA x = y sets (and may write the file).
    bool assigns = std::any_of(toks.begin(), toks.end(), [](const Token& t) {
      return t.kind == TokenKind::other && t.text == "=";
    });
    st.kind = assigns ? StatementKind::exec : StatementKind::query;
  } else {
    st.kind = StatementKind::exec;
  }
  if (first == "begin") {
    st.tx = TxEffect::begin;
  } else if (first == "commit" || first == "end") {
    st.tx = TxEffect::commit;
  } else if (first == "rollback") {
    // ROLLBACK [TRANSACTION] [TO [SAVEPOINT] name]
    std::size_t i = 1;
    if (kw(i) == "transaction") ++i;
    if (kw(i) == "to") {
      ++i;
      if (kw(i) == "savepoint") ++i;
      st.tx = TxEffect::rollback_to;
      if (i < toks.size()) st.savepoint = unquoted_lower(toks[i].text);
    } else {
      st.tx = TxEffect::rollback;
    }
  } else if (first == "savepoint") {
    st.tx = TxEffect::savepoint;
    if (toks.size() > 1) st.savepoint = unquoted_lower(toks[1].text);
  } else if (first == "release") {
    st.tx = TxEffect::release;
    std::size_t i = 1;
    if (kw(i) == "savepoint") ++i;
    if (i < toks.size()) st.savepoint = unquoted_lower(toks[i].text);
  }
}

}  // namespace

std::vector<ScannedStatement> scan_statements(std::string_view sql) {
  std::vector<ScannedStatement> out;
  std::size_t pos = 0;
  Token t{};
  std::vector<Token> toks;
  ScannedStatement cur;
  std::size_t start = 0, end = 0;
  auto flush = [&] {
    if (!toks.empty()) {
      cur.text = sql.substr(start, end - start);
      classify(cur, toks);
      out.push_back(std::move(cur));
    }
    cur = ScannedStatement{};
    toks.clear();
  };
  while (next_token(sql, pos, t)) {
    if (t.kind == TokenKind::semicolon) {
      flush();
      continue;
    }
    if (toks.empty()) start = static_cast<std::size_t>(t.text.data() - sql.data());
    end = static_cast<std::size_t>(t.text.data() - sql.data()) + t.text.size();
    if (t.kind == TokenKind::param) add_param(cur, t.text);
    toks.push_back(t);
  }
  flush();
  return out;
}

}  // namespace sqlcore::detail::dqlite
