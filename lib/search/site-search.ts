import 'server-only'
import { getGuides, getHubs, getNeeds, getPages, getServices, getSupportLevels } from '@/lib/content'
import { buildSearchIndex } from './engine'
import { readSearchWords } from './search-words-file'
import { siteDocuments } from './site-documents'

// Built once, when the server first loads this module; content only changes with a new build.
const { docs, words } = siteDocuments(
  {
    needs: getNeeds(),
    hubs: getHubs(),
    services: getServices(),
    supportLevels: getSupportLevels(),
    guides: getGuides(),
    pages: getPages(),
  },
  readSearchWords(process.env.CONTENT_DIR ?? 'content'),
)

export const siteSearch = buildSearchIndex(docs, words)
