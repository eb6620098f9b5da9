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

/** A query in one canonical order, so "?page=2&per_page=5" and "?per_page=5&page=2" are one cached answer. */
export function canonicalQuery(search: URLSearchParams): string {
  const entries = [...search.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const query = new URLSearchParams(entries).toString()
  return query ? `?${query}` : ''
}
