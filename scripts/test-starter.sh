#!/usr/bin/env bash
# Builds the fictional starter council (examples/starter) into .next-starter and runs the browser
# checks that any council's site must pass (tests/starter). Leeds' build in .next and dist/ is left
# alone, so npm test runs this while Leeds' browser tests still use them (scripts/test-all.sh); the
# generated content and tsconfig.json are put back afterwards, so a developer's tree is as before.
set -euo pipefail
cd "$(dirname "$0")/.."

saved_tsconfig="$(mktemp)"
cp tsconfig.json "$saved_tsconfig"
restore() {
  # next build adds the extra build folder's types to tsconfig.json; that is not a change to keep.
  cp "$saved_tsconfig" tsconfig.json
  rm -f "$saved_tsconfig"
  npm run content > /dev/null 2>&1 || echo "Could not rebuild .contentlayer for content/: run npm run content" >&2
}
trap restore EXIT

# The server bundle goes into the starter's own folder too (playwright.starter.config.ts starts it from there).
export SERVER_OUT_DIR=.next-starter/dist
CONTENT_DIR=examples/starter NEXT_DIST_DIR=.next-starter npm run build
npx playwright test --config playwright.starter.config.ts "$@"
