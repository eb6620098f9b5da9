import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { StaticAssets } from '@/lib/security/static-assets'
import { precompressStatic } from '../../scripts/lib/precompress'
import { listenLocally, rawRequest } from '../support/raw-http'

// Build assets served as server.ts serves them: from memory, in the encoding the browser takes,
// and everything the assets do not hold left to the app (here a stand-in that answers "app").

const SCRIPT = `(function(){${'var framework = "react";'.repeat(400)}})()`
const STYLES = `body{margin:0}${'.x{color:red}'.repeat(300)}`
const FOREIGN = 'body{content:"not part of the build"}'
let root: string
let server: http.Server
let base = ''

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'static-assets-'))
  const staticDir = path.join(root, 'static')
  fs.mkdirSync(path.join(staticDir, 'chunks'), { recursive: true })
  fs.mkdirSync(path.join(staticDir, 'media'))
  fs.writeFileSync(path.join(staticDir, 'chunks/app.js'), SCRIPT)
  fs.writeFileSync(path.join(staticDir, 'chunks/site.css'), STYLES)
  fs.writeFileSync(path.join(staticDir, 'media/logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  fs.writeFileSync(path.join(root, 'secret.css'), FOREIGN)
  precompressStatic(staticDir)
  const assets = StaticAssets.load(staticDir, { 'content-security-policy': "default-src 'self'" })
  server = http.createServer((req, res) => {
    if (assets.serve(req, res)) return
    res.statusCode = 404
    res.end('app')
  })
  base = await listenLocally(server)
})

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()))
  fs.rmSync(root, { recursive: true, force: true })
})

const get = (urlPath: string, headers: Record<string, string> = {}, method = 'GET') => rawRequest(`${base}${urlPath}`, { method, headers })

describe('build assets', () => {
  it('go to a browser in Brotli, with a year of caching, the policy and the right type', async () => {
    const answer = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip, deflate, br, zstd' })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT)
    expect(answer.headers['content-length']).toBe(String(answer.body.byteLength))
    expect(answer.body.byteLength).toBeLessThan(SCRIPT.length / 10)
    expect(answer.headers['content-type']).toBe('application/javascript; charset=UTF-8')
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(answer.headers.vary).toBe('Accept-Encoding')
    expect(answer.headers['content-security-policy']).toBe("default-src 'self'")
  })

  it('go in gzip to a client that refuses Brotli, and as they are to one that asks for nothing', async () => {
    const gzip = await get('/_next/static/chunks/site.css', { 'accept-encoding': 'br;q=0, gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toBe(STYLES)
    expect(gzip.headers['content-type']).toBe('text/css; charset=UTF-8')
    const plain = await get('/_next/static/chunks/site.css')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(STYLES)
  })

  it('answer a browser that already holds the file with a 304 and no body', async () => {
    const first = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br' })
    expect(first.headers.etag).toMatch(/^W\/".+"$/)
    const again = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) })
    expect(again.status).toBe(304)
    expect(again.body.byteLength).toBe(0)
  })

  it('answer HEAD with the length of what GET would send, and no body', async () => {
    const head = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip' }, 'HEAD')
    const body = await get('/_next/static/chunks/app.js', { 'accept-encoding': 'gzip' })
    expect(head.status).toBe(200)
    expect(head.body.byteLength).toBe(0)
    expect(head.headers['content-length']).toBe(String(body.body.byteLength))
  })

  it('leave to the app: other methods, unknown files, other file types, query strings and paths out of the folder', async () => {
    for (const [urlPath, method] of [
      ['/_next/static/chunks/app.js', 'POST'],
      ['/_next/static/chunks/missing.js', 'GET'],
      ['/_next/static/media/logo.png', 'GET'],
      ['/_next/static/chunks/app.js?v=2', 'GET'],
      ['/_next/static/../secret.css', 'GET'],
      ['/_next/static/chunks/app.js.br', 'GET'],
    ] as const) {
      const answer = await get(urlPath, {}, method)
      expect(answer.body.toString(), `${method} ${urlPath}`).toBe('app')
    }
  })
})

describe('precompressStatic', () => {
  it('writes gzip and Brotli versions that unpack to the file, for text assets only', () => {
    const dir = path.join(root, 'static/chunks')
    expect(gunzipSync(fs.readFileSync(path.join(dir, 'app.js.gz'))).toString()).toBe(SCRIPT)
    expect(brotliDecompressSync(fs.readFileSync(path.join(dir, 'app.js.br'))).toString()).toBe(SCRIPT)
    expect(fs.existsSync(path.join(root, 'static/media/logo.png.gz'))).toBe(false)
  })
})

describe('StaticAssets.load', () => {
  it('uses the build versions, but not ones older than the file they were made from', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-stale-'))
    const own = http.createServer()
    try {
      fs.writeFileSync(path.join(dir, 'a.js'), SCRIPT)
      precompressStatic(dir)
      const built = fs.readFileSync(path.join(dir, 'a.js.br'))
      const changed = `${SCRIPT};changed()`
      fs.writeFileSync(path.join(dir, 'a.js'), changed)
      const [past, future] = [new Date(Date.now() - 60_000), new Date(Date.now() + 60_000)]
      fs.utimesSync(path.join(dir, 'a.js.gz'), past, past)
      fs.utimesSync(path.join(dir, 'a.js.br'), future, future)
      const assets = StaticAssets.load(dir)
      own.on('request', (req, res) => assets.serve(req, res) || res.end('app'))
      const ownBase = await listenLocally(own)
      const br = await rawRequest(`${ownBase}/_next/static/a.js`, { headers: { 'accept-encoding': 'br' } })
      const gzip = await rawRequest(`${ownBase}/_next/static/a.js`, { headers: { 'accept-encoding': 'gzip' } })
      expect(br.body).toEqual(built)
      expect(gunzipSync(gzip.body).toString()).toBe(changed)
    } finally {
      own.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
