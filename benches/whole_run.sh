#!/usr/bin/env bash
# Whole-run benchmark: `rebrand analyze` against the raw-parse baseline (the same files only parsed
# by swc, lightningcss and tree-sitter, nothing extracted), on one generated corpus, in one run.
# Reports wall time of each (best of RUNS), the ratios, and peak RSS, for the default report and for
# `--format json` (which serialises every fact).
#
#   bash benches/whole_run.sh [FILES=10000] [THREADS=2] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."

files="${1:-10000}"
threads="${2:-2}"
runs="${3:-3}"
# The corpus lives in memory (/dev/shm) where there is one: the comparison is of work done, and
# a VM that empties its page cache within seconds (this one does) would otherwise read some runs
# from disk and not others.
memory_dir=/tmp
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  memory_dir=/dev/shm
fi
corpus="${CORPUS_DIR:-$(mktemp -d "$memory_dir/rebrand-corpus.XXXXXX")}"
if [ -z "${CORPUS_DIR:-}" ]; then
  # A generated corpus in memory must not outlive a failed run.
  trap 'rm -rf "$corpus"' EXIT
fi

source benches/common.sh
build_binaries

rm -rf "$corpus"
"$bin/gen_corpus" "$corpus" "$files"

# The three commands take turns, one run each per round, so that a machine whose speed drifts
# during the benchmark (a shared VM's does) slows all three alike instead of one.
raw="" full="" json=""
raw_walls="" full_walls=""
for _ in $(seq "$runs"); do
  round_raw="$(runs=1 measure ":" "$bin/raw_parse" "$corpus" "$threads")"
  round_full="$(runs=1 measure ":" "$bin/rebrand" analyze "$corpus" --threads "$threads" --quiet)"
  raw=$(faster "$raw" "$round_raw")
  full=$(faster "$full" "$round_full")
  json=$(faster "$json" "$(runs=1 measure ":" "$bin/rebrand" analyze "$corpus" --threads "$threads" --format json --quiet)")
  raw_walls="$raw_walls ${round_raw% *}"
  full_walls="$full_walls ${round_full% *}"
done
read -r raw_wall raw_rss <<<"$raw"
read -r full_wall full_rss <<<"$full"
read -r json_wall json_rss <<<"$json"
# The median of each round's own ratio: the best-of ratio follows the machine's luckiest minute.
median_ratio=$(paste <(tr ' ' '\n' <<<"${full_walls# }") <(tr ' ' '\n' <<<"${raw_walls# }") |
  awk '$2 > 0 { print $1 / $2 }' | sort -g |
  awk '{ r[NR] = $1 } END { if (NR) printf "%.2f", (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2; else print "n/a" }')

ratio() { awk "BEGIN{ if ($2 > 0) printf \"%.2f\", $1 / $2; else print \"n/a\" }"; }
echo "corpus:          $files files ($(du -sh "$corpus" | cut -f1)) at $corpus"
echo "threads:         $threads, best of $runs"
echo "raw parse:       ${raw_wall}s, peak RSS ${raw_rss} MB"
echo "rebrand analyze: ${full_wall}s, peak RSS ${full_rss} MB, $(ratio "$full_wall" "$raw_wall")x the baseline (report)"
echo "  --format json: ${json_wall}s, peak RSS ${json_rss} MB, $(ratio "$json_wall" "$raw_wall")x the baseline (every fact)"
echo "median of the rounds' own ratios (report): ${median_ratio}x"
echo "targets:         rebrand analyze <= 3x the baseline; peak RSS <= 500 MB"

if [ -n "${CHECK_TARGETS:-}" ]; then
  awk "BEGIN{exit !($full_wall <= 3 * $raw_wall)}" || { echo "FAIL: ratio above 3x"; exit 1; }
  for rss in "$full_rss" "$json_rss"; do
    [ "$rss" -le 500 ] || { echo "FAIL: peak RSS above 500 MB"; exit 1; }
  done
fi
