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
corpus="${CORPUS_DIR:-$(mktemp -d /tmp/rebrand-corpus.XXXXXX)}"

source benches/common.sh
build_binaries

rm -rf "$corpus"
"$bin/gen_corpus" "$corpus" "$files"

# The three commands take turns, one run each per round, so that a machine whose speed drifts
# during the benchmark (a shared VM's does) slows all three alike instead of one.
raw="" full="" json=""
for _ in $(seq "$runs"); do
  raw=$(faster "$raw" "$(runs=1 measure ":" "$bin/raw_parse" "$corpus" "$threads")")
  full=$(faster "$full" "$(runs=1 measure ":" "$bin/rebrand" analyze "$corpus" --threads "$threads" --quiet)")
  json=$(faster "$json" "$(runs=1 measure ":" "$bin/rebrand" analyze "$corpus" --threads "$threads" --format json --output /dev/null --quiet)")
done
read -r raw_wall raw_rss <<<"$raw"
read -r full_wall full_rss <<<"$full"
read -r json_wall json_rss <<<"$json"

ratio() { awk "BEGIN{ if ($2 > 0) printf \"%.2f\", $1 / $2; else print \"n/a\" }"; }
echo "corpus:          $files files ($(du -sh "$corpus" | cut -f1)) at $corpus"
echo "threads:         $threads, best of $runs"
echo "raw parse:       ${raw_wall}s, peak RSS ${raw_rss} MB"
echo "rebrand analyze: ${full_wall}s, peak RSS ${full_rss} MB, $(ratio "$full_wall" "$raw_wall")x the baseline (report)"
echo "  --format json: ${json_wall}s, peak RSS ${json_rss} MB, $(ratio "$json_wall" "$raw_wall")x the baseline (every fact)"
echo "targets:         rebrand analyze <= 3x the baseline; peak RSS <= 500 MB"

if [ -n "${CHECK_TARGETS:-}" ]; then
  awk "BEGIN{exit !($full_wall <= 3 * $raw_wall)}" || { echo "FAIL: ratio above 3x"; exit 1; }
  for rss in "$full_rss" "$json_rss"; do
    [ "$rss" -le 500 ] || { echo "FAIL: peak RSS above 500 MB"; exit 1; }
  done
fi
if [ -z "${CORPUS_DIR:-}" ]; then
  rm -rf "$corpus"
fi
