import type { AccessRoute, Attending, Audience } from './enums'
import { attendingOf, isFree, languagesOf, NO_OFFERS, runsAt, type FinderOffers, type ServiceFacts, type TimeFilter } from './finder-facets'

// The service finder on /services: plain GET parameters, so its input is whatever is in the
// query string. Every filter has a fixed, small set of values; anything else is an error the page
// explains. The canonical form (one order, no empty values) is what proxy.ts rewrites to a cached
// page, so the number of distinct pages is bounded by these lists. The age groups, needs and
// levels of help are the content's own (site.yaml ageBands, needs/, support-levels/).

/** An age group of the finder: its key in addresses ("5-10") and its label. */
export type AgeBandSpec = { key: string; from: number; to: number; send: boolean; label: string }

/** The finder's age groups from site.yaml's ageBands (the content check keeps them in order, apart). */
export function ageBandsFrom(bands: readonly { from: number; to: number; send?: boolean }[]): AgeBandSpec[] {
  return bands.map(({ from, to, send = false }) => ({ key: `${from}-${to}`, from, to, send, label: `${from} to ${to} years${send ? ', with SEND' : ''}` }))
}

/** "How to get it", in a family's words, and the access routes that count as each. */
export const ACCESS_FILTERS = {
  'ask-directly': {
    label: 'Families can ask for help themselves',
    routes: ['self-referral', 'phone', 'online'] satisfies AccessRoute[],
  },
  'professional-referral': {
    label: 'A professional refers the family',
    routes: ['professional-referral', 'through-school-or-cluster'] satisfies AccessRoute[],
  },
} as const
export type AccessFilter = keyof typeof ACCESS_FILTERS

export const AUDIENCE_FILTERS = { families: 'Families, children and young people', professionals: 'Professionals' } as const

