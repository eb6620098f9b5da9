import type { SearchDoc, SearchWords } from './engine'
import { needSynonyms, toSearchDocuments, type SearchableContent } from './documents'
import type { EditorsWords } from './search-words'

// What the site search indexes, from the compiled content and the editors' word list: shared by
// the server, the build step that serialises the index and the benchmarks, so all search the
// same documents with the same words.

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

export function siteDocuments(content: SiteContent, editors?: EditorsWords): { docs: SearchDoc[]; words: SearchWords } {
  const services = content.services.map((service) => searchableService(service, content.supportLevels))
  // The editors' words for a need count as its everyday words: matched as keywords, and a query
  // naming one puts the need first.
  const needs = content.needs.map((need) => ({ ...need, everydayWords: [...need.everydayWords, ...(editors?.needWords.get(need.slug) ?? [])] }))
  return {
    docs: toSearchDocuments({ ...content, needs, services }),
    words: { synonyms: [...needSynonyms(needs), ...(editors?.sameMeaning ?? [])], noPage: editors?.noPage ?? [] },
  }
}
