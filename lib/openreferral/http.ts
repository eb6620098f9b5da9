import { createHash } from 'node:crypto'

// The HTTP side of the Open Referral feed that both the route and the custom server need (no
// `server-only`: server.ts bundles this file). Every answer under the base path is JSON and
// carries `Access-Control-Allow-Origin: *`, as the profile's compliance rules require, errors
// and the server's own refusals included.

export const OPEN_REFERRAL_BASE = '/api/openreferral/v3'

/** The same caching as content pages (app/layout.tsx revalidate, next.config.ts expireTime), so nginx and the page cache keep answers alike. */
export const FEED_CACHE_CONTROL = 's-maxage=300, stale-while-revalidate=3300'

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  // Another site's scripts may read the feed: the site-wide same-origin policy is for pages.
  'Cross-Origin-Resource-Policy': 'cross-origin',
}

export const JSON_TYPE = 'application/json; charset=utf-8'

/** Whether a request path is the feed's (with or without a trailing slash). */
export function isOpenReferralPath(pathname: string): boolean {
  return pathname === OPEN_REFERRAL_BASE || pathname.startsWith(`${OPEN_REFERRAL_BASE}/`)
}

/** The feed's own address for a request path with a trailing slash ("/api/openreferral/v3/" is the base). */
export function withoutTrailingSlash(target: string): string {
  const queryStart = target.indexOf('?')
  const pathname = queryStart === -1 ? target : target.slice(0, queryStart)
  if (!isOpenReferralPath(pathname) || !pathname.endsWith('/')) return target
  return `${pathname.replace(/\/+$/, '')}${queryStart === -1 ? '' : target.slice(queryStart)}`
}

const PAGING = ['page', 'per_page']
/** Profile parameters the lists of services refuse, by name (api.ts says why). */
const REFUSED_PARAMETERS = ['minimal', 'full', 'full_service', 'format']
const SERVICE_FILTERS = ['search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'minimum_age', 'maximum_age', 'modified_after', 'day', 'start_time', 'end_time']
const PLACE = ['postcode', 'proximity']
const SERVICE_LIST = [...PAGING, ...REFUSED_PARAMETERS, ...SERVICE_FILTERS, ...PLACE]

/** The endpoint's path segments under the base ("/services/abc" is ["services", "abc"]). */
export function feedSegments(pathname: string): string[] {
  return pathname.slice(OPEN_REFERRAL_BASE.length).split('/').filter(Boolean)
}

/**
 * The query parameters the answer to these segments reads: the profile's, for a list; none for
 * the root, one entry or an unknown path. The API is given only these (api.ts), and the page
 * cache keys an answer by only these, so a parameter it ignores ("?zz=1") is the same answer
 * and the same cache entry, not a new one pushing pages out of the cache.
 */
export function feedParameters(segments: readonly string[]): readonly string[] {
  if (segments.length !== 1) return []
  switch (segments[0]) {
    case 'services':
    case 'service_at_locations':
      return SERVICE_LIST
    case 'taxonomies':
    case 'taxonomy_terms':
      return PAGING
    default:
      return []
  }
}

/** The part of a query the answer reads (every value of each such parameter, as sent). */
export function feedQuery(search: URLSearchParams, segments: readonly string[]): URLSearchParams {
  const read = new Set(feedParameters(segments))
  return new URLSearchParams([...search.entries()].filter(([name]) => read.has(name)))
}

/** The page cache's key for a feed answer: its path and, in one canonical order, what it reads. */
export function feedCacheKey(pathname: string, search: URLSearchParams): string {
  return `${pathname}${canonicalQuery(feedQuery(search, feedSegments(pathname)))}`
}

/** A query in one canonical order, so "?page=2&per_page=5" and "?per_page=5&page=2" are one cached answer. */
export function canonicalQuery(search: URLSearchParams): string {
  const entries = [...search.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const query = new URLSearchParams(entries).toString()
  return query ? `?${query}` : ''
}

/** A strong ETag for a feed answer: the same JSON, the same tag, in every process that built the same feed. */
export function entityTag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/** Whether If-None-Match names this tag (or is "*"): weak comparison, as RFC 9110 asks for GET. */
export function matchesEntityTag(ifNoneMatch: string | null | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false
  const bare = (value: string) => value.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || bare(candidate) === bare(tag))
}

/** The methods the feed answers; anything else gets a 405 in JSON from the server, before Next (which answered PROPFIND with an empty 400, TRACE with a 500). */
export const FEED_METHODS = 'GET, HEAD, OPTIONS'

/** The feed's answer to a method it does not take, or undefined when the method is one it answers. */
export function refuseFeedMethod(method: string | undefined, pathname: string): string | undefined {
  if (!isOpenReferralPath(pathname) || method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return undefined
  return 'This feed is read-only: use GET.'
}
