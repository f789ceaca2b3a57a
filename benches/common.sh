#!/usr/bin/env bash
# Sourced by the whole-run benchmarks, after they set `files`, `threads` and `runs` from their
# arguments. `build_binaries` builds rebrand and the bench tools for PROFILE (release unless set)
# and sets `bin`; `measure PREPARE COMMAND…` runs PREPARE (untimed, through eval; ":" for nothing)
# and then COMMAND, RUNS times, and prints the best wall seconds (to the millisecond) and the peak
# RSS in MB of that best run. `faster A B` prints whichever of two such "wall rss" results has the
# lower wall time (B when A is empty).

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
  local started ended wall
  for _ in $(seq "$runs"); do
    eval "$prepare"
    # Wall time from bash's microsecond clock: `time`'s own is in hundredths, a step of 3 % of
    # a 0.15 s baseline. `time` still gives the peak RSS.
    started=$EPOCHREALTIME
    /usr/bin/time -o "$timing" -f '%M' "$@" >/dev/null 2>&1
    ended=$EPOCHREALTIME
    wall=$(awk "BEGIN{printf \"%.3f\", ${ended/,/.} - ${started/,/.}}")
    report=$(tail -n 1 "$timing")
    best=$(faster "$best" "$wall $((report / 1024))")
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
