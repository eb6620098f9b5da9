import type { Feed, FeedLocation } from './build'
import { DAY_CODES } from './build'
import type { OrukPage, OrukService } from './hsds'
import { feedQuery } from './http'

// The feed's read-only API as a pure function: (path under the base, query) -> status and JSON
// body. The route (app/api/openreferral/v3/[[...path]]/route.ts) adds the headers; tests call
// this directly over any content set. Parameters are those the profile's openapi.json names for
// each endpoint; a value that is not valid gets a 400 naming the parameter, and a profile
// parameter this feed cannot answer gets a 400 saying so (docs/open-data.md), never a silent
// full list. Parameters outside the profile are ignored, like any web page's.

export const OPEN_REFERRAL_VERSION = 'HSDS-UK-3.0'
export const PROFILE_URL = 'https://github.com/openreferral/uk-profile'
export const OPENAPI_URL = 'https://openreferraluk.org/specifications/3.0/openapi.json'

export const DEFAULT_PER_PAGE = 50
/** The most entries one page holds: a consumer reads the whole feed in a few requests, and no request costs much. */
export const MAX_PER_PAGE = 200
/** The furthest a proximity search reaches, in metres (the whole of Great Britain is within 1,000 km). */
const MAX_PROXIMITY_METRES = 1_000_000

export type ApiAnswer = { status: 200 | 400 | 404; body: unknown }

/** A postcode's centre, found by the caller (the route asks the postcode service). */
export type PostcodeOrigin = { latitude: number; longitude: number } | { error: string }

/** A postcode search whose place is still to be found: the caller looks it up and asks again with the origin. */
export type Locate = { locate: string }

export type ApiRequest = {
  segments: readonly string[]
  query: URLSearchParams
  /** Where the postcode parameter is, when the request has one. */
  origin?: PostcodeOrigin
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/
const NOT_ANSWERED: Record<string, string> = {
  minimal: 'this feed has no minimal form: page through /services instead',
  full: 'list entries here have their one-to-one fields only: fetch /services/{id} for a full service',
  full_service: 'this feed has no /organizations endpoint',
  format: 'this feed answers in JSON only',
}

export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(`${parameter}: ${message}`)
  }
}

export function errorBody(status: number, message: string, parameter?: string) {
  return parameter === undefined ? { status, message } : { status, message, parameter }
}

function single(query: URLSearchParams, name: string): string | undefined {
  const values = query.getAll(name)
  if (values.length > 1) throw new BadParameter(name, 'is given more than once: give it once')
  const [value] = values
  return value === undefined ? undefined : value.trim()
}

function wholeNumber(query: URLSearchParams, name: string, minimum: number, maximum: number): number | undefined {
  const value = single(query, name)
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < minimum || Number(value) > maximum) {
    throw new BadParameter(name, `must be a whole number from ${minimum} to ${maximum} (got "${value.slice(0, 40)}")`)
  }
  return Number(value)
}

function age(query: URLSearchParams, name: string): number | undefined {
  const value = single(query, name)
  if (value === undefined) return undefined
  if (!/^\d{1,3}(\.\d+)?$/.test(value)) throw new BadParameter(name, `must be an age in years, like 5 (got "${value.slice(0, 40)}")`)
  return Number(value)
}

function time(query: URLSearchParams, name: string): string | undefined {
  const value = single(query, name)
  if (value === undefined) return undefined
  if (!TIME.test(value)) throw new BadParameter(name, `must be a time on the 24-hour clock, like 09:00 or 17:30:00 (got "${value.slice(0, 40)}")`)
  return value.length === 5 ? `${value}:00` : value
}

function uuid(query: URLSearchParams, name: string): string | undefined {
  const value = single(query, name)
  if (value === undefined) return undefined
  if (!UUID.test(value)) throw new BadParameter(name, `must be an id from this feed, a UUID like 3f7b145d-84af-42d7-8fae-eaca714b02b2 (got "${value.slice(0, 40)}")`)
  return value.toLowerCase()
}

const DAY_NAMES = new Map(Object.entries(DAY_CODES).flatMap(([day, code]) => [[day, code], [code.toLowerCase(), code]] as const))

function day(query: URLSearchParams): string | undefined {
  const value = single(query, 'day')
  if (value === undefined) return undefined
  const code = DAY_NAMES.get(value.toLowerCase())
  if (!code) throw new BadParameter('day', `must be a day of the week, like MO or monday (got "${value.slice(0, 40)}")`)
  return code
}

