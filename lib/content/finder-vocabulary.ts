import { allNeeds, allServices, allSupportLevels, site } from 'contentlayer/generated'
import { ageBandsFrom, type FinderVocabulary } from './filters'
import { finderOffers } from './finder-facets'

// The needs, levels of help, age groups and service facts the finder accepts, for proxy.ts: it runs outside the React server
// (so it cannot load the server-only index.ts) and must only rewrite to pages for values that exist.
export const NEED_SLUGS: readonly string[] = allNeeds.map((need) => need.slug)
export const LEVEL_KEYS: readonly string[] = allSupportLevels.map((level) => level.key)
export const FINDER_VOCABULARY: FinderVocabulary = {
  needs: NEED_SLUGS,
  levels: LEVEL_KEYS,
  ageBands: ageBandsFrom(site.ageBands),
  offers: finderOffers(allServices),
}
