import 'server-only'
import fs from 'node:fs'
import path from 'node:path'
import { getGuides, getHubs, getNeeds, getPages, getServices, getSupportLevels, getVenues } from '@/lib/content'
import { getDefaultLanguage, getLanguages } from '@/lib/i18n/messages'
import { languageSegment } from '@/lib/i18n/site-languages'
import { buildSearchIndex, loadSearchIndex, type SearchIndex } from './engine'
import { searchIndexFile } from './index-file'
import { readSearchWords } from './search-words-file'
import { siteDocuments } from './site-documents'

// One index per language of the site, each of its documents in that language (a page not yet
// translated is in it in the default language, marked so). The production server loads the
// indexes the build serialised (scripts/build-search-index.ts): no document is read or tokenised
// at start, however many services there are. Development, the tests and the build itself (before
// the files exist) build them from the content here.

function segmentOf(language: string): string {
  return language === getDefaultLanguage() ? '' : languageSegment(language)
}

function fromContent(language: string): SearchIndex {
  const { docs, words } = siteDocuments(
    {
      needs: getNeeds(language),
      hubs: getHubs(language),
      venues: getVenues(language),
      services: getServices(language),
      supportLevels: getSupportLevels(language),
      guides: getGuides(language),
      pages: getPages(language),
    },
    // The editors' word list is in the default language: only its index uses it.
    language === getDefaultLanguage() ? readSearchWords(process.env.CONTENT_DIR ?? 'content') : undefined,
  )
  return buildSearchIndex(docs, words, language)
}

function fromBuild(language: string): SearchIndex | undefined {
  if (process.env.NODE_ENV !== 'production') return undefined
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), searchIndexFile(undefined, segmentOf(language)))
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) return undefined
  return loadSearchIndex(JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')))
}

// Once, when the server first loads this module; content only changes with a new build.
const indexes = new Map(getLanguages().map((language) => [language, fromBuild(language) ?? fromContent(language)]))

/** The search of the site in one of its languages (the default language's for any other tag). */
export function siteSearch(language: string): SearchIndex {
  const index = indexes.get(language) ?? indexes.get(getDefaultLanguage())
  if (!index) throw new Error(`No search index for ${language}`)
  return index
}
