#!/usr/bin/env bash
# Runs fuzz targets one after another, each for FUZZ_SECONDS, from corpora kept under
# .build/fuzz/corpus/TARGET (seeded from Fuzz/seed-corpus.sh). An input that crashes a target,
# breaks a check or takes too long is written under .build/fuzz/crashes/TARGET/, and the run
# fails naming it. Build the targets first: `make fuzz` does both.
# Usage: Fuzz/run.sh TARGET...   (environment: FUZZ_SECONDS, default 180; FUZZ_TIMEOUT, 10;
# FUZZ_WORK, default .build/fuzz)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/.build/fuzz/build/release
# Corpora, crashes and logs; FUZZ_WORK puts them elsewhere, such as a fresh folder.
fuzz=${FUZZ_WORK:-$root/.build/fuzz}
seconds=${FUZZ_SECONDS:-180}
failed=()

for target in "$@"; do
  corpus=$fuzz/corpus/$target
  crashes=$fuzz/crashes/$target
  log=$fuzz/logs/$target-$(date -u +%Y%m%dT%H%M%S).log
  mkdir -p "$corpus" "$crashes" "$fuzz/logs"
  "$root/Fuzz/seed-corpus.sh" "$target" "$corpus"
  dict=$root/Fuzz/Dictionaries/$target.dict
  case $target in script-loader | kiosk-config) dict=$root/Fuzz/Dictionaries/yaml.dict ;; esac
  echo "fuzzing $target for ${seconds}s (log: ${log#"$root"/})"
  before=$(ls "$crashes" | wc -l)
  # Swift's own crash reporter would fight the address sanitizer's. Leak checks are off: the
  # Swift runtime's caches, kept until the process exits, would be reported as leaks.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" \
    "$bin/fuzz-$target" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" \
    -rss_limit_mb=2048 -max_len=8192 -detect_leaks=0 -dict="$dict" -artifact_prefix="$crashes/" \
    -print_final_stats=1 "$corpus" > "$log" 2>&1
  status=$?
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|cases; slowest' \
    "$log" | awk '!seen[$0]++' | sed 's/^/  /'
  if [ "$status" != 0 ] || [ "$(ls "$crashes" | wc -l)" != "$before" ]; then
    newest=$(ls -t "$crashes" | head -n 1)
    echo "  FAILED: $target (exit $status); input: $crashes/$newest"
    grep -m 3 -E 'Fatal error|ERROR: |SUMMARY' "$log" | sed 's/^/  /'
    failed+=("$target")
  fi
done

if [ ${#failed[@]} != 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
