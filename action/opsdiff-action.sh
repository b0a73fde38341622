#!/usr/bin/env bash
# The shell steps of opsdiff's GitHub Action (action.yml at the repository root), one sub-command per step, so that
# they can be run and tested outside GitHub with the same environment variables:
#
#   cache-key  GITHUB_OUTPUT gets key=, maven-key= and dir= for actions/cache (opsdiff's sources decide the key)
#   build      builds opsdiff from the action's own sources into OPSDIFF_TOOL_DIR (cache miss only)
#   check      ONE analysis: annotations on stdout, SARIF for upload, Markdown into GITHUB_STEP_SUMMARY;
#              GITHUB_OUTPUT gets exit-code= and sarif-file=; fails only when opsdiff could not run (exit 2/3)
#   verdict    fails the job when the check found something at or above fail-on (after the SARIF upload)
#
# Inputs arrive as INPUT_BASE_REF, INPUT_FAIL_ON, INPUT_CONFIG, INPUT_BASELINE (set by action.yml, never pasted into
# the script, so a branch name cannot inject shell). OPSDIFF_CMD, when set, is the program that runs opsdiff (the
# tests use it to run the classes under test); otherwise the jar in OPSDIFF_TOOL_DIR runs.
set -euo pipefail

ACTION_ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
TOOL_DIR=${OPSDIFF_TOOL_DIR:-${RUNNER_TEMP:-/tmp}/opsdiff-tool}

output() { # name value: a step output, or stdout when not in a workflow
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1=$2" >>"$GITHUB_OUTPUT"; else echo "$1=$2"; fi
}

if command -v sha256sum >/dev/null 2>&1; then SHA256=(sha256sum); else SHA256=(shasum -a 256); fi

sha256() { "${SHA256[@]}" | cut -c1-64; }

# Hash of the files that decide what the jar contains (sources, resources, build files), in a stable order.
source_hash() {
  (cd "$ACTION_ROOT" && find analyzer/src/main rules/src/main cli/src/main pom.xml analyzer/pom.xml rules/pom.xml \
    cli/pom.xml .mvn/wrapper -type f -print0 2>/dev/null | LC_ALL=C sort -z | xargs -0 "${SHA256[@]}") | sha256
}

cache_key() {
  local os=${RUNNER_OS:-$(uname -s)}
  output key "opsdiff-jar-$os-$(source_hash)"
  output maven-key "opsdiff-maven-$os-$(cd "$ACTION_ROOT" && cat pom.xml ./*/pom.xml | sha256)"
  output dir "$TOOL_DIR"
}

build() {
  (cd "$ACTION_ROOT" && ./mvnw -B -q -pl cli -am package -DskipTests)
  mkdir -p "$TOOL_DIR"
  cp "$ACTION_ROOT/cli/target/opsdiff.jar" "$TOOL_DIR/opsdiff.jar"
}

run_opsdiff() {
  if [ -n "${OPSDIFF_CMD:-}" ]; then
    "$OPSDIFF_CMD" "$@"
    return
  fi
  local jar="$TOOL_DIR/opsdiff.jar" jsa="$TOOL_DIR/opsdiff.jsa"
  if [ ! -f "$jar" ]; then
    echo "::error title=opsdiff is not built::$jar is missing; the build step of the action did not run or failed."
    return 3
  fi
  # Huge pages where the kernel offers them: a check's fresh heap then costs far fewer page faults (see the
  # launcher, ../opsdiff). Not asked where there are none, so that the JVM prints no warning.
  local jvm=(-XX:+UseParallelGC) thp=""
  if [ -r /sys/kernel/mm/transparent_hugepage/enabled ]; then
    read -r thp < /sys/kernel/mm/transparent_hugepage/enabled || true
  fi
  case "$thp" in *"[always]"*|*"[madvise]"*) jvm+=(-XX:+UseTransparentHugePages) ;; esac
  # A class-data archive cached next to the jar makes start-up faster; a stale one is ignored by -Xshare:auto.
  if [ -f "$jsa" ]; then
    java "${jvm[@]}" -XX:SharedArchiveFile="$jsa" -Xshare:auto -Xlog:cds=off -jar "$jar" "$@"
  else
    java "${jvm[@]}" -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" "$@"
  fi
}

