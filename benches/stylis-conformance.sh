#!/usr/bin/env bash
# Template conformance: for every styled-components and emotion template under each DIR, stylis
# (the preprocessor inside both libraries) compiles the template with rebrand's static reading
# of its holes, and every declaration stylis emits must be among rebrand's facts for it
# (benches/conformance/stylis-judge.mjs).
#
#   bash benches/stylis-conformance.sh DIR[:VERSION]…   # VERSION: 4.3 (default), 4.2 or 3
#   CHECK=1 bash benches/stylis-conformance.sh …        # exit 1 below 99.5%, on a template
#                                                       # parse error, or if stylis fails
#   SHOW=N …                                            # list N disagreements per DIR (20)
#
# Pick the VERSION the app's lockfile resolves: 4.3 under styled-components 6, 4.2 under
# emotion 11, 3 under styled-components 5 and emotion 10.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
profile="${PROFILE:-release}"
rebrand="${CARGO_TARGET_DIR:-$root/target}/$profile/rebrand"
flag=(); [ "$profile" = release ] && flag=(--release)
cargo build "${flag[@]}" -q --manifest-path "$root/Cargo.toml" -p rebrand_cli --bin rebrand
if [ ! -d "$here/conformance/node_modules/stylis" ]; then
  npm ci --no-audit --no-fund --prefix "$here/conformance" >/dev/null
fi
facts="$(mktemp)"
trap 'rm -f "$facts"' EXIT
failed=0
for spec in "$@"; do
  dir="${spec%%:*}"
  version="4.3"
  [ "$spec" != "$dir" ] && version="${spec##*:}"
  echo "== $dir"
  # Findings make rebrand exit 1; the facts are what is judged here.
  "$rebrand" analyze "$dir" --format json > "$facts" || [ $? -eq 1 ]
  node "$here/conformance/stylis-judge.mjs" "$dir" "$facts" --stylis "$version" --show "${SHOW:-20}" || failed=1
done
exit "$failed"
