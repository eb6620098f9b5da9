#!/usr/bin/env bash
# Builds a test council in three languages (the starter council, examples/starter, with
# languages: [en, en-XA, ar-XB] and the pseudo-locales' catalogues made from the English one:
# lib/i18n/pseudo.ts) into .next-languages, then runs the browser checks of a site in several
# languages (tests/languages). Leeds' build in .next and dist/ is left alone, as test-starter.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."

council=.languages-council
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

export SERVER_OUT_DIR=.next-languages/dist
CONTENT_DIR="$council" NEXT_DIST_DIR=.next-languages npm run build
CONTENT_DIR="$council" npx playwright test --config playwright.languages.config.ts "$@"
