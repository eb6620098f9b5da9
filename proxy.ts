import { NextResponse, type NextRequest } from 'next/server'
import { hasHubs } from '@/lib/content'
import { feedbackPageOf } from '@/lib/feedback/known-pages'
import { splitLanguage } from '@/lib/i18n/address-language'
import { placeRewrite } from '@/lib/places/rewrite'
import { NOT_FOUND_PATH } from '@/lib/places/rewrite-target'

// Only for the two finder pages and the feedback form page: every other request skips the proxy.
// An address that is "Page not found" only because of its query is decided here: a page that
// calls notFound() while rendering per request gets Next's empty error shell (no heading, no
// "Exit this page" without JavaScript), while the not-found page itself is rendered in full.
// So: /feedback about none of the site's pages, and a postcode search where the council has no
// hub buildings (examples/starter).
export function proxy(request: NextRequest) {
  const { pathname: address, searchParams } = request.nextUrl
  // The same pages in each language: /cy/services is /services in Welsh.
  const pathname = splitLanguage(address).rest
  if (pathname === '/feedback' && feedbackPageOf(searchParams) === undefined) return notFound(request)
  if (pathname === '/family-hubs' && !hasHubs()) return notFound(request)
  return placeRewrite(request) ?? NextResponse.next()
}

function notFound(request: NextRequest): NextResponse {
  const url = request.nextUrl.clone()
  url.pathname = NOT_FOUND_PATH
  url.search = ''
  return NextResponse.rewrite(url)
}

// /:lang/… is every language but the default (any first segment: the proxy reads which).
export const config = { matcher: ['/family-hubs', '/services', '/feedback', '/:lang/family-hubs', '/:lang/services', '/:lang/feedback'] }
