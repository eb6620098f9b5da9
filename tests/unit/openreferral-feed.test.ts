import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ACCESSIBILITY_LABELS } from '@/lib/content/enums'
import { answer, answerOrLocate, MAX_PER_PAGE, type ApiAnswer } from '@/lib/openreferral/api'
import { feedCacheKey } from '@/lib/openreferral/http'
import { buildFeed, type Feed } from '@/lib/openreferral/build'
import { readContentFolder } from '@/lib/openreferral/content-folder'
import type { OrukPage, OrukService, OrukServiceAtLocationSummary, OrukServiceSummary, OrukTaxonomy, OrukTaxonomyTerm } from '@/lib/openreferral/hsds'
import { nullPaths, schemaErrors, type OrukSchemaName } from '../support/openreferral-schemas'

// Every answer of every endpoint of the feed, for every service, place and taxonomy term, is
// checked against the standard's own schemas, with the paging, the filters and the errors a
// consumer relies on. The same checks run over the site's content and over a second, made-up
// council's (tests/openreferral/fixtures/content), so the feed is not valid by accident of one
// council's data, and the fictional starter council's.

const ROOT = path.join(import.meta.dirname, '../..')
const CONTENT_SETS = {
  "the site's own content": path.join(ROOT, 'content'),
  'a second council (fixture)': path.join(ROOT, 'tests/openreferral/fixtures/content'),
  'the starter council (no hub buildings)': path.join(ROOT, 'examples/starter'),
  'a council that uses every field (fixture)': path.join(ROOT, 'tests/fixtures/oruk-every-field'),
}
const SITE_URL = 'https://familyhubs.example.org'

const get = (feed: Feed, target: string, origin?: { latitude: number; longitude: number } | { error: string }): ApiAnswer => {
  const url = new URL(target, 'http://feed.test')
  return answer(feed, { segments: url.pathname.split('/').filter(Boolean), query: url.searchParams, origin })
}

/** The answer as a consumer reads it: the JSON sent, parsed. */
function sent<T>(result: ApiAnswer): T {
  return JSON.parse(JSON.stringify(result.body))
}

function ok<T>(feed: Feed, target: string): T {
  const result = get(feed, target)
  expect(result.status, `${target}: ${JSON.stringify(result.body).slice(0, 300)}`).toBe(200)
  expect(nullPaths(result.body), `${target} has no nulls`).toEqual([])
  return sent<T>(result)
}

function expectValid(schema: OrukSchemaName | 'page.json', value: unknown, what: string) {
  expect(schemaErrors(schema, value), `${what} against ${schema}`).toEqual([])
}

/** Every page of a list, checking the envelope and its arithmetic as the standard's validator does (first, middle and last pages). */
function allPages<T extends { id: string }>(feed: Feed, endpoint: string, itemSchema: OrukSchemaName, perPage: number): T[] {
  const first = ok<OrukPage<T>>(feed, `/${endpoint}?per_page=${perPage}`)
  const items: T[] = []
  for (let page = 1; page <= first.total_pages; page += 1) {
    const body = ok<OrukPage<T>>(feed, `/${endpoint}?per_page=${perPage}&page=${page}`)
    expectValid('page.json', body, `${endpoint} page ${page}`)
    expect(body).toMatchObject({ total_items: first.total_items, total_pages: first.total_pages, page_number: page, first_page: page === 1, last_page: page === first.total_pages })
    expect(body.size).toBe(body.contents.length)
    expect(body.empty).toBe(body.contents.length === 0)
    expect(body.size).toBe(page < first.total_pages ? perPage : first.total_items - perPage * (first.total_pages - 1))
    body.contents.forEach((item, index) => expectValid(itemSchema, item, `${endpoint} page ${page} entry ${index}`))
    items.push(...body.contents)
  }
  expect(first.total_pages).toBe(Math.max(1, Math.ceil(first.total_items / perPage)))
  expect(items).toHaveLength(first.total_items)
  expect(new Set(items.map((item) => item.id)).size, `${endpoint}: no entry on two pages`).toBe(items.length)
  const past = ok<OrukPage<T>>(feed, `/${endpoint}?per_page=${perPage}&page=${first.total_pages + 1}`)
  expect(past).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] })
  return items
}

