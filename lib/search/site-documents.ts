import type { SearchDoc } from './engine'
import { needSynonyms, toSearchDocuments, type SearchableContent } from './documents'

// What the site search indexes, from the compiled content: shared by the server, the build step
// that serialises the index and the benchmarks, so all three search the same documents.

type ServiceWithLevel = SearchableContent['services'][number] & { level: string }
type LevelWithKey = SearchableContent['supportLevels'][number] & { key: string }

export type SiteContent = Omit<SearchableContent, 'services' | 'supportLevels'> & {
  services: ServiceWithLevel[]
  supportLevels: LevelWithKey[]
}

// A service with no text has no page: its result leads to its level on /early-help, where it is
// listed with who to ask.
function searchableService(service: ServiceWithLevel, levels: LevelWithKey[]): ServiceWithLevel {
  if (service.body.raw.trim() !== '') return service
  const level = levels.find((candidate) => candidate.key === service.level)
  return level ? { ...service, url: level.url } : service
}

export function siteDocuments(content: SiteContent): { docs: SearchDoc[]; synonyms: string[][] } {
  const services = content.services.map((service) => searchableService(service, content.supportLevels))
  return { docs: toSearchDocuments({ ...content, services }), synonyms: needSynonyms(content.needs) }
}