function dateTime(query: URLSearchParams, name: string): number | undefined {
  const value = single(query, name)
  if (value === undefined) return undefined
  const instant = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN
  if (Number.isNaN(instant)) throw new BadParameter(name, `must be a date or date and time, like 2026-01-31 or 2026-01-31T09:00:00Z (got "${value.slice(0, 40)}")`)
  return instant
}

function refuseUnanswered(query: URLSearchParams): void {
  for (const [name, reason] of Object.entries(NOT_ANSWERED)) if (query.has(name)) throw new BadParameter(name, `is not supported: ${reason}`)
}

function paging(query: URLSearchParams): { page: number; perPage: number } {
  return {
    page: wholeNumber(query, 'page', 1, 1_000_000) ?? 1,
    perPage: wholeNumber(query, 'per_page', 1, MAX_PER_PAGE) ?? DEFAULT_PER_PAGE,
  }
}

/** The profile's page: page_number is the page asked for, even past the last (then empty). */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): OrukPage<T> {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const contents = items.slice((page - 1) * perPage, page * perPage)
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}

type ServiceFilter = (serviceId: string, service: OrukService | undefined) => boolean

/** The filters /services and /service_at_locations share, from the query. */
function serviceFilters(feed: Feed, query: URLSearchParams): ServiceFilter[] {
  const filters: ServiceFilter[] = []
  const search = single(query, 'search')
  if (search !== undefined && search !== '') {
    if (search.length > 200) throw new BadParameter('search', 'is too long: use 200 characters or fewer')
    const words = search.toLowerCase().split(/\s+/).filter(Boolean)
    filters.push((id) => {
      const text = feed.facts.get(id)?.text ?? ''
      return words.every((word) => text.includes(word))
    })
  }
  const termId = uuid(query, 'taxonomy_term_id')
  if (termId) filters.push((id) => feed.facts.get(id)?.termIds.has(termId) ?? false)
  const taxonomyId = uuid(query, 'taxonomy_id')
  if (taxonomyId) filters.push((id) => feed.facts.get(id)?.taxonomyIds.has(taxonomyId) ?? false)
  const organizationId = uuid(query, 'organization_id')
  if (organizationId) filters.push((_id, service) => service?.organization_id === organizationId)
  // The profile's words: "a minimum age of at least" and "a maximum age equal to or below" the value.
  // A service whose ages the content does not state matches neither.
  const minimumAge = age(query, 'minimum_age')
  if (minimumAge !== undefined) filters.push((_id, service) => service?.minimum_age !== undefined && service.minimum_age >= minimumAge)
  const maximumAge = age(query, 'maximum_age')
  if (maximumAge !== undefined) filters.push((_id, service) => service?.maximum_age !== undefined && service.maximum_age <= maximumAge)
  const modifiedAfter = dateTime(query, 'modified_after')
  if (modifiedAfter !== undefined) filters.push((_id, service) => service?.last_modified !== undefined && Date.parse(service.last_modified) >= modifiedAfter)
  // Opening times and sessions: one schedule that is on the day (a monthly one's "1MO" is on
  // Mondays too), opens at or after start_time and closes at or before end_time.
  const onDay = day(query)
  const startTime = time(query, 'start_time')
  const endTime = time(query, 'end_time')
  if (onDay || startTime || endTime) {
    filters.push((id) =>
      (feed.facts.get(id)?.schedules ?? []).some(
        (schedule) =>
          (!onDay || (schedule.byday?.split(',').some((part) => part.replace(/^[+-]?\d+/, '') === onDay) ?? false)) &&
          (!startTime || (schedule.opens_at !== undefined && schedule.opens_at >= startTime)) &&
          (!endTime || (schedule.closes_at !== undefined && schedule.closes_at <= endTime)),
      ),
    )
  }
  return filters
}

function metresBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180
  const dLat = radians(b.latitude - a.latitude)
  const dLon = radians(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h))
}

function listServices(feed: Feed, query: URLSearchParams): ApiAnswer {
  refuseUnanswered(query)
  for (const name of ['postcode', 'proximity']) if (query.has(name)) throw new BadParameter(name, 'is answered by /service_at_locations, where services have a place')
  const { page, perPage } = paging(query)
  const filters = serviceFilters(feed, query)
  const matches = feed.summaries.filter((summary) => filters.every((keep) => keep(summary.id, feed.byId.services.get(summary.id))))
  return { status: 200, body: pageOf(matches, page, perPage) }
}

