import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import pg from 'pg'
import { startNginx, startStandalone, type Stoppable } from '../../bench/lib/deploy'
import { rawRequest } from '../support/raw-http'

// The recommended production setup (docs/deploy.md), for real: two standalone instances on their
// own ports sharing one PostgreSQL database, behind nginx running deploy/nginx.conf.
// PostgreSQL: DATABASE_URL, or the local server's "test" database. Each run uses its own page
// path for feedback and deletes its rows at the end, so runs can overlap.

const DATABASE_URL = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test'
const BASE = Number(process.env.E2E_PORT ?? 3100) + 11
const ADMIN = { user: 'editor', password: 'correct horse battery staple' }
// Feedback must name a real page; rows this run adds are told apart by time.
const PAGE = '/guides/cluster-working'
const STARTED = new Date()
/** The postcode stand-in that playwright.config.ts starts for every spec. */
const POSTCODES_API_URL = `http://127.0.0.1:${process.env.POSTCODES_STAND_IN_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1}`
const env = { DATABASE_URL, ADMIN_USERNAME: ADMIN.user, ADMIN_PASSWORD: ADMIN.password, TRUSTED_PROXIES: '127.0.0.1', POSTCODES_API_URL }

test.describe.configure({ mode: 'serial' })

let first: Stoppable
let second: Stoppable
let proxy: Stoppable
let postgresAnswers = true

test.beforeAll(async () => {
  test.setTimeout(120_000)
  const probe = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3000 })
  try {
    await probe.connect()
    await probe.end()
  } catch {
    postgresAnswers = false
    return
  }
  first = startStandalone(BASE, env)
  second = startStandalone(BASE + 1, env)
  proxy = startNginx(BASE + 2, [BASE, BASE + 1])
  await Promise.all([first.ready, second.ready, proxy.ready])
})

test.afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop(), proxy?.stop()])
  if (!postgresAnswers) return
  const client = new pg.Client({ connectionString: DATABASE_URL })
  await client.connect()
  await client.query('delete from feedback where page = $1 and created_at >= $2', [PAGE, STARTED.toISOString()]).catch(() => undefined)
  await client.end()
})

test.beforeEach(() => {
  test.skip(!postgresAnswers, `PostgreSQL at ${DATABASE_URL.replace(/\/\/[^@]*@/, '//')} does not answer: the deploy tests need it`)
})

const postFeedback = (baseURL: string, useful: boolean) =>
  fetch(`${baseURL}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ page: PAGE, useful }) })

test('each instance reports the database and the build version on /api/health', async () => {
  for (const instance of [first, second]) {
    const response = await fetch(`${instance.baseURL}/api/health`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const health: unknown = await response.json()
    expect(health).toMatchObject({ status: 'ok', database: { kind: 'postgresql', ok: true } })
    expect(JSON.stringify(health)).toMatch(/"version":"\d+\.\d+\.\d+(\+[0-9a-f]+)?"/)
  }
})

test('feedback sent to each instance appears in one report', async () => {
  const auth = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`
  const counts = async (baseURL: string) => {
    const report = await (await fetch(`${baseURL}/admin/feedback`, { headers: { authorization: auth } })).text()
    const row = new RegExp(`<th scope="row"><a href="${PAGE}">${PAGE}</a></th><td class="num">(\\d+)</td><td class="num">(\\d+)</td>`).exec(report)
    return (row?.slice(1) ?? ['0', '0']).map(Number)
  }
  const [yes = 0, no = 0] = await counts(first.baseURL)
  expect((await postFeedback(first.baseURL, true)).status).toBe(201)
  expect((await postFeedback(second.baseURL, false)).status).toBe(201)
  for (const instance of [first, second]) {
    expect(await counts(instance.baseURL), `the report on ${instance.baseURL} counts both answers`).toEqual([yes + 1, no + 1])
  }
})

test('nginx caches pages for minutes and serves them stale while refreshing, assets for a year', async () => {
  const page = await fetch(`${proxy.baseURL}/family-hubs/armley`)
  expect(page.status).toBe(200)
  const cacheControl = page.headers.get('cache-control') ?? ''
  expect(cacheControl).toMatch(/s-maxage=300\b/)
  expect(cacheControl).toMatch(/stale-while-revalidate=\d+/)
  expect(cacheControl).not.toMatch(/31536000/)
  // The CSP that lets the exit script run travels with the cached page.
  expect(page.headers.get('content-security-policy')).toContain("'sha256-")
  const again = await fetch(`${proxy.baseURL}/family-hubs/armley`)
  expect(again.headers.get('x-cache-status')).toBe('HIT')
  expect(await again.text()).toBe(await page.text())

  const html = await (await fetch(`${proxy.baseURL}/`)).text()
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0]
  expect(asset).toBeDefined()
  const script = await fetch(`${proxy.baseURL}${asset}`)
  expect(script.status).toBe(200)
  expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  // The gzip file the build wrote (at gzip's best setting) goes out as it is, not compressed again.
  const gzipped = await rawRequest(`${proxy.baseURL}${asset}`, { headers: { 'accept-encoding': 'gzip' } })
  expect(gzipped.headers['content-encoding']).toBe('gzip')
  const built = fs.readFileSync(path.join(process.env.NEXT_DIST_DIR ?? '.next', 'static', `${asset?.slice('/_next/static/'.length)}.gz`))
  expect(gzipped.body).toEqual(built)
})

