#!/usr/bin/env bash
# The score gate: scores every shared labelled set listed in data/score-floors.tsv with
# ../shared/eval/score.py and the release binary (checked against its own seeds where the
# set has them, with --seeds: a claim set built at run time), and fails when any set falls
# below its floors or has a span problem. Skips (exit 0) when the shared sets are absent
# (a clone without ../shared). Expects target/release/factmark (cargo build --release).
set -euo pipefail
cd "$(dirname "$0")/.."

eval_dir=${EVAL_DIR:-../shared/eval}
floors=data/score-floors.tsv

if [ ! -f "$eval_dir/score.py" ]; then
  echo "score-gate: SKIPPED: $eval_dir/score.py not found (no shared eval sets next to this clone)"
  exit 0
fi
[ -x target/release/factmark ] || { echo "score-gate: target/release/factmark missing; run cargo build --release" >&2; exit 1; }

# macro-F1 X accuracy Y contradict-precision Z span-problems N on M items
re='^macro-F1 ([0-9.]+) accuracy ([0-9.]+) contradict-precision ([0-9.]+) span-problems ([0-9]+) on ([0-9]+) items$'
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }
failed=()
while IFS=$'\t' read -r name items articles seeds min_f1 min_cp; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  if [ ! -f "$eval_dir/$items" ]; then
    echo "score-gate: $name: $eval_dir/$items not found" >&2
    failed+=("$name")
    continue
  fi
  cmd="target/release/factmark check --format json"
  [ "$seeds" = - ] || cmd+=" --seeds $eval_dir/$seeds"
  args=("$eval_dir/$items" --cmd "$cmd")
  [ "$articles" = - ] || args+=(--articles "$eval_dir/$articles")
  if ! out=$(python3 "$eval_dir/score.py" "${args[@]}"); then
    echo "$out"
    echo "score-gate: $name: score.py exited with an error" >&2
    failed+=("$name")
    continue
  fi
  last=$(printf '%s\n' "$out" | tail -n 1)
  if [[ ! "$last" =~ $re ]]; then
    echo "score-gate: $name: cannot parse the last line of score.py: $last" >&2
    failed+=("$name")
    continue
  fi
  f1=${BASH_REMATCH[1]} cp=${BASH_REMATCH[3]} spans=${BASH_REMATCH[4]} n=${BASH_REMATCH[5]}
  verdict=ok
  at_least "$f1" "$min_f1" || verdict="FAIL: macro-F1 below $min_f1"
  at_least "$cp" "$min_cp" || verdict="FAIL: contradict precision below $min_cp"
  [ "$spans" -eq 0 ] || verdict="FAIL: $spans span problems"
  printf 'score-gate: %-18s macro-F1 %s (floor %s), contradict precision %s (floor %s), %s items: %s\n' \
    "$name" "$f1" "$min_f1" "$cp" "$min_cp" "$n" "$verdict"
  [ "$verdict" = ok ] || failed+=("$name")
done <"$floors"

if [ ${#failed[@]} -gt 0 ]; then
  echo "score-gate: FAIL: ${failed[*]}" >&2
  exit 1
fi
echo "score-gate: ok"
