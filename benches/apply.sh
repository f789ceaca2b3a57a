#!/usr/bin/env bash
# `rebrand apply` benchmark: the migration of `test-corpus/migration` (whose old values the
# generated corpus uses throughout) over one generated corpus. Reports, best of RUNS, the wall
# time and peak RSS of `rebrand analyze` (for scale), of the dry run with the JSON plan, and of
# `--write` on a fresh copy each run; then checks that a second apply plans nothing.
#
#   bash benches/apply.sh [FILES=10000] [THREADS=2] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/.."

files="${1:-10000}"
threads="${2:-2}"
runs="${3:-3}"
work="$(mktemp -d /tmp/rebrand-apply.XXXXXX)"
trap 'rm -rf "$work"' EXIT

source benches/common.sh
build_binaries

"$bin/gen_corpus" "$work/pristine" "$files"
cp -r test-corpus/migration/tokens "$work/tokens"
cp test-corpus/migration/migration.json "$work/migration.json"

fresh="rm -rf '$work/corpus' && cp -r '$work/pristine' '$work/corpus'"
eval "$fresh"
read -r analyze_wall analyze_rss < <(measure ":" "$bin/rebrand" analyze "$work/corpus" --threads "$threads" --quiet --format json)
read -r plan_wall plan_rss < <(measure ":" "$bin/rebrand" apply "$work/migration.json" "$work/corpus" --threads "$threads" --format json)
read -r write_wall write_rss < <(measure "$fresh" "$bin/rebrand" apply "$work/migration.json" "$work/corpus" --threads "$threads" --write --allow-dirty)

eval "$fresh"
places=$("$bin/rebrand" apply "$work/migration.json" "$work/corpus" --threads "$threads" --format json |
  grep -c '"before"' || true)
"$bin/rebrand" apply "$work/migration.json" "$work/corpus" --threads "$threads" --write --allow-dirty 2>/dev/null
again=$("$bin/rebrand" apply "$work/migration.json" "$work/corpus" --threads "$threads" --format json |
  grep -c '"before"' || true)

echo "corpus:            $files files, threads $threads, best of $runs"
echo "analyze (JSON):    ${analyze_wall}s, peak RSS ${analyze_rss} MB"
echo "apply (dry, JSON): ${plan_wall}s, peak RSS ${plan_rss} MB, $places places planned"
echo "apply --write:     ${write_wall}s, peak RSS ${write_rss} MB"
echo "second apply:      $again places"
if [ "$again" != 0 ]; then
  echo "FAIL: a second apply plans edits"
  exit 1
fi
