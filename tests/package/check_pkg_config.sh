#!/usr/bin/env bash
# Installs sqlcore to a temporary prefix and builds tests/package/consumer.cpp with g++ and
# pkg-config alone (no CMake), then runs it; used by CTest (package.pkg_config).
# Usage: check_pkg_config.sh BUILD_DIR WORK_DIR SOURCE_DIR MODULE "CXX_FLAGS"
set -euo pipefail
build=$1 work=$2 src=$3 module=$4 flags=${5:-}
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
pc=$(find "$work/prefix" -path "*/pkgconfig/$module.pc")
[ -n "$pc" ] || { echo "no $module.pc installed under $work/prefix" >&2; exit 1; }
export PKG_CONFIG_PATH=${pc%/*}
echo "pkg-config --cflags --libs $module: $(pkg-config --cflags --libs "$module")"
# shellcheck disable=SC2046,SC2086  # pkg-config's output and the flags are word lists
g++ -std=c++20 $flags "$src/tests/package/consumer.cpp" -o "$work/consumer" \
  $(pkg-config --cflags --libs "$module")
# A shared libsqlcore is found through the prefix's libdir (pkg-config names it).
LD_LIBRARY_PATH=$(pkg-config --variable=libdir "$module") "$work/consumer"