for (const [name, folder] of Object.entries(CONTENT_SETS)) {
  describe(`the Open Referral feed of ${name}`, () => {
    const content = readContentFolder(folder)
    const feed = buildFeed(content, { siteUrl: SITE_URL })

    it('says at / which version of the standard it follows, for the validator to pick its rules', () => {
      expect(ok(feed, '/')).toEqual({ version: 'HSDS-UK-3.0', profile: expect.stringMatching(/^https:\/\//), openapi_url: expect.stringMatching(/^https:\/\/.*openapi\.json$/) })
    })

    it('lists every service and hub, and each full service is schema-valid with what the content states', () => {
      const listed = allPages<OrukServiceSummary>(feed, 'services', 'compiled/service_list.json', 4)
      expect(listed).toHaveLength(content.services.length + content.hubs.length)
      expect(listed.map((service) => service.name).sort()).toEqual([...content.services, ...content.hubs].map((item) => item.name).sort())
      for (const entry of listed) {
        const service = ok<OrukService>(feed, `/services/${entry.id}`)
        expectValid('compiled/service.json', service, `service ${service.name}`)
        for (const phone of [...(service.phones ?? []), ...(service.contacts ?? []).flatMap((contact) => contact.phones ?? [])]) expectValid('phone.json', phone, `a phone of ${service.name}`)
        expect(service.url, `${service.name} links to its page here or its website`).toBeDefined()
      }
      for (const source of content.services) {
        const service = feed.services.find((candidate) => candidate.name === source.name)
        expect(service?.minimum_age).toBe(source.ageFrom)
        expect(service?.maximum_age).toBe(source.ageTo)
        expect(service?.email).toBe(source.email)
        expect(service?.phones?.map((phone) => phone.number)).toEqual(source.phone ? [source.phone] : undefined)
        expect(service?.contacts?.map((contact) => contact.name)).toEqual(source.contacts?.map((key) => content.contacts.find((contact) => contact.key === key)?.name))
        // Opening times, sessions, and how families take part said on a schedule of its own when there is no other.
        const timed = (source.openingTimes?.length ?? 0) + (source.sessions?.length ?? 0)
        expect(service?.schedules?.length).toBe(timed + (source.attending && timed === 0 ? 1 : 0) || undefined)
        expect(service?.description?.startsWith(source.summary)).toBe(true)
      }
    })

    it('gives each hub, and each service at each of its hubs and venues, a place with its address, postcode, map position and accessibility', () => {
      const places = allPages<OrukServiceAtLocationSummary>(feed, 'service_at_locations', 'compiled/service_at_location_list.json', 1)
      const held = content.services.flatMap((service) => (service.venues ?? []).map((key) => ({ service: service.name, key })))
      expect(places).toHaveLength(content.hubs.length + held.length)
      const expected = [...content.hubs.map((hub) => ({ service: hub.name, key: hub.slug })), ...held]
      const found: { service: string; key: string | undefined }[] = []
      for (const entry of places) {
        const place = ok<{ location: { name: string; addresses: { postal_code: string }[]; latitude: number; longitude: number; accessibility?: { description?: string; details?: string }[] }; service: { name: string } }>(feed, `/service_at_locations/${entry.id}`)
        expectValid('compiled/service_at_location.json', place, `place ${entry.id}`)
        const where = [...content.hubs, ...content.venues].find((candidate) => candidate.name === place.location.name)
        found.push({ service: place.service.name, key: where?.slug })
        expect(place.location.addresses[0]?.postal_code).toBe(where?.postcode)
        expect([place.location.latitude, place.location.longitude]).toEqual([where?.latitude, where?.longitude])
        const access = place.location.accessibility ?? []
        expect(access.flatMap((item) => (item.description ? [item.description] : [])), place.location.name).toEqual((where?.accessibility ?? []).map((feature) => ACCESSIBILITY_LABELS[feature]))
        expect(access.flatMap((item) => (item.details ? [item.details] : [])), place.location.name).toEqual(where?.accessibilityNotes ? [where.accessibilityNotes] : [])
      }
      const order = (list: { service: string; key: string | undefined }[]) => list.map((item) => `${item.service} at ${item.key}`).sort()
      expect(order(found)).toEqual(order(expected))
    })

    it('publishes needs and levels of help as taxonomies, every term valid and used by the services that name it', () => {
      const taxonomies = allPages<OrukTaxonomy>(feed, 'taxonomies', 'taxonomy.json', 1)
      const interpreters = content.services.filter((service) => service.interpreters)
      expect(taxonomies.map((taxonomy) => taxonomy.name)).toEqual(['Needs', 'Levels of help', ...(interpreters.length > 0 ? ['Language support'] : [])])
      for (const taxonomy of taxonomies) expectValid('taxonomy.json', ok(feed, `/taxonomies/${taxonomy.id}`), taxonomy.name)
      const terms = allPages<OrukTaxonomyTerm>(feed, 'taxonomy_terms', 'taxonomy_term.json', 3)
      expect(terms).toHaveLength(content.needs.length + content.supportLevels.length + (interpreters.length > 0 ? 1 : 0))
      for (const term of terms) {
        expectValid('taxonomy_term.json', ok(feed, `/taxonomy_terms/${term.id}`), term.name)
        const found = ok<OrukPage<OrukServiceSummary>>(feed, `/services?taxonomy_term_id=${term.id}&per_page=${MAX_PER_PAGE}`).contents.map((service) => service.name).sort()
        const need = content.needs.find((candidate) => candidate.name === term.name)
        const expected = term.name === 'Interpreters on request' ? interpreters.map((service) => service.name) : need ? (need.services ?? []).map((slug) => content.services.find((service) => service.slug === slug)?.name) : content.services.filter((service) => content.supportLevels.find((level) => level.name === term.name)?.key === service.level).map((service) => service.name)
        expect(found, `services with the term ${term.name}`).toEqual(expected.sort())
      }
      const needs = taxonomies.find((taxonomy) => taxonomy.name === 'Needs')
      const withNeeds = ok<OrukPage<OrukServiceSummary>>(feed, `/services?taxonomy_id=${needs?.id}&per_page=${MAX_PER_PAGE}`)
      expect(withNeeds.total_items).toBe(new Set(content.needs.flatMap((need) => need.services ?? [])).size)
    })

    it('gives the same ids on every build, and different ids to another council', () => {
      const again = buildFeed(readContentFolder(folder), { siteUrl: 'https://elsewhere.example.net' })
      expect(again.services.map((service) => service.id)).toEqual(feed.services.map((service) => service.id))
      const other = buildFeed({ ...content, site: { ...content.site, siteUrl: 'https://another-council.example.org' } }, { siteUrl: SITE_URL })
      expect(other.services.map((service) => service.id)).not.toContain(feed.services[0]?.id)
    })

    it('finds a service by search, by age and by opening day', () => {
      const [first] = content.services
      if (!first) throw new Error('no services')
      const bySearch = ok<OrukPage<OrukServiceSummary>>(feed, `/services?search=${encodeURIComponent(first.name.toUpperCase())}`)
      expect(bySearch.contents.map((service) => service.name)).toContain(first.name)
      expect(ok<OrukPage<unknown>>(feed, '/services?search=zzqxnotaword').total_items).toBe(0)
      const youngest = ok<OrukPage<OrukServiceSummary>>(feed, `/services?minimum_age=0&maximum_age=19&per_page=${MAX_PER_PAGE}`).contents
      expect(youngest.map((service) => service.name).sort()).toEqual(
        [...content.services, ...content.hubs].filter((item) => item.ageFrom !== undefined && item.ageTo !== undefined && item.ageTo <= 19).map((item) => item.name).sort(),
      )
      const sessions = (item: (typeof content.services)[number] | (typeof content.hubs)[number]) => ('sessions' in item ? (item.sessions ?? []) : [])
      const open = [...content.services, ...content.hubs].filter((item) => [...(item.openingTimes ?? []).map((time) => ({ ...time, days: [time.day] })), ...sessions(item)].some((time) => time.days?.includes('monday') && time.opens !== undefined && time.opens >= '09:00'))
      expect(ok<OrukPage<OrukServiceSummary>>(feed, `/services?day=MO&start_time=09:00&per_page=${MAX_PER_PAGE}`).contents.map((service) => service.name).sort()).toEqual(open.map((item) => item.name).sort())
    })

    it('answers a bad parameter with a 400 naming it, and an unknown id or endpoint with a 404, all JSON', () => {
      for (const [target, parameter] of [
        ['/services?page=0', 'page'],
        ['/services?per_page=100000', 'per_page'],
        ['/services?minimum_age=abc', 'minimum_age'],
        ['/services?day=someday', 'day'],
        ['/services?taxonomy_term_id=not-an-id', 'taxonomy_term_id'],
        ['/services?page=1&page=2', 'page'],
        ['/services?format=ndjson', 'format'],
        ['/service_at_locations?proximity=500', 'proximity'],
        ['/taxonomy_terms?per_page=-1', 'per_page'],
      ] as const) {
        const result = get(feed, target)
        expect(result.status, target).toBe(400)
        expect(result.body, target).toMatchObject({ status: 400, parameter, message: expect.stringContaining(parameter) })
      }
      for (const target of ['/services/3f7b145d-84af-42d7-8fae-eaca714b02b2', '/services/nope', '/taxonomy_terms/00000000-0000-0000-0000-000000000000', '/organizations', '/services/x/y']) {
        expect(get(feed, target), target).toMatchObject({ status: 404, body: { status: 404 } })
      }
    })

    // A council without hub buildings publishes no places to measure from.
    it.skipIf(content.hubs.length === 0)('orders places by distance from a postcode, and keeps those within the proximity', () => {
      const [hub] = content.hubs
      if (!hub) throw new Error('no hubs')
      const near = sent<OrukPage<OrukServiceAtLocationSummary>>(get(feed, '/service_at_locations?postcode=SW1A1AA&proximity=10', { latitude: hub.latitude, longitude: hub.longitude }))
      // The hub, and the services held there.
      const atHub = [hub.name, ...content.services.filter((service) => service.venues?.includes(hub.slug)).map((service) => service.name)]
      expect(near.contents.map((place) => place.service.name).sort()).toEqual(atHub.sort())
      const all = sent<OrukPage<OrukServiceAtLocationSummary>>(get(feed, '/service_at_locations?postcode=SW1A1AA', { latitude: hub.latitude, longitude: hub.longitude }))
      expect(atHub).toContain(all.contents[0]?.service.name)
      expect(all.total_items).toBe(content.hubs.length + content.services.flatMap((service) => service.venues ?? []).length)
      expect(get(feed, '/service_at_locations?postcode=XX', { error: 'is not a UK postcode' })).toMatchObject({ status: 400, body: { parameter: 'postcode' } })
    })

    it('asks for a postcode look-up only for a place search whose other parameters are all valid', () => {
      const step = (target: string) => {
        const url = new URL(target, 'http://feed.test')
        return answerOrLocate(feed, { segments: url.pathname.split('/').filter(Boolean), query: url.searchParams })
      }
      expect(step('/service_at_locations?postcode=LS9%207BG&proximity=5000')).toEqual({ locate: 'LS9 7BG' })
      // Addresses that do not read postcode, and refused requests, are answered without one.
      for (const target of ['/?postcode=LS9 7BG', '/taxonomies?postcode=LS9 7BG', '/nope?postcode=LS9 7BG', '/services?postcode=LS9 7BG', '/service_at_locations/x?postcode=LS9 7BG', '/service_at_locations?postcode=LS9 7BG&page=0', '/service_at_locations?postcode=LS9 7BG&minimum_age=x', '/service_at_locations?postcode=LS9 7BG&full=1', '/service_at_locations?postcode=LS9 7BG&postcode=LS1 1AA']) {
        expect(step(target), target).not.toHaveProperty('locate')
      }
    })

    it('reads only the parameters its cache key names, so one it ignores is the same answer and the same entry', () => {
      for (const target of ['/', '/services?per_page=3', '/service_at_locations?search=family', '/taxonomies', `/services/${ok<OrukPage<OrukServiceSummary>>(feed, '/services?per_page=1').contents[0]?.id}`, '/nope']) {
        const url = new URL(target, 'http://feed.test')
        const noisy = new URL(url)
        noisy.searchParams.append('zz', '1')
        noisy.searchParams.append('search-x', 'y')
        expect(get(feed, `${noisy.pathname}${noisy.search}`), target).toEqual(get(feed, target))
        expect(feedCacheKey(`/api/openreferral/v3${noisy.pathname}`, noisy.searchParams), target).toBe(feedCacheKey(`/api/openreferral/v3${url.pathname}`, url.searchParams))
      }
      // The root and one entry read no parameter at all, not even the profile's.
      expect(feedCacheKey('/api/openreferral/v3', new URLSearchParams('page=2&postcode=LS9'))).toBe('/api/openreferral/v3')
      // What a list reads makes another entry, in any order.
      expect(feedCacheKey('/api/openreferral/v3/services', new URLSearchParams('per_page=5&page=2&zz=1'))).toBe('/api/openreferral/v3/services?page=2&per_page=5')
    })
  })
}

describe('the Open Referral feed of services as families decide on them', () => {
  const feed = buildFeed(readContentFolder(path.join(ROOT, 'tests/fixtures/oruk-every-field')), { siteUrl: SITE_URL })
  const service = (name: string) => {
    const found = feed.services.find((candidate) => candidate.name === name)
    if (!found) throw new Error(`no service ${name}`)
    return found
  }
  /** The entries without their ids (name-based UUIDs, tested elsewhere). */
  const without = <T extends { id: string }>(items: readonly T[] | undefined) =>
    (items ?? []).map((item) => {
      const copy: Partial<T> = { ...item }
      delete copy.id
      return copy
    })

  it('says when each session runs in the profile schedule fields, at its place', () => {
    const play = service('Play sessions')
    const placeOf = (scheduleAt: string | undefined) => play.service_at_locations?.find((place) => place.id === scheduleAt)?.location?.name
    expect(play.schedules?.map((schedule) => ({ ...schedule, id: undefined, service_id: undefined, service_at_location_id: placeOf(schedule.service_at_location_id) }))).toEqual([
      { id: undefined, service_id: undefined, service_at_location_id: 'North Family Hub', freq: 'WEEKLY', byday: 'MO,TH', opens_at: '09:30:00', closes_at: '11:30:00', description: 'Term time only.', attending_type: 'In person' },
      { id: undefined, service_id: undefined, service_at_location_id: 'North Family Hub', freq: 'WEEKLY', byday: 'MO', opens_at: '13:00:00', closes_at: '15:00:00', description: 'School holidays only.', attending_type: 'In person' },
      { id: undefined, service_id: undefined, service_at_location_id: 'Riverside Library', valid_from: '2027-01-06', valid_to: '2027-07-21', dtstart: '2027-01-06', freq: 'WEEKLY', interval: 2, byday: 'WE', opens_at: '10:00:00', closes_at: '11:00:00', description: 'Every other week.', notes: "Bring your baby's red book.", attending_type: 'In person' },
      { id: undefined, service_id: undefined, service_at_location_id: 'Riverside Library', freq: 'MONTHLY', byday: '1SA,-1SA', opens_at: '10:00:00', closes_at: '12:00:00', description: 'The first and last Saturday of the month.', attending_type: 'In person' },
    ])
    expect(without(service('Parenting advice').schedules)).toEqual([{ service_id: service('Parenting advice').id, description: 'By appointment. Term time only.', notes: 'Ask the hub line for a time.', attending_type: 'Online, By phone' }])
    // A monthly session on Saturdays is found by day=SA.
    const onSaturday = answer(feed, { segments: ['services'], query: new URLSearchParams('day=SA&start_time=10:00') })
    expect(JSON.stringify(onSaturday.body)).toContain('Play sessions')
  })

  it('publishes cost in pounds, languages with their ISO codes (BSL as bfi), and interpreters as a term, not a language', () => {
    const play = service('Play sessions')
    expect(without(play.cost_options)).toEqual([
      { service_id: play.id, amount: 2, currency: 'GBP', amount_description: 'a session' },
      { service_id: play.id, amount: 7.5, currency: 'GBP', amount_description: 'a family, for a block of four' },
      { service_id: play.id, option: 'Free for families who get Universal Credit.' },
    ])
    expect(play.fees_description).toBe('£2 a session. £7.50 a family, for a block of four. Free for families who get Universal Credit. You pay for the trip at the end of term.')
    expect(play.fees).toBe(play.fees_description)
    expect(without(play.languages)).toEqual([
      { service_id: play.id, name: 'Polish', code: 'pl' },
      { service_id: play.id, name: 'Urdu', code: 'ur' },
      { service_id: play.id, name: 'British Sign Language', code: 'bfi' },
    ])
    expect(play.attributes?.map((attribute) => attribute.taxonomy_term?.name)).toContain('Interpreters on request')
    const advice = service('Parenting advice')
    expect(without(advice.cost_options)).toEqual([{ service_id: advice.id, amount: 0, currency: 'GBP', amount_description: 'Free' }])
    expect(advice.fees_description).toBe('Free. Books to take home cost £3.')
    expect(advice.attributes?.map((attribute) => attribute.taxonomy_term?.name)).not.toContain('Interpreters on request')
    // How families take part is said on every schedule of the service.
    expect(without(service('Help from a Family Hub').schedules).map((schedule) => schedule.attending_type)).toContain('In person, Online, By phone, At home (a visit)')
  })
})
