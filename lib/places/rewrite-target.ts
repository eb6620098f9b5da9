import { canonicalQuery, FILTER_KEYS, filterSegment, isFiltered, parseServiceQuery } from '@/lib/content/filters'
import { FINDER_VOCABULARY } from '@/lib/content/finder-vocabulary'
import { feedCacheKey, isOpenReferralPath } from '@/lib/openreferral/http'
import { splitLanguage } from '@/lib/i18n/address-language'
import { LIST_PATH } from '@/lib/list/address'

// Which page answers a public address, worked out from the address alone, so that proxy.ts (which
// rewrites) and the server's page cache (which must key a page by what was rendered) agree:
// - /family-hubs?postcode=… is rendered per request (/find/nearest-hub);
// - /services?age=…&need=… is canonicalised and served from Next's cache (/find/services/[filters]);
// - /services?postcode=…&age=… is rendered per request (/find/nearest-services) and never kept: the
//   postcodes are unbounded, so they must not become cached pages;
// The pages under /find are reached only through these rewrites, with values the finder checked.
// Asked for directly, any segment would be rendered and kept in Next's cache, so the server answers
// such an address with the not-found page (isInternalPath). Not in proxy.ts: Next runs the proxy
// again for a rewritten address, which would then be refused too.

export type RewriteTarget = { pathname: string; search: string }

export const NOT_FOUND_PATH = '/_not-found'
export const NEAREST_SERVICES_PATH = '/find/nearest-services'

export function isInternalPath(pathname: string): boolean {
  const { rest } = splitLanguage(pathname)
  return rest === '/find' || rest.startsWith('/find/')
}

/** The same in every language: /cy/services?age=5 is answered by /cy/find/services/age.5-10. */
export function rewriteTarget(pathname: string, searchParams: URLSearchParams): RewriteTarget | undefined {
  const { prefix, rest } = splitLanguage(pathname)
  const target = rewriteInLanguage(rest, searchParams)
  return target && { ...target, pathname: `${prefix}${target.pathname}` }
}

function rewriteInLanguage(pathname: string, searchParams: URLSearchParams): RewriteTarget | undefined {
  if (pathname === '/family-hubs' && searchParams.has('postcode')) return { pathname: '/find/nearest-hub', search: `?${searchParams.toString()}` }
  if (pathname === '/services' && [...FILTER_KEYS, 'postcode'].some((key) => searchParams.has(key))) {
    const query = Object.fromEntries(FILTER_KEYS.map((key) => [key, searchParams.get(key) ?? undefined]))
    const { filter, errors } = parseServiceQuery(query, FINDER_VOCABULARY)
    // An empty postcode box is sent with every use of the form: only a typed postcode is a search.
    const postcode = (searchParams.get('postcode') ?? '').trim().slice(0, 64)
    if (postcode !== '') {
      const filters = canonicalQuery(filter, errors)
      return { pathname: NEAREST_SERVICES_PATH, search: `?${new URLSearchParams({ postcode }).toString()}${filters ? `&${filters}` : ''}` }
    }
    if (!isFiltered(filter, errors)) return undefined
    return { pathname: `/find/services/${filterSegment(filter, errors)}`, search: '' }
  }
  return undefined
}

/**
 * The page cache's key for a request target: the page Next renders for it. A page that may be kept
 * (shared caching allowed) is prerendered, so it cannot read the query; only the rewrites above
 * read it, and the Open Referral feed's JSON answers. Any other query ("/guides?x=1", "?x=2", …) is the same page, not another entry.
 */
export function renderedPageKey(target: string): string | undefined {
  // Only "/…": a full address ("http://host/path") is Next's to answer, and "//host/path" must not
  // be read as another host's path. Dot segments resolve, so "/x/../guides" is "/guides".
  if (!target.startsWith('/') || target.startsWith('//')) return undefined
  const url = new URL(`http://localhost${target}`)
  if (isInternalPath(url.pathname)) return NOT_FOUND_PATH
  // The Open Referral feed's answers depend on the parameters it reads (paging, filters), in any order.
  if (isOpenReferralPath(url.pathname)) return feedCacheKey(url.pathname, url.searchParams)
  // A list to take away is its query: never looked up or kept, even if a change made it cacheable.
  if (splitLanguage(url.pathname).rest === LIST_PATH) return undefined
  const rewritten = rewriteTarget(url.pathname, url.searchParams)
  // Services near a postcode: one page per postcode typed, so never looked up or kept.
  if (rewritten && splitLanguage(rewritten.pathname).rest === NEAREST_SERVICES_PATH) return undefined
  return rewritten ? `${rewritten.pathname}${rewritten.search}` : url.pathname
}
