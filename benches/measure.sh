#!/usr/bin/env bash
# Sourced by the whole-run benchmarks: `measure PREPARE COMMAND…` runs PREPARE (untimed, through
# eval; ":" for nothing) and then COMMAND, RUNS times, and prints the best wall seconds and the
# peak RSS in MB of that best run.
measure() {
  local prepare="$1"
  shift
  local best_wall="" best_rss="" timing
  timing="$(mktemp)"
  for _ in $(seq "$runs"); do
    eval "$prepare"
    /usr/bin/time -o "$timing" -f '%e %M' "$@" >/dev/null 2>&1
    local report
    report=$(tail -n 1 "$timing")
    local wall="${report% *}" rss="${report#* }"
    if [ -z "$best_wall" ] || awk "BEGIN{exit !($wall < $best_wall)}"; then
      best_wall="$wall"
      best_rss="$rss"
    fi
  done
  rm -f "$timing"
  echo "$best_wall $((best_rss / 1024))"
}
