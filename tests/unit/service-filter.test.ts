import { describe, expect, it } from 'vitest'
import {
  ageBandsFrom,
  ageMatch,
  canonicalQuery,
  filterSegment,
  findServices,
  parseServiceQuery,
  segmentQuery,
  servicesHref,
} from '@/lib/content/filters'

const mst = { slug: 'mst', audience: 'both', level: 'specialist-intensive', access: ['professional-referral'], ageFrom: 11, ageTo: 17 } as const
const hubs = { slug: 'hubs', audience: 'both', level: 'family-hubs', access: ['self-referral', 'professional-referral', 'phone'], ageFrom: 0, ageTo: 19, sendAgeTo: 25 } as const
const centres = { slug: 'centres', audience: 'families', level: 'targeted', access: ['self-referral', 'professional-referral'] } as const
const toolkit = { slug: 'toolkit', audience: 'professionals', level: 'universal', access: ['online'] } as const
const cluster = { slug: 'cluster', audience: 'both', level: 'targeted', access: ['through-school-or-cluster'] } as const
const ALL = [mst, hubs, centres, toolkit, cluster]
const BANDS = ageBandsFrom([{ from: 0, to: 4 }, { from: 5, to: 10 }, { from: 11, to: 17 }, { from: 18, to: 25, send: true }])
const NEEDS = { needs: ['send', 'young-carers'], levels: ['universal', 'targeted', 'family-hubs', 'specialist-intensive'], ageBands: BANDS }
const needServices = (need: string) => (need === 'send' ? ['hubs', 'centres'] : [])
const noNeeds = () => []
const band = (key: string) => {
  const found = BANDS.find((candidate) => candidate.key === key)
  if (!found) throw new Error(`no age band ${key}`)
  return found
}
const slugs = (services: readonly { slug: string }[]) => services.map((service) => service.slug)

describe('ageMatch', () => {
  it('matches an age band that overlaps the stated range', () => {
    expect(ageMatch(mst, band('11-17'))).toBe('yes')
    expect(ageMatch(mst, band('5-10'))).toBe('no')
    expect(ageMatch(hubs, band('0-4'))).toBe('yes')
  })
  it('counts the SEND upper age only in the 18 to 25 (with SEND) band', () => {
    expect(ageMatch(hubs, band('18-25'))).toBe('yes')
    expect(ageMatch(mst, band('18-25'))).toBe('no')
  })
  it('never claims a service whose ages are not stated', () => {
    expect(ageMatch(centres, band('11-17'))).toBe('not-stated')
  })
})

describe('age groups come from the content', () => {
  it('are named from their ages, with SEND groups said so', () => {
    expect(BANDS.map((spec) => [spec.key, spec.label])).toEqual([
      ['0-4', '0 to 4 years'],
      ['5-10', '5 to 10 years'],
      ['11-17', '11 to 17 years'],
      ['18-25', '18 to 25 years, with SEND'],
    ])
  })
  it('a council with other groups gets its own: ages map to them, others are errors', () => {
    const other = { ...NEEDS, ageBands: ageBandsFrom([{ from: 0, to: 5 }, { from: 6, to: 12 }, { from: 13, to: 19 }]) }
    expect(parseServiceQuery({ age: '7' }, other).filter).toEqual({ age: '6-12' })
    expect(parseServiceQuery({ age: '13-19' }, other).filter).toEqual({ age: '13-19' })
    expect(parseServiceQuery({ age: '0-4' }, other).errors.map((error) => error.field)).toEqual(['age'])
    expect(slugs(findServices(ALL, { age: '13-19' }, noNeeds, other.ageBands).matches)).toEqual(['mst', 'hubs'])
  })
})

describe('findServices', () => {
  it('keeps services with unstated ages apart when an age is chosen', () => {
    const { matches, agesNotStated } = findServices(ALL, { age: '11-17' }, noNeeds, BANDS)
    expect(slugs(matches)).toEqual(['mst', 'hubs'])
    expect(slugs(agesNotStated)).toEqual(['centres', 'toolkit', 'cluster'])
  })
  it('lists everything as a match when no age is chosen', () => {
    expect(findServices(ALL, {}, noNeeds, BANDS).matches).toHaveLength(5)
    expect(findServices(ALL, {}, noNeeds, BANDS).agesNotStated).toHaveLength(0)
  })
  it('filters by need from the needs content', () => {
    expect(slugs(findServices(ALL, { need: 'send' }, needServices, BANDS).matches)).toEqual(['hubs', 'centres'])
    expect(findServices(ALL, { need: 'young-carers' }, needServices, BANDS).matches).toEqual([])
  })
  it('filters by level of help', () => {
    expect(slugs(findServices(ALL, { level: 'targeted' }, noNeeds, BANDS).matches)).toEqual(['centres', 'cluster'])
  })
  it('tells services families can ask for themselves from those a professional refers to', () => {
    expect(slugs(findServices(ALL, { access: 'ask-directly' }, noNeeds, BANDS).matches)).toEqual(['hubs', 'centres'])
    expect(slugs(findServices(ALL, { access: 'professional-referral' }, noNeeds, BANDS).matches)).toEqual(['mst', 'hubs', 'centres', 'cluster'])
  })
  it('combines every filter', () => {
    const result = findServices(ALL, { age: '0-4', need: 'send', access: 'ask-directly', audience: 'families' }, needServices, BANDS)
    expect(slugs(result.matches)).toEqual(['hubs'])
    expect(slugs(result.agesNotStated)).toEqual(['centres'])
  })
})