# Sets BASE, the ref to compare with: the input, else the pull request's base branch (as origin/<branch> when
# fetched), else the previous commit (push events have no base branch).
resolve_base() {
  local wanted=${INPUT_BASE_REF:-${GITHUB_BASE_REF:-}}
  if [ -z "$wanted" ]; then
    echo "::notice title=opsdiff::Not a pull request and no base-ref given: checking the last commit (HEAD~1)."
    BASE="HEAD~1"
  elif git rev-parse --verify --quiet "refs/remotes/origin/$wanted^{commit}" >/dev/null; then
    BASE="origin/$wanted"
  else
    BASE="$wanted"
  fi
}

# One line when the history the comparison needs is not in the clone, which is what a default (shallow)
# actions/checkout gives.
explain_shallow() {
  local base=$1
  if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" != true ]; then
    return 0
  fi
  if git rev-parse --verify --quiet "$base^{commit}" >/dev/null && git merge-base "$base" HEAD >/dev/null 2>&1; then
    return 0
  fi
  echo "::error title=opsdiff needs the pull request's history::The checkout is shallow, so $base and its merge base with HEAD are missing: set 'fetch-depth: 0' on actions/checkout."
  return 2
}

check() {
  local repo=${GITHUB_WORKSPACE:-$PWD}
  cd "$repo"
  resolve_base
  explain_shallow "$BASE" || { output exit-code 2; return 2; }

  local out_dir=${RUNNER_TEMP:-/tmp}/opsdiff
  mkdir -p "$out_dir"
  local sarif="$out_dir/opsdiff.sarif" summary="$out_dir/summary.md" errors="$out_dir/stderr.txt"
  rm -f "$sarif" "$summary"
  local args=(check --repo "$repo" --base "$BASE" --format github --sarif-output "$sarif"
    --markdown-output "$summary" --fail-on "${INPUT_FAIL_ON:-error}")
  if [ -n "${INPUT_CONFIG:-}" ]; then args+=(--config "$INPUT_CONFIG"); fi
  if [ -n "${INPUT_BASELINE:-}" ]; then args+=(--baseline "$INPUT_BASELINE"); fi

  local code=0
  run_opsdiff "${args[@]}" 2>"$errors" || code=$?
  cat "$errors" >&2
  if [ -f "$summary" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    cat "$summary" >>"$GITHUB_STEP_SUMMARY"
  fi
  output exit-code "$code"
  if [ -f "$sarif" ]; then output sarif-file "$sarif"; fi
  if [ "$code" -ge 2 ]; then
    # opsdiff's own one-line reason, as an annotation on the run.
    local reason
    reason=$(grep -v '^opsdiff: checking ' "$errors" | tail -n 1 || true)
    echo "::error title=opsdiff could not run::${reason:-exit code $code}"
    return "$code"
  fi
}

verdict() {
  local code=${EXIT_CODE:-}
  case "$code" in
    0) echo "opsdiff: nothing at or above ${INPUT_FAIL_ON:-error}." ;;
    1) echo "opsdiff: findings at or above ${INPUT_FAIL_ON:-error}; see the annotations and the job summary."
      return 1 ;;
    *) echo "opsdiff: the check did not run (exit code ${code:-missing})."
      return 2 ;;
  esac
}

case "${1:-}" in
  cache-key) cache_key ;;
  build) build ;;
  check) check ;;
  verdict) verdict ;;
  *) echo "usage: $0 cache-key|build|check|verdict" >&2; exit 2 ;;
esac
