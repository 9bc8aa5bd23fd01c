// A small JSON value for `sqlcore inspect --json`: null, bool, integer, string, array, object
// (keys kept in insertion order), written with the escapes RFC 8259 requires.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace sqlcore::tools {

class Json {
 public:
  Json() = default;
  Json(bool v) : v_(v) {}
  Json(int v) : v_(static_cast<std::int64_t>(v)) {}
  Json(std::int64_t v) : v_(v) {}
  Json(const char* v) : v_(std::string(v)) {}
  Json(std::string v) : v_(std::move(v)) {}

  static Json array() {
    Json j;
    j.v_ = Array{};
    return j;
  }
  static Json object() {
    Json j;
    j.v_ = Object{};
    return j;
  }
  static Json strings(const std::vector<std::string>& v) {
    Json j = array();
    for (const auto& s : v) j.push(s);
    return j;
  }
  void push(Json v) { std::get<Array>(v_).push_back(std::move(v)); }
  void set(std::string key, Json v) {
    std::get<Object>(v_).emplace_back(std::move(key), std::move(v));
  }

  std::string dump() const {
    std::string out;
    write(out);
    return out;
  }

 private:
  using Array = std::vector<Json>;
  using Object = std::vector<std::pair<std::string, Json>>;

  static void quote(std::string& out, const std::string& s) {
    out.push_back('"');
    for (unsigned char c : s) {
      switch (c) {
        case '"':
          out += "\\\"";
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
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
          } else {
            out.push_back(static_cast<char>(c));  // UTF-8 passes through
          }
      }
    }
    out.push_back('"');
  }

  void write(std::string& out) const {
    switch (v_.index()) {
      case 0:
        out += "null";
        return;
      case 1:
        out += std::get<bool>(v_) ? "true" : "false";
        return;
      case 2:
        out += std::to_string(std::get<std::int64_t>(v_));
        return;
      case 3:
        quote(out, std::get<std::string>(v_));
        return;
      case 4: {
        out.push_back('[');
        const auto& a = std::get<Array>(v_);
        for (std::size_t i = 0; i < a.size(); ++i) {
          if (i) out.push_back(',');
          a[i].write(out);
        }
        out.push_back(']');
        return;
      }
      default: {
        out.push_back('{');
        const auto& o = std::get<Object>(v_);
        for (std::size_t i = 0; i < o.size(); ++i) {
          if (i) out.push_back(',');
          quote(out, o[i].first);
          out.push_back(':');
          o[i].second.write(out);
        }
        out.push_back('}');
      }
    }
  }

  std::variant<std::monostate, bool, std::int64_t, std::string, Array, Object> v_;
};

}  // namespace sqlcore::tools
