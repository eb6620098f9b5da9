// Page weight and server latency of every page in the sitemap, against the built server.
// Run with `npm run bench:pages` (or `npm run bench`, which builds first).
import { gzipSync } from 'node:zlib'
import { scriptsOf } from './lib/blank-build'
import { ms, percentile, startServer } from './lib/server'
import { rawRequest } from '../tests/support/raw-http'

const PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined
const ROUNDS = 20
const CONCURRENCY = 10
const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['hub', '/family-hubs/armley'],
  ['guide', '/guides/early-help'],
  ['services', '/services'],
  ['service', '/services/family-hubs'],
  ['page', '/privacy'],
  ['list', '/list?h=armley&s=family-hubs,safe-project&n=send'],
]
/**
 * A full list (20 items, the most it holds): rendered for every request with its QR code, never
 * cached, so it is timed on its own.
 */
const FULL_LIST =
  '/list?h=armley,chapeltown,compton,deacon-house,dewsbury-road,horsforth,rothwell&s=childrens-centres-early-start,childrens-social-work-service,cluster-partnerships,duty-and-advice,early-help-front-door,families-first-team,family-hubs,family-information-service,multi-systemic-therapy,reducing-parental-conflict,safe-project,therapeutic-social-work-teams,youth-services'
/** All the JavaScript a page downloads (pages ship no framework script: lib/security/page-scripts.ts). */
const JS_BUDGET = 15 * 1024

async function main() {
  const server = await startServer({ port: PORT })
  try {
    const sitemap = await (await fetch(`${server.baseURL}/sitemap.xml`)).text()
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname)

    // Weight: the HTML of each page, and what a first visit downloads (HTML + CSS + JS).
    const weights: { path: string; html: number; htmlGzip: number }[] = []
    for (const path of paths) {
      const html = Buffer.from(await (await fetch(`${server.baseURL}${path}`)).arrayBuffer())
      weights.push({ path, html: html.length, htmlGzip: gzipSync(html).length })
    }
    // First visit to each page type: HTML, CSS and JavaScript (gzip), the HTML as it is, and the
    // requests a view makes (the page, its stylesheets and scripts).
    const gzipOf = async (asset: string) => gzipSync(Buffer.from(await (await fetch(`${server.baseURL}${asset}`)).arrayBuffer())).length
    // What the server really sends a browser that takes Brotli (as Chromium does), asked twice so
    // the page comes from the page cache the way most visitors get it.
    const sentOf = async (asset: string) => {
      await rawRequest(`${server.baseURL}${asset}`, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } })
      return (await rawRequest(`${server.baseURL}${asset}`, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } })).body.byteLength
    }
    const types: { name: string; path: string; raw: number; html: number; css: number; js: number; files: number; requests: number; sent: number }[] = []
    for (const [name, pagePath] of PAGE_TYPES) {
      const response = await fetch(`${server.baseURL}${pagePath}`)
      if (!response.ok) throw new Error(`${pagePath} answered ${response.status}`)
      const html = await response.text()
      const styles = [...new Set([...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].flatMap((m) => /href="(\/_next\/static\/[^"]+\.css)"/.exec(m[0])?.[1] ?? []))]
      const scripts = scriptsOf(html)
      let css = 0
      for (const asset of styles) css += await gzipOf(asset)
      let js = 0
      for (const asset of scripts) js += await gzipOf(asset)
      let sent = 0
      for (const asset of [pagePath, ...styles, ...scripts]) sent += await sentOf(asset)
      types.push({ name, path: pagePath, raw: Buffer.byteLength(html), html: gzipSync(html).length, css, js, files: scripts.length, requests: 1 + styles.length + scripts.length, sent })
    }

    // Latency: every page ROUNDS times, CONCURRENCY requests in flight.
    const queue = Array.from({ length: ROUNDS }, () => paths).flat()
    const latencies: number[] = []
    const started = performance.now()
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
          const t0 = performance.now()
          const response = await fetch(`${server.baseURL}${path}`)
          await response.arrayBuffer()
          if (!response.ok) throw new Error(`${path} answered ${response.status}`)
          latencies.push(performance.now() - t0)
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)

    const listLatencies: number[] = []
    const listQueue = Array.from({ length: ROUNDS * CONCURRENCY }, () => FULL_LIST)
    const listStarted = performance.now()
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let path = listQueue.pop(); path !== undefined; path = listQueue.pop()) {
          const t0 = performance.now()
          const response = await fetch(`${server.baseURL}${path}`)
          const html = await response.text()
          if (!response.ok || !html.includes('<svg')) throw new Error(`${path} answered ${response.status} without its QR code`)
          listLatencies.push(performance.now() - t0)
        }
      }),
    )
    const listSeconds = (performance.now() - listStarted) / 1000
    listLatencies.sort((a, b) => a - b)

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
    const heaviest = [...weights].sort((a, b) => b.htmlGzip - a.htmlGzip)[0]
    console.log(`Pages benchmark: ${paths.length} pages in the sitemap, built server on 127.0.0.1:${server.port}`)
    console.log(`  HTML per page (gzip): median ${kb(percentile(weights.map((w) => w.htmlGzip).sort((a, b) => a - b), 50))}, heaviest ${kb(heaviest?.htmlGzip ?? 0)} (${heaviest?.path})`)
    console.log(`  First visit per page type (gzip; pages work without JavaScript):`)
    console.log(`    type      path                      HTML (as is)  HTML      CSS       JS (files)        requests  sent with Brotli (all)`)
    for (const t of types) {
      console.log(`    ${t.name.padEnd(9)} ${t.path.padEnd(25)} ${kb(t.raw).padStart(9)}  ${kb(t.html).padStart(8)}  ${kb(t.css).padStart(8)}  ${kb(t.js).padStart(8)} (${String(t.files).padStart(2)} files)  ${String(t.requests).padStart(5)}  ${kb(t.sent).padStart(12)}`)
    }
    const worstJs = Math.max(...types.map((t) => t.js))
    console.log(`  JavaScript a page downloads (gzip): at most ${kb(worstJs)} (budget ${kb(JS_BUDGET)}): ${worstJs < JS_BUDGET ? 'PASS' : 'FAIL'}`)
    console.log(`  Latency over ${latencies.length} requests at concurrency ${CONCURRENCY}: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, ${(latencies.length / seconds).toFixed(0)} requests/s`)
    console.log(`  A 20-item list (rendered per request, QR code included), ${listLatencies.length} requests at concurrency ${CONCURRENCY}: p50 ${ms(percentile(listLatencies, 50))}, p99 ${ms(percentile(listLatencies, 99))}, ${(listLatencies.length / listSeconds).toFixed(0)} requests/s`)
  } finally {
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
