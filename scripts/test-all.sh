#!/usr/bin/env bash
# npm test: every test, in the order that fails soonest, doing each piece of work once.
# The content is checked and generated once; lint and the type check run side by side (each is
# one thread, and the machine has two cores or more); the builds skip Next's own type check,
# which the step before has just done. Each step prints how long it took.
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

step "unit and integration tests (vitest)"
npx vitest run

step "build and browser tests"
SKIP_BUILD_TYPECHECK=1 npm run test:e2e

step "the starter council"
SKIP_BUILD_TYPECHECK=1 npm run test:starter

step ""
echo "npm test: every step passed in $((SECONDS - started)) s"
