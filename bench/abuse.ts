// npm run bench:abuse — after `npm run build` (honours NEXT_DIST_DIR). `npx tsx bench/abuse.ts
// memory flood` runs only the cases named (query finder admin flood slashes sigterm memory); none
// named runs them all.
//
// What one abusive client can do to the production server (`node dist/server.js`, started by
// bench/lib/server.ts), each case on a fresh server of its own, and the target it must meet:
//   query    GET /nope?a&a&… (7,900 repeated keys, 15.8 KB of address) and, 50 ms after it, a
//            GET /guides: the long one answered 400 or 414 in under 50 ms, /guides meanwhile in
//            under 100 ms; the same with 20 keys (allowed) must not be refused.
//   finder   300 made-up /find/services/<value> addresses (and a few that look well formed): every
//            answer a 404, and the build folder (.next or NEXT_DIST_DIR) grows by under 1 MB.
//   admin    1,000 concurrent GET /admin/feedback with a wrong Basic password, the right one 700th
//            (TRUSTED_PROXIES unset, so all are one client): at most 5 evaluated (401), the rest
//            locked out (429), the right one not 200. Again against PostgreSQL if DATABASE_URL is
//            set: in a throwaway database created on that server and dropped afterwards.
//   flood    ABUSE_FLOOD_SECONDS (10) of /guides, then as long of /guides?x=<unique number>, at
//            ABUSE_FLOOD_CONNECTIONS (50): the unique rate at least half the plain rate. A
//            /search?q=school is timed every 200 ms during the unique flood.
//   slashes  /api%2fhealth, /api%2ffeedback, /admin%2ffeedback (and %2F), then ABUSE_SLASH_SECONDS
//            (10) of them at 10 connections: every answer 400 or 404, under 10 KB of server log.
//   sigterm  30 keep-alive connections posting feedback (limits raised), SIGTERM after 2 s: no
//            request reset (a refused new connection after it stopped listening is fine), and the
//            process gone within 15 s.
//   memory   ABUSE_MEMORY_SECONDS (300) of distinct searches, postcodes, query strings on
//            /guides, service finder filters (every key, known values and made-up ones) and
//            services near random postcodes, at ABUSE_MEMORY_CONNECTIONS (50), default settings
//            otherwise: the server's VmRSS, sampled every second, stays under 512 MB.
//
// Every server gets its own SQLite file under the system temp folder, no DATABASE_URL (except the
// PostgreSQL run of admin), no admin password (except admin), and POSTCODES_API_URL pointing at
// the postcodes stand-in (tests/support/postcodes-stand-in.ts), run in this process. Pages are
// asked for as a browser would (Accept-Encoding: gzip, deflate, br). Everything listens on
// 127.0.0.1, every loop is bounded, and everything started is stopped at the end; the files the
// finder case makes the server write into the build folder are deleted again. Exits 1 if any
// case misses its target.

import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import autocannon from 'autocannon'
import pg from 'pg'
import { startPostcodesStandIn, type StandIn } from '../tests/support/postcodes-stand-in'
import { ms, percentile, runBench, startServer, type RunningServer } from './lib/server'
import { seededRandom } from './lib/random'

