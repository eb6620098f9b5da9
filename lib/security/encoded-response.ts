import type { IncomingMessage, ServerResponse } from 'node:http'

// One answer kept in the three encodings browsers take, sent the way the client asks: a finished
// page in the page cache, or a build asset compressed at build time.

export type Encoding = 'br' | 'gzip' | 'identity'

export type EncodedBody = {
  etag: string | undefined
  identity: Buffer
  gzip: Buffer
  br: Buffer
}

/** Which of the kept encodings the client takes, best first (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>()
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((piece) => piece.trim())
    if (!name) continue
    const q = params.find((param) => param.startsWith('q='))
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1)
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0
  if (weight('br') > 0) return 'br'
  if (weight('gzip') > 0) return 'gzip'
  return 'identity'
}

/**
 * Sends the body after the caller has set its own headers: a 304 when the client already holds
 * this ETag, else the best encoding it takes, with its length (HEAD: headers only).
 */
export function sendEncoded(req: IncomingMessage, res: ServerResponse, body: EncodedBody): void {
  const vary = String(res.getHeader('vary') ?? '')
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
  if (body.etag) res.setHeader('etag', body.etag)
  if (body.etag && req.headers['if-none-match']?.split(',').some((tag) => tag.trim() === body.etag)) {
    res.statusCode = 304
    res.end()
    return
  }
  const encoding = chooseEncoding(req.headers['accept-encoding'])
  const bytes = body[encoding]
  if (encoding !== 'identity') res.setHeader('content-encoding', encoding)
  res.setHeader('content-length', bytes.byteLength)
  res.statusCode = 200
  if (req.method === 'HEAD') res.end()
  else res.end(bytes)
}
