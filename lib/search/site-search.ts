import 'server-only'
import { getGuides, getHubs, getNeeds, getPages, getServices, getSupportLevel, getSupportLevels, hasOwnPage, type Service } from '@/lib/content'
import { buildSearchIndex } from './engine'
import { needSynonyms, toSearchDocuments } from './documents'

// A service with no text has no page: its result leads to its level on /early-help, where it is
// listed with who to ask.
function searchableService(service: Service): Service {
  if (hasOwnPage(service)) return service
  const level = getSupportLevel(service.level)
  return level ? { ...service, url: level.url } : service
}

// Built once, when the server first loads this module; content only changes with a new build.
const content = {
  needs: getNeeds(),
  hubs: getHubs(),
  services: getServices().map(searchableService),
  supportLevels: getSupportLevels(),
  guides: getGuides(),
  pages: getPages(),
}

export const siteSearch = buildSearchIndex(toSearchDocuments(content), needSynonyms(content.needs))
