import { LRUCache } from 'lru-cache'
import { RateLimiterRes } from 'rate-limiter-flexible'
import { sharedMemoryLimiter } from '@/lib/server/shared-limiter'
import { z } from 'zod'
import { throttledLog } from '@/lib/log-throttle'
import type { PostcodeQuery } from './postcode'

// A client for any postcodes.io-compatible API (https://postcodes.io/docs). A council can run
// its own copy and point POSTCODES_API_URL at it. Whatever happens, nothing here logs, throws
// or keeps the postcode anywhere but the bounded in-memory cache.

export type Lookup =
  | { status: 'found'; latitude: number; longitude: number; districts: string[] }
  | { status: 'not-found' }
  | { status: 'unavailable' }

export type PostcodeClientOptions = {
  baseUrl: string
  timeoutMs?: number
  /** Most postcodes remembered at once; the least recently used go first. */
  cacheSize?: number
  cacheTtlMs?: number
  /**
   * Most questions this process sends the API a minute. Past it, a look-up answers "unavailable"
   * at once (the page offers the list of hubs and the phone number), so someone typing in
   * thousands of postcodes cannot get the site's address blocked by the API for everyone else.
   */
  lookupsPerMinute?: number
}

const coordinate = z.number().finite()
const postcodeBody = z.object({
  result: z.object({ latitude: coordinate.nullable(), longitude: coordinate.nullable(), admin_district: z.string().nullable() }),
})
const outcodeBody = z.object({
  result: z.object({
    latitude: coordinate.nullable(),
    longitude: coordinate.nullable(),
    admin_district: z.array(z.string()).nullable(),
  }),
})

type Cached = Exclude<Lookup, { status: 'unavailable' }>

export type PostcodeClient = {
  lookup(query: Extract<PostcodeQuery, { postcode: string }>): Promise<Lookup>
  /** For tests and the health of the cache: how many answers are held. */
  cacheSize(): number
}

export function createPostcodeClient({
  baseUrl,
  timeoutMs = 2000,
  cacheSize = 2000,
  cacheTtlMs = 24 * 60 * 60 * 1000,
  lookupsPerMinute = 300,
}: PostcodeClientOptions): PostcodeClient {
  const cache = new LRUCache<string, Cached>({ max: cacheSize, ttl: cacheTtlMs })
  // The same postcode asked for by many people at once is one question to the API.
  const asking = new Map<string, Promise<Lookup>>()
  // One budget for every route of the process, and for every process of one `npm start`.
  const budget = sharedMemoryLimiter({ points: lookupsPerMinute, duration: 60, keyPrefix: 'postcode-api' })
  const log = throttledLog(60_000, console.warn)
  const base = baseUrl.replace(/\/+$/, '')

  async function fetchLookup(query: Extract<PostcodeQuery, { postcode: string }>): Promise<Lookup> {
    const path = query.kind === 'full' ? 'postcodes' : 'outcodes'
    let response: Response
    try {
      response = await fetch(`${base}/${path}/${encodeURIComponent(query.postcode)}`, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'application/json' },
        cache: 'no-store',
      })
    } catch {
      // Timeout, refused connection, DNS failure or a bad base URL: the page says the service is down.
      return { status: 'unavailable' }
    }
    if (response.status === 404) {
      await response.body?.cancel().catch(() => undefined)
      return { status: 'not-found' }
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      return { status: 'unavailable' }
    }
    let body: unknown
    try {
      body = await response.json()
    } catch {
      return { status: 'unavailable' }
    }
    if (query.kind === 'full') {
      const parsed = postcodeBody.safeParse(body)
      if (!parsed.success) return { status: 'unavailable' }
      const { latitude, longitude, admin_district } = parsed.data.result
      // Some real postcodes (new builds, some PO boxes) have no position yet.
      if (latitude === null || longitude === null) return { status: 'not-found' }
      return { status: 'found', latitude, longitude, districts: admin_district ? [admin_district] : [] }
    }
    const parsed = outcodeBody.safeParse(body)
    if (!parsed.success) return { status: 'unavailable' }
    const { latitude, longitude, admin_district } = parsed.data.result
    if (latitude === null || longitude === null) return { status: 'not-found' }
    return { status: 'found', latitude, longitude, districts: admin_district ?? [] }
  }

  async function ask(key: string, query: Extract<PostcodeQuery, { postcode: string }>): Promise<Lookup> {
    try {
      await budget.consume('all')
    } catch (rejection) {
      // Past the budget, or (with several processes) no word from the supervisor that holds it:
      // either way the API is not asked.
      if (!(rejection instanceof RateLimiterRes)) {
        log('budget-unknown', `postcode look-ups: the shared budget did not answer (${String(rejection)}); answering "unavailable"`)
        return { status: 'unavailable' }
      }
      log('over-budget', `postcode look-ups: more than ${lookupsPerMinute} a minute; answering "unavailable" until the minute is over`)
      return { status: 'unavailable' }
    }
    const answer = await fetchLookup(query)
    if (answer.status !== 'unavailable') cache.set(key, answer)
    return answer
  }

  return {
    async lookup(query) {
      const key = `${query.kind}:${query.postcode}`
      const hit = cache.get(key)
      if (hit) return hit
      const pending = asking.get(key)
      if (pending) return pending
      const answer = ask(key, query).finally(() => asking.delete(key))
      asking.set(key, answer)
      return answer
    },
    cacheSize: () => cache.size,
  }
}
