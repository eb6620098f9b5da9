import { NextResponse, type NextRequest } from 'next/server'
import { rewriteTarget } from './rewrite-target'

// The plain /family-hubs and /services pages are prebuilt. Only a search needs more, and the
// address bar keeps the public URL (lib/places/rewrite-target.ts says which page answers).
export function placeRewrite(request: NextRequest): NextResponse | undefined {
  const target = rewriteTarget(request.nextUrl.pathname, request.nextUrl.searchParams)
  if (!target) return undefined
  const url = request.nextUrl.clone()
  url.pathname = target.pathname
  url.search = target.search
  return NextResponse.rewrite(url)
}
