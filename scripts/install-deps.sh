#!/usr/bin/env bash
# Installs the Debian 12 packages sqlcore builds, tests and benchmarks with; idempotent.
# Usage: scripts/install-deps.sh [--bench | --fuzz]   (as root; does nothing when everything is
# present)
#   --bench  also the C++ peers `make bench` measures sqlcore against (SQLiteCpp, SOCI with its
#            SQLite backend); make build/test/demo do not need them.
#   --fuzz   also clang and libFuzzer's runtime (libclang-rt-14-dev), for make fuzz only.
set -euo pipefail

packages=(
  g++ cmake ninja-build make pkg-config      # toolchain
  clang-format clang-tidy                    # make format-check, make tidy (.ci/run)
  python3                                    # scripts/check-layers.py and other checks
  libsqlite3-dev sqlite3                     # the database and its shell
  libfmt-dev                                 # SQL text formatting
  libboost1.81-dev                           # Boost.PFR (row <-> struct)
  libre2-dev                                 # user-supplied date/time regexps
  libcli11-dev                               # the command-line tool's arguments
  nlohmann-json3-dev                         # the command-line tool's JSON (inspect --json)
  libgtest-dev libbenchmark-dev              # tests and benchmarks
  python3-sqlalchemy                         # golden SQL from the reference implementation
  libsqlcipher-dev sqlcipher                 # the SQLCipher build
  libdqlite-dev                              # the dqlite driver and its cluster tests
)
if [ "${1:-}" = --fuzz ]; then
  packages+=(clang libclang-rt-14-dev)       # make fuzz: clang 14, libclang_rt.fuzzer
elif [ "${1:-}" = --bench ]; then
  packages+=(
    libsqlitecpp-dev                         # SQLiteCpp, a peer in make bench
    libsoci-dev libsoci-sqlite3-4.0          # SOCI and its sqlite3 backend, a peer in make bench
  )
elif [ $# -gt 0 ]; then
  echo "install-deps: unknown argument '$1' (usage: install-deps.sh [--bench | --fuzz])" >&2
  exit 2
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing Debian packages: ${missing[*]}" >&2
  echo "install-deps: run as root (or: sudo apt-get install -y ${missing[*]})" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
