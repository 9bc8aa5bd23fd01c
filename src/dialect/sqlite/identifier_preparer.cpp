// IdentifierPreparer: when and how identifiers are quoted; SQLite's reserved words.
// SPDX-License-Identifier: MIT
#include "dialect/sqlite/identifier_preparer.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "base/ascii.hpp"
#include "base/text.hpp"

namespace sqlcore {

namespace {

// SQLite's own keyword list (https://www.sqlite.org/lang_keywords.html, 147 words in 3.40;
// tests/dialect/sqlite/identifier_preparer_test.cpp walks sqlite3_keyword_name against it)
// united with SQLAlchemy 1.4's SQLiteIdentifierPreparer.reserved_words, which adds "true" and
// "false" but misses 32 of SQLite's ("nothing", "returning", "window" ...). Sorted.
constexpr std::array<std::string_view, 149> kReserved{{
    "abort",
    "action",
    "add",
    "after",
    "all",
    "alter",
    "always",
    "analyze",
    "and",
    "as",
    "asc",
    "attach",
    "autoincrement",
    "before",
    "begin",
    "between",
    "by",
    "cascade",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "commit",
    "conflict",
    "constraint",
    "create",
    "cross",
    "current",
    "current_date",
    "current_time",
    "current_timestamp",
    "database",
    "default",
    "deferrable",
    "deferred",
    "delete",
    "desc",
    "detach",
    "distinct",
    "do",
    "drop",
    "each",
    "else",
    "end",
    "escape",
    "except",
    "exclude",
    "exclusive",
    "exists",
    "explain",
    "fail",
    "false",
    "filter",
    "first",
    "following",
    "for",
    "foreign",
    "from",
    "full",
    "generated",
    "glob",
    "group",
    "groups",
    "having",
    "if",
    "ignore",
    "immediate",
    "in",
    "index",
    "indexed",
    "initially",
    "inner",
    "insert",
    "instead",
    "intersect",
    "into",
    "is",
    "isnull",
    "join",
    "key",
    "last",
    "left",
    "like",
    "limit",
    "match",
    "materialized",
    "natural",
    "no",
    "not",
    "nothing",
    "notnull",
    "null",
    "nulls",
    "of",
    "offset",
    "on",
    "or",
    "order",
    "others",
    "outer",
    "over",
    "partition",
    "plan",
    "pragma",
    "preceding",
    "primary",
    "query",
    "raise",
    "range",
    "recursive",
    "references",
    "regexp",
    "reindex",
    "release",
    "rename",
    "replace",
    "restrict",
    "returning",
    "right",
    "rollback",
    "row",
    "rows",
    "savepoint",
    "select",
    "set",
    "table",
    "temp",
    "temporary",
    "then",
    "ties",
    "to",
    "transaction",
    "trigger",
    "true",
    "unbounded",
    "union",
    "unique",
    "update",
    "using",
    "vacuum",
    "values",
    "view",
    "virtual",
    "when",
    "where",
    "window",
    "with",
    "without",
}};

}  // namespace

bool IdentifierPreparer::is_reserved_word(std::string_view word) const noexcept {
  std::string lower = detail::ascii_lower(word);  // SQLite folds keywords in ASCII only
  return std::binary_search(reserved_.begin(), reserved_.end(), std::string_view(lower));
}

bool IdentifierPreparer::requires_quotes(std::string_view name) const noexcept {
  // SQLAlchemy's IdentifierPreparer._requires_quotes: reserved, a leading digit or '$',
  // anything but [A-Za-z0-9_$], or not all lower case.
  if (name.empty()) return true;
  if (is_reserved_word(name)) return true;
  if ((name[0] >= '0' && name[0] <= '9') || name[0] == '$') return true;
  for (char c : name) {
    bool legal = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
    if (!legal) return true;  // upper case, spaces, dots, quotes, non-ASCII bytes
  }
  return false;
}

std::string IdentifierPreparer::quote(std::string_view name) const {
  if (!requires_quotes(name)) return std::string(name);
  return detail::force_quote(name);
}

SQLiteIdentifierPreparer::SQLiteIdentifierPreparer() noexcept : IdentifierPreparer(kReserved) {}

}  // namespace sqlcore
