import { NextResponse, type NextRequest } from 'next/server'

// The plain /family-hubs page is prebuilt. Only a postcode search needs rendering per request,
// so only that is rewritten (the address bar keeps /family-hubs?postcode=...).
export function placeRewrite(request: NextRequest): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl
  if (pathname === '/family-hubs' && searchParams.has('postcode')) {
    const target = request.nextUrl.clone()
    target.pathname = '/find/nearest-hub'
    return NextResponse.rewrite(target)
  }
  return undefined
}
