import http from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import compression from 'compression'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { withInlineHashes } from '@/lib/security/html-response'
import { chooseEncoding } from '@/lib/security/encoded-response'
import { PageCache, sharedMaxAge } from '@/lib/security/page-cache'
import { searchAnswerKey } from '@/lib/search/answer-key'
import { listenLocally, rawRequest, type RawAnswer } from '../support/raw-http'

// The server's page cache wired as server.ts wires it (cache first, then compression and the
// CSP wrapper around the app), with a stand-in app that counts its renders.

const SCRIPT = '(self.__next_f=self.__next_f||[]).push([0])'
let clock = 1_000_000
const cache = new PageCache(1024 * 1024, () => clock)
// As server.ts keeps search answers: by their query, for a minute, whatever they tell browsers.
const searchCache = new PageCache(1024 * 1024, () => clock, searchAnswerKey, () => 60)
const renders = new Map<string, number>()
let stored: Promise<void> = Promise.resolve()
let server: http.Server
let base = ''

function page(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = req.url ?? '/'
  renders.set(url, (renders.get(url) ?? 0) + 1)
  const cacheControl = url.startsWith('/search')
    ? 'private, no-cache, no-store, max-age=0, must-revalidate'
    : url.startsWith('/private')
      ? 'private, max-age=60'
      : 's-maxage=300, stale-while-revalidate=3300'
  const status = url.startsWith('/missing') ? 404 : 200
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': cacheControl, etag: '"v1"', vary: 'rsc, Accept-Encoding', 'x-nextjs-cache': 'MISS' })
  res.end(`<!doctype html><html><head><script>${SCRIPT}</script></head><body><p>${url} ${'words '.repeat(400)}</p></body></html>`)
}

