import { NextResponse, type NextRequest } from 'next/server'
import { placeRewrite } from '@/lib/places/rewrite'

// Only for the two finder pages: every other request skips the proxy entirely.
export function proxy(request: NextRequest) {
  return placeRewrite(request) ?? NextResponse.next()
}

export const config = { matcher: ['/family-hubs', '/services'] }
