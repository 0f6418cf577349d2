#!/usr/bin/env bash
# The dev-set score gate: runs ../shared/eval/score.py over ../shared/eval/dev.jsonl with
# the release binary and fails unless macro-F1 >= 0.90, contradict-precision >= 0.95 and
# there are no span problems. Skips (exit 0) when the dev set is absent (a clone without
# ../shared). Expects target/release/factmark (cargo build --release).
set -euo pipefail
cd "$(dirname "$0")/.."

eval_dir=${EVAL_DIR:-../shared/eval}
dev="$eval_dir/dev.jsonl"
min_f1=${MIN_MACRO_F1:-0.90}
min_cp=${MIN_CONTRADICT_PRECISION:-0.95}

if [ ! -f "$dev" ]; then
  echo "score-gate: SKIPPED: $dev not found (no shared eval set next to this clone)"
  exit 0
fi
[ -x target/release/factmark ] || { echo "score-gate: target/release/factmark missing; run cargo build --release" >&2; exit 1; }

out=$(python3 "$eval_dir/score.py" "$dev" --cmd "target/release/factmark check --format json") || {
  echo "$out"
  echo "score-gate: FAIL: score.py exited with an error" >&2
  exit 1
}
echo "$out"
last=$(printf '%s\n' "$out" | tail -n 1)
# macro-F1 X accuracy Y contradict-precision Z span-problems N on M items
re='^macro-F1 ([0-9.]+) accuracy ([0-9.]+) contradict-precision ([0-9.]+) span-problems ([0-9]+) on ([0-9]+) items$'
if [[ ! "$last" =~ $re ]]; then
  echo "score-gate: FAIL: cannot parse the last line of score.py: $last" >&2
  exit 1
fi
f1=${BASH_REMATCH[1]} cp=${BASH_REMATCH[3]} spans=${BASH_REMATCH[4]} items=${BASH_REMATCH[5]}
fail=0
awk -v a="$f1" -v b="$min_f1" 'BEGIN { exit !(a + 0 >= b + 0) }' || { echo "score-gate: macro-F1 $f1 < $min_f1" >&2; fail=1; }
awk -v a="$cp" -v b="$min_cp" 'BEGIN { exit !(a + 0 >= b + 0) }' || { echo "score-gate: contradict-precision $cp < $min_cp" >&2; fail=1; }
[ "$spans" -eq 0 ] || { echo "score-gate: $spans span problems (want 0)" >&2; fail=1; }
if [ "$fail" = 1 ]; then
  echo "score-gate: FAIL on $items items" >&2
  exit 1
fi
echo "score-gate: ok (macro-F1 $f1, contradict-precision $cp, 0 span problems, $items items)"
