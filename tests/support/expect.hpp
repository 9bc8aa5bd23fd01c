// EXPECT_THROW_MSG: the exception class and a part of its message (fmt's test idiom).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <gtest/gtest.h>

#define EXPECT_THROW_MSG(statement, exception, substring)                         \
  do {                                                                            \
    bool sqlcore_caught_ = false;                                                 \
    try {                                                                         \
      statement;                                                                  \
    } catch (const exception& e) {                                                \
      sqlcore_caught_ = true;                                                     \
      EXPECT_NE(std::string(e.what()).find(substring), std::string::npos)         \
          << "message: " << e.what() << "\nexpected to contain: " << (substring); \
    }                                                                             \
    EXPECT_TRUE(sqlcore_caught_) << #statement " did not throw " #exception;      \
  } while (0)
