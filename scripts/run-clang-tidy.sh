#!/usr/bin/env bash
# clang-tidy (.clang-tidy; tests/.clang-tidy for tests) on the .cpp files a change touches: those
# changed since the merge base with the upstream branch, or, when HEAD is the upstream (a fresh
# clone), in the previous commit. Any finding fails. Used by `make tidy` and .ci/run.
# Usage: scripts/run-clang-tidy.sh BUILD_DIR [BASE]   (BASE, or $SQLCORE_TIDY_BASE: a commit)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/run-clang-tidy.sh BUILD_DIR [BASE]}
tidy=${CLANG_TIDY:-clang-tidy}
db=$build/compile_commands.json
[ -f "$db" ] || { echo "tidy: no $db (configure that preset first)" >&2; exit 2; }

base=${2:-${SQLCORE_TIDY_BASE:-}}
what="$base"
if [ -z "$base" ]; then
  upstream=$(git rev-parse -q --verify '@{upstream}' 2>/dev/null || true)
  if [ -n "$upstream" ] && [ "$(git merge-base HEAD "$upstream")" != "$(git rev-parse HEAD)" ]; then
    base=$(git merge-base HEAD "$upstream")
    what="the merge base with $(git rev-parse --abbrev-ref '@{upstream}')"
  elif git rev-parse -q --verify HEAD~1 >/dev/null; then
    base=HEAD~1
    what="the previous commit"
  else
    echo "tidy: one commit and no upstream, nothing to compare with: nothing to check"
    exit 0
  fi
fi

# Changed (not deleted) .cpp files, committed or not, that the build compiles; the others
# (tests/compile_fail cases, which must not compile, the package consumer) have no command.
files=()
while IFS= read -r f; do
  if grep -qF "\"file\": \"$PWD/$f\"" "$db"; then
    files+=("$f")
  else
    echo "tidy: $f is not in $db, skipped"
  fi
done < <(git diff --name-only --diff-filter=d "$base" -- '*.cpp')
if [ ${#files[@]} -eq 0 ]; then
  echo "tidy: no compiled .cpp file changed since $what: nothing to check"
  exit 0
fi
echo "tidy: ${#files[@]} .cpp file(s) changed since $what: ${files[*]}"
# The test programs force-include a precompiled header (tests/CMakeLists.txt): GCC's .gch, which
# clang cannot read. clang-tidy gets the commands without it (each test file includes what it
# uses itself), from a copy of compile_commands.json.
tidy_db=$(mktemp -d)
trap 'rm -rf "$tidy_db"' EXIT
sed -E 's# -include [^ ]*/cmake_pch\.hxx##g; s# -Winvalid-pch##g' "$db" >"$tidy_db/compile_commands.json"
# The compile commands are GCC's: clang does not know some of its warning flags. clang-tidy's
# "N warnings generated" counts the diagnostics it did not show (those in headers): dropped.
set +e
printf '%s\0' "${files[@]}" |
  xargs -0 -n 1 -P "$(nproc)" "$tidy" -p "$tidy_db" --quiet --warnings-as-errors='*' \
    --extra-arg=-Wno-unknown-warning-option 2>&1 |
  grep -vE '^[0-9]+ warnings?( and [0-9]+ errors?)? generated\.$'
status=${PIPESTATUS[1]}
set -e
if [ "$status" -ne 0 ]; then
  echo "tidy: findings above (fix them, or tune .clang-tidy with a reason)" >&2
  exit 1
fi
echo "tidy: no findings"
