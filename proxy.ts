import { NextResponse, type NextRequest } from 'next/server'
import { feedbackPageOf } from '@/lib/feedback/known-pages'
import { placeRewrite } from '@/lib/places/rewrite'
import { NOT_FOUND_PATH } from '@/lib/places/rewrite-target'

// Only for the two finder pages and the feedback form page: every other request skips the proxy.
// /feedback about no page of the site is "Page not found", decided here: a page that calls
// notFound() while rendering per request gets Next's empty error shell (no heading, no "Exit this
// page" without JavaScript), while the not-found page itself is rendered in full.
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/feedback') {
    if (feedbackPageOf(request.nextUrl.searchParams) !== undefined) return NextResponse.next()
    const url = request.nextUrl.clone()
    url.pathname = NOT_FOUND_PATH
    url.search = ''
    return NextResponse.rewrite(url)
  }
  return placeRewrite(request) ?? NextResponse.next()
}

export const config = { matcher: ['/family-hubs', '/services', '/feedback'] }
