#!/usr/bin/env bash
# CI smoke run of the whole-run benchmark: a small corpus on the debug build, to prove the
# generator, the baseline and the script work. Figures from it mean nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILE=debug bash benches/whole_run.sh 300 2 1
PROFILE=debug bash benches/cluster.sh 20000
PROFILE=debug bash benches/apply.sh 300 2 1
PROFILE=debug bash benches/large-inputs.sh 1 1
PROFILE=debug bash benches/kill-stress.sh 20 60
