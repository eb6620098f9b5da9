import fs from 'node:fs'
import { FeedFormatError, servicesInJson } from './read-feed'

// Where the importer reads a feed from: a saved JSON file, or a feed's base address, paged
// through the profile's way (GET /services?page=N&per_page=…, then GET /services/{id} for each
// service's full details). Every request has a timeout, and the paging stops at a limit.

export const FETCH_LIMITS = {
  /** Per request, in milliseconds. */
  timeoutMs: 15_000,
  /** Pages of GET /services read at most (at perPage each: 100,000 services). */
  maxPages: 500,
  perPage: 200,
  /** Largest answer read, in bytes. */
  maxBytes: 50 * 1024 * 1024,
  /** Full services fetched at once. */
  concurrency: 6,
}

export type FetchedFeed = { services: unknown[]; notes: string[] }

/** Why a request failed, in words: a timeout says how long was waited. */
function failure(url: string, error: unknown, what: string, limits: typeof FETCH_LIMITS): FeedFormatError {
  if (error instanceof FeedFormatError) return error
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
  const reason = timedOut ? `${what} within ${limits.timeoutMs / 1000} s` : error instanceof Error ? error.message : String(error)
  return new FeedFormatError(`${url}: ${reason}`)
}

/**
 * The answer's body, counted while it is read: one without Content-Length (or with a false one)
 * stops at the limit instead of being read whole, and one that stops coming for the timeout
 * (headers sent, then nothing) ends the request.
 */
async function readBody(url: string, response: Response, controller: AbortController, limits: typeof FETCH_LIMITS): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const parts: string[] = []
  let bytes = 0
  for (;;) {
    const stalled = setTimeout(() => controller.abort(new DOMException('stalled', 'TimeoutError')), limits.timeoutMs)
    let chunk: ReadableStreamReadResult<Uint8Array>
    try {
      chunk = await reader.read()
    } catch (error) {
      throw failure(url, error, 'the answer stopped: nothing more came', limits)
    } finally {
      clearTimeout(stalled)
    }
    if (chunk.done) break
    bytes += chunk.value.byteLength
    if (bytes > limits.maxBytes) {
      controller.abort()
      throw new FeedFormatError(`${url}: the answer is larger than the ${limits.maxBytes} bytes the importer reads`)
    }
    parts.push(decoder.decode(chunk.value, { stream: true }))
  }
  parts.push(decoder.decode())
  return parts.join('')
}

async function getJson(url: string, limits: typeof FETCH_LIMITS): Promise<unknown> {
  const controller = new AbortController()
  const waiting = setTimeout(() => controller.abort(new DOMException('no answer', 'TimeoutError')), limits.timeoutMs)
  let response: Response
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: controller.signal, redirect: 'follow' })
  } catch (error) {
    throw failure(url, error, 'no answer', limits)
  } finally {
    clearTimeout(waiting)
  }
  if (!response.ok) {
    controller.abort()
    throw new FeedFormatError(`${url}: the server answered ${response.status} ${response.statusText}`)
  }
  const length = Number(response.headers.get('content-length') ?? 0)
  if (length > limits.maxBytes) {
    controller.abort()
    throw new FeedFormatError(`${url}: the answer is ${length} bytes, more than the ${limits.maxBytes} the importer reads`)
  }
  const text = await readBody(url, response, controller, limits)
  try {
    return JSON.parse(text)
  } catch {
    throw new FeedFormatError(`${url}: the answer is not JSON`)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every service of a feed at a base address, full where the feed gives them. */
export async function fetchFeed(base: string, limits = FETCH_LIMITS): Promise<FetchedFeed> {
  const root = base.replace(/\/+$/, '')
  const notes: string[] = []
  const entries: unknown[] = []
  for (let page = 1; ; page += 1) {
    if (page > limits.maxPages) {
      notes.push(`stopped after ${limits.maxPages} pages of ${limits.perPage} services (the importer's limit): the rest of the feed was not read`)
      break
    }
    const body = await getJson(`${root}/services?page=${page}&per_page=${limits.perPage}`, limits)
    if (!isObject(body) || !Array.isArray(body.contents)) throw new FeedFormatError(`${root}/services?page=${page}: not a page of services ({ "contents": [...] }): is ${root} an Open Referral feed's base address?`)
    entries.push(...body.contents)
    const totalPages = typeof body.total_pages === 'number' ? body.total_pages : undefined
    if (body.contents.length === 0 || body.last_page === true || (totalPages !== undefined && page >= totalPages)) break
  }
  // List entries have one-to-one fields only: the full service has the contacts, times and places.
  const services: unknown[] = new Array(entries.length)
  let next = 0
  const worker = async () => {
    while (next < entries.length) {
      const index = next
      next += 1
      const entry = entries[index]
      const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined
      if (!id) {
        services[index] = entry
        continue
      }
      try {
        services[index] = await getJson(`${root}/services/${encodeURIComponent(id)}`, limits)
      } catch (error) {
        notes.push(`service ${id}: its full details could not be read (${error instanceof Error ? error.message : String(error)}): imported from its list entry`)
        services[index] = entry
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limits.concurrency, entries.length) }, worker))
  return { services, notes }
}

export async function readFeed(source: string): Promise<FetchedFeed> {
  if (/^https?:\/\//i.test(source)) return fetchFeed(source)
  if (!fs.existsSync(source)) throw new FeedFormatError(`${source}: no such file (give a saved feed's JSON file, or a feed's base address starting with https://)`)
  let json: unknown
  try {
    json = JSON.parse(fs.readFileSync(source, 'utf8'))
  } catch (error) {
    throw new FeedFormatError(`${source}: not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  return { services: servicesInJson(json), notes: [] }
}
