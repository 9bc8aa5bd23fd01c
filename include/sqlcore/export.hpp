// The symbol-visibility macros for sqlcore's declarations.
// SPDX-License-Identifier: MIT
#pragma once

// sqlcore compiles with hidden visibility (CXX_VISIBILITY_PRESET hidden), so a shared
// libsqlcore exports only what is marked SQLCORE_EXPORT: the public classes and functions,
// and the sqlcore::detail functions that public inline and template code calls.
// SQLCORE_NO_EXPORT keeps a member of an exported class inside the library (private member
// templates, constructors for the library's own use).
#if defined(__GNUC__) || defined(__clang__)
#define SQLCORE_EXPORT __attribute__((visibility("default")))
#define SQLCORE_NO_EXPORT __attribute__((visibility("hidden")))
#else
#define SQLCORE_EXPORT
#define SQLCORE_NO_EXPORT
#endif
