import 'server-only'
import { getGuides, getHubs, getNeeds, getPages, getServices, getSupportLevels } from '@/lib/content'
import { buildSearchIndex } from './engine'
import { siteDocuments } from './site-documents'

// Built once, when the server first loads this module; content only changes with a new build.
const { docs, synonyms } = siteDocuments({
  needs: getNeeds(),
  hubs: getHubs(),
  services: getServices(),
  supportLevels: getSupportLevels(),
  guides: getGuides(),
  pages: getPages(),
})

export const siteSearch = buildSearchIndex(docs, synonyms)
