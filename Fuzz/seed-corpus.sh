#!/usr/bin/env bash
# Fills a fuzz target's corpus folder with its seeds: the files in Fuzz/Seeds/TARGET and
# Fuzz/Regressions/TARGET, and the repository's own examples of what the target reads. The
# Swift test suite replays the same seeds (Tests/FuzzChecksTests/FuzzCorpusTests.swift).
# Usage: Fuzz/seed-corpus.sh TARGET FOLDER
set -euo pipefail
target=$1
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"

copy() { # copy FILE...: each file into the corpus under a name that cannot collide
  for file in "$@"; do
    [ -f "$file" ] || continue
    cp "$file" "$out/seed-$(echo "${file#"$root"/}" | tr '/' '_')"
  done
}

# The lines typed in a transcript ("> " at the start of a line), with a first line choosing the
# script when it is not the default one.
typed() {
  local script
  script=$(sed -n 's/^script: //p' "$1" | head -n 1)
  if [ -n "$script" ] && [ "$script" != care-planning ]; then echo "#script $script"; fi
  sed -n 's/^> \{0,1\}//p' "$1" | grep -v '^$' || true
}

shopt -s nullglob
copy "$root/Fuzz/Seeds/$target"/* "$root/Fuzz/Regressions/$target"/*
case $target in
  script-loader)
    copy "$root"/Prompts/*.yaml "$root"/Tests/Fixtures/broken/*.yaml \
      "$root"/Tests/Fixtures/scripts/*.yaml ;;
  kiosk-config)
    copy "$root"/deploy/*.yaml ;;
  engine)
    for file in "$root"/Tests/Transcripts/*.transcript; do
      typed "$file" > "$out/transcript-$(basename "$file" .transcript)"
    done ;;
  match)
    for file in "$root"/Tests/Transcripts/*.transcript; do
      typed "$file" | grep -v '^#script ' > "$out/transcript-$(basename "$file" .transcript)" || true
    done ;;
  answers)
    n=0
    cat "$root"/Tests/Transcripts/*.transcript | sed -n 's/^> //p' | sort -u |
      while IFS= read -r line; do
        n=$((n + 1))
        printf '%s' "$line" > "$out/line-$n"
      done ;;
  *)
    echo "no fuzz target '$target'" >&2
    exit 2 ;;
esac
