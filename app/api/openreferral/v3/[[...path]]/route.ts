import { answer, answerOrLocate, errorBody } from '@/lib/openreferral/api'
import { getFeed } from '@/lib/openreferral/feed'
import { CORS_HEADERS, FEED_CACHE_CONTROL, JSON_TYPE, OPEN_REFERRAL_BASE, entityTag, matchesEntityTag } from '@/lib/openreferral/http'
import { lookupPostcode } from '@/lib/places/server'

// The Open Referral UK 3.0 feed (docs/open-data.md): read-only, public, JSON, from data built
// once from the content (lib/openreferral/build.ts). Answers are cached like pages, with an ETag
// as pages have (a consumer checking for changes gets a 304, not the feed again); an answer to a
// postcode search depends on the postcode service, so it is not kept.

export const dynamic = 'force-dynamic'

/** A segment as sent when it cannot be decoded: it then matches no id (a 404), never a 500. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

function json(request: Request, status: number, body: unknown, cacheControl: string): Response {
  const text = JSON.stringify(body)
  const headers: Record<string, string> = { ...CORS_HEADERS, 'Content-Type': JSON_TYPE, 'Cache-Control': cacheControl }
  if (status !== 200) return new Response(text, { status, headers })
  headers.ETag = entityTag(text)
  if (matchesEntityTag(request.headers.get('if-none-match'), headers.ETag)) return new Response(null, { status: 304, headers })
  return new Response(text, { status, headers })
}

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const segments = url.pathname.slice(OPEN_REFERRAL_BASE.length).split('/').filter(Boolean).map(decodeSegment)
  const feed = getFeed()
  const ask = { segments, query: url.searchParams }
  // The postcode service is asked only once the rest of the request is known to be valid.
  const first = answerOrLocate(feed, ask)
  if (!('locate' in first)) return json(request, first.status, first.body, first.status === 400 ? 'no-store' : FEED_CACHE_CONTROL)
  const result = answer(feed, { ...ask, origin: await lookupPostcode(first.locate) })
  return json(request, result.status, result.body, 'no-store')
}

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Allow-Headers': '*', 'Access-Control-Max-Age': '86400', 'Cache-Control': FEED_CACHE_CONTROL } })
}

function readOnly(): Response {
  return new Response(JSON.stringify(errorBody(405, 'This feed is read-only: use GET.')), { status: 405, headers: { ...CORS_HEADERS, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', Allow: 'GET, HEAD, OPTIONS' } })
}

export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE }
