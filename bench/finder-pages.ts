// How many filtered lists the service finder can cache for today's content, before the filters
// for cost, attending, language and times were added and now: `npm run bench:finder-pages`
// (after `npm run content`; CONTENT_DIR as for the build). The lists live in two LRU caches of
// fixed size (Next's memory cache, 50 MB, and PAGE_CACHE_MB), so this says how much of the finder
// they hold, not how much memory it takes: `npm run bench:abuse -- memory` measures that.
import fs from 'node:fs'
import path from 'node:path'
import { ageBandsFrom, countFilteredPages } from '../lib/content/filters'
import { finderOffers, NO_OFFERS } from '../lib/content/finder-facets'

import type { Need, Service, Site, SupportLevel } from 'contentlayer/generated'

function read<T>(type: string): T {
  return JSON.parse(fs.readFileSync(path.resolve('.contentlayer/generated', type, '_index.json'), 'utf8'))
}
const site = read<Site>('Site')
const services = read<Service[]>('Service')

const vocabulary = {
  needs: read<Need[]>('Need').map((need) => need.slug),
  levels: read<SupportLevel[]>('SupportLevel').map((level) => level.key),
  ageBands: ageBandsFrom(site.ageBands),
}
const offers = finderOffers(services)
const withoutNewFilters = (vocabulary.ageBands.length + 2) * (vocabulary.needs.length + 2) * (vocabulary.levels.length + 2) * 4 * 4 - 1

console.log(`${site.siteName}: ${services.length} services`)
console.log(`  the facts some service states: ${JSON.stringify(offers)}`)
console.log(`  filtered lists, the five older filters alone: ${withoutNewFilters.toLocaleString('en-GB')}`)
console.log(`  filtered lists now: ${countFilteredPages({ ...vocabulary, offers }).toLocaleString('en-GB')} (with no facts stated: ${countFilteredPages({ ...vocabulary, offers: NO_OFFERS }).toLocaleString('en-GB')})`)
console.log('  services near a postcode: rendered per request, never cached')