/** A positive number from the environment, or the fallback when it is unset. */
function setting(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}: "${raw}" is not a number above 0: use for example ${fallback}`)
  return value
}

const root = path.resolve(import.meta.dirname, '..')
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next'
const FLOOD_SECONDS = setting('ABUSE_FLOOD_SECONDS', 10)
const FLOOD_CONNECTIONS = Math.round(setting('ABUSE_FLOOD_CONNECTIONS', 50))
const SLASH_SECONDS = setting('ABUSE_SLASH_SECONDS', 10)
const MEMORY_SECONDS = setting('ABUSE_MEMORY_SECONDS', 300)
const MEMORY_CONNECTIONS = Math.round(setting('ABUSE_MEMORY_CONNECTIONS', 50))

const LONG_KEYS = 7900
/** Stays under the 30 parameters a fixed server may allow (40 keys would be 41 parameters). */
const ALLOWED_KEYS = 20
const QUERY_TARGET_MS = { long: 50, meanwhile: 100 }
const FINDER_REQUESTS = 300
const FINDER_CONCURRENCY = 10
const FINDER_GROWTH_TARGET = 1024 * 1024
const WELL_FORMED_FILTERS = ['age.0-4_x.1', 'age.0-4', 'age.11-17_level.~', 'age.5-10_access.ask-directly', 'need.~']
const ADMIN_REQUESTS = 1000
/** The right password is the 700th request of the burst. */
const RIGHT_AT = 700
const ADMIN_EVALUATED_TARGET = 5
const ADMIN_USER = 'abuse-bench'
const FLOOD_RATIO_TARGET = 0.5
const SEARCH_EVERY_MS = 200
const SLASH_PATHS = ['/api%2fhealth', '/api%2Fhealth', '/api%2ffeedback', '/api%2Ffeedback', '/admin%2ffeedback', '/admin%2Ffeedback']
const SLASH_CONNECTIONS = 10
const SLASH_LOG_TARGET = 10 * 1024
const SIGTERM_CONNECTIONS = 30
const SIGTERM_AFTER_MS = 2000
const EXIT_TARGET_MS = 15_000
/** Feedback must be about a page the site has, or it is refused with a 400. */
const FEEDBACK_PAGE = '/'
/** Lets the posts reach the database instead of the per-client limit (as in bench/load.ts). */
const RAISED_LIMITS = { FEEDBACK_RATE_LIMIT: '1000000', FEEDBACK_SITE_RATE_LIMIT: '1000000' }
const MEMORY_TARGET_MB = 512
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' }
/** The most of a server's output kept to quote from (all of it is counted). */
const LOG_KEPT_BYTES = 1024 * 1024

const sleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds))
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')

// ---------- the servers ----------

/** Everything a server wrote to stdout and stderr: counted in full, the first megabyte kept. */
class ServerLog {
  private total = 0
  private readonly kept: Buffer[] = []
  private keptBytes = 0

  readonly add = (chunk: Buffer): void => {
    this.total += chunk.byteLength
    if (this.keptBytes < LOG_KEPT_BYTES) {
      this.kept.push(chunk)
      this.keptBytes += chunk.byteLength
    }
  }

  get size(): number {
    return this.total
  }

  /** Up to `count` distinct lines written after `mark` (an earlier size), each cut to 160 characters. */
  linesSince(mark: number, count = 3): string[] {
    if (mark >= this.keptBytes) return []
    const text = Buffer.concat(this.kept).subarray(mark).toString('utf8')
    const lines = [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))]
    return lines.slice(0, count).map((line) => (line.length > 160 ? `${line.slice(0, 157)}...` : line))
  }
}

type Launched = { server: RunningServer; log: ServerLog; pid: number; readyAt: number }

const running = new Set<RunningServer>()
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'abuse-bench-'))
let standIn: StandIn | undefined
let launches = 0

/** A fresh server with the bench's settings (own SQLite file, no admin, local postcodes) and `env`. */
async function launch(env: Record<string, string> = {}): Promise<Launched> {
  if (!standIn) throw new Error('the postcodes stand-in is not running')
  const log = new ServerLog()
  launches += 1
  const settings = {
    DATABASE_URL: '',
    FEEDBACK_DB_PATH: path.join(tempDir, `feedback-${launches}.sqlite`),
    ADMIN_USERNAME: '',
    ADMIN_PASSWORD: '',
    TRUSTED_PROXIES: '',
    POSTCODES_API_URL: standIn.url,
    ...env,
  }
  let server: RunningServer
  try {
    server = await startServer({ env: settings, onOutput: log.add })
  } catch (error) {
    for (const line of log.linesSince(0, 10)) console.log(`    server: ${line}`)
    throw error
  }
  running.add(server)
  const pid = server.process.pid
  if (pid === undefined) throw new Error('the server has no process id')
  return { server, log, pid, readyAt: log.size }
}

async function stopServer(server: RunningServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  // A server that ignores SIGTERM is killed 20 s later: stopping is bounded too.
  const killer = setTimeout(() => void server.stop('SIGKILL'), 20_000)
  try {
    await server.stop(signal)
  } finally {
    clearTimeout(killer)
    running.delete(server)
  }
}

/** What the server logged during the case (beyond its start-up lines), with a few of the lines. */
function reportLog(launched: Launched): void {
  const bytes = launched.log.size - launched.readyAt
  const lines = launched.log.linesSince(launched.readyAt)
  console.log(`  server log during the case: ${bytes} bytes${lines.length ? ', for example:' : ''}`)
  for (const line of lines) console.log(`    | ${line}`)
}

// ---------- requests ----------

type Answer = { status: number; ms: number; bytes: number; body?: Buffer; error?: undefined } | { status?: undefined; ms: number; error: string }

type SendOptions = {
  method?: string
  headers?: Record<string, string>
  body?: string
  /** false (the default): a connection of its own, closed after the answer. */
  agent?: http.Agent | false
  timeoutMs?: number
  keepBody?: boolean
}

/** One request with Node's own client, the target sent exactly as given; never rejects. */
function send(server: RunningServer, target: string, options: SendOptions = {}): Promise<Answer> {
  const started = performance.now()
  return new Promise((resolve) => {
    const failed = (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message, ms: performance.now() - started })
    const headers = { ...options.headers, ...(options.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(options.body)) }) }
    const request = http.request({ host: '127.0.0.1', port: server.port, path: target, method: options.method ?? 'GET', headers, agent: options.agent ?? false }, (response) => {
      const chunks: Buffer[] = []
      let bytes = 0
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.byteLength
        if (options.keepBody) chunks.push(chunk)
      })
      response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started, bytes, body: options.keepBody ? Buffer.concat(chunks) : undefined }))
      response.on('error', failed)
    })
    request.setTimeout(options.timeoutMs ?? 30_000, () => request.destroy(Object.assign(new Error('timed out'), { code: 'TIMEOUT' })))
    request.on('error', failed)
    request.end(options.body)
  })
}

const outcome = (answer: Answer) => (answer.error === undefined ? String(answer.status) : answer.error)
const describeAnswer = (answer: Answer) => `${outcome(answer)} in ${ms(answer.ms)}`

function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

const describeCounts = (counts: Map<string, number> | Record<string, number>) =>
  (counts instanceof Map ? [...counts] : Object.entries(counts))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => `${key}×${count}`)
    .join(' ') || 'none'

/** autocannon's answers by status code. */
function statusCounts(result: autocannon.Result): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) counts[code] = stat.count ?? 0
  return counts
}

/** Runs `task` for every item, `limit` at a time. */
async function inPool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]
      if (item !== undefined) await task(item)
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
}


function picker(next: () => number) {
  return (characters: string, length: number) => Array.from({ length }, () => characters[Math.floor(next() * characters.length)] ?? '').join('')
}

// ---------- 1. long repeated-key query ----------

async function longQuery(): Promise<boolean> {
  const launched = await launch()
  const { server } = launched
  try {
    const long = `/nope?${'a&'.repeat(LONG_KEYS)}`
    const allowed = `/nope?${'a&'.repeat(ALLOWED_KEYS)}`
    // The first answer of each page costs more than the next: warm them before timing.
    for (const target of ['/guides', '/nope', allowed]) await send(server, target, { headers: BROWSER_HEADERS })
    const allowedAnswers: Answer[] = []
    for (let i = 0; i < 5; i++) allowedAnswers.push(await send(server, allowed, { headers: BROWSER_HEADERS }))
    const allowedMs = percentile(allowedAnswers.map((answer) => answer.ms).sort((a, b) => a - b), 50)
    const allowedStatuses = new Map<string, number>()
    for (const answer of allowedAnswers) tally(allowedStatuses, outcome(answer))

    const longAnswer = send(server, long, { headers: BROWSER_HEADERS, timeoutMs: 60_000 })
    await sleep(50)
    const meanwhile = await send(server, '/guides', { headers: BROWSER_HEADERS, timeoutMs: 60_000 })
    const answer = await longAnswer

    const longOk = (answer.status === 400 || answer.status === 414) && answer.ms < QUERY_TARGET_MS.long
    const meanwhileOk = meanwhile.status === 200 && meanwhile.ms < QUERY_TARGET_MS.meanwhile
    const allowedOk = allowedAnswers.every((a) => a.status !== undefined && a.status !== 400 && a.status !== 414 && a.status < 500)
    console.log(`  GET /nope? + "a&" × ${LONG_KEYS} (${Buffer.byteLength(long)}-character target): ${describeAnswer(answer)}`)
    console.log(`  GET /guides sent 50 ms after it: ${describeAnswer(meanwhile)}`)
    console.log(`  GET /nope? + "a&" × ${ALLOWED_KEYS} (${Buffer.byteLength(allowed)}-character target, to stay allowed): ${describeCounts(allowedStatuses)}, median of 5 ${ms(allowedMs)}`)
    reportLog(launched)
    const ok = longOk && meanwhileOk && allowedOk
    console.log(
      `  target: the long one answered 400 or 414 in < ${QUERY_TARGET_MS.long} ms (${longOk ? 'met' : 'NOT met'}), /guides meanwhile 200 in < ${QUERY_TARGET_MS.meanwhile} ms (${meanwhileOk ? 'met' : 'NOT met'}), ${ALLOWED_KEYS} keys not refused (${allowedOk ? 'met' : 'NOT met'}): ${verdict(ok)}`,
    )
    return ok
  } finally {
    await stopServer(server)
  }
}

// ---------- 2. internal finder route, disk ----------

type Tree = { files: Map<string, number>; dirs: Set<string> }

/** Every file (with its size) and folder under `dir`, by path relative to it; symbolic links are not followed. */
function walk(dir: string): Tree {
  const tree: Tree = { files: new Map(), dirs: new Set() }
  const visit = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name)
      if (entry.isDirectory()) {
        tree.dirs.add(child)
        visit(child)
      } else if (entry.isFile()) {
        try {
          tree.files.set(child, fs.statSync(path.join(dir, child)).size)
        } catch {
          // removed while walking
        }
      }
    }
  }
  visit('')
  return tree
}

const treeBytes = (tree: Tree) => [...tree.files.values()].reduce((sum, size) => sum + size, 0)

async function finder(): Promise<boolean> {
  const distPath = path.join(root, DIST_DIR)
  const next = seededRandom(11)
  const pick = picker(next)
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789'
  // Made-up values of the shapes a scanner tries: words, key.value pairs, and random runs.
  const madeUp = () => {
    const shape = Math.floor(next() * 3)
    if (shape === 0) return pick(letters, 6 + Math.floor(next() * 30))
    if (shape === 1) return `age.${pick(letters, 1 + Math.floor(next() * 8))}`
    return `${pick('abcdefghijklmnopqrstuvwxyz', 3 + Math.floor(next() * 5))}.${pick(letters, 4)}_age.${pick('0123456789-', 3)}`
  }
  const targets = [...WELL_FORMED_FILTERS.map((value) => `/find/services/${value}`), ...Array.from({ length: FINDER_REQUESTS }, () => `/find/services/${madeUp()}`)]

  const before = walk(distPath)
  const launched = await launch()
  const statuses = new Map<string, number>()
  const wellFormed = new Map<string, string>()
  let seconds = 0
  try {
    const started = performance.now()
    await inPool(targets, FINDER_CONCURRENCY, async (target) => {
      const answer = await send(launched.server, target, { headers: BROWSER_HEADERS })
      tally(statuses, outcome(answer))
      if (WELL_FORMED_FILTERS.some((value) => target.endsWith(`/${value}`))) wellFormed.set(target, outcome(answer))
    })
    seconds = (performance.now() - started) / 1000
    // Next writes its cache after answering: give the last writes a moment.
    await sleep(1000)
  } finally {
    await stopServer(launched.server)
  }
  const after = walk(distPath)
  const growth = treeBytes(after) - treeBytes(before)
  const added = [...after.files.keys()].filter((file) => !before.files.has(file))
  const addedBytes = added.reduce((sum, file) => sum + (after.files.get(file) ?? 0), 0)

  // Leave the build as it was: delete what this case made the server write for /find/services/….
  const ours = (relative: string) => relative.split(path.sep).join('/').includes('find/services/')
  let removed = 0
  for (const file of added.filter(ours)) {
    fs.rmSync(path.join(distPath, file), { force: true })
    removed += 1
  }
  // Then the folders the case made that are empty now, deepest first.
  const newDirs = [...after.dirs].filter((dir) => !before.dirs.has(dir)).sort((a, b) => b.length - a.length)
  for (const dir of newDirs) {
    try {
      fs.rmdirSync(path.join(distPath, dir))
    } catch {
      // not empty: the server wrote something else there
    }
  }

  const all404 = [...statuses.keys()].every((key) => key === '404')
  const ok = all404 && growth < FINDER_GROWTH_TARGET
  console.log(`  ${targets.length} requests (${WELL_FORMED_FILTERS.length} well-formed-looking, ${FINDER_REQUESTS} made up) in ${seconds.toFixed(1)} s, ${FINDER_CONCURRENCY} at a time: ${describeCounts(statuses)}`)
  console.log(`  well-formed-looking: ${[...wellFormed].map(([target, status]) => `${target.replace('/find/services/', '')} ${status}`).join(', ')}`)
  console.log(`  ${DIST_DIR}/ grew by ${mb(growth)} (${growth} bytes): ${added.length} new files holding ${mb(addedBytes)}; ${removed} of them (under find/services/) deleted again afterwards`)
  reportLog(launched)
  console.log(`  target: every answer 404 (${all404 ? 'met' : 'NOT met'}), growth < ${mb(FINDER_GROWTH_TARGET)} (${growth < FINDER_GROWTH_TARGET ? 'met' : 'NOT met'}): ${verdict(ok)}`)
  return ok
}

// ---------- 3. admin burst ----------

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`

