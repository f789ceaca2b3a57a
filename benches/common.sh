#!/usr/bin/env bash
# Sourced by the whole-run benchmarks, after they set `files`, `threads` and `runs` from their
# arguments. `build_binaries` builds rebrand and the bench tools for PROFILE (release unless set)
# and sets `bin`; `measure PREPARE COMMAND…` runs PREPARE (untimed, through eval; ":" for nothing)
# and then COMMAND, RUNS times, and prints the best wall seconds and the peak RSS in MB of that
# best run. `faster A B` prints whichever of two such "wall rss" results has the lower wall time
# (B when A is empty).

build_binaries() {
  local profile="${PROFILE:-release}"
  if [ "$profile" = release ]; then
    cargo build --release --quiet -p rebrand_cli -p rebrand_bench
  else
    cargo build --quiet -p rebrand_cli -p rebrand_bench
  fi
  bin="${CARGO_TARGET_DIR:-target}/$profile"
}

measure() {
  local prepare="$1"
  shift
  local best="" timing report
  timing="$(mktemp)"
  for _ in $(seq "$runs"); do
    eval "$prepare"
    /usr/bin/time -o "$timing" -f '%e %M' "$@" >/dev/null 2>&1
    report=$(tail -n 1 "$timing")
    best=$(faster "$best" "${report% *} $((${report#* } / 1024))")
  done
  rm -f "$timing"
  echo "$best"
}

faster() {
  if [ -z "$1" ] || awk "BEGIN{exit !(${2% *} < ${1% *})}"; then
    echo "$2"
  else
    echo "$1"
  fi
}
