#!/usr/bin/env bash
# Crash sweep over a real repository you fetched yourself: exports the .java files of MIRROR's HEAD to a scratch
# folder and runs bench/crash/CrashSweep.java over them (each file alone, BEFORE and AFTER of a small synthetic edit,
# both directions). Prints internal errors, hangs, files with parse problems and the slowest files; exit 1 on any
# internal error or hang. Nothing of the swept repository is kept in this project.
#
#   bench/crash-sweep.sh MIRROR_GIT_DIR [--timeout SECONDS]
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
JAR=${OPSDIFF_JAR:-$HERE/cli/target/opsdiff.jar}
MIRROR=$1; shift
WORK=${CRASH_WORK:-/tmp/opsdiff-crash}/$(basename "$(dirname "$MIRROR")")
rm -rf "$WORK"; mkdir -p "$WORK"
git --git-dir="$MIRROR" archive --format=tar HEAD | tar -x -C "$WORK" --wildcards '*.java'
echo "# $(basename "$(dirname "$MIRROR")") at $(git --git-dir="$MIRROR" rev-parse --short HEAD): $(find "$WORK" -name '*.java' | wc -l) files"
java -cp "$JAR" "$HERE/bench/crash/CrashSweep.java" "$WORK" "$@"