async function adminBurst(label: string, env: Record<string, string>): Promise<boolean> {
  const password = randomBytes(12).toString('base64url')
  const launched = await launch({ ...env, ADMIN_USERNAME: ADMIN_USER, ADMIN_PASSWORD: password })
  const { server } = launched
  try {
    // A first visit without credentials is how Basic auth starts: it is not a failed attempt.
    const first = await send(server, '/admin/feedback')
    const started = performance.now()
    const answers = await Promise.all(
      Array.from({ length: ADMIN_REQUESTS }, (_, index) =>
        send(server, '/admin/feedback', { headers: { authorization: basic(ADMIN_USER, index === RIGHT_AT - 1 ? password : `wrong-${index}`) }, timeoutMs: 60_000 }),
      ),
    )
    const seconds = (performance.now() - started) / 1000
    const statuses = new Map<string, number>()
    for (const answer of answers) tally(statuses, outcome(answer))
    const right = answers[RIGHT_AT - 1]
    const evaluated = (statuses.get('401') ?? 0) + (statuses.get('200') ?? 0)
    const rightOk = right !== undefined && right.status !== 200
    const ok = evaluated <= ADMIN_EVALUATED_TARGET && rightOk
    console.log(`  ${label}:`)
    console.log(`    first visit without credentials: ${describeAnswer(first)}`)
    console.log(`    ${ADMIN_REQUESTS} at once, all answered in ${seconds.toFixed(2)} s: ${describeCounts(statuses)}`)
    console.log(`    evaluated (401, or 200 for the right one): ${evaluated}; locked out (429): ${statuses.get('429') ?? 0}; the right password (request ${RIGHT_AT}): ${right ? describeAnswer(right) : 'no answer'}`)
    const lines = launched.log.linesSince(launched.readyAt)
    console.log(`    server log during the burst: ${launched.log.size - launched.readyAt} bytes${lines.length ? ', for example:' : ''}`)
    for (const line of lines) console.log(`      | ${line}`)
    console.log(`    target: at most ${ADMIN_EVALUATED_TARGET} evaluated (${evaluated <= ADMIN_EVALUATED_TARGET ? 'met' : 'NOT met'}), the right one not 200 (${rightOk ? 'met' : 'NOT met'}): ${verdict(ok)}`)
    return ok
  } finally {
    await stopServer(server)
  }
}

