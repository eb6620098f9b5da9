import http from 'node:http'
import { gunzipSync } from 'node:zlib'
import compression from 'compression'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withInlineHashes } from '@/lib/security/html-response'
import { sha256Base64 } from '@/lib/security/inline-scripts'
import { withoutFrameworkScripts } from '@/lib/security/page-scripts'
import { listenLocally, rawRequest, type RawAnswer } from '../support/raw-http'

// The server's response wrapper on a real HTTP server with compression, fed the ways Next
// writes: headers then streamed chunks, writeHead with headers, a single end(), JSON.

const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
const FLIGHT = 'self.__next_f.push([1,"caf\\u00e9 ✓"])'
const blocked: string[] = []
/** The ETag the page cache was offered with each held JSON answer. */
const offeredTags: unknown[] = []

let server: http.Server
let base = ''

beforeAll(async () => {
  const compress = compression()
  server = http.createServer((req, res) => {
    compress(req, res, () => {
      const rewrite = req.url === '/rewritten' ? (html: string) => withoutFrameworkScripts(html, '/_next/static/enhance/site-1.js') : undefined
      withInlineHashes(req, res, (script) => blocked.push(script), req.url === '/appended' ? () => offeredTags.push(res.getHeader('etag')) : undefined, rewrite)
      if (req.url === '/appended') {
        // A route handler's answer, as Next passes it on: each header appended (Next's appendHeader
        // sets a list of values), the body streamed.
        res.statusCode = 200
        res.setHeader('content-type', ['application/json; charset=utf-8'])
        res.setHeader('etag', ['"feed-tag"'])
        res.flushHeaders()
        res.write(JSON.stringify({ contents: Array.from({ length: 200 }, (_, index) => ({ id: index, name: 'A service' })) }))
        res.end()
      } else if (req.url === '/rewritten') {
        // Next states the length of the page it wrote, on HEAD too.
        const page = `<!doctype html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>Hi</p><script>${BOOTSTRAP}</script><script>${FLIGHT}</script></body></html>`
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(Buffer.byteLength(page)) })
        res.end(req.method === 'HEAD' ? undefined : page)
      } else if (req.url === '/streamed') {
        res.setHeader('content-type', 'text/html; charset=utf-8')
        res.flushHeaders()
        res.write(`<!doctype html><html><head><style>b{color:red}</style><script>${BOOTSTRAP}</script>`)
        setTimeout(() => {
          res.write(Buffer.from(`<script>${FLIGHT}</script><script>alert("x")</script><p>${'é'.repeat(2000)}</p>`))
          res.end('</html>')
        }, 10)
      } else if (req.url === '/head') {
        res.writeHead(404, { 'content-type': 'text/html', 'x-extra': 'kept' })
        res.end(`<script>${BOOTSTRAP}</script>`)
      } else if (req.url === '/not-modified') {
        // What Next sends for a page the browser already holds: no body, the page's own headers.
        res.writeHead(304, { 'content-type': 'text/html; charset=utf-8', etag: '"abc"' })
        res.end()
      } else if (req.url === '/own-policy') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'" })
        res.end(`<p>report</p>`)
      } else {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end('{"ok":true}')
      }
    })
  })
  base = await listenLocally(server)
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function get(path: string, headers: Record<string, string> = {}, agent?: http.Agent): Promise<RawAnswer> {
  return rawRequest(`${base}${path}`, { headers, agent })
}

describe('HTML responses get a policy with their own hashes', () => {
  it('streamed HTML is held, hashed and sent whole (compressed when asked), unchanged', async () => {
    const plain = await get('/streamed')
    const policy = String(plain.headers['content-security-policy'])
    expect(policy).toContain(`'sha256-${sha256Base64(BOOTSTRAP)}'`)
    expect(policy).toContain(`'sha256-${sha256Base64(FLIGHT)}'`)
    expect(policy).toContain(`style-src 'self' 'sha256-${sha256Base64('b{color:red}')}'`)
    expect(policy).not.toContain(sha256Base64('alert("x")'))
    expect(blocked).toContain('alert("x")')
    expect(Number(plain.headers['content-length'])).toBe(plain.body.byteLength)
    expect(plain.body.toString('utf8')).toContain('é'.repeat(2000))

    const zipped = await get('/streamed', { 'accept-encoding': 'gzip' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers['content-security-policy']).toBe(policy)
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true)
  })

  it('a compressed page is framed (chunked), so the connection is kept for the next request', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const sockets = new Set<unknown>()
    agent.on('free', (socket) => sockets.add(socket))
    try {
      const first = await get('/streamed', { 'accept-encoding': 'gzip' }, agent)
      expect(first.headers['transfer-encoding']).toBe('chunked')
      expect(first.headers.connection).not.toBe('close')
      await get('/streamed', { 'accept-encoding': 'gzip' }, agent)
      expect(sockets.size).toBe(1)
    } finally {
      agent.destroy()
    }
  })

  it('writeHead with its own headers and status keeps them', async () => {
    const response = await get('/head')
    expect(response.status).toBe(404)
    expect(response.headers['x-extra']).toBe('kept')
    expect(String(response.headers['content-security-policy'])).toContain(sha256Base64(BOOTSTRAP))
  })

  it('a 304 carries no policy, so the page the browser holds keeps the one with its hashes', async () => {
    const response = await get('/not-modified')
    expect(response.status).toBe(304)
    expect(response.headers.etag).toBe('"abc"')
    expect(response.headers['content-security-policy']).toBeUndefined()
  })

  it('a response with a policy of its own keeps it, not the site’s', async () => {
    const response = await get('/own-policy')
    expect(response.headers['content-security-policy']).toBe("default-src 'none'")
    expect(response.body.toString()).toBe('<p>report</p>')
  })

  it('a JSON answer whose headers were appended (as a route handler’s are) is compressed, and offered with its ETag', async () => {
    const plain = await get('/appended')
    const zipped = await get('/appended', { 'accept-encoding': 'gzip' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true)
    expect(zipped.body.byteLength).toBeLessThan(plain.body.byteLength / 4)
    expect(offeredTags).toEqual(['"feed-tag"', '"feed-tag"'])
  })

  it('a rewritten page is hashed, measured and sent as rewritten; HEAD claims no length of the page before', async () => {
    const answer = await get('/rewritten')
    const body = answer.body.toString('utf8')
    expect(body).toBe('<!doctype html><html><head><script src="/_next/static/enhance/site-1.js" defer=""></script></head><body><p>Hi</p></body></html>')
    expect(Number(answer.headers['content-length'])).toBe(answer.body.byteLength)
    expect(String(answer.headers['content-security-policy'])).toContain("script-src 'self';")
    const head = await rawRequest(`${base}/rewritten`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBeUndefined()
  })

  it('other responses pass straight through with the policy that allows no inline script', async () => {
    const response = await get('/json')
    expect(response.body.toString()).toBe('{"ok":true}')
    expect(String(response.headers['content-security-policy'])).toMatch(/script-src 'self'; /)
  })
})