describe('parseServiceQuery', () => {
  it('reads known values and ignores empty ones', () => {
    expect(parseServiceQuery({ age: '5-10', need: 'send', level: '', access: 'ask-directly', audience: 'all' }, NEEDS)).toEqual({
      filter: { age: '5-10', need: 'send', access: 'ask-directly' },
      errors: [],
    })
  })
  it('maps an age in years (older shared links) to its band', () => {
    expect(parseServiceQuery({ age: '12' }, NEEDS).filter).toEqual({ age: '11-17' })
    expect(parseServiceQuery({ age: '0' }, NEEDS).filter).toEqual({ age: '0-4' })
  })
  it('turns unknown values into messages naming the field', () => {
    const { filter, errors } = parseServiceQuery({ age: 'twelve', need: 'nonsense', level: 'top', access: 'x', audience: 'cats' }, NEEDS)
    expect(filter).toEqual({})
    expect(errors.map((error) => error.field)).toEqual(['age', 'need', 'level', 'access', 'audience'])
    expect(errors[0]?.message).toBe('Choose an age from the list')
    expect(parseServiceQuery({ age: '26' }, NEEDS).errors).toHaveLength(1)
  })
  it('takes the first of repeated parameters', () => {
    expect(parseServiceQuery({ age: ['0-4', '5-10'] }, NEEDS).filter).toEqual({ age: '0-4' })
  })
})

describe('canonical form', () => {
  it('orders parameters one way, whatever order they came in', () => {
    expect(canonicalQuery({ audience: 'families', level: 'targeted', age: '0-4' })).toBe('age=0-4&level=targeted&audience=families')
  })
  it('marks wrong fields so the cached page can explain them', () => {
    const { filter, errors } = parseServiceQuery({ age: 'twelve', level: 'targeted' }, NEEDS)
    expect(canonicalQuery(filter, errors)).toBe('age=~&level=targeted')
  })
  it('round-trips through the path segment', () => {
    const filter = { age: '18-25', need: 'send', access: 'professional-referral' } as const
    const segment = filterSegment(filter)
    expect(segment).toBe('age.18-25_need.send_access.professional-referral')
    expect(parseServiceQuery(segmentQuery(segment), NEEDS)).toEqual({ filter, errors: [] })
    expect(parseServiceQuery(segmentQuery('age.~'), NEEDS).errors).toHaveLength(1)
  })
  it('builds the links that remove one filter', () => {
    expect(servicesHref({ age: '0-4', level: undefined, need: 'send' })).toBe('/services?age=0-4&need=send')
    expect(servicesHref({})).toBe('/services')
  })
})

describe('service ages in content', () => {
  const base = {
    name: 'A service',
    summary: 'A summary.',
    level: 'targeted',
    audience: 'families',
    access: ['self-referral'],
    areas: ['citywide'],
    lastReviewed: '2026-11-20',
  }
  it('may be left out when the sources do not state them', async () => {
    const { serviceSchema } = await import('@/lib/content/schema')
    expect(serviceSchema.safeParse(base).success).toBe(true)
    expect(serviceSchema.safeParse({ ...base, ageFrom: 11, ageTo: 17 }).success).toBe(true)
  })
  it('must be given as a pair, with a message saying so', async () => {
    const { serviceSchema } = await import('@/lib/content/schema')
    const result = serviceSchema.safeParse({ ...base, ageFrom: 11 })
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['ageTo', 'is missing: give both ageFrom and ageTo, or leave both out if the sources do not say which ages the service helps'],
    ])
    expect(serviceSchema.safeParse({ ...base, sendAgeTo: 25 }).error?.issues[0]?.path).toEqual(['sendAgeTo'])
  })
})
