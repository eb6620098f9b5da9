import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
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

describe('a database that hangs', () => {
  it('SQLite locked by another connection: 503 after the busy timeout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'feedback-timeout-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const file = path.join(dir, 'feedback.sqlite')
    const store = await FeedbackStore.open({ kind: 'sqlite', file, timeoutMs: TIMEOUT_MS })
    cleanups.push(() => store.close())
    const { default: Database } = await import('better-sqlite3')
    const locker = new Database(file)
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
    const schema = `timeouts_test_${randomBytes(4).toString('hex')}`
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
    const store = await FeedbackStore.open({ kind: 'postgres', url: URL, searchPath: schema, timeoutMs: TIMEOUT_MS })
    cleanups.push(() => store.close())
    const locker = new pg.Client({ connectionString: URL, options: `-c search_path=${schema}` })
    await locker.connect()
    await locker.query('BEGIN')
    await locker.query('LOCK TABLE feedback IN ACCESS EXCLUSIVE MODE')
    try {
      const { value: response, ms } = await timed(() => handleFeedbackPost(submission(), { getStore: async () => store, limiter: memoryLimiter(10, 60_000) }, SETTINGS))
      expect(response.status).toBe(503)
      expect(ms).toBeLessThan(TIMEOUT_MS + 2000)
    } finally {
      await locker.query('ROLLBACK')
      await locker.end()
    }
  })
})
