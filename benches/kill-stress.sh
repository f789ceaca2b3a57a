#!/usr/bin/env bash
# SIGKILL stress of `rebrand apply --write`: a generated project of FILES stylesheets, committed
# to git, is migrated again and again; each run is killed with SIGKILL at a random moment of its
# write phase (between the journal's appearance and the end of a full run), and a plain
# `rebrand apply --write` — no `--allow-dirty` — must then exit 0 and leave exactly the tree a
# complete run leaves, with no temporary file behind. Prints the kills that landed in the write
# phase, how many were partial (some files written, some not), and every failure.
#
#   bash benches/kill-stress.sh [KILLS=200] [FILES=400]
set -euo pipefail
cd "$(dirname "$0")/.."

kills="${1:-200}"
files="${2:-400}"
source benches/common.sh
PROFILE="${PROFILE:-debug}" build_binaries
rebrand="$(realpath "$bin/rebrand")"
work="$(mktemp -d /tmp/rebrand-kill-stress.XXXXXX)"
trap 'rm -rf "$work"' EXIT

template="$work/template"
mkdir -p "$template/app/src" "$template/tokens"
cp test-corpus/migration/tokens/* "$template/tokens/"
cp test-corpus/migration/migration.json "$template/"
printf ':root {\n  --color-brand: #2563eb;\n  --radius-md: 6px;\n}\n' > "$template/app/src/tokens.css"
for index in $(seq 0 $((files - 1))); do
  printf '.card%s {\n  color: var(--color-brand);\n  border: 1px solid #2563eb;\n  border-radius: var(--radius-md);\n  padding: %spx;\n}\n' \
    "$index" "$index" > "$template/app/src/card$index.css"
done
git_quiet() { git -c user.name=stress -c user.email=stress@example.com -c init.defaultBranch=main -C "$1" "${@:2}" >/dev/null 2>&1; }
git_quiet "$template" init -q
git_quiet "$template" add -A
git_quiet "$template" commit -qm project

apply() { (cd "$1" && "$rebrand" apply migration.json app --write --threads 2 >/dev/null 2>"$1.stderr"); }
# The project's files, by content, without git's and rebrand's own.
snapshot() { (cd "$1" && find . -path ./.git -prune -o -path ./.rebrand -prune -o -type f -print0 | sort -z | xargs -0 sha256sum); }

reference="$work/reference"
cp -a "$template" "$reference"
started=$EPOCHREALTIME
apply "$reference"
full=$(awk "BEGIN{print ${EPOCHREALTIME/,/.} - ${started/,/.}}")
expected="$(snapshot "$reference")"
original="$(snapshot "$template")"
echo "full run: ${full}s on $files files"

landed=0 partial=0 failures=0 attempts=0
while [ "$landed" -lt "$kills" ] && [ "$attempts" -lt $((kills * 10)) ]; do
  attempts=$((attempts + 1))
  tree="$work/tree"
  rm -rf "$tree"
  cp -a "$template" "$tree"
  started=$EPOCHREALTIME
  (cd "$tree" && exec "$rebrand" apply migration.json app --write --threads 2 >/dev/null 2>&1) &
  pid=$!
  # Wait for the journal (the write phase begins), then a random part of the rest of a full run.
  while [ ! -e "$tree/.rebrand/apply-journal.json" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.001; done
  delay=$(awk -v full="$full" -v seed="$RANDOM" 'BEGIN{srand(seed); printf "%.4f", rand() * full * 0.5}')
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [ -e "$tree/.rebrand/apply-journal.json" ] || continue
  now="$(snapshot "$tree")"
  if [ "$now" = "$expected" ]; then
    # The kill came after the last write: it landed in the write phase all the same.
    :
  elif [ "$now" != "$original" ]; then
    partial=$((partial + 1))
  fi
  landed=$((landed + 1))
  if ! apply "$tree"; then
    failures=$((failures + 1))
    echo "failure: the plain re-run exited non-zero: $(head -c 400 "$tree.stderr")"
    continue
  fi
  if [ "$(snapshot "$tree")" != "$expected" ]; then
    failures=$((failures + 1))
    echo "failure: the re-run left a different tree"
    continue
  fi
  leftovers=$(find "$tree" -path "$tree/.git" -prune -o -name '*.rebrand-*.tmp' -print | wc -l)
  if [ "$leftovers" -ne 0 ]; then
    failures=$((failures + 1))
    echo "failure: $leftovers temporary files left behind"
  fi
done
echo "kills in the write phase: $landed (partial trees: $partial), attempts: $attempts, failures: $failures"
[ "$failures" -eq 0 ] && [ "$landed" -ge "$kills" ]