beforeAll(async () => {
  const compress = compression()
  server = http.createServer((req, res) => {
    const searchKey = searchCache.keyFor(req)
    const chosen = searchKey === undefined ? cache : searchCache
    const key = searchKey ?? cache.keyFor(req)
    const hit = key === undefined ? undefined : chosen.get(key)
    if (hit) return chosen.send(req, res, hit)
    compress(req, res, () => {
      withInlineHashes(req, res, () => undefined, key === undefined ? undefined : (body) => (stored = chosen.offer(key, res, body)))
      page(req, res)
    })
  })
  base = await listenLocally(server)
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

beforeEach(() => {
  renders.clear()
  clock += 1_000_000
})

function request(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return rawRequest(`${base}${path}`, { method, headers })
}

/** The first request renders and offers the page; waits until it is kept (or refused). */
async function first(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const answer = await request(path, headers)
  await stored
  return answer
}

describe('the page cache', () => {
  it('answers a page everyone gets from memory after the first render: same page, same policy, each encoding', async () => {
    const rendered = await first('/family-hubs/armley')
    const again = await request('/family-hubs/armley')
    expect(renders.get('/family-hubs/armley')).toBe(1)
    expect(again.status).toBe(200)
    expect(again.body.equals(rendered.body)).toBe(true)
    expect(again.headers['content-security-policy']).toBe(rendered.headers['content-security-policy'])
    expect(String(again.headers['content-security-policy'])).toContain("'sha256-")
    expect(again.headers['cache-control']).toBe('s-maxage=300, stale-while-revalidate=3300')
    expect(Number(again.headers['content-length'])).toBe(again.body.byteLength)
    expect(again.headers.age).toBe('0')
    // The first answer was rendered (MISS); the kept copy must not say so of every later one.
    expect(rendered.headers['x-nextjs-cache']).toBe('MISS')
    expect(again.headers['x-nextjs-cache']).toBeUndefined()

    const gzipped = await request('/family-hubs/armley', { 'accept-encoding': 'gzip, deflate' })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzipped.body).equals(rendered.body)).toBe(true)
    const brotli = await request('/family-hubs/armley', { 'accept-encoding': 'gzip, deflate, br' })
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.body).equals(rendered.body)).toBe(true)
    expect(brotli.body.byteLength).toBeLessThan(rendered.body.byteLength / 4)
    expect(renders.get('/family-hubs/armley')).toBe(1)
  })

  it('holds no more memory than it counts: each kept encoding owns just its own bytes', async () => {
    await first('/guides/early-help')
    const kept = cache.get('/guides/early-help')
    expect(kept).toBeDefined()
    // zlib answers views of a 64 KB block: kept as they came, a cache counted at 64 MB held 260 MB.
    for (const encoded of [kept?.identity, kept?.gzip, kept?.br]) {
      expect(encoded?.byteLength).toBeGreaterThan(0)
      expect(encoded?.buffer.byteLength).toBe(encoded?.byteLength)
    }
  })

  it('renders again once the page is older than its s-maxage', async () => {
    await first('/guides')
    clock += 299_000
    expect((await request('/guides')).headers.age).toBe('299')
    clock += 2_000
    await first('/guides')
    expect(renders.get('/guides')).toBe(2)
  })

  it('never keeps a private answer, an error page, or a search without a query', async () => {
    for (const path of ['/private/report', '/missing', '/search?q=', '/search']) {
      await first(path)
      await first(path)
      expect(renders.get(path), path).toBe(2)
    }
  })

  it('keeps a search answer for a minute by its query, still telling browsers to keep nothing', async () => {
    const rendered = await first('/search?q=school')
    const again = await request('/search?q=+school++&utm=x')
    expect(renders.get('/search?q=school')).toBe(1)
    expect(again.body.equals(rendered.body)).toBe(true)
    expect(again.headers['cache-control']).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
    expect(again.headers['content-security-policy']).toBe(rendered.headers['content-security-policy'])
    await first('/search?q=school&page=2')
    await first('/search?q=schools')
    expect(renders.get('/search?q=school&page=2')).toBe(1)
    expect(renders.get('/search?q=schools')).toBe(1)
    await request('/search?q=school', { rsc: '1' })
    expect(renders.get('/search?q=school')).toBe(2)
    clock += 61_000
    await first('/search?q=school')
    expect(renders.get('/search?q=school')).toBe(3)
  })

  it('keeps each query apart, and leaves requests for Next data (rsc) to the app', async () => {
    await first('/services?age=5')
    await first('/services?age=11')
    expect(renders.get('/services?age=11')).toBe(1)
    expect((await request('/services?age=11')).body.toString()).toContain('/services?age=11 ')
    await request('/services?age=5', { rsc: '1' })
    expect(renders.get('/services?age=5')).toBe(2)
  })

  it('answers 304 to a client that has the page, and HEAD with the headers only', async () => {
    await first('/help')
    const notModified = await request('/help', { 'if-none-match': '"v1"' })
    expect(notModified.status).toBe(304)
    expect(notModified.body.byteLength).toBe(0)
    const head = await request('/help', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.byteLength).toBe(0)
    expect(Number(head.headers['content-length'])).toBeGreaterThan(2000)
    expect(renders.get('/help')).toBe(1)
  })
})

describe('what a shared cache may keep', () => {
  it('reads s-maxage (or max-age) and refuses private, no-store and no-cache', () => {
    expect(sharedMaxAge('s-maxage=300, stale-while-revalidate=3300')).toBe(300)
    expect(sharedMaxAge('public, max-age=60')).toBe(60)
    expect(sharedMaxAge('private, no-cache, no-store, max-age=0, must-revalidate')).toBeUndefined()
    expect(sharedMaxAge('private, max-age=60')).toBeUndefined()
    expect(sharedMaxAge('no-cache, s-maxage=60')).toBeUndefined()
    expect(sharedMaxAge('')).toBeUndefined()
  })

  it('chooses Brotli, then gzip, then none, honouring q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(chooseEncoding('gzip, br;q=0')).toBe('gzip')
    expect(chooseEncoding('*')).toBe('br')
    expect(chooseEncoding('identity')).toBe('identity')
    expect(chooseEncoding(undefined)).toBe('identity')
  })
})
