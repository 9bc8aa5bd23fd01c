// Statement tracing: Engine::on_execute events, traced library statements, and echo (one line
// per statement, as SQLAlchemy's echo=True logs them). docs/operations.md.
// SPDX-License-Identifier: MIT
#include <cstdio>
#include <exception>
#include <mutex>
#include <ostream>

#include <fmt/format.h>

#include "base/ascii.hpp"
#include "engine/engine_state.hpp"
#include "sqlcore/errors.hpp"

namespace sqlcore::detail {

namespace {

bool word_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Skips white space and comments from `i`.
std::size_t skip_trivia(std::string_view s, std::size_t i) noexcept {
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == ';') {
      ++i;
    } else if (c == '-' && i + 1 < s.size() && s[i + 1] == '-') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      auto end = s.find("*/", i + 2);
      i = end == std::string_view::npos ? s.size() : end + 2;
    } else {
      break;
    }
  }
  return i;
}

// The word (or quoted name, without its quotes) at `i`; `i` moves past it.
std::string_view next_name(std::string_view s, std::size_t& i) noexcept {
  i = skip_trivia(s, i);
  if (i >= s.size()) return {};
  char q = s[i];
  char close = q == '[' ? ']' : q;
  if (q == '"' || q == '`' || q == '[' || q == '\'') {
    auto end = s.find(close, i + 1);
    if (end == std::string_view::npos) end = s.size();
    std::string_view name = s.substr(i + 1, end - i - 1);
    i = end + 1;
    return name;
  }
  std::size_t start = i;
  while (i < s.size() && word_char(s[i])) ++i;
  return s.substr(start, i - start);
}

bool is_key_pragma(std::string_view name) noexcept {
  for (std::string_view k : {"key", "rekey", "hexkey", "hexrekey", "textkey", "textrekey"})
    if (iequals(name, k)) return true;
  return false;
}

// Python's repr of a str, as SQLAlchemy's echo shows text (quotes, escapes).
std::string repr_text(std::string_view t) {
  // Single quotes, unless the text holds one and no double quote.
  char quote =
      t.find('\'') != std::string_view::npos && t.find('"') == std::string_view::npos ? '"' : '\'';
  std::string out(1, quote);
  for (char c : t) {
    switch (c) {
      case '\'':
      case '"':
        if (c == quote) out += '\\';
        out += c;
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        else
          out += c;
    }
  }
  out += quote;
  return out;
}

// Back to the start of a UTF-8 sequence, so a cut never splits a character.
std::size_t utf8_floor(std::string_view s, std::size_t at) noexcept {
  while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return at;
}

// SQLAlchemy's _repr_params: a repr longer than 300 characters keeps its first and last 150,
// with how much was left out between them.
constexpr std::size_t kMaxChars = 300;
std::string truncated(std::string r) {
  if (r.size() <= kMaxChars) return r;
  std::size_t half = kMaxChars / 2;
  std::size_t head = utf8_floor(r, half);
  std::size_t tail = utf8_floor(r, r.size() - half);
  return fmt::format("{} ... ({} characters truncated) ... {}", r.substr(0, head),
                     r.size() - head - (r.size() - tail), r.substr(tail));
}

std::string repr_value(const Value& v) {
  const auto& s = v.storage();
  if (v.is_null()) return "None";
  if (const auto* i = std::get_if<std::int64_t>(&s)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&s)) return fmt::format("{}", *d);
  if (const auto* b = std::get_if<bool>(&s)) return *b ? "1" : "0";
  if (const auto* t = std::get_if<std::string>(&s)) return truncated(repr_text(*t));
  if (const auto* b = std::get_if<Blob>(&s)) return fmt::format("<blob of {} bytes>", b->size());
  return truncated(v.describe());
}

// SQLAlchemy shows at most 10 parameters (or parameter sets): the first 8, a note, the last 2.
constexpr std::size_t kMaxParams = 10;

std::string repr_tuple(std::span<const Value> values) {
  std::string out = "(";
  auto item = [&](std::size_t i) {
    if (i > 0) out += ", ";
    out += repr_value(values[i]);
  };
  if (values.size() <= kMaxParams) {
    for (std::size_t i = 0; i < values.size(); ++i) item(i);
    if (values.size() == 1) out += ',';
  } else {
    for (std::size_t i = 0; i < kMaxParams - 2; ++i) item(i);
    out += fmt::format(" ... displaying {} of {} total bound parameters ... ", kMaxParams,
                       values.size());
    for (std::size_t i = values.size() - 2; i < values.size(); ++i) {
      out += repr_value(values[i]);
      if (i + 1 < values.size()) out += ", ";
    }
  }
  return out + ')';
}

