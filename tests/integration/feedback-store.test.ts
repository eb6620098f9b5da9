import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { Migrator, sql } from 'kysely'
import { createDb, type DbConfig } from '@/lib/feedback/db'
import { feedbackMigrations } from '@/lib/feedback/migrations'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryLimiter } from '@/lib/feedback/rate-limit'
import { parseFeedback } from '@/lib/feedback/schema'
import { FeedbackStore, FeedbackUnavailableError } from '@/lib/feedback/store'
import { submitFeedback } from '@/lib/feedback/submit'

// The same tests run against an SQLite file and PostgreSQL (DATABASE_URL, or the local server).

const POSTGRES_URL = process.env.DATABASE_URL && /^postgres(?:ql)?:\/\//.test(process.env.DATABASE_URL) ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test'

/** Why PostgreSQL cannot be used, or undefined when it can. */
async function postgresUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    await client.end().catch(() => undefined)
  }
}

type Engine = { name: string; config: DbConfig; cleanup: () => Promise<void> }

function sqliteEngine(): Engine {
  const dir = mkdtempSync(path.join(tmpdir(), 'feedback-test-'))
  return {
    name: 'sqlite',
    config: { kind: 'sqlite', file: path.join(dir, 'nested', 'feedback.sqlite') },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** A schema of its own per test file, dropped afterwards: runs alongside anything else on the server. */
async function postgresEngine(): Promise<Engine> {
  const schema = `feedback_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: POSTGRES_URL })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  return {
    name: 'postgres',
    config: { kind: 'postgres', url: POSTGRES_URL, searchPath: schema, poolSize: 20 },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade`)
      await client.end()
    },
  }
}

const postgresProblem = await postgresUnavailable()
if (postgresProblem) {
  console.warn(`\n*** PostgreSQL feedback tests SKIPPED: cannot reach ${POSTGRES_URL} (${postgresProblem}). Set DATABASE_URL or start the server. ***\n`)
}

const engines: { name: string; skip: boolean; make: () => Promise<Engine> }[] = [
  { name: 'SQLite', skip: false, make: async () => sqliteEngine() },
  { name: 'PostgreSQL', skip: postgresProblem !== undefined, make: postgresEngine },
]

