#!/usr/bin/env bash
# The size budget: gzip -9 of what a browser downloads (www/pkg/factmark_bg.wasm,
# www/pkg/factmark.js, every www/*.js and www/*.css) must total at most BUDGET_KB (default 300).
# Run after `make wasm`.
set -euo pipefail
cd "$(dirname "$0")/.."
budget_kb=${BUDGET_KB:-300}

files=(www/pkg/factmark_bg.wasm www/pkg/factmark.js)
for f in "${files[@]}"; do
  [ -f "$f" ] || { echo "size-check: $f missing; run 'make wasm' first" >&2; exit 1; }
done
shopt -s nullglob
files+=(www/*.js www/*.css)

kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }

total=0
printf '%-32s %10s %12s\n' file bytes gzip-9
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-32s %10d %9.1f KB\n' "$f" "$raw" "$(kb "$gz")"
done
total_kb=$(kb "$total")
printf '%-32s %10s %9.1f KB (budget %d KB)\n' total "" "$total_kb" "$budget_kb"
if [ "$total" -gt $((budget_kb * 1024)) ]; then
  echo "size-check: FAIL: gzipped total exceeds ${budget_kb} KB" >&2
  exit 1
fi
echo "size-check: ok"
