// IdentifierPreparer (when and how identifiers are quoted) and SQLite's reserved words.
// SPDX-License-Identifier: MIT
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace sqlcore {

/// SQLAlchemy's IdentifierPreparer: quotes an identifier when it must be. Configured by its
/// reserved words (plain data, no virtual calls: it runs once per identifier); a dialect hands
/// out its own through Dialect::identifier_preparer().
class IdentifierPreparer {
 public:
  /// `reserved_words`: lower case, sorted; must outlive the preparer.
  explicit IdentifierPreparer(std::span<const std::string_view> reserved_words) noexcept
      : reserved_(reserved_words) {}

  /// The words quoted as identifiers, lower case, sorted.
  std::span<const std::string_view> reserved_words() const noexcept { return reserved_; }
  bool is_reserved_word(std::string_view word) const noexcept;
  /// True when `name` must be quoted: reserved, mixed or upper case, a leading digit or '$',
  /// or any character but [a-z0-9_$] (spaces, dots, quotes, non-ASCII).
  bool requires_quotes(std::string_view name) const noexcept;
  /// `name` as SQL: as it is, or in double quotes with embedded quotes doubled.
  std::string quote(std::string_view name) const;

 private:
  std::span<const std::string_view> reserved_;
};

/// SQLAlchemy's SQLiteIdentifierPreparer: SQLite's keywords and SQLAlchemy's list, united.
class SQLiteIdentifierPreparer : public IdentifierPreparer {
 public:
  SQLiteIdentifierPreparer() noexcept;
};

}  // namespace sqlcore
