#!/usr/bin/env bash
# Clustering benchmark: 10^6 synthetic elements (200 latent patterns, drift and noise), wall time
# and peak RSS. Target: <= 10 s and <= 2 GB.
#
#   bash benches/cluster.sh [ELEMENTS=1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${PROFILE:-release}"
if [ "$profile" = release ]; then
  cargo build --release --quiet -p rebrand_bench
else
  cargo build --quiet -p rebrand_bench
fi
/usr/bin/time -f 'peak RSS %M KB, wall %e s' "${CARGO_TARGET_DIR:-target}/$profile/cluster_bench" "${1:-1000000}"
