import type { IncomingMessage, ServerResponse } from 'node:http'
import { contentSecurityPolicy } from './headers'
import { scanInline } from './inline-scripts'

// The Content-Security-Policy must name the hashes of the inline scripts in the very HTML it
// is sent with, whether that HTML was prerendered at build, cached at runtime or rendered now.
// So HTML responses are held back until they are complete, scanned, and sent in one piece with
// their policy (and a Content-Length). Everything else passes straight through, with the policy
// that allows no inline script at all. Two exceptions:
// - A 304 carries no policy: a browser merges a 304's headers into the page it holds, so a
//   policy without that page's hashes would block its inline scripts, "Exit this page" included.
//   Without the header the held page keeps the policy it came with, which names its hashes.
// - A route that sets its own policy (the editors' report: nothing at all but its own styles)
//   keeps it: the site's policy would only allow more.

const HTML = /^text\/html\b/i
const JSON_TYPE = /^application\/json\b/i

type Callback = (error?: Error | null) => void

function isCallback(value: unknown): value is Callback {
  return typeof value === 'function'
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer | undefined {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return undefined
  if (Buffer.isBuffer(chunk)) return chunk
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' && Buffer.isEncoding(encoding) ? encoding : 'utf8')
  return undefined
}

function lastCallback(args: unknown[]): Callback | undefined {
  const last = args[args.length - 1]
  return isCallback(last) ? last : undefined
}

function headerValue(value: unknown): string | number | string[] | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (Array.isArray(value)) return value.map(String)
  return undefined
}

function applyHeaders(res: ServerResponse, headers: unknown): void {
  if (typeof headers !== 'object' || headers === null) return
  if (Array.isArray(headers)) {
    // Either [name, value, name, value] or [[name, value], ...].
    const flat: unknown[] = headers.flat()
    for (let index = 0; index + 1 < flat.length; index += 2) res.setHeader(String(flat[index]), String(flat[index + 1]))
    return
  }
  for (const [name, value] of Object.entries(headers)) {
    const normalised = headerValue(value)
    if (normalised !== undefined) res.setHeader(name, normalised)
  }
}

/**
 * Next hands a route handler's headers to Node with appendHeader, so each arrives as a list of one
 * value. Read as text they are the same, but compression reads Content-Type as a string (a list is
 * "not compressible": the feed's first answer went out uncompressed) and the page cache its ETag.
 */
function singleValuedHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (Array.isArray(value) && value.length === 1 && name !== 'set-cookie' && value[0] !== undefined) res.setHeader(name, value[0])
  }
}

/**
 * onComplete sees each held page once it is whole, its headers (the policy included) final.
 * rewriteHtml changes each HTML page before it is hashed, kept and sent (lib/security/page-scripts.ts).
 */
export function withInlineHashes(
  req: IncomingMessage,
  res: ServerResponse,
  onUnrecognised: (script: string) => void,
  onComplete?: (body: Buffer) => void,
  rewriteHtml?: (html: string) => string,
): void {
  const original = { write: res.write.bind(res), end: res.end.bind(res), writeHead: res.writeHead.bind(res), flushHeaders: res.flushHeaders.bind(res) }
  let mode: 'undecided' | 'pass' | 'hold' | 'sending' = 'undecided'
  const chunks: Buffer[] = []

  const decide = () => {
    if (mode !== 'undecided') return mode
    singleValuedHeaders(res)
    const type = String(res.getHeader('content-type') ?? '')
    const ownPolicy = res.hasHeader('content-security-policy')
    const html = HTML.test(type) && !ownPolicy
    // JSON (the Open Referral feed) is held only to be offered to the page cache, whole.
    const json = JSON_TYPE.test(type) && onComplete !== undefined
    mode = (html || json) && req.method !== 'HEAD' && res.statusCode !== 204 && res.statusCode !== 304 ? 'hold' : 'pass'
    // A HEAD answer has no body to rewrite: the length Next states is that of the page before.
    if (html && rewriteHtml && req.method === 'HEAD') res.removeHeader('content-length')
    if (res.statusCode === 304) res.removeHeader('content-security-policy')
    else if (mode === 'pass' && !ownPolicy) res.setHeader('content-security-policy', contentSecurityPolicy())
    return mode
  }

  // Reflect keeps the replaced methods' many overloads out of the way: they take what Node takes.
  Reflect.set(res, 'writeHead', (statusCode: number, ...rest: unknown[]) => {
    const [first, second] = rest
    res.statusCode = statusCode
    if (typeof first === 'string') res.statusMessage = first
    // Applied as setHeader calls, so the held response can still add its policy later.
    applyHeaders(res, typeof first === 'string' ? second : first)
    // 'sending': Node's own end() writing the implicit head of the finished response.
    if (decide() !== 'hold') original.writeHead(statusCode, res.statusMessage)
    return res
  })

  Reflect.set(res, 'flushHeaders', () => {
    if (decide() !== 'hold') original.flushHeaders()
  })

  Reflect.set(res, 'write', (chunk: unknown, ...rest: unknown[]): boolean => {
    if (decide() !== 'hold') return Boolean(Reflect.apply(original.write, res, [chunk, ...rest]))
    const buffer = toBuffer(chunk, rest[0])
    if (buffer) chunks.push(buffer)
    const callback = lastCallback(rest)
    if (callback) process.nextTick(callback)
    return true
  })

  Reflect.set(res, 'end', (chunk?: unknown, ...rest: unknown[]): ServerResponse => {
    if (decide() !== 'hold') {
      Reflect.apply(original.end, res, [chunk, ...rest])
      return res
    }
    const buffer = toBuffer(chunk, rest[0])
    if (buffer) chunks.push(buffer)
    let body = Buffer.concat(chunks)
    if (HTML.test(String(res.getHeader('content-type') ?? ''))) {
      const html = rewriteHtml ? rewriteHtml(body.toString('utf8')) : body.toString('utf8')
      if (rewriteHtml) body = Buffer.from(html, 'utf8')
      const scan = scanInline(html)
      for (const script of scan.unrecognised) onUnrecognised(script)
      res.setHeader('content-security-policy', contentSecurityPolicy(scan))
    } else {
      res.setHeader('content-security-policy', contentSecurityPolicy())
    }
    // removeHeader('transfer-encoding') would also stop Node chunking the body that compression
    // makes of it (no length, no chunks: the connection has to close to end each page).
    if (res.hasHeader('transfer-encoding')) res.removeHeader('transfer-encoding')
    res.setHeader('content-length', body.byteLength)
    onComplete?.(body)
    mode = 'sending'
    const callback = lastCallback(isCallback(chunk) ? [chunk] : rest)
    if (callback) original.end(body, callback)
    else original.end(body)
    return res
  })
}