std::string repr_params(const ExecuteEvent& e) {
  std::size_t sets = e.parameter_sets;
  if (sets <= 1) return repr_tuple(e.params);
  std::size_t width = e.params.size() / sets;
  auto set = [&](std::size_t r) { return repr_tuple(e.params.subspan(r * width, width)); };
  std::string out = "[";
  if (sets <= kMaxParams) {
    for (std::size_t r = 0; r < sets; ++r) out += (r ? ", " : "") + set(r);
  } else {
    for (std::size_t r = 0; r < kMaxParams - 2; ++r) out += (r ? ", " : "") + set(r);
    out +=
        fmt::format(" ... displaying {} of {} total bound parameter sets ... ", kMaxParams, sets);
    out += set(sets - 2) + ", " + set(sets - 1);
  }
  return out + ']';
}

// The SQL on one line: runs of white space (DDL has newlines) become one space.
std::string one_line(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  bool space = false;
  for (char c : sql) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

bool is_secret_statement(std::string_view sql) noexcept {
  std::size_t i = 0;
  std::string_view first = next_name(sql, i);
  if (iequals(first, "pragma")) {
    std::string_view name = next_name(sql, i);
    i = skip_trivia(sql, i);
    if (i < sql.size() && sql[i] == '.') name = next_name(sql, ++i);  // schema.key
    return is_key_pragma(name);
  }
  if (iequals(first, "attach")) {  // ATTACH DATABASE 'f' AS x KEY 'passphrase'
    while (i < sql.size()) {
      std::string_view word = next_name(sql, i);
      if (word.empty()) ++i;  // punctuation
      if (iequals(word, "key")) return true;
    }
  }
  return false;
}

bool changes_rows(std::string_view sql) noexcept {
  std::size_t i = 0;
  std::string_view first = next_name(sql, i);
  for (std::string_view k : {"insert", "update", "delete", "replace", "with"})
    if (iequals(first, k)) return true;
  return false;
}

std::string current_error_message() {
  try {
    throw;
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "an exception that is not a std::exception";
  }
}

std::string echo_line(const ExecuteEvent& e) {
  double seconds = std::chrono::duration<double>(e.elapsed).count();
  std::string status =
      e.error ? fmt::format("failed after {:.5f}s: {}", seconds, truncated(*e.error))
              : fmt::format("{:.5f}s, {} row{}", seconds, e.rows, e.rows == 1 ? "" : "s");
  return fmt::format("sqlcore.engine {} [{}] {}", one_line(e.sql), one_line(status),
                     repr_params(e));
}

ExecuteListener echo_listener(std::ostream* out) {
  return [out](const ExecuteEvent& e) {
    std::string line = echo_line(e);
    line += '\n';
    static std::mutex mutex;  // whole lines, when several threads echo
    std::lock_guard lock(mutex);
    if (out != nullptr) {
      out->write(line.data(), static_cast<std::streamsize>(line.size()));
      out->flush();
    } else {
      std::fwrite(line.data(), 1, line.size(), stderr);
    }
  };
}

std::unique_ptr<Trace> ConnectionCore::trace_slow(std::string_view sql) const {
  if (is_secret_statement(sql)) return nullptr;
  return std::make_unique<Trace>();
}

void ConnectionCore::emit(std::string_view sql, Trace&& trace) const noexcept {
  std::shared_ptr<const std::vector<ExecuteListener>> list;
  {
    std::lock_guard lock(engine->events_mutex);
    list = engine->execute_listeners;
  }
  if (!list) return;
  ExecuteEvent e{.sql = sql,
                 .params = trace.params,
                 .elapsed = trace.elapsed,
                 .rows = trace.rows,
                 .error = std::move(trace.error),
                 .parameter_sets = trace.parameter_sets};
  for (const auto& fn : *list) {
    try {
      fn(e);
    } catch (...) {
      // A listener must not change what the statement did; its exception is dropped.
    }
  }
}

void ConnectionCore::exec(const std::string& sql) {
  std::unique_ptr<Trace> trace = start_trace(sql);
  if (trace == nullptr) return raw->exec(sql);
  auto started = std::chrono::steady_clock::now();
  try {
    raw->exec(sql);
  } catch (...) {
    trace->elapsed = std::chrono::steady_clock::now() - started;
    trace->error = current_error_message();
    emit(sql, std::move(*trace));
    throw;
  }
  trace->elapsed = std::chrono::steady_clock::now() - started;
  emit(sql, std::move(*trace));
}

}  // namespace sqlcore::detail
