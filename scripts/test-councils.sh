#!/usr/bin/env bash
# Builds the test council once and runs the browser checks that are about the site, not about
# Leeds' facts on it: the fictional starter council (examples/starter) with two pseudo-locales
# added (languages: [en, en-XA, ar-XB], their catalogues made from the English one and a
# translation beside most of its documents, by lib/i18n/pseudo.ts), built into .next-council.
# Two suites run against that one build:
#   starter    tests/starter: what every council's site must pass, on its default-language pages
#              (which keep the addresses and words of a one-language site);
#   languages  tests/languages: a site in several languages, right to left included.
# Arguments go to Playwright: `--project starter` runs one suite (npm run test:starter).
# Leeds' build in .next and dist/ is left alone, so npm test runs this beside Leeds' browser
# tests (scripts/test-all.sh); the generated content and tsconfig.json are put back afterwards,
# so a developer's tree is as before.
set -euo pipefail
cd "$(dirname "$0")/.."

council=.test-council
saved_tsconfig="$(mktemp)"
cp tsconfig.json "$saved_tsconfig"
restore() {
  # next build adds the extra build folder's types to tsconfig.json; that is not a change to keep.
  cp "$saved_tsconfig" tsconfig.json
  rm -f "$saved_tsconfig"
  npm run content > /dev/null 2>&1 || echo "Could not rebuild .contentlayer for content/: run npm run content" >&2
}
trap restore EXIT

rm -rf "$council"
cp -r examples/starter "$council"
printf '\n# A test council: the pseudo-locales are made by scripts/pseudo-locales.ts, not translated.\nlanguages: [en, en-XA, ar-XB]\n' >> "$council/site.yaml"
npx tsx scripts/pseudo-locales.ts "$council"

# The server bundle goes into the council's own build folder, which playwright.councils.config.ts starts.
export SERVER_OUT_DIR=.next-council/dist
CONTENT_DIR="$council" NEXT_DIST_DIR=.next-council npm run build
CONTENT_DIR="$council" npx playwright test --config playwright.councils.config.ts "$@"
