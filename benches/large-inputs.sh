#!/usr/bin/env bash
# Large single files: a one-line minified stylesheet of MEGABYTES MB (a committed vendor bundle,
# with non-ASCII text in it so UTF-16 columns are counted) and a styled-components template of a
# third of that size, each analysed alone. Prints wall time and peak RSS of the raw-parse baseline
# and of `rebrand analyze` (report and `--format json`), their ratio, and the JSON's size.
#
#   bash benches/large-inputs.sh [MEGABYTES=15] [RUNS=1]
set -euo pipefail
cd "$(dirname "$0")/.."

megabytes="${1:-15}"
runs="${2:-1}"
threads=2
source benches/common.sh
build_binaries
work="$(mktemp -d /tmp/rebrand-large.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bundle" "$work/template"

python3 - "$work" "$megabytes" <<'PY'
import sys
work, megabytes = sys.argv[1], float(sys.argv[2])
target = int(megabytes * 1024 * 1024)
rules, size, index = [], 0, 0
while size < target:
    rule = (
        f".btn-{index}{{display:inline-block;padding:.375rem .75rem;font-size:1rem;"
        f"color:#{index % 4096:03x};background-color:rgba(13,110,253,.{index % 10});"
        f"border:1px solid transparent;border-radius:.25rem}}"
        f".btn-{index}:hover{{color:#fff;content:\"→ café {index}\"}}"
        f"@media (min-width:768px){{.col-{index}{{flex:0 0 auto;width:{index % 100}%}}}}"
    )
    rules.append(rule)
    size += len(rule.encode())
    index += 1
open(f"{work}/bundle/vendor.css", "w").write("".join(rules))
lines, size, index = [], 0, 0
while size < target // 3:
    line = (
        f"  &.v{index} {{ color: #{index % 4096:03x}; padding: {index % 40}px {index % 13}px; "
        f"border: 1px solid rgba(0,0,0,.{index % 10}); &:hover {{ background: #{index * 7 % 4096:03x}; }} }}\n"
    )
    lines.append(line)
    size += len(line)
    index += 1
open(f"{work}/template/Big.tsx", "w").write(
    "import styled from 'styled-components';\nexport const Big = styled.div`\n" + "".join(lines) + "`;\n"
)
PY

for input in bundle template; do
  bytes=$(du -b "$work/$input" | cut -f1)
  read -r raw_wall raw_rss < <(measure ":" "$bin/raw_parse" "$work/$input" "$threads")
  read -r wall rss < <(measure ":" "$bin/rebrand" analyze "$work/$input" --threads "$threads" --quiet)
  read -r json_wall json_rss < <(measure ":" "$bin/rebrand" analyze "$work/$input" --threads "$threads" --quiet --format json)
  json_bytes=$("$bin/rebrand" analyze "$work/$input" --threads "$threads" --quiet --format json | wc -c)
  echo "$input: $((bytes / 1024)) KB"
  echo "  raw parse:        ${raw_wall}s, peak RSS ${raw_rss} MB"
  echo "  rebrand analyze:  ${wall}s, peak RSS ${rss} MB ($(awk "BEGIN{printf \"%.1f\", $wall / $raw_wall}")x the raw parse)"
  echo "  --format json:    ${json_wall}s, peak RSS ${json_rss} MB, $((json_bytes / 1024)) KB ($(awk "BEGIN{printf \"%.1f\", $json_bytes / $bytes}")x the source)"
done
