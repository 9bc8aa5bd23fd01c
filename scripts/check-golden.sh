#!/usr/bin/env bash
# Regenerates the golden files from real SQLAlchemy 1.4 and fails on any difference from the
# committed ones (so "same as SQLAlchemy" stays a tested claim). Run by CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
status=0
for pair in "golden_types.py:types_stored.txt" "golden_ddl.py:ddl.txt" "golden_reflection.py:reflection.txt" "golden_sql.py:sql.txt"; do
  script=${pair%%:*} file=${pair##*:}
  fresh=$(mktemp)
  /usr/bin/python3 -W ignore "$root/scripts/$script" > "$fresh"
  if ! diff -u "$root/tests/golden/$file" "$fresh"; then
    echo "check-golden: tests/golden/$file differs from what scripts/$script makes now" >&2
    status=1
  fi
  rm -f "$fresh"
done
[ $status = 0 ] && echo "check-golden: golden files match SQLAlchemy"
exit $status
