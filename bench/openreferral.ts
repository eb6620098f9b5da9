// npm run bench:openreferral — after `npm run build`. Two figures for the Open Referral feed:
// 1. GET /api/openreferral/v3/services at OPENREFERRAL_CONNECTIONS connections (default 200, asking
//    for gzip like any HTTP client; OPENREFERRAL_ENCODING=identity for uncompressed answers) for
//    OPENREFERRAL_SECONDS seconds (default 20), on one server process (dist/server.js): the same
//    list every time (what a consumer polling the feed asks), then a mix of different pages,
//    filters and single services (answers the page cache has not seen). Target: no errors, p99
//    under 200 ms.
// 2. `npm run import:openreferral` of a made-up feed of OPENREFERRAL_SERVICES services (default
//    5,000, seeded, so every run imports the same) into a copy of the test council's content
//    folder, timed as a council would run it (a new process, tsx included), then again (nothing
//    to write). Target: under 30 s.
// The server listens on 127.0.0.1:OPENREFERRAL_PORT (default 4250); everything started is stopped.

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import autocannon from 'autocannon'
import { z } from 'zod'
import { OPEN_REFERRAL_BASE } from '../lib/openreferral/http'
import { madeUpFeed } from './lib/openreferral-feed'
import { startServer } from './lib/server'

const root = path.resolve(import.meta.dirname, '..')
const SECONDS = Number(process.env.OPENREFERRAL_SECONDS ?? 20)
const CONNECTIONS = Number(process.env.OPENREFERRAL_CONNECTIONS ?? 200)
const PORT = Number(process.env.OPENREFERRAL_PORT ?? 4250)
const SERVICES = Number(process.env.OPENREFERRAL_SERVICES ?? 5000)
const execFileAsync = promisify(execFile)

type Load = { requests: number; perSecond: number; errors: number; timeouts: number; non2xx: number; p50: number; p99: number; max: number }

/** OPENREFERRAL_ENCODING=identity measures uncompressed answers; by default the client asks for gzip, as HTTP libraries, browsers and nginx do. */
const ENCODING = process.env.OPENREFERRAL_ENCODING ?? 'gzip'

async function load(url: string, paths: readonly string[]): Promise<Load> {
  let next = 0
  const result = await autocannon({
    url,
    headers: { 'accept-encoding': ENCODING },
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 10,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }) }],
  })
  return { requests: result.requests.total, perSecond: Math.round(result.requests.average), errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max }
}

function report(name: string, result: Load): boolean {
  const ok = result.errors === 0 && result.timeouts === 0 && result.non2xx === 0 && result.p99 < 200
  console.log(`${name}: ${result.requests} requests (${result.perSecond}/s), errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms ${ok ? 'OK' : 'FAIL (target: no errors, p99 < 200 ms)'}`)
  return ok
}

async function loadBench(): Promise<boolean> {
  const server = await startServer({ port: PORT })
  try {
    const base = `${server.baseURL}${OPEN_REFERRAL_BASE}`
    const list = z.object({ contents: z.array(z.object({ id: z.string() })) }).parse(await (await fetch(`${base}/services?per_page=200`)).json())
    const ids = list.contents.map((service) => service.id)
    const mixed = [
      ...ids.map((id) => `${OPEN_REFERRAL_BASE}/services/${id}`),
      ...Array.from({ length: 20 }, (_, index) => `${OPEN_REFERRAL_BASE}/services?per_page=${index + 1}&page=2`),
      ...['family', 'help', 'school', 'parent'].map((word) => `${OPEN_REFERRAL_BASE}/services?search=${word}`),
      `${OPEN_REFERRAL_BASE}/services?minimum_age=0&maximum_age=19`,
      `${OPEN_REFERRAL_BASE}/service_at_locations`,
      `${OPEN_REFERRAL_BASE}/taxonomy_terms`,
    ]
    // A running site has answered these before: warm the page cache (it keeps answers once compressed).
    for (const target of [`${OPEN_REFERRAL_BASE}/services`, ...mixed]) await fetch(`${server.baseURL}${target}`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    console.log(`Load on ${server.baseURL}, ${CONNECTIONS} connections, ${SECONDS} s each, one server process, accept-encoding: ${ENCODING}:`)
    const same = report(`  GET ${OPEN_REFERRAL_BASE}/services`, await load(server.baseURL, [`${OPEN_REFERRAL_BASE}/services`]))
    const mix = report(`  a mix of ${mixed.length} different feed answers`, await load(server.baseURL, mixed))
    return same && mix
  } finally {
    await server.stop()
  }
}

async function importBench(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'openreferral-bench-'))
  try {
    const feedFile = path.join(dir, 'feed.json')
    fs.writeFileSync(feedFile, JSON.stringify(madeUpFeed(SERVICES)))
    const contentDir = path.join(dir, 'content')
    fs.cpSync(path.join(root, 'tests/openreferral/fixtures/content'), contentDir, { recursive: true })
    const run = async () => {
      const started = performance.now()
      const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', 'scripts/import-openreferral.ts', feedFile, '--hubs'], { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir }, maxBuffer: 512 * 1024 * 1024, timeout: 300_000 })
      return { seconds: (performance.now() - started) / 1000, summary: stdout.split('\n')[0] ?? '' }
    }
    console.log(`Import of a feed of ${SERVICES} services (${Math.round(fs.statSync(feedFile).size / 1024)} KB), with --hubs:`)
    const first = await run()
    const ok = first.seconds < 30
    console.log(`  first run: ${first.seconds.toFixed(1)} s ${ok ? 'OK' : 'FAIL (target: under 30 s)'} — ${first.summary}`)
    const second = await run()
    console.log(`  second run: ${second.seconds.toFixed(1)} s — ${second.summary}`)
    return ok
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const loadOk = process.env.OPENREFERRAL_SKIP_LOAD ? true : await loadBench()
  const importOk = process.env.OPENREFERRAL_SKIP_IMPORT ? true : await importBench()
  if (!loadOk || !importOk) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