type ThrowawayDatabase = { url: string; drop: () => Promise<void> }

/** A new, empty database on DATABASE_URL's server, so the burst meets no earlier counts. */
async function throwawayDatabase(url: string): Promise<ThrowawayDatabase | string> {
  const name = `abuse_bench_${randomBytes(4).toString('hex')}`
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
    await client.query(`CREATE DATABASE ${name}`)
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    await client.end().catch(() => undefined)
  }
  const target = new URL(url)
  target.pathname = `/${name}`
  return {
    url: target.href,
    drop: async () => {
      const dropper = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
      try {
        await dropper.connect()
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => dropper.query(`DROP DATABASE IF EXISTS ${name}`))
      } finally {
        await dropper.end().catch(() => undefined)
      }
    },
  }
}

async function admin(): Promise<boolean> {
  let ok = await adminBurst('limits in memory (no DATABASE_URL)', {})
  const url = process.env.DATABASE_URL?.trim()
  if (!url) {
    console.log('  limits in PostgreSQL: skipped, DATABASE_URL is not set (set it to run the burst against a throwaway database on that server)')
    return ok
  }
  const database = await throwawayDatabase(url)
  if (typeof database === 'string') {
    console.log(`  limits in PostgreSQL: skipped, could not create a throwaway database on DATABASE_URL's server: ${database}`)
    return ok
  }
  try {
    ok = (await adminBurst(`limits in PostgreSQL (throwaway database ${new URL(database.url).pathname.slice(1)})`, { DATABASE_URL: database.url })) && ok
  } finally {
    await database.drop()
  }
  return ok
}

