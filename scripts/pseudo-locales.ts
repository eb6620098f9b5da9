// Writes the test-only pseudo-locales (lib/i18n/pseudo.ts) into a content folder: the interface's
// catalogues in messages/, and a translation file beside most markdown documents
// (services/stay-and-play.en-XA.md, lib/i18n/pseudo-content.ts), leaving a few untranslated so the
// site's fallback to the default language is tested too.
// `tsx scripts/pseudo-locales.ts <content folder>`. For test councils only: they are not translations.
import fs from 'node:fs'
import path from 'node:path'
import { DOCUMENT_KINDS } from '../lib/content/kinds'
import { PSEUDO_LOCALES, pseudoCatalogue } from '../lib/i18n/pseudo'
import { pseudoTranslation } from '../lib/i18n/pseudo-content'
import { MESSAGES_FOLDER } from '../lib/i18n/site-languages'

/** Documents left in the default language in every pseudo-locale (tests/languages/content-translations.spec.ts visits them). */
const UNTRANSLATED: readonly string[] = ['services/cook-and-eat', 'guides/getting-consent']

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
let written = 0
for (const kind of DOCUMENT_KINDS.filter((one) => one.contentType === 'markdown')) {
  const kindFolder = path.join(contentDir, kind.folder)
  if (!fs.existsSync(kindFolder)) continue
  for (const name of fs.readdirSync(kindFolder).sort()) {
    const slug = name.slice(0, -'.md'.length)
    if (!name.endsWith('.md') || slug.includes('.') || UNTRANSLATED.includes(`${kind.folder}/${slug}`)) continue
    const source = fs.readFileSync(path.join(kindFolder, name), 'utf8')
    for (const language of PSEUDO_LOCALES) {
      fs.writeFileSync(path.join(kindFolder, `${slug}.${language}.md`), pseudoTranslation(language, kind, source))
      written++
    }
  }
}
console.log(`Wrote ${PSEUDO_LOCALES.map((language) => `${MESSAGES_FOLDER}/${language}.json`).join(' and ')} and ${written} translation files in ${contentDir}`)
