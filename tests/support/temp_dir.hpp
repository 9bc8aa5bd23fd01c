// A fresh temporary directory per test, removed afterwards.
// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

namespace sqlcore::testing {

/// Creates a unique directory under the system temp dir; removes it (and its files) when
/// destroyed.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// The path of `name` inside the directory, as a string.
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  /// "sqlite:///<dir>/<name>": an absolute-path URL (four slashes).
  std::string url(const std::string& name) const { return "sqlite:///" + file(name); }

 private:
  std::filesystem::path path_;
};

}  // namespace sqlcore::testing