/** The parameters, in the order of the canonical query string. */
export const FILTER_KEYS = ['age', 'need', 'level', 'access', 'audience', 'cost', 'attending', 'language', 'when'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

export type ServiceFilter = {
  /** The key of an age group ("5-10"). */
  age?: string
  need?: string
  /** A key of a level of help (support-levels/). */
  level?: string
  access?: AccessFilter
  audience?: keyof typeof AUDIENCE_FILTERS
  cost?: 'free'
  attending?: Attending
  /** An ISO 639 code the content uses, or "bsl" for British Sign Language. */
  language?: string
  when?: TimeFilter
}

export type FilterError = { field: FilterKey; message: string }

/** What a service offers the filter; ages are absent when the sources do not state them. */
export type Filterable = ServiceFacts & {
  slug: string
  audience: Audience
  level: string
  access: readonly AccessRoute[]
  ageFrom?: number
  ageTo?: number
  sendAgeTo?: number
}

export type AgeMatch = 'yes' | 'no' | 'not-stated'

export function ageMatch(service: Filterable, spec: AgeBandSpec): AgeMatch {
  const { ageFrom, ageTo, sendAgeTo } = service
  if (ageFrom === undefined || ageTo === undefined) return 'not-stated'
  // Only a group "with SEND" (18 to 25 in most councils) counts the SEND upper age.
  const upper = spec.send ? Math.max(ageTo, sendAgeTo ?? ageTo) : ageTo
  return ageFrom <= spec.to && upper >= spec.from ? 'yes' : 'no'
}

/** Every filter but age: a yes or no for each service. */
function matchesOtherFilters(service: Filterable, filter: ServiceFilter, needServices: (need: string) => readonly string[]) {
  if (filter.audience && service.audience !== 'both' && service.audience !== filter.audience) return false
  if (filter.level && service.level !== filter.level) return false
  if (filter.access) {
    const routes: readonly AccessRoute[] = ACCESS_FILTERS[filter.access].routes
    if (!service.access.some((route) => routes.includes(route))) return false
    if (filter.access === 'ask-directly' && service.audience === 'professionals') return false
  }
  if (filter.need && !needServices(filter.need).includes(service.slug)) return false
  if (filter.cost === 'free' && !isFree(service)) return false
  if (filter.attending && !attendingOf(service).includes(filter.attending)) return false
  if (filter.language && !languagesOf(service).includes(filter.language)) return false
  if (filter.when && !runsAt(service, filter.when)) return false
  return true
}

/**
 * The services that match, and (when an age band is chosen) those that match everything else
 * but do not state their ages: they are shown apart, never claimed for the age.
 */
export function findServices<S extends Filterable>(
  services: readonly S[],
  filter: ServiceFilter,
  needServices: (need: string) => readonly string[],
  ageBands: readonly AgeBandSpec[],
): { matches: S[]; agesNotStated: S[] } {
  const band = ageBands.find((candidate) => candidate.key === filter.age)
  const matches: S[] = []
  const agesNotStated: S[] = []
  for (const service of services) {
    if (!matchesOtherFilters(service, filter, needServices)) continue
    const age = filter.age ? (band ? ageMatch(service, band) : 'no') : 'yes'
    if (age === 'yes') matches.push(service)
    else if (age === 'not-stated') agesNotStated.push(service)
  }
  return { matches, agesNotStated }
}

type Query = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ''

/** Marks a value the page must explain; never a real value (those are lowercase words and digits). */
export const INVALID = '~'

const MESSAGES: Record<FilterKey, string> = {
  age: 'Choose an age from the list',
  need: 'Choose what you need help with from the list',
  level: 'Choose a level of help from the list',
  access: 'Choose how to get help from the list',
  audience: 'Choose who the service is for from the list',
  cost: 'Choose "Free only" or leave it unticked',
  attending: 'Choose how you want to take part from the list',
  language: 'Choose a language from the list',
  when: 'Choose a time from the list',
}

/** Ages in years (the old form, still in shared links) map to their band. */
function ageBandOf(text: string, bands: readonly AgeBandSpec[]): string | undefined {
  const band = bands.find((candidate) => candidate.key === text)
  if (band) return band.key
  if (!/^\d{1,2}$/.test(text)) return undefined
  const years = Number(text)
  return bands.find((candidate) => years >= candidate.from && years <= candidate.to)?.key
}

/** The values the content has for the filters that come from it. */
export type FinderVocabulary = {
  needs: readonly string[]
  levels: readonly string[]
  ageBands: readonly AgeBandSpec[]
  /** The cost, attending, language and time values some service can match (lib/content/finder-facets.ts). */
  offers?: FinderOffers
}

/**
 * Reads the query against the needs, levels, age groups and service facts that exist. Unknown
 * values, and values no service can match (free where no service states its cost), become errors.
 */
export function parseServiceQuery(query: Query, { needs, levels, ageBands, offers = NO_OFFERS }: FinderVocabulary): { filter: ServiceFilter; errors: FilterError[] } {
  const filter: ServiceFilter = {}
  const errors: FilterError[] = []
  const fail = (field: FilterKey) => errors.push({ field, message: MESSAGES[field] })
  const text = {
    age: first(query.age),
    need: first(query.need),
    level: first(query.level),
    access: first(query.access),
    audience: first(query.audience),
    cost: first(query.cost),
    attending: first(query.attending),
    language: first(query.language),
    when: first(query.when),
  }

  if (text.age) {
    const band = ageBandOf(text.age, ageBands)
    if (band) filter.age = band
    else fail('age')
  }
  if (text.need) {
    if (needs.includes(text.need)) filter.need = text.need
    else fail('need')
  }
  if (text.level) {
    const level = levels.find((candidate) => candidate === text.level)
    if (level) filter.level = level
    else fail('level')
  }
  if (text.access) {
    if (text.access === 'ask-directly' || text.access === 'professional-referral') filter.access = text.access
    else fail('access')
  }
  if (text.audience && text.audience !== 'all') {
    if (text.audience === 'families' || text.audience === 'professionals') filter.audience = text.audience
    else fail('audience')
  }
  if (text.cost) {
    if (text.cost === 'free' && offers.free) filter.cost = 'free'
    else fail('cost')
  }
  if (text.attending) {
    const how = offers.attending.find((candidate) => candidate === text.attending)
    if (how) filter.attending = how
    else fail('attending')
  }
  if (text.language) {
    const code = offers.languages.find((candidate) => candidate === text.language.toLowerCase())
    if (code) filter.language = code
    else fail('language')
  }
  if (text.when) {
    const when = offers.when.find((candidate) => candidate === text.when)
    if (when) filter.when = when
    else fail('when')
  }
  return { filter, errors }
}

/** The filter (and which fields were wrong) as one ordered query string: "age=11-17&level=targeted". */
export function canonicalQuery(filter: ServiceFilter, errors: readonly FilterError[] = []): string {
  const wrong = new Set(errors.map((error) => error.field))
  return FILTER_KEYS.flatMap((key) => {
    const value = wrong.has(key) ? INVALID : filter[key]
    return value ? [`${key}=${encodeURIComponent(value)}`] : []
  }).join('&')
}

/** The public address of a filtered list (nearest a postcode, if given), for links (remove one filter, share, canonical). */
export function servicesHref(filter: ServiceFilter, postcode?: string): string {
  const query = [postcode ? `postcode=${encodeURIComponent(postcode)}` : '', canonicalQuery(filter)].filter(Boolean).join('&')
  return query ? `/services?${query}` : '/services'
}

export function isFiltered(filter: ServiceFilter, errors: readonly FilterError[] = []): boolean {
  return FILTER_KEYS.some((key) => filter[key] !== undefined) || errors.length > 0
}

/**
 * The canonical filter as one path segment, "age.11-17_level.targeted", for the cached page
 * behind /services?… (values are lowercase words, digits and hyphens, or the INVALID mark).
 */
export function filterSegment(filter: ServiceFilter, errors: readonly FilterError[] = []): string {
  return canonicalQuery(filter, errors).split('&').filter(Boolean).map((pair) => pair.replace('=', '.')).join('_')
}

/** The segment back into the query it came from, read with the same rules as any query. */
export function segmentQuery(segment: string): Record<string, string> {
  return Object.fromEntries(
    decodeURIComponent(segment)
      .split('_')
      .map((pair) => pair.split('.'))
      .filter((parts): parts is [string, string] => parts.length === 2),
  )
}

/**
 * How many distinct filtered lists the finder can cache (each a page in Next's cache and the
 * server's page cache): every key is unset, one of its values, or the INVALID mark; the list
 * with nothing set is /services itself. The caches are LRUs of fixed size whatever this number;
 * it says how much of the finder fits in them. A postcode search is never cached.
 */
export function countFilteredPages({ needs, levels, ageBands, offers = NO_OFFERS }: FinderVocabulary): number {
  const values: Record<FilterKey, number> = {
    age: ageBands.length,
    need: needs.length,
    level: levels.length,
    access: Object.keys(ACCESS_FILTERS).length,
    audience: Object.keys(AUDIENCE_FILTERS).length,
    cost: offers.free ? 1 : 0,
    attending: offers.attending.length,
    language: offers.languages.length,
    when: offers.when.length,
  }
  return FILTER_KEYS.reduce((count, key) => count * (values[key] + 2), 1) - 1
}
