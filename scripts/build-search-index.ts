// After `next build`: builds the site search index of each of the site's languages from the
// compiled content and the editors' word list, and writes each serialised to <distDir>
// (search-index.json for the default language, search-index.<segment>.json for each other), so
// the server loads them at start instead of reading and tokenising every document.
// prepare-standalone.ts copies them.
import fs from 'node:fs'
import { readSiteFile } from '../lib/content/site-file'
import { languageSegment, siteLanguages } from '../lib/i18n/site-languages'
import { compiledContent } from '../lib/search/compiled-content'
import { buildSearchIndex } from '../lib/search/engine'
import { searchIndexFile } from '../lib/search/index-file'
import { readSearchWords } from '../lib/search/search-words-file'
import { siteDocuments } from '../lib/search/site-documents'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const [defaultLanguage = 'en-GB', ...others] = siteLanguages(readSiteFile(contentDir))
for (const language of [defaultLanguage, ...others]) {
  const started = performance.now()
  const isDefault = language === defaultLanguage
  // The editors' word list is in the default language: only its index uses it.
  const { docs, words } = siteDocuments(compiledContent(language, defaultLanguage), isDefault ? readSearchWords(contentDir) : undefined)
  const index = buildSearchIndex(docs, words, language)
  const file = searchIndexFile(undefined, isDefault ? '' : languageSegment(language))
  fs.writeFileSync(file, JSON.stringify(index.toJSON()))
  console.log(`Search index (${language}): ${index.documentCount} documents, ${index.termCount} terms, ${(fs.statSync(file).size / 1024).toFixed(0)} KB in ${file} (${(performance.now() - started).toFixed(0)} ms)`)
}
