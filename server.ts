// The production server: Next.js's request handler inside a plain Node HTTP server that adds what
// `next start` cannot: timeouts, the client's real address, a 400 for broken URLs, and the
// security headers (a Content-Security-Policy with the hashes of each page's inline scripts) on
// every response. `npm run build` bundles it into dist/server.js; `npm start` runs that.
// Run it from the app's folder (the project, or Next's standalone output folder).
import '@/lib/server/supported-node'
import cluster from 'node:cluster'
import { existsSync, readFileSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import net from 'node:net'
import path from 'node:path'
import compression from 'compression'
import next from 'next'
import { parseEnvOrExit } from '@/lib/env'
import { normaliseAddress, proxyTrust, resolveClientAddress } from '@/lib/security/client-address'
import { FIXED_SECURITY_HEADERS, contentSecurityPolicy } from '@/lib/security/headers'
import { withInlineHashes } from '@/lib/security/html-response'
import { pageScriptRewrite } from '@/lib/security/page-scripts'
import { PageCache } from '@/lib/security/page-cache'
import { searchAnswerKey } from '@/lib/search/answer-key'
import { NOT_FOUND_PATH, isInternalPath, renderedPageKey } from '@/lib/places/rewrite-target'
import { StaticAssets } from '@/lib/security/static-assets'
import { normaliseTarget, originForm, refuseTarget } from '@/lib/security/request-target'
import { clientErrorAnswer } from '@/lib/security/client-error'
import { armTestFault, withTestFault } from '@/lib/security/test-fault'
import { builtSiteUrl, siteUrlMismatch } from '@/lib/security/site-url'
import { CORS_HEADERS, FEED_METHODS, JSON_TYPE, isOpenReferralPath, refuseFeedMethod, withoutTrailingSlash } from '@/lib/openreferral/http'

const env = parseEnvOrExit()
const dir = process.cwd()
const distDir = path.join(dir, env.NEXT_DIST_DIR)

// The settings the site was built with, from the build itself: the standalone folder has no
// next.config.ts, and in the project folder this skips compiling it again at every start (and
// Next's warning that `next start` does not suit a standalone build: this is not `next start`).
const requiredFiles = path.join(distDir, 'required-server-files.json')
if (existsSync(requiredFiles) && !process.env.__NEXT_PRIVATE_STANDALONE_CONFIG) {
  const required: unknown = JSON.parse(readFileSync(requiredFiles, 'utf8'))
  if (typeof required === 'object' && required !== null && 'config' in required) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(required.config)
}

const mismatch = siteUrlMismatch(env.SITE_URL, builtSiteUrl(distDir))
if (mismatch) {
  console.error(mismatch)
  process.exit(1)
}

const trust = proxyTrust(env.TRUSTED_PROXIES)
const compress = compression()
// Pages everyone gets, kept for their s-maxage (PAGE_CACHE_MB=0 turns it off).
const pageCache = env.PAGE_CACHE_MB > 0 ? new PageCache(env.PAGE_CACHE_MB * 1024 * 1024, Date.now, renderedPageKey) : undefined
// Search answers, kept by their query for SEARCH_CACHE_SECONDS (at most five minutes), in this
// process's memory only: the same search asked again is a buffer write, not a render, so a busy
// moment of searches costs other visitors little. Browsers are still told to keep nothing (no-store).
const searchCache =
  env.SEARCH_CACHE_SECONDS > 0 ? new PageCache(env.SEARCH_CACHE_MB * 1024 * 1024, Date.now, searchAnswerKey, () => env.SEARCH_CACHE_SECONDS) : undefined
// Build assets from memory, compressed at build time (lib/security/static-assets.ts).
const staticAssets = StaticAssets.load(path.join(distDir, 'static'), { 'content-security-policy': contentSecurityPolicy() })
const warned = new Set<string>()
// Pages go out without the framework's client scripts, with the site's own small one instead.
const rewritePage = pageScriptRewrite(distDir)

const pathOf = (target: string) => target.split('?', 1)[0] ?? target

function sendPlain(res: ServerResponse, status: number, message: string, target = ''): void {
  res.statusCode = status
  // The Open Referral feed answers in JSON with CORS, even when the server refuses the request.
  if (isOpenReferralPath(pathOf(target))) {
    res.setHeader('content-type', JSON_TYPE)
    res.setHeader('cache-control', 'no-store')
    res.setHeader('content-security-policy', contentSecurityPolicy())
    res.end(JSON.stringify({ status, message }))
    return
  }
  res.setHeader('content-type', 'text/plain; charset=utf-8')
  res.setHeader('cache-control', 'no-store')
  res.setHeader('content-security-policy', contentSecurityPolicy())
  res.end(`${message}\n`)
}

/** Only the address we can vouch for reaches the app; forwarded details only from our proxies. */
function rewriteForwarding(req: IncomingMessage): void {
  const client = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trust)
  const peerIsProxy = trust(normaliseAddress(req.socket.remoteAddress ?? ''), 0)
  req.headers['x-forwarded-for'] = client
  delete req.headers['x-real-ip']
  delete req.headers.forwarded
  if (!peerIsProxy) {
    delete req.headers['x-forwarded-host']
    delete req.headers['x-forwarded-proto']
    delete req.headers['x-forwarded-port']
  }
}

/** How long a stopping server leaves a connection with no request open before closing it. */
const STOP_IDLE_GRACE_MS = 1000
/** Set once the listener is closed: every answer from then on closes its connection. */
let stopping = false