function listServiceAtLocations(feed: Feed, request: ApiRequest): ApiAnswer | Locate {
  const { query } = request
  refuseUnanswered(query)
  const { page, perPage } = paging(query)
  const filters = serviceFilters(feed, query)
  const postcode = single(query, 'postcode')
  const proximity = wholeNumber(query, 'proximity', 1, MAX_PROXIMITY_METRES)
  if (proximity !== undefined && (postcode === undefined || postcode === '')) throw new BadParameter('proximity', 'needs a postcode to measure from: add postcode=')
  const origin = request.origin
  // Every other parameter is valid: only now is the postcode worth a look-up.
  if (postcode !== undefined && postcode !== '' && origin === undefined) return { locate: postcode }
  let places: readonly FeedLocation[] = feed.serviceAtLocations.filter((place) => filters.every((keep) => keep(place.serviceId, feed.byId.services.get(place.serviceId))))
  if (postcode !== undefined && postcode !== '' && origin !== undefined) {
    if ('error' in origin) throw new BadParameter('postcode', origin.error)
    // Nearest first; with proximity, only those within that many metres.
    const measured = places.map((place) => ({ place, metres: metresBetween(origin, place) })).filter(({ metres }) => proximity === undefined || metres <= proximity)
    places = measured.sort((a, b) => a.metres - b.metres).map(({ place }) => place)
  }
  return { status: 200, body: pageOf(places.map((place) => place.summary), page, perPage) }
}

function listOnly<T>(items: readonly T[], query: URLSearchParams): ApiAnswer {
  const { page, perPage } = paging(query)
  return { status: 200, body: pageOf(items, page, perPage) }
}

function byId<T>(map: ReadonlyMap<string, T>, what: string, id: string): ApiAnswer {
  const found = UUID.test(id) ? map.get(id.toLowerCase()) : undefined
  return found ? { status: 200, body: found } : { status: 404, body: errorBody(404, `There is no ${what} with the id "${id.slice(0, 60)}" in this feed.`) }
}

function root(): ApiAnswer {
  return { status: 200, body: { version: OPEN_REFERRAL_VERSION, profile: PROFILE_URL, openapi_url: OPENAPI_URL } }
}

export const ENDPOINTS = ['services', 'service_at_locations', 'taxonomies', 'taxonomy_terms'] as const

/**
 * The answer to GET <base>/<segments>?<query>, or, for a postcode search whose every other
 * parameter is valid and whose place the caller has not given yet, the postcode to look up.
 * Only then is the postcode service asked: a postcode on an address that ignores it (/, /services,
 * /taxonomies, an unknown path) or beside a parameter that is refused costs no look-up.
 */
export function answerOrLocate(feed: Feed, asked: ApiRequest): ApiAnswer | Locate {
  const [endpoint, id, ...rest] = asked.segments
  // Only the parameters the page cache keys this answer by can reach it (http.ts).
  const request = { ...asked, query: feedQuery(asked.query, asked.segments) }
  try {
    if (endpoint === undefined) return root()
    if (rest.length > 0) return notFound()
    switch (endpoint) {
      case 'services':
        return id === undefined ? listServices(feed, request.query) : byId(feed.byId.services, 'service', id)
      case 'service_at_locations':
        return id === undefined ? listServiceAtLocations(feed, request) : byId(feed.byId.serviceAtLocations, 'service at a location', id)
      case 'taxonomies':
        return id === undefined ? listOnly(feed.taxonomies, request.query) : byId(feed.byId.taxonomies, 'taxonomy', id)
      case 'taxonomy_terms':
        return id === undefined ? listOnly(feed.taxonomyTerms, request.query) : byId(feed.byId.taxonomyTerms, 'taxonomy term', id)
      default:
        return notFound()
    }
  } catch (error) {
    if (error instanceof BadParameter) return badParameter(error)
    throw error
  }
}

/** The answer to GET <base>/<segments>?<query>, with the postcode's place (if any) already found. */
export function answer(feed: Feed, request: ApiRequest): ApiAnswer {
  const result = answerOrLocate(feed, request)
  return 'locate' in result ? badParameter(new BadParameter('postcode', 'could not be looked up')) : result
}

function badParameter(error: BadParameter): ApiAnswer {
  return { status: 400, body: errorBody(400, `The parameter ${error.message}.`, error.parameter) }
}

function notFound(): ApiAnswer {
  return { status: 404, body: errorBody(404, `This feed has no such endpoint: it answers /, ${ENDPOINTS.map((name) => `/${name}`).join(', ')} and each with /{id}.`) }
}
