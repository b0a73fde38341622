#!/usr/bin/env bash
# History sweep: runs `opsdiff check --base <c>^` at each given commit (or the last N commits touching .java files)
# of a git repository you fetched yourself, and prints every finding with its commit, for judging by hand.
# Nothing is fetched and nothing of the swept repository is kept in this project.
#
#   bench/sweep.sh MIRROR_GIT_DIR (-n N | COMMIT...) [-- extra opsdiff options]
#
# A scratch clone sharing MIRROR's objects is made under ${SWEEP_WORK:-/tmp/opsdiff-sweep}; the mirror is only read.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
# OPSDIFF: the launcher to run (default: this checkout's); point it at a copy to keep sweeping while you rebuild.
OPSDIFF=${OPSDIFF:-$HERE/opsdiff}
MIRROR=$1; shift
N=""; COMMITS=(); EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) N=$2; shift 2 ;;
    --) shift; EXTRA=("$@"); break ;;
    *) COMMITS+=("$1"); shift ;;
  esac
done
WORK=${SWEEP_WORK:-/tmp/opsdiff-sweep}/$(basename "$(dirname "$MIRROR")")
if [ ! -d "$WORK/.git" ]; then
  rm -rf "$WORK"; git clone -q --shared --no-checkout "$MIRROR" "$WORK"
fi
if [ -n "$N" ]; then
  # The mirror's HEAD, not the scratch clone's: that one moves with every checkout of a previous sweep.
  TIP=$(git -C "$MIRROR" rev-parse HEAD)
  mapfile -t COMMITS < <(git -C "$WORK" log --no-merges --format=%h -n "$N" "$TIP" -- '*.java')
fi
total=0; withFindings=0
for c in "${COMMITS[@]}"; do
  if ! git -C "$WORK" checkout -q -f "$c" 2>/dev/null; then
    # A fetched snapshot may lack its largest blobs (bundled JavaScript, binaries): check out only what opsdiff reads.
    git -C "$WORK" sparse-checkout set --no-cone '*.java' '*.yml' '*.yaml' '*.properties' 2>/dev/null || true
    git -C "$WORK" checkout -q -f "$c" 2>/dev/null || { echo "## $c: cannot check out"; continue; }
  fi
  git -C "$WORK" clean -qfdx >/dev/null
  start=$(date +%s%N)
  set +e
  out=$("$OPSDIFF" check --repo "$WORK" --base "$c^" --fail-on never "${EXTRA[@]}" 2>&1)
  rc=$?
  set -e
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  n=$(printf '%s\n' "$out" | grep -cE '^[^ ].*: (error|warning|note) \[' || true)
  total=$((total + n)); [ "$n" -gt 0 ] && withFindings=$((withFindings + 1))
  echo "## $c rc=$rc findings=$n ${ms}ms $(git -C "$WORK" log -1 --format=%s "$c" | cut -c1-80)"
  if [ "$n" -gt 0 ] || [ "$rc" -gt 1 ]; then
    printf '%s\n' "$out" | sed 's/^/    /'
  else
    # With --stats among the extra options: the counts line (files, methods, unpaired methods) of every commit.
    printf '%s\n' "$out" | { grep -E '^opsdiff: [0-9]+ files' || true; } | sed 's/^/    /'
  fi
done
echo "# commits=${#COMMITS[@]} findings=$total commits-with-findings=$withFindings"
