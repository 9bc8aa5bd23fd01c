#!/usr/bin/env bash
# Builds and runs one consumer project against sqlcore; used by CTest.
# Usage: check_consumer.sh find_package|add_subdirectory SOURCE_DIR BUILD_DIR WORK_DIR "CXX_FLAGS"
set -euo pipefail
kind=$1 src=$2 build=$3 work=$4 flags=${5:-}
rm -rf "$work"
mkdir -p "$work"
# Debug without debug information: the consumer (and, through add_subdirectory, the whole
# library) is built only to be linked and run once, and -g is most of its compile time.
args=(-G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 "-DCMAKE_CXX_FLAGS=$flags"
      "-DCMAKE_EXE_LINKER_FLAGS=$flags")
if [ "$kind" = find_package ]; then
  cmake --install "$build" --prefix "$work/prefix" >/dev/null
  # The installed tool runs from the prefix as it is (a shared libsqlcore through its RPATH).
  if [ -x "$work/prefix/bin/sqlcore" ]; then
    "$work/prefix/bin/sqlcore" --help >/dev/null
    # The CLI tests of query, insert, check, diff, migrate, --version and --help, on the
    # installed tool (tests/tools/cli_run.hpp reads SQLCORE_CLI_UNDER_TEST).
    if [ -x "$build/tests/sqlcore_cli_tests" ]; then
      SQLCORE_CLI_UNDER_TEST="$work/prefix/bin/sqlcore" "$build/tests/sqlcore_cli_tests" \
        --gtest_brief=1 --gtest_filter='CliQuery*:CliInsert*:CliCheck*:CliDiff*:CliMigrate*:CliVersion*' \
        >"$work/installed_cli_tests.log" 2>&1 || { cat "$work/installed_cli_tests.log"; exit 1; }
    fi
  fi
  cmake -S "$src/tests/package/find_package" -B "$work/b" "${args[@]}" \
    -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
else
  cmake -S "$src/tests/package/add_subdirectory" -B "$work/b" "${args[@]}" \
    -DSQLCORE_SOURCE_DIR="$src" >/dev/null
fi
cmake --build "$work/b" >/dev/null
"$work/b/consumer"
