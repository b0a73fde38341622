#!/usr/bin/env bash
# Reference check (issue 13): rules run only on pairs with a change on their path (ChangeReach). This runs, for the
# last N commits touching .java files of a git mirror you fetched yourself, `opsdiff check --base <c>^ --whole-tree`
# (every file, pairs filtered) and `--reference` (every file, every pair) and prints any finding one has and the
# other lacks, with both wall times. Any difference is a bug of the filter. Nothing is fetched; the mirror is only
# read.
#
#   bench/refcheck.sh MIRROR_GIT_DIR [-n N]
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
OPSDIFF=${OPSDIFF:-$HERE/opsdiff}
MIRROR=$1; shift
N=12
[ "${1:-}" = "-n" ] && N=$2
WORK=${BENCH_WORK:-/tmp/opsdiff-bench}/$(basename "$(dirname "$MIRROR")")
if [ ! -d "$WORK/.git" ]; then
  rm -rf "$WORK"; git clone -q --shared --no-checkout "$MIRROR" "$WORK"
fi
TIP=$(git -C "$MIRROR" rev-parse HEAD)
mapfile -t COMMITS < <(git -C "$WORK" log --no-merges --format=%h -n "$N" "$TIP" -- '*.java')
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
findings() { # SARIF file -> one line per result: rule, place, message
  python3 -c 'import json,sys
for run in json.load(open(sys.argv[1]))["runs"]:
  for r in run.get("results",[]):
    l=r["locations"][0]["physicalLocation"]
    print(r["ruleId"], l["artifactLocation"]["uri"]+":"+str(l["region"]["startLine"]), r["message"]["text"])' "$1" | sort
}
differing=0
printf '%-12s %9s %9s %6s %6s\n' commit filtered reference found diff
for c in "${COMMITS[@]}"; do
  git -C "$WORK" checkout -q -f "$c"; git -C "$WORK" clean -qfdx >/dev/null
  for mode in whole-tree reference; do
    s=$(date +%s%N)
    "$OPSDIFF" check --repo "$WORK" --base "$c^" --"$mode" --format sarif --fail-on never \
      >"$OUT/$mode.sarif" 2>"$OUT/$mode.err" || true
    eval "ms_${mode//-/_}=$(( ($(date +%s%N) - s) / 1000000 ))"
    findings "$OUT/$mode.sarif" >"$OUT/$mode.txt" 2>/dev/null || echo "(unreadable SARIF)" >"$OUT/$mode.txt"
  done
  d=$(diff "$OUT/reference.txt" "$OUT/whole-tree.txt" | grep -c '^[<>]' || true)
  printf '%-12s %9d %9d %6d %6d\n' "$c" "$ms_whole_tree" "$ms_reference" "$(wc -l <"$OUT/reference.txt")" "$d"
  if [ "$d" -gt 0 ]; then
    differing=$((differing + 1))
    diff "$OUT/reference.txt" "$OUT/whole-tree.txt" | grep '^[<>]' | sed 's/^</    only in reference:/; s/^>/    only filtered:/'
  fi
done
echo "$differing of ${#COMMITS[@]} commits differ"
