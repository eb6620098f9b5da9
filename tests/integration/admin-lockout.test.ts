import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import { authorise, type AuthDecision, type FailureLimits } from '@/lib/feedback/admin-auth'
import { memoryRateLimits, postgresRateLimits, type LimitSettings, type RateLimits } from '@/lib/feedback/rate-limit'
import { createTestSchema } from '../support/postgres-schema'

// The admin lock-out under concurrent guessing, in memory and in PostgreSQL: however many guesses
// arrive at once, no more than the limits are ever looked at. Checking the counts first and
// counting afterwards let a burst through (607 of 1,000 guesses looked at, and a right password
// late in the burst allowed). PostgreSQL runs in a schema of its own, dropped afterwards, and each
// test counts under a key prefix of its own, so parallel runs and tests never share counts.

const URL = process.env.DATABASE_URL && /^postgres(?:ql)?:\/\//.test(process.env.DATABASE_URL) ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test'
const SCHEMA = `admin_lockout_test_${randomBytes(4).toString('hex')}`
const SETTINGS: LimitSettings = { submissions: 10, siteSubmissions: 100, adminFailures: 5, siteAdminFailures: 100 }
const BURST = 1000
const RIGHT_AT = 699

const expected = { username: 'editor', password: 'correct horse battery staple' }
const basic = (password: string) => `Basic ${Buffer.from(`editor:${password}`).toString('base64')}`
const request = (authorization?: string) => new Request('http://x/admin/feedback', { headers: authorization ? { authorization } : {} })
const guess = (i: number) => request(basic(i === RIGHT_AT ? expected.password : `guess ${i}`))
const tally = (decisions: AuthDecision[]) => {
  const counts: Record<string, number> = {}
  for (const decision of decisions) {
    const name = decision.outcome === 'locked-out' ? `locked-out (${decision.scope})` : decision.outcome
    counts[name] = (counts[name] ?? 0) + 1
  }
  return counts
}

let pool: pg.Pool | undefined
let unavailable: string | undefined

beforeAll(async () => {
  unavailable = await createTestSchema(URL, SCHEMA)
  if (unavailable !== undefined) return
  // No connection timeout: a burst waits for the pool rather than falling back to counting in
  // memory, which would leave PostgreSQL's counting untested.
  pool = new pg.Pool({ connectionString: URL, max: 10, options: `-c search_path=${SCHEMA}` })
})

afterAll(async () => {
  if (!pool) return
  await pool.query(`DROP SCHEMA ${SCHEMA} CASCADE`)
  await pool.end()
})

type Store = {
  name: string
  skip: () => string | undefined
  /** Fresh limits, and for PostgreSQL what it holds for them: proof that it did the counting. */
  open: () => Promise<{ limits: RateLimits; stored?: () => Promise<Map<string, number>> }>
}

const stores: Store[] = [
  { name: 'memory', skip: () => undefined, open: async () => ({ limits: memoryRateLimits(SETTINGS) }) },
  {
    name: 'PostgreSQL',
    skip: () => unavailable && `PostgreSQL not reachable at ${URL}: ${unavailable}`,
    open: async () => {
      const db = pool
      if (!db) throw new Error('no pool')
      const prefix = `t${randomBytes(4).toString('hex')}-`
      const limits = await postgresRateLimits(db, SETTINGS, prefix)
      return {
        limits,
        stored: async () => {
          const rows = await db.query<{ key: string; points: number }>('SELECT key, points FROM rate_limits WHERE starts_with(key, $1)', [prefix])
          return new Map(rows.rows.map((row) => [row.key.slice(prefix.length), row.points]))
        },
      }
    },
  },
]

