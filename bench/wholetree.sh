#!/usr/bin/env bash
# Whole-tree benchmark (issue 13): `opsdiff check --base OLD --whole-tree` with OLD and NEW two commits of a git
# mirror you fetched yourself (two releases, a month of history), in a fresh JVM, with and without the model cache,
# printed next to the floor measured in the same run: a fresh JVM that only parses, with JavaParser, the non-test
# .java files of both trees (the files opsdiff analyzes). Wall time and peak RSS of each. Nothing is fetched.
# A shared virtual machine's speed drifts by a third between minutes (the floor alone: 17 s, then 26 s), so the
# floor and the uncached run alternate for ROUNDS rounds (default 3) and the ratio reported is the median of the
# rounds' ratios; the cache runs once.
#
#   [ROUNDS=N] bench/wholetree.sh MIRROR_GIT_DIR OLD NEW
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
OPSDIFF=${OPSDIFF:-$HERE/opsdiff}
JAR=$(dirname "$OPSDIFF")/cli/target/opsdiff.jar
MIRROR=$1; OLD=$2; NEW=$3
WORK=${BENCH_WORK:-/tmp/opsdiff-bench}/$(basename "$(dirname "$MIRROR")")-wholetree
if [ ! -d "$WORK/.git" ]; then
  rm -rf "$WORK"; git clone -q --shared --no-checkout "$MIRROR" "$WORK"
fi
git -C "$WORK" checkout -q -f "$NEW"; git -C "$WORK" clean -qfdx >/dev/null
OLDTREE=$(mktemp -d)
trap 'rm -rf "$OLDTREE"' EXIT
git -C "$WORK" archive "$OLD" | tar -x -C "$OLDTREE"
# Non-test sources, as opsdiff's TestSources sees them (src/test/ and friends, *Test.java and friends), without
# the .java templates of resource roots (ResourceJava: src/<set>/resources/), which opsdiff does not analyze.
mains() {
  (cd "$1" && find . -name '*.java' -type f | sed 's|^\./||' \
    | grep -Ev '(^|/)src/(test|it|integrationTest|integration-test|testFixtures|test-fixtures|jmh)/' \
    | grep -Ev '(^|/)[A-Za-z0-9_]*(Test|Tests|TestCase|IT|ITCase)\.java$' \
    | grep -Ev '(^|/)src/[^/]+/resources/' | sed "s|^|$1/|")
}
mapfile -t FILES < <(mains "$WORK"; mains "$OLDTREE")
measure() { # label, command...: wall ms and peak RSS MiB
  local label=$1; shift
  local s; s=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$OLDTREE.rss" "$@" >/dev/null 2>"$OLDTREE.err" || true
  local ms=$(( ($(date +%s%N) - s) / 1000000 ))
  printf '%-28s %9d ms %7d MiB\n' "$label" "$ms" $(( $(cat "$OLDTREE.rss") / 1024 ))
  echo "$ms"  >"$OLDTREE.last"
}
echo "$(basename "$(dirname "$MIRROR")") $OLD..$NEW: ${#FILES[@]} non-test .java files in both trees"
ROUNDS=${ROUNDS:-3}
ratios=()
for round in $(seq "$ROUNDS"); do
  measure "floor (bare parse)" java -XX:+UseParallelGC -cp "$JAR" dev.opsdiff.cli.BareParse "${FILES[@]}"
  floor=$(cat "$OLDTREE.last")
  measure "opsdiff --no-cache" "$OPSDIFF" check --repo "$WORK" --base "$OLD" --whole-tree --no-cache --stats \
    --fail-on never
  cold=$(cat "$OLDTREE.last")
  if [ "$round" = 1 ]; then
    grep -E 'files \(' "$OLDTREE.err" | sed 's/^/    /' || true
    # Informational, not the floor: the same parse without JavaParser's validators, as opsdiff configures it.
    measure "  (parse as opsdiff does)" java -XX:+UseParallelGC -cp "$JAR" dev.opsdiff.cli.BareParse --as-opsdiff \
      "${FILES[@]}"
  fi
  ratios+=("$(echo "scale=3; $cold / $floor" | bc)")
  echo "  round $round: no cache ${ratios[-1]}x the floor"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}')
measure "opsdiff (filling the cache)" "$OPSDIFF" check --repo "$WORK" --base "$OLD" --whole-tree --stats --fail-on never
measure "opsdiff (warm cache)" "$OPSDIFF" check --repo "$WORK" --base "$OLD" --whole-tree --stats --fail-on never
warm=$(cat "$OLDTREE.last"); grep -E 'files \(' "$OLDTREE.err" | sed 's/^/    /' || true
echo "no cache: median ${median}x the floor over $ROUNDS rounds; warm cache: $(echo "scale=2; $warm / $floor" | bc)x the last floor"
