#!/usr/bin/env bash
# Runs the libFuzzer programs of the fuzz preset (tests/fuzz, docs/reliability.md), each for
# FUZZ_SECONDS (default 300), FUZZ_JOBS at a time (default 2). Each starts from its seed corpus
# tests/fuzz/corpus/<name>/ (read, never written) and the inputs it found before in
# build/fuzz/corpus/<name>/ (where new ones go), with tests/fuzz/<name>.dict as dictionary
# when there is one. A crash, a sanitizer report, a leak, an out-of-memory or a timeout (an
# input running FUZZ_TIMEOUT seconds, default 30) is a finding: its input goes to
# build/fuzz/artifacts/<name>-crash-<sha1> (or -leak-, -timeout-, -oom-) and the script fails;
# artifacts of an earlier run count too (remove build/fuzz/artifacts once they are fixed).
# Prints one line per fuzzer: runs, seconds, corpus, coverage and features, the result.
# Usage: scripts/run-fuzzers.sh [fuzzer...]    (all of build/fuzz/tests/fuzz/fuzz_* by default)
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD  # absolute paths: a fuzzer may chdir (fuzz_url works in a scratch directory)
BIN=$ROOT/build/fuzz/tests/fuzz
OUT=$ROOT/build/fuzz
SECONDS_EACH=${FUZZ_SECONDS:-300}
JOBS=${FUZZ_JOBS:-2}
TIMEOUT=${FUZZ_TIMEOUT:-30}

if [ $# -gt 0 ]; then
  fuzzers=("$@")
else
  mapfile -t fuzzers < <(find "$BIN" -maxdepth 1 -type f -name 'fuzz_*' -perm -u+x -printf '%f\n' |
                         sort)
fi
if [ ${#fuzzers[@]} -eq 0 ]; then
  echo "run-fuzzers: no fuzzers in $BIN (cmake --preset fuzz && cmake --build build/fuzz)" >&2
  exit 1
fi
mkdir -p "$OUT/artifacts" "$OUT/logs"

run_one() {
  local name=$1
  local seeds=$ROOT/tests/fuzz/corpus/$name work=$OUT/corpus/$name
  local args=(-max_total_time="$SECONDS_EACH" -timeout="$TIMEOUT" -rss_limit_mb=2048
              -print_final_stats=1 -artifact_prefix="$OUT/artifacts/$name-")
  [ -f "$ROOT/tests/fuzz/$name.dict" ] && args+=(-dict="$ROOT/tests/fuzz/$name.dict")
  mkdir -p "$work"
  local dirs=("$work")
  [ -d "$seeds" ] && dirs+=("$seeds")
  "$BIN/$name" "${args[@]}" "${dirs[@]}" >"$OUT/logs/$name.log" 2>&1
  echo $? >"$OUT/logs/$name.rc"
}

echo "run-fuzzers: ${#fuzzers[@]} fuzzers, ${SECONDS_EACH} s each, $JOBS at a time"
rm -f "$OUT"/logs/*.rc
running=0
for f in "${fuzzers[@]}"; do
  if [ ! -x "$BIN/$f" ]; then
    echo "run-fuzzers: no fuzzer $BIN/$f" >&2
    exit 1
  fi
  run_one "$f" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

failed=0
printf '%-20s %12s %8s %10s %8s %8s  %s\n' fuzzer runs seconds corpus cov ft result
for f in "${fuzzers[@]}"; do
  log=$OUT/logs/$f.log
  rc=$(cat "$OUT/logs/$f.rc" 2>/dev/null || echo 1)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$last")
  # slow-unit-* (an input over 10 s, under the timeout) is kept for a look, not a finding.
  found=$(ls "$OUT/artifacts/$f-"* 2>/dev/null | grep -v -- '-slow-unit-' | head -1)
  if [ "$rc" -ne 0 ] || [ -n "$found" ]; then
    result="FINDING ($OUT/logs/$f.log${found:+, $found})"
    failed=1
  else
    result=ok
  fi
  printf '%-20s %12s %8s %10s %8s %8s  %s\n' "$f" "${runs:-?}" "${secs:-?}" "${corp:-?}" \
         "${cov:-?}" "${ft:-?}" "$result"
done
exit $failed
