import 'server-only'
import { getGuides, getHubs, getNeeds, getPages, getServices, getSupportLevels } from '@/lib/content'
import { buildSearchIndex } from './engine'
import { needSynonyms, toSearchDocuments } from './documents'

// Built once, when the server first loads this module; content only changes with a new build.
const content = {
  needs: getNeeds(),
  hubs: getHubs(),
  services: getServices(),
  supportLevels: getSupportLevels(),
  guides: getGuides(),
  pages: getPages(),
}

export const siteSearch = buildSearchIndex(toSearchDocuments(content), needSynonyms(content.needs))
