#!/usr/bin/env bash
# Runs the browser oracle: for each fixture app, reuses the committed recording while its key holds, re-records in Chromium otherwise, then judges rebrand against it.
#
# Usage: bash tools/oracle/run.sh [APP_DIR...]   (default: every test-corpus/*/ with an oracle.json)
# Environment: CHECK=1 fails below the targets overall or in any syntax (compare.mjs --check),
# CHECK=overall below the overall targets only; REBRAND=path of the rebrand binary
# (default target/debug/rebrand); RECORD=1 re-records even when the key holds.
#
# The key's Chromium version is Debian's: `dpkg-query -W chromium` when the package is installed, else the
# candidate `apt-cache policy chromium` names after `apt-get update`. Neither starts a browser, so an
# unchanged app costs no Chromium at all.
set -euo pipefail
cd "$(dirname "$0")/../.."
oracle=tools/oracle

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" = 0 ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
}

chromium_installed() {
  dpkg-query -W -f='${Status}' chromium 2>/dev/null | grep -q "install ok installed"
}

if [ $# -gt 0 ]; then
  apps=("$@")
else
  apps=()
  for config in test-corpus/*/oracle.json; do
    [ -e "$config" ] && apps+=("$(dirname "$config")")
  done
fi
if [ ${#apps[@]} -eq 0 ]; then
  echo "oracle: no fixture app has an oracle.json" >&2
  exit 2
fi

echo "oracle: judge tests"
node --test "$oracle/test/"

# Without the package, the key needs apt's candidate version, which needs fresh package lists.
if ! chromium_installed; then
  apt_update_once
fi

rebrand="${REBRAND:-target/debug/rebrand}"
status=0
for app in "${apps[@]}"; do
  name="$(basename "$app")"
  recording="$oracle/recordings/$name.json"
  current="$(node "$oracle/lib/key.mjs" "$app")"
  recorded=""
  if [ -f "$recording" ]; then
    recorded="$(node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).key ?? "")' "$recording")"
  fi
  if [ "${RECORD:-0}" != 1 ] && [ "$current" = "$recorded" ]; then
    echo "oracle: $name: the committed recording's key holds ($current)"
  else
    if [ "$current" = "$recorded" ]; then
      echo "oracle: $name: RECORD=1: recording in Chromium"
    else
      echo "oracle: $name: recording key ${recorded:-none} is stale (now $current): recording in Chromium"
    fi
    if ! chromium_installed; then
      apt_update_once
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
    node "$oracle/record.mjs" "$app"
    if [ -n "${CI:-}" ]; then
      echo "oracle: $name: the recording changed; commit $recording so that CI reuses it"
    fi
  fi
  if [ ! -x "$rebrand" ]; then
    if [ "${CHECK:-0}" != 0 ]; then
      echo "oracle: no rebrand binary at $rebrand" >&2
      exit 2
    fi
    echo "oracle: no rebrand binary at $rebrand: nothing to compare"
    continue
  fi
  args=(--rebrand "$rebrand" --show 5 --classes 15)
  if [ "${CHECK:-0}" = 1 ]; then
    args+=(--check)
  elif [ "${CHECK:-0}" = overall ]; then
    args+=(--check-overall)
  fi
  node "$oracle/compare.mjs" "$app" "${args[@]}" || status=$?
done
exit "$status"
