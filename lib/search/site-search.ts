import 'server-only'
import fs from 'node:fs'
import path from 'node:path'
import { getGuides, getHubs, getNeeds, getPages, getServices, getSupportLevels, getVenues } from '@/lib/content'
import { buildSearchIndex, loadSearchIndex, type SearchIndex } from './engine'
import { searchIndexFile } from './index-file'
import { readSearchWords } from './search-words-file'
import { siteDocuments } from './site-documents'

// The production server loads the index the build serialised (scripts/build-search-index.ts):
// no document is read or tokenised at start, however many services there are. Development, the
// tests and the build itself (before the file exists) build it from the content here.

function fromContent(): SearchIndex {
  const { docs, words } = siteDocuments(
    {
      needs: getNeeds(),
      hubs: getHubs(),
      venues: getVenues(),
      services: getServices(),
      supportLevels: getSupportLevels(),
      guides: getGuides(),
      pages: getPages(),
    },
    readSearchWords(process.env.CONTENT_DIR ?? 'content'),
  )
  return buildSearchIndex(docs, words)
}

function fromBuild(): SearchIndex | undefined {
  if (process.env.NODE_ENV !== 'production') return undefined
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), searchIndexFile())
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) return undefined
  return loadSearchIndex(JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')))
}

// Once, when the server first loads this module; content only changes with a new build.
export const siteSearch: SearchIndex = fromBuild() ?? fromContent()
