#!/usr/bin/env bash
# What opsdiff's Maven plugin costs a multi-module build: checks the given modules of a git mirror you fetched yourself
# one after another in one JVM (as the plugin runs module by module), against BASE, once reading git with the git
# executable and once with JGit (OPSDIFF_GIT=jgit), at the mirror's HEAD in a scratch clone. Nothing is fetched.
#
#   bench/gitcheck-modules.sh MIRROR_GIT_DIR BASE MODULE...   e.g. ... HEAD~1 clients core streams storage
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
JAR=${OPSDIFF_JAR:-$HERE/cli/target/opsdiff.jar}
MIRROR=$1; BASE=$2; shift 2
WORK=${BENCH_WORK:-/tmp/opsdiff-bench}/$(basename "$(dirname "$MIRROR")")-modules
if [ ! -d "$WORK/.git" ]; then
  rm -rf "$WORK"; git clone -q --shared "$MIRROR" "$WORK"
fi
git -C "$WORK" checkout -q -f "$(git -C "$MIRROR" rev-parse HEAD)"
for reader in git jgit; do
  echo "== reading git with: $reader"
  if [ "$reader" = jgit ]; then export OPSDIFF_GIT=jgit; else unset OPSDIFF_GIT; fi
  java -XX:+UseParallelGC -cp "$JAR" "$HERE/bench/gitcheck/GitCheckModules.java" "$WORK" "$BASE" "$@"
done
