// REGEXP through RE2 (linear time on any text: no ReDoS), with compiled patterns cached per
// connection. SQLite turns `x REGEXP y` into regexp(y, x) (https://www.sqlite.org/lang_expr.html
// #the_like_glob_regexp_match_and_extract_operators); a match anywhere counts, as Python's
// re.search in SQLAlchemy's pysqlite regexp function.
// SPDX-License-Identifier: MIT
#include "engine/regexp.hpp"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <re2/re2.h>

#include "base/lru.hpp"
#include "sqlcore/functions.hpp"

namespace sqlcore::detail {

namespace {

// Patterns kept compiled per connection: a statement usually binds one pattern, a workload
// a handful; more than this recompiles the least recently used.
constexpr std::size_t kCachedPatterns = 16;

class PatternCache {
 public:
  const RE2& get(std::string_view pattern) {
    if (auto* re = cache_.find(pattern)) return **re;
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
    if (!re->ok())
      throw std::invalid_argument(
          fmt::format("invalid regular expression '{}': {}", pattern, re->error()));
    const RE2& out = *cache_.insert(std::string(pattern), std::move(re));
    cache_.evict();
    return out;
  }

 private:
  LruMap<std::unique_ptr<RE2>> cache_{kCachedPatterns};
};

re2::StringPiece piece(std::string_view s) { return {s.data(), s.size()}; }

}  // namespace

void register_regexp(RawConnection& raw) {
  auto cache = std::make_shared<PatternCache>();
  FunctionOptions options{.deterministic = true};
  raw.create_function(std::make_shared<const FunctionDef>(make_scalar(
      "regexp",
      [cache](std::optional<std::string_view> pattern,
              std::optional<std::string_view> value) -> std::optional<bool> {
        if (!pattern || !value) return std::nullopt;
        return RE2::PartialMatch(piece(*value), cache->get(*pattern));
      },
      options)));
  raw.create_function(std::make_shared<const FunctionDef>(make_scalar(
      "regexp_replace",
      [cache](std::optional<std::string_view> value, std::optional<std::string_view> pattern,
              std::optional<std::string_view> replacement) -> std::optional<std::string> {
        if (!value || !pattern || !replacement) return std::nullopt;
        const RE2& re = cache->get(*pattern);
        std::string rewrite_error;
        if (!re.CheckRewriteString(piece(*replacement), &rewrite_error))
          throw std::invalid_argument(fmt::format("invalid replacement '{}' for pattern '{}': {}",
                                                  *replacement, *pattern, rewrite_error));
        std::string out(*value);
        RE2::GlobalReplace(&out, re, piece(*replacement));
        return out;
      },
      options)));
}

}  // namespace sqlcore::detail
