import { answer, errorBody, type PostcodeOrigin } from '@/lib/openreferral/api'
import { getFeed } from '@/lib/openreferral/feed'
import { CORS_HEADERS, FEED_CACHE_CONTROL, JSON_TYPE, OPEN_REFERRAL_BASE } from '@/lib/openreferral/http'
import { lookupPostcode } from '@/lib/places/server'

// The Open Referral UK 3.0 feed (docs/open-data.md): read-only, public, JSON, from data built
// once from the content (lib/openreferral/build.ts). Answers are cached like pages; an answer
// to a postcode search depends on the postcode service, so it is not.

export const dynamic = 'force-dynamic'

/** A segment as sent when it cannot be decoded: it then matches no id (a 404), never a 500. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

function json(status: number, body: unknown, cacheControl: string): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...CORS_HEADERS, 'Content-Type': JSON_TYPE, 'Cache-Control': cacheControl } })
}

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const segments = url.pathname.slice(OPEN_REFERRAL_BASE.length).split('/').filter(Boolean).map(decodeSegment)
  const postcode = url.searchParams.get('postcode')?.trim()
  const origin: PostcodeOrigin | undefined = postcode ? await lookupPostcode(postcode) : undefined
  const result = answer(getFeed(), { segments, query: url.searchParams, origin })
  return json(result.status, result.body, postcode || result.status === 400 ? 'no-store' : FEED_CACHE_CONTROL)
}

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Allow-Headers': '*', 'Access-Control-Max-Age': '86400', 'Cache-Control': FEED_CACHE_CONTROL } })
}

function readOnly(): Response {
  return new Response(JSON.stringify(errorBody(405, 'This feed is read-only: use GET.')), { status: 405, headers: { ...CORS_HEADERS, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', Allow: 'GET, HEAD, OPTIONS' } })
}

export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE }
