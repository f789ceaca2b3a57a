#!/usr/bin/env bash
# Whole-run benchmark: `rebrand analyze` against the raw-parse baseline (the same files only parsed
# by swc, lightningcss and tree-sitter, nothing extracted), on one generated corpus, in one run.
# Reports wall time of each (best of RUNS), their ratio, and peak RSS.
#
#   bash benches/whole_run.sh [FILES=10000] [THREADS=2] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."

files="${1:-10000}"
threads="${2:-2}"
runs="${3:-3}"
profile="${PROFILE:-release}"
target="${CARGO_TARGET_DIR:-target}"
corpus="${CORPUS_DIR:-$(mktemp -d /tmp/rebrand-corpus.XXXXXX)}"

if [ "$profile" = release ]; then
  cargo build --release --quiet -p rebrand_cli -p rebrand_bench
else
  cargo build --quiet -p rebrand_cli -p rebrand_bench
fi
bin="$target/$profile"

rm -rf "$corpus"
"$bin/gen_corpus" "$corpus" "$files"

# Runs a command RUNS times; prints the best wall seconds and the peak RSS in MB of that run.
measure() {
  local best_wall="" best_rss=""
  for _ in $(seq "$runs"); do
    local report
    report=$( { /usr/bin/time -f '%e %M' "$@" >/dev/null; } 2>&1 | tail -n 1)
    local wall="${report% *}" rss="${report#* }"
    if [ -z "$best_wall" ] || awk "BEGIN{exit !($wall < $best_wall)}"; then
      best_wall="$wall"
      best_rss="$rss"
    fi
  done
  echo "$best_wall $((best_rss / 1024))"
}

read -r raw_wall raw_rss < <(measure "$bin/raw_parse" "$corpus" "$threads")
read -r full_wall full_rss < <(measure "$bin/rebrand" analyze "$corpus" --threads "$threads" --format json --output /dev/null --quiet)

ratio=$(awk "BEGIN{ if ($raw_wall > 0) printf \"%.2f\", $full_wall / $raw_wall; else print \"n/a\" }")
echo "corpus:          $files files ($(du -sh "$corpus" | cut -f1)) at $corpus"
echo "threads:         $threads, best of $runs"
echo "raw parse:       ${raw_wall}s, peak RSS ${raw_rss} MB"
echo "rebrand analyze: ${full_wall}s, peak RSS ${full_rss} MB"
echo "ratio:           ${ratio}x (target <= 3x; peak RSS target <= 500 MB)"

if [ -n "${CHECK_TARGETS:-}" ]; then
  awk "BEGIN{exit !($full_wall <= 3 * $raw_wall)}" || { echo "FAIL: ratio above 3x"; exit 1; }
  [ "$full_rss" -le 500 ] || { echo "FAIL: peak RSS above 500 MB"; exit 1; }
fi
if [ -z "${CORPUS_DIR:-}" ]; then
  rm -rf "$corpus"
fi
