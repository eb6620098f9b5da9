import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientKey, postgresRateLimits, type RateLimits } from '@/lib/feedback/rate-limit'
import { createTestSchema } from '../support/postgres-schema'

// Two instances of the site share one PostgreSQL: their limits must count together. Each run
// works in a schema of its own and drops it, so parallel runs never share counts.

const URL = process.env.DATABASE_URL && /^postgres(?:ql)?:\/\//.test(process.env.DATABASE_URL) ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test'
const SCHEMA = `rate_limits_test_${randomBytes(4).toString('hex')}`
const SETTINGS = { submissions: 3, siteSubmissions: 5, adminFailures: 2, siteAdminFailures: 4 }

const pools: pg.Pool[] = []
let available: string | undefined
let one: RateLimits
let two: RateLimits

function pool(): pg.Pool {
  const created = new pg.Pool({ connectionString: URL, max: 2, connectionTimeoutMillis: 3000, options: `-c search_path=${SCHEMA}` })
  pools.push(created)
  return created
}

beforeAll(async () => {
  available = await createTestSchema(URL, SCHEMA)
  if (available !== undefined) return
  one = await postgresRateLimits(pool(), SETTINGS)
  two = await postgresRateLimits(pool(), SETTINGS)
})

afterAll(async () => {
  if (available === undefined) await pools[0]?.query(`DROP SCHEMA ${SCHEMA} CASCADE`)
  await Promise.all(pools.map((created) => created.end()))
})

describe('rate limits in PostgreSQL', () => {
  it('two instances count one client together, and agree on its key', async (context) => {
    if (available) context.skip(`PostgreSQL not reachable at ${URL}: ${available}`)
    expect(one.store).toBe('postgres')
    expect(one.secret.equals(two.secret)).toBe(true)
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.40' })
    const key = clientKey(headers, one.secret)
    expect(clientKey(headers, two.secret)).toBe(key)
    const results = [await one.submissions.hit(key), await two.submissions.hit(key), await one.submissions.hit(key), await two.submissions.hit(key)]
    expect(results.map((result) => result.allowed)).toEqual([true, true, true, false])
    expect((await one.submissions.check(key)).allowed).toBe(false)
  })

  it('admin failures lock out across instances, per client and for everyone', async (context) => {
    if (available) context.skip(`PostgreSQL not reachable at ${URL}: ${available}`)
    await one.adminFailures.hit('client-a')
    await two.adminFailures.hit('client-a')
    expect((await one.adminFailures.check('client-a')).allowed).toBe(false)
    for (let i = 0; i < 4; i++) await (i % 2 ? one : two).siteAdminFailures.hit('site')
    const site = await two.siteAdminFailures.check('site')
    expect(site.allowed).toBe(false)
    expect(!site.allowed && site.retryAfterSeconds).toBeGreaterThan(800)
  })

  it('stores only salted hashes, never an address', async (context) => {
    if (available) context.skip(`PostgreSQL not reachable at ${URL}: ${available}`)
    const rows = await pools[0]?.query<{ key: string }>('SELECT key FROM rate_limits')
    expect(rows?.rows.length).toBeGreaterThan(0)
    expect(rows?.rows.some((row) => row.key.includes('203.0.113'))).toBe(false)
  })
})
