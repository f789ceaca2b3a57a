#!/usr/bin/env bash
# Pattern quality on the labelled app: B-cubed precision/recall/F1 and drifted members found.
# Targets: F1 >= 0.95, >= 90% of drifted members reported as outliers of their pattern.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet -p rebrand_cli -p rebrand_bench
bin="${CARGO_TARGET_DIR:-target}/release"
"$bin/rebrand" patterns test-corpus/labelled-app --format json | "$bin/eval_patterns" test-corpus/labelled-app
