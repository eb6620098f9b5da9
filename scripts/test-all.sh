#!/usr/bin/env bash
# npm test: every test, in the order that fails soonest, doing each piece of work once.
# The content is checked and generated once; lint and the type check run side by side (each is
# one thread, and the machine has two cores or more); the builds skip Next's own type check,
# which the step before has just done. Each step prints how long it took.
#
# After the type check, the rest runs side by side where the cores allow: vitest keeps one core
# busy on a two-core machine, so Leeds is built beside it; Leeds' browser tests keep less than one
# core busy (each worker waits on its browser and the server in turn), so they start as soon as
# the build is done, and the test council (the starter council in three languages) is built and
# tested beside them once vitest is done (its build rewrites .contentlayer/, which vitest reads;
# its build has folders of its own). The browser tests print as they go; the others print
# their output when they end.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step_name=""
step_started=$SECONDS
step() {
  if [ -n "$step_name" ]; then echo "--- ${step_name}: $((SECONDS - step_started)) s"; fi
  step_name="$1"
  step_started=$SECONDS
  if [ -n "$1" ]; then printf '\n=== %s\n' "$1"; fi
}

step "content check and generated content"
npm run --silent content

step "lint and types (side by side)"
lint_log="$(mktemp)"
npx eslint . > "$lint_log" 2>&1 &
lint_pid=$!
types_status=0
npx tsc --noEmit || types_status=$?
lint_status=0
wait "$lint_pid" || lint_status=$?
cat "$lint_log"
rm -f "$lint_log"
if [ "$lint_status" -ne 0 ] || [ "$types_status" -ne 0 ]; then
  echo "lint exited $lint_status, types exited $types_status" >&2
  exit 1
fi

step "unit tests, builds and browser tests (side by side)"
# The browser tests drive the system Chromium, and the production-setup test runs nginx.
bash scripts/ensure-system-tools.sh
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
failed=()

# `start <name> <command>` runs a command in the background, its output kept in $logs (or, with
# --live, printed as it goes); `finish <name>` waits for it, prints its output and how long it
# took, and records whether it passed.
declare -A pids=() began=()
start() {
  local live=false
  if [ "$1" = "--live" ]; then live=true; shift; fi
  local name="$1"
  shift
  began[$name]=$SECONDS
  if $live; then "$@" & else "$@" > "$logs/$name.log" 2>&1 & fi
  pids[$name]=$!
  echo "started: $name"
}
finish() {
  local name="$1" status=0
  wait "${pids[$name]}" || status=$?
  if [ -f "$logs/$name.log" ]; then
    printf '\n=== %s\n' "$name"
    cat "$logs/$name.log"
  fi
  echo "--- ${name}: $((SECONDS - ${began[$name]})) s$([ "$status" -eq 0 ] || echo ", FAILED (exit $status)")"
  [ "$status" -eq 0 ] || failed+=("$name")
}

start "unit and integration tests (vitest)" npx vitest run
# The content was generated above: --ignore-scripts skips the prebuild that would generate it
# again while vitest reads it.
start "build" env SKIP_BUILD_TYPECHECK=1 npm run --ignore-scripts build
finish "build"
if [ ${#failed[@]} -gt 0 ]; then
  finish "unit and integration tests (vitest)"
  echo "npm test: failed: ${failed[*]}" >&2
  exit 1
fi
start --live "browser tests" npx playwright test
finish "unit and integration tests (vitest)"
# The test council (the starter council with two pseudo-locales), built once for the checks every
# council's site must pass and those of a site in three languages. Its build skips Next's type
# check too: the one above covered the same code.
start "the test council: starter and languages" env SKIP_BUILD_TYPECHECK=1 bash scripts/test-councils.sh
finish "browser tests"
finish "the test council: starter and languages"
if [ ${#failed[@]} -gt 0 ]; then
  echo "npm test: failed: ${failed[*]}" >&2
  exit 1
fi

step ""
echo "npm test: every step passed in $((SECONDS - started)) s"
