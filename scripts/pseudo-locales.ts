// Writes the test-only pseudo-locales (lib/i18n/pseudo.ts) into a content folder's messages/:
// `tsx scripts/pseudo-locales.ts <content folder>`. For test councils only: they are not translations.
import fs from 'node:fs'
import path from 'node:path'
import { PSEUDO_LOCALES, pseudoCatalogue } from '../lib/i18n/pseudo'
import { MESSAGES_FOLDER } from '../lib/i18n/site-languages'

const contentDir = process.argv[2]
if (!contentDir) {
  console.error('Usage: tsx scripts/pseudo-locales.ts <content folder>')
  process.exit(1)
}
const folder = path.join(contentDir, MESSAGES_FOLDER)
fs.mkdirSync(folder, { recursive: true })
for (const language of PSEUDO_LOCALES) {
  fs.writeFileSync(path.join(folder, `${language}.json`), `${JSON.stringify(pseudoCatalogue(language), null, 2)}\n`)
}
console.log(`Wrote ${PSEUDO_LOCALES.map((language) => `${MESSAGES_FOLDER}/${language}.json`).join(' and ')} in ${contentDir}`)
