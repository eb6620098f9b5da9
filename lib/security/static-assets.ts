import { createHash } from 'node:crypto'
import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import { sendEncoded, type EncodedBody } from './encoded-response'

// The build's scripts and stylesheets, answered from memory in all three encodings. They are
// the same for every visitor of a build and never change (the name carries a content hash), so
// compressing them per request, as a generic compression middleware does, spent 5 ms of the
// event loop on each script of each page view. `npm run build` writes the smallest versions
// beside each file (scripts/lib/precompress.ts: Brotli at its best setting, about 15% smaller
// than gzip for phones on metered data); a file without them is compressed once at start.

const STATIC_PREFIX = '/_next/static/'

/** Text assets a page needs before it works; anything else (fonts, images) is left to Next. */
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.json': 'application/json; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=UTF-8',
}

const IMMUTABLE = 'public, max-age=31536000, immutable'

type Asset = EncodedBody & { contentType: string }

/** Whether this server sends a build file from memory (so the build compresses it). */
export function isServedAsset(file: string): boolean {
  return Object.hasOwn(CONTENT_TYPES, path.extname(file))
}

export const gzipAsset = (source: Buffer): Buffer => zlib.gzipSync(source, { level: zlib.constants.Z_BEST_COMPRESSION })

/** The build asks for Brotli's best quality; a start without the build's copies, a quick one. */
export const brotliAsset = (source: Buffer, quality: number): Buffer =>
  zlib.brotliCompressSync(source, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength } })

function readOrCompress(file: string, suffix: '.gz' | '.br', identity: Buffer): Buffer {
  const sibling = `${file}${suffix}`
  if (fs.existsSync(sibling) && fs.statSync(sibling).mtimeMs >= fs.statSync(file).mtimeMs) return fs.readFileSync(sibling)
  return suffix === '.gz' ? gzipAsset(identity) : brotliAsset(identity, 5)
}

export class StaticAssets {
  private constructor(
    private readonly assets: ReadonlyMap<string, Asset>,
    private readonly headers: Readonly<Record<string, string>>,
  ) {}

  /** Reads every servable file under <distDir>/static once, at start; headers go on every answer. */
  static load(staticDir: string, headers: Readonly<Record<string, string>> = {}): StaticAssets {
    const assets = new Map<string, Asset>()
    if (!fs.existsSync(staticDir)) return new StaticAssets(assets, headers)
    for (const relative of fs.readdirSync(staticDir, { recursive: true, encoding: 'utf8' })) {
      const contentType = CONTENT_TYPES[path.extname(relative)]
      const file = path.join(staticDir, relative)
      if (contentType === undefined || !fs.statSync(file).isFile()) continue
      const identity = fs.readFileSync(file)
      const etag = `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`
      const urlPath = STATIC_PREFIX + relative.split(path.sep).map(encodeURIComponent).join('/')
      assets.set(urlPath, { contentType, etag, identity, gzip: readOrCompress(file, '.gz', identity), br: readOrCompress(file, '.br', identity) })
    }
    return new StaticAssets(assets, headers)
  }

  /**
   * Answers a GET or HEAD for a build asset it holds and returns true; anything else (another
   * method, an unknown file, a query string Next may give meaning to) is left to Next: false.
   */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const asset = this.assets.get(req.url ?? '')
    if (!asset) return false
    for (const [name, value] of Object.entries(this.headers)) res.setHeader(name, value)
    res.setHeader('content-type', asset.contentType)
    res.setHeader('cache-control', IMMUTABLE)
    sendEncoded(req, res, asset)
    return true
  }
}