async function main(): Promise<void> {
  // Next compares a proxy.ts rewrite's destination, which it builds on "localhost", with this
  // origin. With the listening address here instead (127.0.0.1), the two differ, and Next sent every
  // rewritten request (a filtered list, a postcode search) back to this server over HTTP as if to
  // another site: twice the work, and an internal address answered as a public one.
  const app = next({ dev: false, dir, hostname: 'localhost', port: env.PORT, customServer: true })
  await app.prepare()
  const handle = app.getRequestHandler()

  const server = http.createServer(
    {
      headersTimeout: env.REQUEST_HEADERS_TIMEOUT_SECONDS,
      requestTimeout: env.REQUEST_TIMEOUT_SECONDS,
      // Checks the two timeouts every second instead of every 30.
      connectionsCheckingInterval: 1000,
      keepAliveTimeout: 5000,
    },
    (req, res) => {
      for (const [name, value] of Object.entries(FIXED_SECURITY_HEADERS)) res.setHeader(name, value)
      if (stopping) res.setHeader('connection', 'close')
      // A full address ("GET http://evil.example/guides") is answered as this site's own path.
      const target = originForm(req.url ?? '/')
      if (isOpenReferralPath(pathOf(target))) {
        for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value)
      }
      const refusal = refuseTarget(target)
      if (refusal) return sendPlain(res, refusal.status, refusal.message, target)
      req.url = withoutTrailingSlash(normaliseTarget(target))
      const readOnly = refuseFeedMethod(req.method, pathOf(req.url))
      if (readOnly) return sendPlain(res.setHeader('allow', FEED_METHODS), 405, readOnly, req.url)
      if (isInternalPath(pathOf(req.url ?? '/'))) req.url = NOT_FOUND_PATH
      if (staticAssets.serve(req, res)) return
      const fault = armTestFault(req, env.TEST_FAULTS === '1')
      rewriteForwarding(req)
      const searchKey = searchCache?.keyFor(req)
      const cache = searchKey === undefined ? pageCache : searchCache
      const cacheKey = searchKey ?? pageCache?.keyFor(req)
      const cached = cacheKey === undefined ? undefined : cache?.get(cacheKey)
      if (cached) return cache?.send(req, res, cached)
      compress(req, res, () => {
        // Only this server compresses: the page must reach withInlineHashes readable to be hashed.
        // Next itself would compress a page a proxy.ts rewrite produced, so it never sees the
        // browser's Accept-Encoding; compression reads it back as the headers go out.
        const acceptEncoding = req.headers['accept-encoding']
        delete req.headers['accept-encoding']
        const writeHead = res.writeHead.bind(res)
        Reflect.set(res, 'writeHead', (...args: unknown[]) => {
          if (acceptEncoding !== undefined) req.headers['accept-encoding'] = acceptEncoding
          return Reflect.apply(writeHead, res, args)
        })
        withInlineHashes(req, res, (script) => {
          const key = script.slice(0, 120)
          if (warned.has(key) || warned.size > 100) return
          warned.add(key)
          console.warn(`security: an inline script the site does not recognise was blocked by the CSP: ${JSON.stringify(key)}`)
        }, cacheKey === undefined ? undefined : (body) => void cache?.offer(cacheKey, res, body), rewritePage)
        withTestFault(fault, () => handle(req, res)).catch((error: unknown) => {
          console.error(error)
          if (!res.headersSent) sendPlain(res, 500, 'Sorry, something went wrong.', req.url)
          else res.destroy()
        })
      })
    },
  )

  // Requests Node itself cannot parse get a 400 with the headers too (the feed's in JSON with CORS), not a bare line.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy()
    socket.end(clientErrorAnswer(error))
  })

  // Stopping (a deploy, a restart) cuts off no request a client has sent: new connections are
  // refused, each open connection gets its next answer with "Connection: close" and is then
  // closed, and connections that stay idle are closed after a short grace. http.Server's close()
  // would close idle kept-alive connections at once, while a client may be sending its next
  // request on one of them: that request would be reset. So only the listener is closed here,
  // and only after one more turn of the event loop: connections the system has completed but
  // Node has not yet taken (a busy moment) are taken then, instead of being reset with the
  // listener. Answers say "Connection: close" only from then on, so no client reconnects into a
  // listener that is about to close.
  let stopRequested = false
  const stop = (signal: string) => {
    if (stopRequested) return
    stopRequested = true
    console.log(`${signal}: finishing open requests, then stopping`)
    setImmediate(() =>
      setImmediate(() => {
        stopping = true
        net.Server.prototype.close.call(server, () => process.exit(0))
        setTimeout(() => server.closeIdleConnections(), STOP_IDLE_GRACE_MS).unref()
        // A request that stalls cannot keep a stopping server alive past its own timeout.
        setTimeout(() => {
          server.closeAllConnections()
          process.exit(0)
        }, Math.min(env.REQUEST_TIMEOUT_SECONDS, 10_000)).unref()
      }),
    )
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))

  // A port already in use must stop the start with a failure, not a running process that serves nothing.
  server.once('error', (error) => {
    console.error(`Cannot listen on ${env.HOST}:${env.PORT}: ${error.message}`)
    process.exit(1)
  })
  // Started by `npm start`'s supervisor (lib/server/supervisor.ts): a socket of this process's own
  // on the shared port (SO_REUSEPORT), so the kernel, not another process, hands it connections.
  const shared = cluster.isWorker
  server.listen({ port: env.PORT, host: env.HOST, reusePort: shared, exclusive: shared }, () => {
    const where = `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${env.PORT}`
    if (shared) process.send?.('ready')
    else console.log(`Ready on ${where}`)
  })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
