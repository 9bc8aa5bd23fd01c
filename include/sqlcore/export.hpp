// The symbol-visibility macro for sqlcore's public declarations.
// SPDX-License-Identifier: MIT
#pragma once

#if defined(__GNUC__) || defined(__clang__)
#define SQLCORE_EXPORT __attribute__((visibility("default")))
#else
#define SQLCORE_EXPORT
#endif