for (const { name, skip, make } of engines) {
  describe.skipIf(skip)(`feedback store on ${name}`, () => {
    let engine: Engine
    let store: FeedbackStore

    beforeAll(async () => {
      engine = await make()
      store = await FeedbackStore.open(engine.config)
    })

    afterAll(async () => {
      await store?.close()
      await engine?.cleanup()
    })

    it('creates the database and runs migrations on first use, and again harmlessly', async () => {
      const again = await FeedbackStore.open(engine.config)
      await again.close()
      expect(await store.count()).toBe(0)
    })

    it('stores exactly N rows for N concurrent submissions', async () => {
      const N = 200
      const limiter = memoryLimiter(1_000_000, 60_000)
      const deps = { getStore: async () => store, limiter }
      const outcomes = await Promise.all(
        Array.from({ length: N }, (_, index) =>
          submitFeedback(parseFeedback({ page: '/concurrent', useful: index % 3 !== 0, trying: `attempt ${index}` }), `client-${index % 7}`, deps),
        ),
      )
      expect(outcomes.filter((outcome) => outcome.status === 'stored')).toHaveLength(N)
      expect(await store.count()).toBe(N)
      const [summary] = await store.summary()
      expect(summary).toMatchObject({ page: '/concurrent', yes: 133, no: 67, comments: N })
      const texts = new Set((await store.entries()).map((entry) => entry.trying))
      expect(texts.size).toBe(N)
    })

    it('masks personal data before it is stored, and stores markup as it was typed', async () => {
      const deps = { getStore: async () => store, limiter: memoryLimiter(100, 60_000) }
      const outcome = await submitFeedback(
        parseFeedback({ page: '/masking', useful: false, trying: 'I am jo@example.com on 07700 900123', wrong: '<script>alert(1)</script> at LS6 1AA, NI AB123456C' }),
        'masking-client',
        deps,
      )
      expect(outcome.status).toBe('stored')
      const [entry] = await store.entries({ withComments: true, limit: 1 })
      expect(entry).toMatchObject({ page: '/masking', useful: false, trying: 'I am [email] on [phone]', wrong: '<script>alert(1)</script> at [postcode], NI [ni-number]' })
    })

    it('ignores honeypot submissions and rate-limits per client', async () => {
      const before = await store.count()
      const deps = { getStore: async () => store, limiter: memoryLimiter(10, 60_000) }
      expect((await submitFeedback(parseFeedback({ page: '/bots', useful: true, website: 'http://spam.example' }), 'bot', deps)).status).toBe('ignored')
      const results = []
      for (let i = 0; i < 11; i++) results.push((await submitFeedback(parseFeedback({ page: '/limits', useful: true }), 'busy', deps)).status)
      expect(results.slice(0, 10).every((status) => status === 'stored')).toBe(true)
      expect(results[10]).toBe('rate-limited')
      expect((await submitFeedback(parseFeedback({ page: '/limits', useful: true }), 'someone-else', deps)).status).toBe('stored')
      expect(await store.count()).toBe(before + 11)
    })

    it('caps the whole site, so clients that change their address cannot flood the store', async () => {
      const before = await store.count()
      const deps = { getStore: async () => store, limiter: memoryLimiter(10, 60_000), siteLimiter: memoryLimiter(5, 60_000) }
      const results = []
      for (let i = 0; i < 7; i++) results.push((await submitFeedback(parseFeedback({ page: '/flood', useful: false }), `spoofed-${i}`, deps)).status)
      expect(results).toEqual(['stored', 'stored', 'stored', 'stored', 'stored', 'rate-limited', 'rate-limited'])
      expect(await store.count()).toBe(before + 5)
    })

    it('summarises per page and filters by date range', async () => {
      const scratch = await make()
      const dated = await FeedbackStore.open(scratch.config)
      try {
        await dated.insert({ page: '/a', useful: true }, new Date('2026-01-10T12:00:00Z'))
        await dated.insert({ page: '/a', useful: false, wrong: 'old' }, new Date('2026-01-31T23:59:59Z'))
        await dated.insert({ page: '/a', useful: true }, new Date('2026-02-01T00:00:00Z'))
        await dated.insert({ page: '/b', trying: 'report' }, new Date('2026-02-15T08:00:00Z'))
        const january = await dated.summary({ from: '2026-01-01T00:00:00.000Z', until: '2026-02-01T00:00:00.000Z' })
        expect(january).toEqual([{ page: '/a', yes: 1, no: 1, usefulShare: 0.5, comments: 1, latest: '2026-01-31T23:59:59.000Z' }])
        const all = await dated.summary()
        expect(all.map((row) => [row.page, row.yes, row.no, row.usefulShare, row.comments])).toEqual([
          ['/a', 2, 1, 2 / 3, 1],
          ['/b', 0, 0, null, 1],
        ])
        expect((await dated.entries({ withComments: true })).map((entry) => entry.page)).toEqual(['/b', '/a'])
        expect(await dated.purgeBefore(new Date('2026-02-01T00:00:00Z'))).toBe(2)
        expect(await dated.count()).toBe(2)
      } finally {
        await dated.close()
        await scratch.cleanup()
      }
    })

    it('keeps the page\'s language with each answer (the site\'s default for Leeds\' one language)', async () => {
      const deps = { getStore: async () => store, limiter: memoryLimiter(100, 60_000) }
      expect((await submitFeedback(parseFeedback({ page: '/language-check', useful: false, wrong: 'Nid oedd yn glir' }), 'language-client', deps)).status).toBe('stored')
      const [entry] = await store.entries({ withComments: true, limit: 1 })
      expect(entry).toMatchObject({ page: '/language-check', language: 'en-GB', wrong: 'Nid oedd yn glir' })
    })

    it('upgrades a database made before languages were recorded, keeping every answer', async () => {
      const scratch = await make()
      const first = Object.entries(feedbackMigrations(scratch.config.kind)).slice(0, 1)
      const old = await createDb(scratch.config)
      try {
        const schema = scratch.config.kind === 'postgres' ? scratch.config.searchPath : undefined
        const migrator = new Migrator({ db: old, provider: { getMigrations: async () => Object.fromEntries(first) }, ...(schema ? { migrationTableSchema: schema } : {}) })
        expect((await migrator.migrateToLatest()).error).toBeUndefined()
        await sql`insert into feedback (page, useful, wrong, created_at) values ('/before', ${scratch.config.kind === 'postgres' ? true : 1}, 'kept', ${new Date().toISOString()})`.execute(old)
      } finally {
        await old.destroy()
      }
      const upgraded = await FeedbackStore.open(scratch.config)
      try {
        await upgraded.insert({ page: '/cy/help', useful: true, language: 'cy' })
        const entries = await upgraded.entries()
        expect(entries.map((entry) => [entry.page, entry.language, entry.wrong])).toEqual([
          ['/cy/help', 'cy', null],
          ['/before', null, 'kept'],
        ])
      } finally {
        await upgraded.close()
        await scratch.cleanup()
      }
    })
  })
}

describe('when the database is down', () => {
  it('PostgreSQL that cannot be reached gives "unavailable", quickly, without throwing', async () => {
    const started = Date.now()
    await expect(FeedbackStore.open({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toBeInstanceOf(FeedbackUnavailableError)
    const deps = {
      getStore: () => FeedbackStore.open({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none' }),
      limiter: memoryLimiter(10, 60_000),
    }
    expect(await submitFeedback(parseFeedback({ page: '/', useful: true }), 'c', deps)).toEqual({ status: 'unavailable' })
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('an SQLite file that cannot be created gives "unavailable"', async () => {
    // A folder path running through an ordinary file: mkdir fails with ENOTDIR.
    const engine = sqliteEngine()
    if (engine.config.kind !== 'sqlite') throw new Error('expected SQLite')
    const aFile = path.join(path.dirname(engine.config.file), '..', 'a-file')
    writeFileSync(aFile, '')
    const deps = {
      getStore: () => FeedbackStore.open({ kind: 'sqlite', file: path.join(aFile, 'feedback.sqlite') }),
      limiter: memoryLimiter(10, 60_000),
    }
    expect(await submitFeedback(parseFeedback({ page: '/', useful: true }), 'c', deps)).toEqual({ status: 'unavailable' })
    await engine.cleanup()
  })

  it('a locked SQLite database gives "unavailable" after the busy timeout', async () => {
    const engine = sqliteEngine()
    const store = await FeedbackStore.open(engine.config)
    const { DatabaseSync } = await import('node:sqlite')
    if (engine.config.kind !== 'sqlite') throw new Error('expected SQLite')
    const locker = new DatabaseSync(engine.config.file)
    locker.exec('begin exclusive')
    try {
      const deps = { getStore: async () => store, limiter: memoryLimiter(10, 60_000) }
      expect(await submitFeedback(parseFeedback({ page: '/', useful: true }), 'c', deps)).toEqual({ status: 'unavailable' })
    } finally {
      locker.exec('rollback')
      locker.close()
      await store.close()
      await engine.cleanup()
    }
  })
})
