#!/usr/bin/env bash
# Syntax conformance: for every stylesheet under each DIR, the parser of its own toolchain accepts
# it (benches/conformance/judge.mjs: Dart Sass for .scss, PostCSS for .css, Less for .less)
# if and only if rebrand parses it with no error node (target/$PROFILE/parse_check).
#
#   bash benches/conformance.sh DIR…        # counts per DIR, then every disagreement
#   CHECK=1 bash benches/conformance.sh DIR… # exit 1 on any disagreement
#   VERBOSE=1 …                              # also list the files rebrand does not parse
#
# Minified files and node_modules are skipped, as rebrand's discovery skips them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
profile="${PROFILE:-release}"
checker="${CARGO_TARGET_DIR:-$root/target}/$profile/parse_check"
# Always asked for: cargo does nothing when the checker is up to date, and a stale one would
# judge another grammar than the one in the tree.
flag=(); [ "$profile" = release ] && flag=(--release)
cargo build "${flag[@]}" -q --manifest-path "$root/Cargo.toml" -p rebrand_bench --bin parse_check
if [ ! -d "$here/conformance/node_modules" ]; then
  npm ci --no-audit --no-fund --prefix "$here/conformance" >/dev/null
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
disagreements=0
printf '%-48s %7s %9s %7s %7s %9s\n' directory files accepted clean unread disagree
for dir in "$@"; do
  find "$dir" -type d -name node_modules -prune -o -type f \( -name '*.css' -o -name '*.scss' -o -name '*.less' \) \
    ! -name '*.min.*' -print | LC_ALL=C sort > "$out/files"
  node "$here/conformance/judge.mjs" < "$out/files" | LC_ALL=C sort -t $'\t' -k1,1 > "$out/judge"
  "$checker" < "$out/files" | LC_ALL=C sort -t $'\t' -k1,1 > "$out/rebrand"
  LC_ALL=C join -t $'\t' "$out/judge" "$out/rebrand" > "$out/joined"
  files=$(wc -l < "$out/files")
  accepted=$(awk -F'\t' '$2==1' "$out/joined" | wc -l)
  clean=$(awk -F'\t' '$4==1' "$out/joined" | wc -l)
  unread=$(awk -F'\t' '$4=="-"' "$out/joined" | wc -l)
  awk -F'\t' '$4!="-" && $2!=$4' "$out/joined" > "$out/all-disagree"
  # Known disagreements (known-disagreements.tsv: a path suffix and its reason) are listed apart.
  awk -F'\t' -v known="$here/conformance/known-disagreements.tsv" '
    BEGIN { while ((getline line < known) > 0) if (line !~ /^#/ && line != "") { split(line, f, "\t"); reason[f[1]] = f[2] } }
    { for (suffix in reason) if (substr($1, length($1) - length(suffix) + 1) == suffix) { printf "  known: %s  (%s)\n", $1, reason[suffix] > "/dev/stderr"; next } print }
  ' "$out/all-disagree" > "$out/disagree" 2>> "$out/known"
  awk -F'\t' '$4=="-" { printf "  not parsed by rebrand: %s  (%s)\n", $1, $6 }' "$out/joined" >> "$out/unread"
  count=$(wc -l < "$out/disagree")
  disagreements=$((disagreements + count))
  printf '%-48s %7d %9d %7d %7d %9d\n' "$dir" "$files" "$accepted" "$clean" "$unread" "$count"
  awk -F'\t' '{ if ($2==1) printf "  accepted, rebrand errs: %s  %s\n", $1, $6; else printf "  rejected (%s), rebrand clean: %s\n", $3, $1 }' "$out/disagree" >> "$out/report"
done
[ -s "$out/report" ] && cat "$out/report"
[ -s "$out/known" ] && cat "$out/known"
[ -s "$out/unread" ] && [ "${VERBOSE:-0}" = 1 ] && cat "$out/unread"
if [ "${CHECK:-0}" = 1 ] && [ "$disagreements" -gt 0 ]; then
  exit 1
fi
