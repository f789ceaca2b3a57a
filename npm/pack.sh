#!/usr/bin/env bash
# Packs the npm packages with a built binary, then installs them from their tarballs in an empty
# directory and runs them, as a user would: `npx rebrand --version` and an analysis.
#
#   bash npm/pack.sh BINARY OUT_DIR        # BINARY: a built rebrand for linux-x64
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
binary="$(realpath "$1")"
out="$(mkdir -p "$2" && realpath "$2")"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# The packages are staged, so the tree is never written; the platform package gets the binary.
cp -r npm/rebrand npm/cli-linux-x64 "$stage/"
mkdir -p "$stage/cli-linux-x64/bin"
cp "$binary" "$stage/cli-linux-x64/bin/rebrand"
chmod +x "$stage/cli-linux-x64/bin/rebrand"
rm -f "$out"/*.tgz
(cd "$stage/cli-linux-x64" && npm pack --silent --pack-destination "$out" >/dev/null)
(cd "$stage/rebrand" && npm pack --silent --pack-destination "$out" >/dev/null)
ls "$out"

# Installed from the tarballs alone in a clean directory.
user="$stage/user"
mkdir -p "$user"
(cd "$user" && echo '{ "private": true }' > package.json \
  && npm install --no-audit --no-fund --silent "$out"/rebrand-cli-linux-x64-*.tgz "$out"/rebrand-cli-[0-9]*.tgz)
(cd "$user" && npx --no-install rebrand --version)
(cd "$user" && npx --no-install rebrand analyze "$repo/test-corpus/five-ways" --quiet --exit-zero)
echo "npm: the packed tarballs install and run"
