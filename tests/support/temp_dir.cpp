// A fresh temporary directory per test, removed afterwards.
// SPDX-License-Identifier: MIT
#include "support/temp_dir.hpp"

#include <atomic>
#include <random>
#include <system_error>

#include <unistd.h>

namespace sqlcore::testing {

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  std::random_device rd;
  auto base = std::filesystem::temp_directory_path();
  for (;;) {
    path_ = base / ("sqlcore-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) +
                    "-" + std::to_string(rd() % 100000));
    if (std::filesystem::create_directory(path_)) break;
  }
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

}  // namespace sqlcore::testing
