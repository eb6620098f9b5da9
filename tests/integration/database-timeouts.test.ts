import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it, type TestContext } from 'vitest'
import { handleFeedbackPost } from '@/lib/feedback/http'
import { MESSAGES } from '@/lib/feedback/limits'
import { memoryLimiter } from '@/lib/feedback/rate-limit'
import { FeedbackStore } from '@/lib/feedback/store'

// A database that hangs, rather than refusing, must not keep a submission waiting without end:
// each case answers 503 "try again later" within about DATABASE_TIMEOUT_SECONDS.

const TIMEOUT_MS = 500
const SETTINGS = { exitPageUrl: 'https://www.bbc.co.uk/weather', isKnownPage: () => true }
const URL = process.env.DATABASE_URL && /^postgres(?:ql)?:\/\//.test(process.env.DATABASE_URL) ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test'
const submission = () =>
  new Request('http://127.0.0.1/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ page: '/', useful: true }) })

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now()
  const value = await work()
  return { value, ms: performance.now() - started }
}

const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

/** A schema of its own on the shared PostgreSQL server, dropped afterwards; skips the test if there is no server. */
async function ownSchema(context: TestContext, prefix: string): Promise<{ schema: string; admin: pg.Client }> {
  const schema = `${prefix}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
  } catch (error) {
    context.skip(`PostgreSQL not reachable at ${URL}: ${error instanceof Error ? error.message : String(error)}`)
  }
  await admin.query(`CREATE SCHEMA ${schema}`)
  cleanups.push(async () => {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`)
    await admin.end()
  })
  return { schema, admin }
}

/** Another connection holds the feedback table, so a submission waits on it. */
async function lockFeedbackTable(schema: string): Promise<{ release: () => Promise<void> }> {
  const locker = new pg.Client({ connectionString: URL, options: `-c search_path=${schema}` })
  await locker.connect()
  await locker.query('BEGIN')
  await locker.query('LOCK TABLE feedback IN ACCESS EXCLUSIVE MODE')
  return {
    release: async () => {
      await locker.query('ROLLBACK')
      await locker.end()
    },
  }
}

describe('a database that hangs', () => {
  it('SQLite locked by another connection: 503 after the busy timeout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'feedback-timeout-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const file = path.join(dir, 'feedback.sqlite')
    const store = await FeedbackStore.open({ kind: 'sqlite', file, timeoutMs: TIMEOUT_MS })
    cleanups.push(() => store.close())
    const { DatabaseSync } = await import('node:sqlite')
    const locker = new DatabaseSync(file)
    locker.exec('begin exclusive')
    try {
      const { value: response, ms } = await timed(() => handleFeedbackPost(submission(), { getStore: async () => store, limiter: memoryLimiter(10, 60_000) }, SETTINGS))
      expect(response.status).toBe(503)
      expect(await response.json()).toMatchObject({ message: MESSAGES.unavailable })
      expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50)
      expect(ms).toBeLessThan(TIMEOUT_MS + 2000)
    } finally {
      locker.exec('rollback')
      locker.close()
    }
  })

  it('a PostgreSQL address that accepts connections and never answers: 503 after the connection timeout', async () => {
    const sockets = new Set<net.Socket>()
    const silent = net.createServer((socket) => sockets.add(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    cleanups.push(() => {
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((resolve) => silent.close(() => resolve()))
    })
    const address = silent.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const getStore = () => FeedbackStore.open({ kind: 'postgres', url: `postgres://postgres@127.0.0.1:${port}/none`, timeoutMs: TIMEOUT_MS })
    const { value: response, ms } = await timed(() => handleFeedbackPost(submission(), { getStore, limiter: memoryLimiter(10, 60_000) }, SETTINGS))
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('60')
    expect(sockets.size).toBeGreaterThan(0)
    expect(ms).toBeLessThan(TIMEOUT_MS + 2000)
  })

  it('PostgreSQL with the table locked by another connection: 503 after the statement timeout', async (context) => {
    const { schema } = await ownSchema(context, 'timeouts_test')
    const store = await FeedbackStore.open({ kind: 'postgres', url: URL, searchPath: schema, timeoutMs: TIMEOUT_MS })
    cleanups.push(() => store.close())
    const lock = await lockFeedbackTable(schema)
    try {
      const { value: response, ms } = await timed(() => handleFeedbackPost(submission(), { getStore: async () => store, limiter: memoryLimiter(10, 60_000) }, SETTINGS))
      expect(response.status).toBe(503)
      expect(ms).toBeLessThan(TIMEOUT_MS + 2000)
    } finally {
      await lock.release()
    }
  })
})

/** A TCP relay to PostgreSQL whose connections can be cut, as a restart or a network fault would. */
async function relayTo(target: URL): Promise<{ url: string; cut: () => void; close: () => Promise<void> }> {
  const pairs = new Set<[net.Socket, net.Socket]>()
  const relay = net.createServer((client) => {
    const server = net.connect(Number(target.port || 5432), target.hostname)
    const pair: [net.Socket, net.Socket] = [client, server]
    pairs.add(pair)
    client.pipe(server).pipe(client)
    const drop = () => {
      pairs.delete(pair)
      client.destroy()
      server.destroy()
    }
    client.on('error', drop).on('close', drop)
    server.on('error', drop).on('close', drop)
  })
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve))
  const address = relay.address()
  const url = new globalThis.URL(target.href)
  url.hostname = '127.0.0.1'
  url.port = String(typeof address === 'object' && address ? address.port : 0)
  return {
    url: url.href,
    cut: () => {
      for (const [client, server] of pairs) {
        client.destroy()
        server.destroy()
      }
    },
    close: () => new Promise<void>((resolve) => relay.close(() => resolve())),
  }
}

describe('a PostgreSQL connection cut while a submission waits on it', () => {
  it('answers 503 without storing it, keeps the process running, and stores the next submission', async (context) => {
    const { schema, admin } = await ownSchema(context, 'cut_test')
    const relay = await relayTo(new globalThis.URL(URL))
    cleanups.push(relay.close)
    const store = await FeedbackStore.open({ kind: 'postgres', url: relay.url, searchPath: schema, timeoutMs: 10_000 })
    cleanups.push(() => store.close())
    const deps = { getStore: async () => store, limiter: memoryLimiter(10, 60_000) }

    // The insert waits on a lock held elsewhere, so the store's connection is checked out and busy.
    const lock = await lockFeedbackTable(schema)
    const pending = handleFeedbackPost(submission(), deps, SETTINGS)
    await new Promise((resolve) => setTimeout(resolve, 300))
    relay.cut()
    const response = await pending
    // The cut insert must be cancelled well before its own 10 s timeout, not left to run once the lock goes.
    const waiting = async () =>
      Number((await admin.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE query ILIKE 'insert into "feedback"%' AND state = 'active'`)).rows[0]?.n)
    for (let tries = 0; tries < 30 && (await waiting()) > 0; tries++) await new Promise((resolve) => setTimeout(resolve, 100))
    await lock.release()
    expect(response.status).toBe(503)

    const after = await handleFeedbackPost(submission(), deps, SETTINGS)
    expect(after.status).toBeLessThan(300)
    const stored = await admin.query<{ count: string }>(`SELECT count(*) FROM ${schema}.feedback`)
    expect(Number(stored.rows[0]?.count)).toBe(1)
  })
})