for (const store of stores) {
  describe(`admin lock-out in ${store.name}`, () => {
    let failures: FailureLimits
    let stored: (() => Promise<Map<string, number>>) | undefined

    const fresh = async (context: TestContext) => {
      const reason = store.skip()
      if (reason) context.skip(reason)
      const opened = await store.open()
      failures = { client: opened.limits.adminFailures, site: opened.limits.siteAdminFailures }
      stored = opened.stored
    }

    it(`one client's burst of ${BURST} guesses: 5 are looked at, and the right password at ${RIGHT_AT + 1} is locked out`, async (context) => {
      await fresh(context)
      const decisions = await Promise.all(Array.from({ length: BURST }, (_, i) => authorise(guess(i), 'attacker', failures, expected)))
      expect(tally(decisions)).toEqual({ challenge: 5, 'locked-out (client)': BURST - 5 })
      expect(decisions[RIGHT_AT]).toMatchObject({ outcome: 'locked-out', scope: 'client' })
      // The client's limit comes first: one client's burst used 5 of everyone's 100, not all of them.
      expect((await authorise(request(basic(expected.password)), 'editor', failures, expected)).outcome).toBe('allowed')
      if (stored) expect(await stored()).toEqual(new Map([['admin:attacker', BURST], ['admin-site:site', 5], ['admin:editor', 0]]))
    })

    it(`a burst from ${BURST} clients: 100 are looked at site-wide, and a right password at ${RIGHT_AT + 1} is locked out`, async (context) => {
      await fresh(context)
      const decisions = await Promise.all(Array.from({ length: BURST }, (_, i) => authorise(guess(i), `client-${i}`, failures, expected)))
      expect(tally(decisions)).toEqual({ challenge: 100, 'locked-out (site)': BURST - 100 })
      expect(decisions[RIGHT_AT]).toMatchObject({ outcome: 'locked-out', scope: 'site' })
      if (stored) {
        const points = await stored()
        expect(points.get('admin-site:site')).toBe(BURST)
        // Refused by the site's limit before its password was looked at: no guess, so not counted against the client.
        expect([...points].filter(([key, value]) => key.startsWith('admin:') && value !== 0)).toHaveLength(100)
      }
    })

    it('a site lock-out is not counted against the client', async (context) => {
      await fresh(context)
      await Promise.all(Array.from({ length: 100 }, (_, i) => authorise(request(basic(`guess ${i}`)), `client-${i}`, failures, expected)))
      for (let i = 0; i < 10; i++) expect(await authorise(request(basic(`guess ${i}`)), 'late', failures, expected)).toMatchObject({ outcome: 'locked-out', scope: 'site' })
      expect((await failures.client.check('late')).allowed).toBe(true)
    })

    it('a right password is allowed and uses none of the budget, the client’s or the site’s', async (context) => {
      await fresh(context)
      const right = await Promise.all(Array.from({ length: 5 }, () => authorise(request(basic(expected.password)), 'editor', failures, expected)))
      expect(tally(right)).toEqual({ allowed: 5 })
      for (let i = 0; i < 5; i++) expect((await authorise(request(basic(`typo ${i}`)), 'editor', failures, expected)).outcome).toBe('challenge')
      expect(await authorise(request(basic(expected.password)), 'editor', failures, expected)).toMatchObject({ outcome: 'locked-out', scope: 'client' })

      // One after another: sign-ins under way at the same moment each hold a point until they are
      // answered, so more of them at once than the site has left would be refused.
      for (let i = 0; i < 200; i++) expect((await authorise(request(basic(expected.password)), `editor-${i}`, failures, expected)).outcome).toBe('allowed')
      const wrong = await Promise.all(Array.from({ length: 200 }, (_, i) => authorise(request(basic(`guess ${i}`)), `guesser-${i}`, failures, expected)))
      // 100 site-wide, less the 5 typos above.
      expect(tally(wrong)).toEqual({ challenge: 95, 'locked-out (site)': 105 })
    })

    it('a visit without credentials is not a guess: nothing counted, but told of a lock-out', async (context) => {
      await fresh(context)
      const visits = await Promise.all(Array.from({ length: 100 }, () => authorise(request(), 'editor', failures, expected)))
      expect(tally(visits)).toEqual({ challenge: 100 })
      for (let i = 0; i < 5; i++) expect((await authorise(request(basic(`typo ${i}`)), 'editor', failures, expected)).outcome).toBe('challenge')
      expect(await authorise(request(), 'editor', failures, expected)).toMatchObject({ outcome: 'locked-out', scope: 'client' })
    })
  })
}
