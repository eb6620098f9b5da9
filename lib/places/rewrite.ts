import { NextResponse, type NextRequest } from 'next/server'
import { FILTER_KEYS, filterSegment, isFiltered, parseServiceQuery } from '@/lib/content/filters'
import { NEED_SLUGS } from '@/lib/content/finder-vocabulary'

// The plain /family-hubs and /services pages are prebuilt. Only a search needs more, and the
// address bar keeps the public URL:
// - /family-hubs?postcode=… is rendered per request (/find/nearest-hub);
// - /services?age=…&need=… is canonicalised and served from Next's cache (/find/services/[filters]).
export function placeRewrite(request: NextRequest): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl
  if (pathname === '/family-hubs' && searchParams.has('postcode')) {
    const target = request.nextUrl.clone()
    target.pathname = '/find/nearest-hub'
    return NextResponse.rewrite(target)
  }
  if (pathname === '/services' && FILTER_KEYS.some((key) => searchParams.has(key))) {
    const query = Object.fromEntries(FILTER_KEYS.map((key) => [key, searchParams.get(key) ?? undefined]))
    const { filter, errors } = parseServiceQuery(query, NEED_SLUGS)
    if (!isFiltered(filter, errors)) return undefined
    const target = request.nextUrl.clone()
    target.pathname = `/find/services/${filterSegment(filter, errors)}`
    target.search = ''
    return NextResponse.rewrite(target)
  }
  return undefined
}
