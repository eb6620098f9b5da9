import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import { LRUCache } from 'lru-cache'
import { sendEncoded, type EncodedBody } from './encoded-response'

// The server's own short-lived cache of finished pages, for a site run as one process without a
// caching proxy in front. It follows the rule a shared cache (nginx, a CDN) follows: only a 200
// HTML page whose Cache-Control allows shared caching (s-maxage, no private or no-store) is
// kept, for its s-maxage. So search results and postcode answers (no-store) are never kept.
// A kept page is stored after its CSP hashes were worked out and compressed once (gzip and
// Brotli), so serving it again costs a buffer write instead of a render, a hash and a compress.
// Pages are kept by the page that was rendered (keyOf), not by the raw address: otherwise every
// made-up query string ("/guides?x=1", "?x=2", …) would be a miss, a render and a compression.

export type CachedPage = EncodedBody & {
  headers: OutgoingHttpHeaders
  storedAt: number
  expiresAt: number
}

const gzip = promisify(zlib.gzip)
const brotli = promisify(zlib.brotliCompress)
/**
 * Brotli quality for pages, which are compressed while the site runs: 5 takes about 1 ms for a
 * 40-60 KB page and is 1-2% larger than 9, which takes 50 ms or more (bench:abuse prints both).
 */
export const PAGE_BROTLI_QUALITY = 5

/** Request headers that ask Next for something other than the page everyone gets. */
const PERSONAL_REQUEST_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'authorization', 'cookie']
/**
 * Belong to one response on one connection, are set again when the page is sent, or describe the
 * render that made it (x-nextjs-cache: a kept MISS would claim every later answer was rendered).
 */
const NOT_KEPT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'age', 'x-nextjs-cache'])

/** Seconds a shared cache may keep the response, or undefined if it may not keep it at all. */
export function sharedMaxAge(cacheControl: string): number | undefined {
  const directives = new Map<string, string | undefined>()
  for (const part of cacheControl.toLowerCase().split(',')) {
    const [name = '', value] = part.split('=')
    directives.set(name.trim(), value?.trim())
  }
  if (directives.has('private') || directives.has('no-store') || directives.has('no-cache')) return undefined
  const seconds = Number(directives.get('s-maxage') ?? directives.get('max-age'))
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined
}

/**
 * The bytes of a buffer in memory of their own size. zlib's one-call gzip and Brotli answer a view
 * of a 64 KB block however small the result: kept as they came, a 10 KB page's two encodings held
 * 128 KB, so a cache counted at 64 MB held 260 MB (bench:abuse's memory case, read in a heap
 * snapshot). A copy outside Node's shared pool, so no other buffer keeps it alive or it them.
 */
export function exact(buffer: Buffer): Buffer {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) return buffer
  const copy = Buffer.allocUnsafeSlow(buffer.byteLength)
  buffer.copy(copy)
  return copy
}

export class PageCache {
  private readonly entries: LRUCache<string, CachedPage>
  private readonly storing = new Set<string>()

  constructor(
    maxBytes: number,
    private readonly now: () => number = Date.now,
    private readonly keyOf: (target: string) => string | undefined = (target) => target,
    /** Seconds to keep a finished response, or undefined to not keep it: by default, its s-maxage. */
    private readonly keepFor: (res: ServerResponse) => number | undefined = (res) => sharedMaxAge(String(res.getHeader('cache-control') ?? '')),
  ) {
    this.entries = new LRUCache<string, CachedPage>({
      maxSize: maxBytes,
      sizeCalculation: (page) => page.identity.byteLength + page.gzip.byteLength + page.br.byteLength + 1024,
    })
  }

  /** The cache key for a request that may be answered from the cache, else undefined. */
  keyFor(req: IncomingMessage): string | undefined {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined
    if (PERSONAL_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined)) return undefined
    return this.keyOf(req.url ?? '/')
  }

  /** A fresh kept page for the key; an expired one is dropped. */
  get(key: string): CachedPage | undefined {
    const page = this.entries.get(key)
    if (page && page.expiresAt <= this.now()) {
      this.entries.delete(key)
      return undefined
    }
    return page
  }

  /**
   * Keeps a finished page if a shared cache could: called with the response whose headers are
   * final (the policy included) and its whole uncompressed body. Compresses in the background;
   * the promise (for tests) settles once the page is kept.
   */
  offer(key: string, res: ServerResponse, body: Buffer): Promise<void> {
    if (res.statusCode !== 200 || res.hasHeader('set-cookie') || this.storing.has(key)) return Promise.resolve()
    const maxAge = this.keepFor(res)
    if (maxAge === undefined) return Promise.resolve()
    const headers: OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries(res.getHeaders())) if (!NOT_KEPT.has(name) && value !== undefined) headers[name] = value
    const etag = res.getHeader('etag')
    const storedAt = this.now()
    this.storing.add(key)
    return Promise.all([gzip(body), brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: PAGE_BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })])
      .then(([gzipped, brotlied]) => {
        this.entries.set(key, { headers, etag: typeof etag === 'string' ? etag : undefined, identity: exact(body), gzip: exact(gzipped), br: exact(brotlied), storedAt, expiresAt: storedAt + maxAge * 1000 })
      })
      .catch((error: unknown) => console.error(`page cache: could not compress ${key}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => this.storing.delete(key))
  }

  /** Sends a kept page: 304 when the client already has it, else the best encoding it takes. */
  send(req: IncomingMessage, res: ServerResponse, page: CachedPage): void {
    for (const [name, value] of Object.entries(page.headers)) if (value !== undefined) res.setHeader(name, value)
    res.setHeader('age', String(Math.max(0, Math.floor((this.now() - page.storedAt) / 1000))))
    sendEncoded(req, res, page)
  }
}
