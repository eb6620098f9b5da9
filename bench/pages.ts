// Page weight and server latency of every page in the sitemap, against the built server.
// Run with `npm run bench:pages` (or `npm run bench`, which builds first).
import { gzipSync } from 'node:zlib'
import { ms, percentile, startServer } from './lib/server'

const PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined
const ROUNDS = 20
const CONCURRENCY = 10

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
    const home = await (await fetch(`${server.baseURL}/`)).text()
    // Modern browsers skip noModule scripts (legacy polyfills), so they are not counted.
    const tags = [...home.matchAll(/<(?:script|link)\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/noModule/i.test(tag))
    const assets = [...new Set(tags.flatMap((tag) => /(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/.exec(tag)?.[1] ?? []))]
    let jsGzip = 0
    let cssGzip = 0
    for (const asset of assets) {
      const body = Buffer.from(await (await fetch(`${server.baseURL}${asset}`)).arrayBuffer())
      if (asset.endsWith('.css')) cssGzip += gzipSync(body).length
      else jsGzip += gzipSync(body).length
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

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
    const heaviest = [...weights].sort((a, b) => b.htmlGzip - a.htmlGzip)[0]
    console.log(`Pages benchmark: ${paths.length} pages in the sitemap, built server on 127.0.0.1:${server.port}`)
    console.log(`  HTML per page (gzip): median ${kb(percentile(weights.map((w) => w.htmlGzip).sort((a, b) => a - b), 50))}, heaviest ${kb(heaviest?.htmlGzip ?? 0)} (${heaviest?.path})`)
    console.log(`  First visit to / (gzip): HTML ${kb(weights.find((w) => w.path === '/')?.htmlGzip ?? 0)}, CSS ${kb(cssGzip)}, JavaScript ${kb(jsGzip)} (${assets.length} files; pages work without it)`)
    console.log(`  Latency over ${latencies.length} requests at concurrency ${CONCURRENCY}: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, ${(latencies.length / seconds).toFixed(0)} requests/s`)
  } finally {
    await server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