// ---------- 4. cache-busting flood ----------

async function flood(): Promise<boolean> {
  const launched = await launch()
  const { server } = launched
  try {
    await send(server, '/guides', { headers: BROWSER_HEADERS })
    await send(server, '/search?q=school', { headers: BROWSER_HEADERS })

    // For reference: what compressing one page costs (the page cache compresses each page it keeps).
    const page = await send(server, '/guides', { keepBody: true })
    const html = page.error === undefined ? page.body : undefined
    if (html && html.byteLength > 0) {
      const brotli = (quality: number) => {
        const times: number[] = []
        let size = 0
        for (let i = 0; i < 5; i++) {
          const started = performance.now()
          size = zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: html.byteLength } }).byteLength
          times.push(performance.now() - started)
        }
        return `${ms(percentile(times.sort((a, b) => a - b), 50))} to ${kb(size)}`
      }
      console.log(`  for reference, no target: /guides is ${kb(html.byteLength)}; Brotli in this process, median of 5: quality 9 ${brotli(9)}, quality 5 ${brotli(5)}`)
    }

    const idle: number[] = []
    for (let i = 0; i < 10; i++) idle.push((await send(server, '/search?q=school', { headers: BROWSER_HEADERS })).ms)

    const common = { url: server.baseURL, connections: FLOOD_CONNECTIONS, duration: FLOOD_SECONDS, timeout: 10, headers: BROWSER_HEADERS }
    const plain = await autocannon({ ...common, requests: [{ method: 'GET', path: '/guides' }] })
    await sleep(2000)

    let counter = 0
    const searches: Answer[] = []
    const pending: Promise<void>[] = []
    const timer = setInterval(() => {
      pending.push(send(server, '/search?q=school', { headers: BROWSER_HEADERS, timeoutMs: 10_000 }).then((answer) => void searches.push(answer)))
    }, SEARCH_EVERY_MS)
    let unique: autocannon.Result
    try {
      unique = await autocannon({ ...common, requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/guides?x=${counter++}` }) }] })
    } finally {
      clearInterval(timer)
    }
    await Promise.all(pending)

    const rate = (result: autocannon.Result) => result.requests.total / result.duration
    const ratio = rate(unique) / rate(plain)
    const line = (name: string, result: autocannon.Result) =>
      `  ${name}: ${rate(result).toFixed(0)} requests/s over ${result.duration.toFixed(1)} s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts} [${describeCounts(statusCounts(result))}]`
    console.log(`  ${FLOOD_CONNECTIONS} connections, ${FLOOD_SECONDS} s each, Accept-Encoding: ${BROWSER_HEADERS['accept-encoding']}`)
    console.log(line('/guides', plain))
    console.log(line('/guides?x=<unique>', unique))
    const answered = searches.filter((answer) => answer.status === 200).map((answer) => answer.ms).sort((a, b) => a - b)
    const searchFailures = new Map<string, number>()
    for (const answer of searches) if (answer.status !== 200) tally(searchFailures, outcome(answer))
    console.log(
      `  /search?q=school every ${SEARCH_EVERY_MS} ms during the unique flood: ${answered.length} of ${searches.length} answered 200, median ${ms(percentile(answered, 50))}, max ${ms(answered.at(-1) ?? Number.NaN)}` +
        `${searchFailures.size ? `, not 200: ${describeCounts(searchFailures)}` : ''} (idle server: median ${ms(percentile(idle.sort((a, b) => a - b), 50))})`,
    )
    reportLog(launched)
    const ok = ratio >= FLOOD_RATIO_TARGET
    console.log(`  unique / plain: ${ratio.toFixed(3)}; target at least ${FLOOD_RATIO_TARGET}: ${verdict(ok)}`)
    return ok
  } finally {
    await stopServer(server)
  }
}

// ---------- 5. encoded slashes ----------

async function slashes(): Promise<boolean> {
  const launched = await launch()
  const { server, log } = launched
  try {
    await send(server, '/guides')
    const probes = new Map<string, Answer>()
    for (const target of SLASH_PATHS) probes.set(target, await send(server, target))
    const mark = log.size
    const result = await autocannon({
      url: server.baseURL,
      connections: SLASH_CONNECTIONS,
      duration: SLASH_SECONDS,
      timeout: 10,
      requests: SLASH_PATHS.map((target) => ({ method: 'GET', path: target })),
    })
    await sleep(500) // the last lines on their way through the pipe
    const logged = log.size - mark
    const repeated = statusCounts(result)

    const allowed = (status: string) => status === '400' || status === '404'
    const statusesOk = [...probes.values()].every((answer) => allowed(outcome(answer))) && Object.keys(repeated).every(allowed) && result.errors === 0 && result.timeouts === 0
    const logOk = logged < SLASH_LOG_TARGET
    console.log(`  once each: ${[...probes].map(([target, answer]) => `${target} ${describeAnswer(answer)}`).join(', ')}`)
    console.log(
      `  repeated for ${result.duration.toFixed(1)} s at ${SLASH_CONNECTIONS} connections: ${result.requests.total} requests (${(result.requests.total / result.duration).toFixed(0)}/s) [${describeCounts(repeated)}], errors ${result.errors}, timeouts ${result.timeouts}`,
    )
    const lines = log.linesSince(mark)
    console.log(`  the server wrote ${logged} bytes (${kb(logged)}) to stdout and stderr meanwhile${lines.length ? ', for example:' : ''}`)
    for (const line of lines) console.log(`    | ${line}`)
    const ok = statusesOk && logOk
    console.log(`  target: every answer 400 or 404 (${statusesOk ? 'met' : 'NOT met'}), log < ${kb(SLASH_LOG_TARGET)} (${logOk ? 'met' : 'NOT met'}): ${verdict(ok)}`)
    return ok
  } finally {
    await stopServer(server)
  }
}

// ---------- 6. SIGTERM under feedback load ----------

async function sigterm(): Promise<boolean> {
  const launched = await launch(RAISED_LIMITS)
  const { server, pid } = launched
  const agent = new http.Agent({ keepAlive: true, maxSockets: SIGTERM_CONNECTIONS })
  const body = JSON.stringify({ page: FEEDBACK_PAGE, useful: true })
  const post: SendOptions = { method: 'POST', headers: { 'content-type': 'application/json' }, body, agent, timeoutMs: 10_000 }
  try {
    const check = await send(server, '/api/feedback', { ...post, agent: false })
    if (check.status !== 201) throw new Error(`POST /api/feedback answered ${outcome(check)}, not 201`)

    const beforeSignal = new Map<string, number>()
    const afterSignal = new Map<string, number>()
    const otherErrors = new Map<string, number>()
    let resets = 0
    let refused = 0
    let signalled = false
    let stopLoad = false
    const hardStop = Date.now() + SIGTERM_AFTER_MS + EXIT_TARGET_MS + 15_000
    const gone = () => server.process.exitCode !== null || server.process.signalCode !== null
    const worker = async () => {
      while (!stopLoad && Date.now() < hardStop) {
        const answer = await send(server, '/api/feedback', post)
        if (answer.error === undefined) {
          tally(signalled ? afterSignal : beforeSignal, String(answer.status))
          continue
        }
        if (answer.error === 'ECONNREFUSED') {
          refused += 1
          return // it has stopped listening: this client is done
        }
        if (answer.error === 'ECONNRESET' || answer.error === 'EPIPE') resets += 1
        else tally(otherErrors, answer.error)
        if (gone()) return
      }
    }
    const workers = Array.from({ length: SIGTERM_CONNECTIONS }, worker)
    await sleep(SIGTERM_AFTER_MS)
    signalled = true
    const signalledAt = performance.now()
    process.kill(-pid, 'SIGTERM')
    const exitedInTime = await Promise.race([server.exited.then(() => true), sleep(EXIT_TARGET_MS).then(() => false)])
    const exitMs = performance.now() - signalledAt
    if (!exitedInTime) await stopServer(server, 'SIGKILL')
    stopLoad = true
    await Promise.all(workers)
    agent.destroy()

    const ok = resets === 0 && exitedInTime
    console.log(`  ${SIGTERM_CONNECTIONS} keep-alive connections posting feedback about ${FEEDBACK_PAGE}; SIGTERM after ${SIGTERM_AFTER_MS / 1000} s`)
    console.log(`  answers before SIGTERM: ${describeCounts(beforeSignal)}; after: ${describeCounts(afterSignal)}`)
    console.log(`  reset (ECONNRESET, socket hang up, EPIPE): ${resets}; refused new connections (ECONNREFUSED, expected): ${refused}; other errors: ${describeCounts(otherErrors)}`)
    console.log(
      exitedInTime
        ? `  the process exited ${ms(exitMs)} after SIGTERM (exit code ${server.process.exitCode ?? server.process.signalCode})`
        : `  the process was still running ${EXIT_TARGET_MS / 1000} s after SIGTERM: killed`,
    )
    reportLog(launched)
    console.log(`  target: 0 resets (${resets === 0 ? 'met' : 'NOT met'}), exit within ${EXIT_TARGET_MS / 1000} s (${exitedInTime ? 'met' : 'NOT met'}): ${verdict(ok)}`)
    return ok
  } finally {
    agent.destroy()
    await stopServer(server)
  }
}

// ---------- 7. memory under distinct inputs ----------

/** VmRSS of one process in bytes, or undefined once it is gone. */
function rssOf(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match?.[1] === undefined ? undefined : Number(match[1]) * 1024
  } catch {
    return undefined
  }
}

/** The other processes in the server's process group (anything it started). */
function groupMembers(pgid: number): number[] {
  const members: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === pgid) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // After the command's closing parenthesis: state, parent, process group.
      const group = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]
      if (Number(group) === pgid) members.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return members
}

async function memory(): Promise<boolean> {
  if (!fs.existsSync('/proc/self/status')) throw new Error('no /proc: the memory case reads VmRSS from /proc/<pid>/status (Linux)')
  const launched = await launch()
  const { server, pid } = launched
  try {
    for (const target of ['/guides', '/search?q=school', '/family-hubs?postcode=LS9%207BG']) await send(server, target, { headers: BROWSER_HEADERS })
    const next = seededRandom(23)
    const pick = picker(next)
    const words = () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick('abcdefghijklmnopqrstuvwxyz', 3 + Math.floor(next() * 6))).join(' ')
    const areas = ['LS', 'BD', 'HX', 'HD', 'WF', 'YO', 'M', 'B', 'L', 'S', 'E', 'N', 'SW', 'SE', 'NW', 'G', 'EH', 'CF', 'BS', 'NE']
    const postcode = () => `${areas[Math.floor(next() * areas.length)] ?? 'LS'}${1 + Math.floor(next() * 29)} ${Math.floor(next() * 10)}${pick('ABDEFGHJLNPQRSTUWXYZ', 2)}`
    let counter = 0
    // Every finder key, each set half the time to a real value or a made-up one: thousands of
    // distinct canonical lists, more than the caches hold.
    const finderValues: Record<string, string[]> = {
      age: ['0-4', '5-10', '11-17', '18-25', '7', 'twelve'],
      need: ['send', 'young-carers', 'domestic-violence-and-abuse', 'nope'],
      level: ['universal', 'targeted', 'family-hubs', 'specialist-intensive', 'top'],
      access: ['ask-directly', 'professional-referral', 'x'],
      audience: ['families', 'professionals', 'cats'],
      cost: ['free', 'cheap'],
      attending: ['in-person', 'online', 'phone', 'at-home', 'post'],
      language: ['pl', 'ur', 'bsl', 'xx'],
      when: ['weekends', 'evenings', 'midnight'],
    }
    const finderQuery = () =>
      Object.entries(finderValues)
        .filter(() => next() < 0.5)
        .map(([key, values]) => `${key}=${encodeURIComponent(values[Math.floor(next() * values.length)] ?? '')}`)
        .join('&')

    const start = rssOf(pid) ?? Number.NaN
    let max = start
    let maxAt = 0
    let samples = 0
    const started = performance.now()
    const timer = setInterval(() => {
      const rss = rssOf(pid)
      if (rss === undefined) return
      samples += 1
      if (rss > max) {
        max = rss
        maxAt = (performance.now() - started) / 1000
      }
    }, 1000)
    let result: autocannon.Result
    try {
      result = await autocannon({
        url: server.baseURL,
        connections: MEMORY_CONNECTIONS,
        duration: MEMORY_SECONDS,
        timeout: 10,
        headers: BROWSER_HEADERS,
        requests: [
          { method: 'GET', setupRequest: (request) => ({ ...request, path: `/search?q=${encodeURIComponent(words())}` }) },
          { method: 'GET', setupRequest: (request) => ({ ...request, path: `/family-hubs?postcode=${encodeURIComponent(postcode())}` }) },
          { method: 'GET', setupRequest: (request) => ({ ...request, path: `/guides?x=${counter++}` }) },
          { method: 'GET', setupRequest: (request) => ({ ...request, path: `/services?${finderQuery()}` }) },
          { method: 'GET', setupRequest: (request) => ({ ...request, path: `/services?postcode=${encodeURIComponent(postcode())}&${finderQuery()}` }) },
        ],
      })
    } finally {
      clearInterval(timer)
    }
    const end = rssOf(pid) ?? Number.NaN
    max = Math.max(max, end)
    const others = groupMembers(pid).length

    const ok = max < MEMORY_TARGET_MB * 1024 * 1024
    console.log(`  ${MEMORY_CONNECTIONS} connections for ${result.duration.toFixed(0)} s, in turn: /search?q=<random words>, /family-hubs?postcode=<random postcode>, /guides?x=<unique number>, /services?<random filters>, /services?postcode=<random postcode>&<random filters>`)
    console.log(
      `  ${result.requests.total} requests (${(result.requests.total / result.duration).toFixed(0)}/s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts} [${describeCounts(statusCounts(result))}]`,
    )
    console.log(`  server RSS (VmRSS of pid ${pid}, ${samples} samples, 1 a second): start ${mb(start)}, max ${mb(max)} (at ${maxAt.toFixed(0)} s), end ${mb(end)}${others ? `; ${others} other processes in its group, not counted` : ''}`)
    reportLog(launched)
    console.log(`  target: max RSS < ${MEMORY_TARGET_MB} MB: ${verdict(ok)}`)
    return ok
  } finally {
    await stopServer(server)
  }
}

// ---------- main ----------

const CASES: { name: string; title: string; run: () => Promise<boolean> }[] = [
  { name: 'query', title: 'Long repeated-key query', run: longQuery },
  { name: 'finder', title: 'Internal finder route, disk', run: finder },
  { name: 'admin', title: 'Admin password burst', run: admin },
  { name: 'flood', title: 'Cache-busting flood', run: flood },
  { name: 'slashes', title: 'Encoded slashes', run: slashes },
  { name: 'sigterm', title: 'SIGTERM under feedback load', run: sigterm },
  { name: 'memory', title: 'Memory under distinct inputs', run: memory },
]

/** Stops every server still running (their whole process groups) and the stand-in; removes the temp folder. */
async function cleanUp(): Promise<void> {
  await Promise.all([...running].map((server) => stopServer(server)))
  await standIn?.close()
  standIn = undefined
  fs.rmSync(tempDir, { recursive: true, force: true })
}

async function main(): Promise<number> {
  const names = process.argv.slice(2)
  const unknown = names.filter((name) => !CASES.some((entry) => entry.name === name))
  if (unknown.length > 0) throw new Error(`unknown case ${unknown.join(', ')}: choose from ${CASES.map((entry) => entry.name).join(' ')} (none: all)`)
  const chosen = names.length === 0 ? CASES : CASES.filter((entry) => names.includes(entry.name))

  // Whatever happens, the run ends: the longest cases' durations plus ten minutes for the rest.
  const budgetMs = (2 * FLOOD_SECONDS + SLASH_SECONDS + MEMORY_SECONDS) * 1000 + 10 * 60_000
  const watchdog = setTimeout(() => {
    console.error(`bench:abuse: still running after ${(budgetMs / 1000).toFixed(0)} s, stopping`)
    for (const server of running) void server.stop('SIGKILL')
    process.exit(1)
  }, budgetMs)
  const interrupted = (signal: NodeJS.Signals) => {
    console.error(`bench:abuse: ${signal}, stopping the servers`)
    for (const server of running) void server.stop('SIGKILL')
    fs.rmSync(tempDir, { recursive: true, force: true })
    process.exit(130)
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)

  const results: [string, boolean][] = []
  try {
    standIn = await startPostcodesStandIn()
    console.log(
      `bench:abuse: ${chosen.map((entry) => entry.name).join(' ')} against node dist/server.js (${DIST_DIR}), each on a fresh server on 127.0.0.1; ` +
        `${os.cpus().length} CPUs, load average ${(os.loadavg()[0] ?? 0).toFixed(2)}; postcodes stand-in on ${standIn.url}`,
    )
    for (const [index, entry] of chosen.entries()) {
      console.log(`\n${index + 1}. ${entry.title} (${entry.name})`)
      let ok: boolean
      try {
        ok = await entry.run()
      } catch (error) {
        console.log(`  the case could not run: ${error instanceof Error ? error.message : String(error)}: FAIL`)
        ok = false
      }
      results.push([entry.name, ok])
    }
  } finally {
    clearTimeout(watchdog)
    await cleanUp()
  }
  const failed = results.filter(([, ok]) => !ok)
  console.log(`\n${results.map(([name, ok]) => `${name} ${verdict(ok)}`).join(', ')}`)
  console.log(`bench:abuse ${verdict(failed.length === 0)} (${results.length - failed.length} of ${results.length} cases met their target)`)
  return failed.length === 0 ? 0 : 1
}

runBench(main)
