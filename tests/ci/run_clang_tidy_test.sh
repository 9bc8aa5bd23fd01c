#!/usr/bin/env bash
# Tests of scripts/run-clang-tidy.sh in a small git repository made for the purpose (the script,
# the root .clang-tidy, one .cpp file and its compile command); used by CTest (ci.tidy_*).
# Usage: run_clang_tidy_test.sh nothing_changed|clean_change|finding SOURCE_DIR WORK_DIR
set -euo pipefail
case=$1 src=$2 work=$3
rm -rf "$work"
mkdir -p "$work/scripts" "$work/build"
cd "$work"
cp "$src/scripts/run-clang-tidy.sh" scripts/
cp "$src/.clang-tidy" .
printf 'int answer() { return 42; }\n' > a.cpp
printf '[{"directory": "%s", "command": "c++ -std=c++20 -c a.cpp", "file": "%s/a.cpp"}]\n' \
  "$work" "$work" > build/compile_commands.json
git init -q . && git add -A && git -c user.name=t -c user.email=t@t.invalid commit -qm one
commit() { git add -A && git -c user.name=t -c user.email=t@t.invalid commit -qm "$1"; }
expect() {  # expect STATUS TEXT: the script's exit status and a line of its output
  set +e
  out=$(scripts/run-clang-tidy.sh build 2>&1)
  status=$?
  set -e
  echo "$out"
  [ "$status" -eq "$1" ] || { echo "FAIL: exit $status, expected $1"; exit 1; }
  grep -qF -- "$2" <<<"$out" || { echo "FAIL: no line with '$2'"; exit 1; }
}
case $case in
  nothing_changed)
    echo notes > README && commit "no C++"
    expect 0 "tidy: no compiled .cpp file changed since the previous commit: nothing to check" ;;
  clean_change)
    printf 'int answer() { return 43; }\n' > a.cpp && commit "clean"
    expect 0 "tidy: no findings" ;;
  finding)
    printf 'int answer() { return 42; }\nint BadName = 1;\n' > a.cpp && commit "finding"
    expect 1 "a.cpp:2:5: error: invalid case style for variable 'BadName'" ;;
  *) echo "unknown case $case" >&2; exit 2 ;;
esac
echo "run-clang-tidy $case: as expected"
