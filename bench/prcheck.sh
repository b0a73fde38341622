#!/usr/bin/env bash
# PR-check benchmark (issue 13): for the last N commits touching .java files of a git mirror you fetched yourself,
# runs `opsdiff check --base <c>^ --stats` in a fresh JVM and, in the same run, the floor: a fresh JVM that only
# parses both sides of the commit's changed .java files with JavaParser (dev.opsdiff.cli.BareParse). Prints one
# line per commit and the median and p90 of both, and their ratio. Nothing is fetched; the mirror is only read.
#
#   bench/prcheck.sh MIRROR_GIT_DIR [-n N] [-- extra opsdiff options, e.g. --no-cache]
#
# Run it twice to see the model cache: the first pass fills .git/opsdiff/cache of the scratch clone.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
OPSDIFF=${OPSDIFF:-$HERE/opsdiff}
JAR=$(dirname "$OPSDIFF")/cli/target/opsdiff.jar
MIRROR=$1; shift
N=12; EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) N=$2; shift 2 ;;
    --) shift; EXTRA=("$@"); break ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
WORK=${BENCH_WORK:-/tmp/opsdiff-bench}/$(basename "$(dirname "$MIRROR")")
if [ ! -d "$WORK/.git" ]; then
  rm -rf "$WORK"; git clone -q --shared --no-checkout "$MIRROR" "$WORK"
fi
# The mirror's HEAD, not the scratch clone's: that one moves with every checkout of a previous pass.
TIP=$(git -C "$MIRROR" rev-parse HEAD)
mapfile -t COMMITS < <(git -C "$WORK" log --no-merges --format=%h -n "$N" "$TIP" -- '*.java')
SIDES=$(mktemp -d)
trap 'rm -rf "$SIDES"' EXIT
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
checks=(); floors=()
printf '%-12s %9s %9s %7s %7s %7s\n' commit check_ms floor_ms ratio parsed cached
for c in "${COMMITS[@]}"; do
  git -C "$WORK" checkout -q -f "$c"; git -C "$WORK" clean -qfdx >/dev/null
  rm -rf "$SIDES"/*; files=()
  while IFS=$'\t' read -r status path; do
    [ "$status" != "A" ] && git -C "$WORK" show "$c^:$path" > "$SIDES/b.$(echo "$path" | tr / _)" 2>/dev/null \
      && files+=("$SIDES/b.$(echo "$path" | tr / _)")
    [ "$status" != "D" ] && files+=("$WORK/$path")
  done < <(git -C "$WORK" diff --no-renames --name-status "$c^" "$c" -- '*.java')
  s=$(date +%s%N); java -XX:+UseParallelGC -cp "$JAR" dev.opsdiff.cli.BareParse "${files[@]}" >/dev/null; f=$(ms "$s")
  s=$(date +%s%N)
  err=$("$OPSDIFF" check --repo "$WORK" --base "$c^" --stats --fail-on never "${EXTRA[@]}" 2>&1 >/dev/null || true)
  k=$(ms "$s")
  parsed=$(printf '%s\n' "$err" | sed -n 's/.*files (\([0-9]*\) parsed, \([0-9]*\) from cache).*/\1 \2/p')
  checks+=("$k"); floors+=("$f")
  printf '%-12s %9d %9d %7.2f %7s %7s\n' "$c" "$k" "$f" "$(echo "$k / $f" | bc -l)" ${parsed:-"? ?"}
done
stat() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; p=a[int(NR*0.9+0.999)]; print m, p}'; }
read -r cm cp <<<"$(stat "${checks[@]}")"; read -r fm fp <<<"$(stat "${floors[@]}")"
echo "median check ${cm} ms, floor ${fm} ms ($(echo "scale=2; $cm / $fm" | bc)x); p90 check ${cp} ms, floor ${fp} ms ($(echo "scale=2; $cp / $fp" | bc)x)"