test('searches and postcode look-ups go straight to an instance, never through the page cache and its lock', async () => {
  // Through the cache lock, identical searches at the same moment would wait for each other.
  for (const path of ['/search?q=school', '/family-hubs?postcode=LS9+7BG']) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const answer = await fetch(`${proxy.baseURL}${path}`)
      expect(answer.status, path).toBe(200)
      expect(answer.headers.get('cache-control'), path).toContain('no-store')
      // No status: a location without the cache; BYPASS: the cache was skipped, lock and all.
      expect([null, 'BYPASS'], path).toContain(answer.headers.get('x-cache-status'))
    }
  }
  expect((await fetch(`${proxy.baseURL}/family-hubs`)).headers.get('x-cache-status')).not.toBeNull()
})

test('nginx never caches feedback, the editors report or /api/health', async () => {
  for (let attempt = 0; attempt < 2; attempt++) {
    const health = await fetch(`${proxy.baseURL}/api/health`)
    expect(health.status).toBe(200)
    expect(health.headers.get('x-cache-status')).not.toBe('HIT')
    const admin = await fetch(`${proxy.baseURL}/admin/feedback`)
    expect(admin.status).toBe(401)
    expect(admin.headers.get('x-cache-status')).not.toBe('HIT')
  }
  expect((await postFeedback(proxy.baseURL, true)).status).toBe(201)
  const client = new pg.Client({ connectionString: DATABASE_URL })
  await client.connect()
  const { rows } = await client.query<{ count: string }>('select count(*) from feedback where page = $1 and created_at >= $2', [PAGE, STARTED.toISOString()])
  await client.end()
  expect(Number(rows[0]?.count)).toBe(3)
})

test('an instance whose database is down answers pages, 503 on /api/health and on feedback', async () => {
  const closedPort = BASE + 5
  const orphan = startStandalone(BASE + 3, { ...env, DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPort}/none` })
  try {
    await orphan.ready
    expect((await fetch(`${orphan.baseURL}/family-hubs/armley`)).status).toBe(200)
    const health = await fetch(`${orphan.baseURL}/api/health`)
    expect(health.status).toBe(503)
    expect(await health.json()).toMatchObject({ status: 'unavailable', database: { kind: 'postgresql', ok: false } })
    expect((await postFeedback(orphan.baseURL, true)).status).toBe(503)
  } finally {
    await orphan.stop()
  }
})

test('with every instance down, nginx still serves the pages it has', async () => {
  await (await fetch(`${proxy.baseURL}/guides/early-help`)).text()
  await Promise.all([first.stop(), second.stop()])
  const stale = await fetch(`${proxy.baseURL}/guides/early-help`)
  expect(stale.status).toBe(200)
  expect(await stale.text()).toContain('<h1')
})

test('a rate limit counts posts from one client across both instances', async () => {
  // Two more instances on the same database, each allowing 3 posts per client per window: if each
  // counted on its own, 4 posts alternating between them would all be accepted.
  const limited = { ...env, FEEDBACK_RATE_LIMIT: '3' }
  const instances = [startStandalone(BASE + 6, limited), startStandalone(BASE + 7, limited)]
  // This run's own client (an IPv6 /64 of the documentation range), so overlapping runs count apart.
  const hex = () => Math.floor(Math.random() * 0x10000).toString(16)
  const client = `2001:db8:${hex()}:${hex()}::1`
  const page = '/guides/early-start'
  const post = (baseURL: string) =>
    fetch(`${baseURL}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ page, useful: true }),
    })
  try {
    await Promise.all(instances.map((instance) => instance.ready))
    const [a, b] = instances.map((instance) => instance.baseURL)
    if (!a || !b) throw new Error('two instances expected')
    expect((await post(a)).status).toBe(201)
    expect((await post(b)).status).toBe(201)
    expect((await post(a)).status).toBe(201)
    const fourth = await post(b)
    expect(fourth.status, 'the second instance has seen only 2 posts, but the limit counts all 4').toBe(429)
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await post(a)).status).toBe(429)
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()))
    const db = new pg.Client({ connectionString: DATABASE_URL })
    await db.connect()
    await db.query('delete from feedback where page = $1 and created_at >= $2', [page, STARTED.toISOString()]).catch(() => undefined)
    await db.end()
  }
})

test('the standalone folder that is deployed holds the site, not this machine’s feedback or the project’s tests', () => {
  const standalone = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'standalone')
  const names = fs.readdirSync(standalone, { recursive: true, encoding: 'utf8' }).filter((name) => !name.startsWith('node_modules'))
  expect(names).toContain('server.js')
  // data/ is where each instance keeps its own feedback (SQLite); it must not come from the build machine.
  expect(names.filter((name) => /\.sqlite(-wal|-shm)?$/.test(name) && !name.startsWith('data'))).toEqual([])
  expect(names.filter((name) => name.startsWith('tests') || name.startsWith('bench'))).toEqual([])
})
