import { createHmac, randomBytes } from 'node:crypto'
import { processesSecret, sharedMemoryLimiter } from '@/lib/server/shared-limiter'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import type { Pool } from 'pg'
import { rateLimitSubject } from '@/lib/security/client-address'

// Rate limits by rate-limiter-flexible: in memory for one server, in PostgreSQL when
// DATABASE_URL is set, so that several instances count together (SQLite cannot be shared between
// machines anyway, so a deployment with more than one instance already has PostgreSQL).

export type Refused = { allowed: false; retryAfterSeconds: number }
export type RateLimitResult = { allowed: true } | Refused
/** An event counted within the limit, and when the window it was counted in closes. */
export type Counted = { allowed: true; windowEndsAt: number }

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

// windowEndsAt is worked out a moment after the store answered, so it can be a few milliseconds
// late: a refund this close to the end is not made (the point expires with its window anyway).
const REFUND_MARGIN_MS = 1000

/** One limit (so many events per window per key) over one of the library's stores. */
export class Limiter {
  constructor(
    private readonly backend: RateLimiterAbstract,
    readonly limit: number,
  ) {}

  /**
   * Counts one event for the key and says whether it was within the limit, in one step (a single
   * statement in PostgreSQL): of many concurrent events, no more than the limit are ever allowed.
   */
  async hit(key: string): Promise<Counted | Refused> {
    try {
      const counted = await this.backend.consume(key)
      return { allowed: true, windowEndsAt: counted.msBeforeNext < 0 ? Infinity : Date.now() + counted.msBeforeNext }
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: seconds(rejection.msBeforeNext) }
      throw rejection
    }
  }

  /**
   * Gives back a point that hit() counted. Only while its window is open: once it has closed the
   * point has gone with it, and the library would start a new window at -1, an extra event
   * rather than a refund.
   */
  async refund(key: string, counted: Counted): Promise<void> {
    if (Date.now() >= counted.windowEndsAt - REFUND_MARGIN_MS) return
    await this.backend.reward(key, 1)
  }

  /** Whether the key has used up its limit, without counting anything. */
  async check(key: string): Promise<RateLimitResult> {
    const state = await this.backend.get(key)
    if (!state || state.consumedPoints < this.limit) return { allowed: true }
    return { allowed: false, retryAfterSeconds: seconds(state.msBeforeNext) }
  }

  async reset(key: string): Promise<void> {
    await this.backend.delete(key)
  }
}

export function memoryLimiter(limit: number, windowMs: number, keyPrefix = 'limit'): Limiter {
  return new Limiter(sharedMemoryLimiter({ points: limit, duration: windowMs / 1000, keyPrefix }), limit)
}

export type LimitSettings = {
  /** Feedback submissions per client per minute. */
  submissions: number
  /** Feedback submissions per minute from everyone together. */
  siteSubmissions: number
  /** Wrong admin passwords per client per 15 minutes. */
  adminFailures: number
  /** Wrong admin passwords from everyone together per 15 minutes. */
  siteAdminFailures: number
}

export const MINUTE_MS = 60_000
export const ADMIN_WINDOW_MS = 15 * MINUTE_MS

/** Every limit the site applies, and the secret its client keys are made with. */
export type RateLimits = {
  submissions: Limiter
  siteSubmissions: Limiter
  adminFailures: Limiter
  siteAdminFailures: Limiter
  /** Where the counts live, for messages. */
  store: 'memory' | 'postgres'
  secret: Buffer
}

export function memoryRateLimits(settings: LimitSettings, secret: Buffer = processesSecret()): RateLimits {
  return {
    submissions: memoryLimiter(settings.submissions, MINUTE_MS, 'feedback'),
    siteSubmissions: memoryLimiter(settings.siteSubmissions, MINUTE_MS, 'feedback-site'),
    adminFailures: memoryLimiter(settings.adminFailures, ADMIN_WINDOW_MS, 'admin'),
    siteAdminFailures: memoryLimiter(settings.siteAdminFailures, ADMIN_WINDOW_MS, 'admin-site'),
    store: 'memory',
    secret,
  }
}

const TABLE = 'rate_limits'

/**
 * Limits counted in PostgreSQL (table rate_limits, keys are salted hashes, rows expire with
 * their window). The salt is kept in the database too, so every instance makes the same key for
 * the same client. If PostgreSQL stops answering, counting carries on in memory until it is back.
 */
export async function postgresRateLimits(pool: Pool, settings: LimitSettings, keyPrefix = ''): Promise<RateLimits> {
  await pool.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`)
  await pool.query('CREATE TABLE IF NOT EXISTS rate_limit_secret (id integer PRIMARY KEY, secret text NOT NULL)')
  await pool.query('INSERT INTO rate_limit_secret (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [randomBytes(32).toString('base64')])
  const row = await pool.query<{ secret: string }>('SELECT secret FROM rate_limit_secret WHERE id = 1')
  const secret = Buffer.from(row.rows[0]?.secret ?? '', 'base64')
  if (secret.length < 32) throw new Error('rate_limit_secret holds no usable secret')

  const make = (limit: number, windowMs: number, name: string) =>
    new Limiter(
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: TABLE,
        tableCreated: true,
        clearExpiredByTimeout: true,
        keyPrefix: `${keyPrefix}${name}`,
        points: limit,
        duration: windowMs / 1000,
        insuranceLimiter: new RateLimiterMemory({ points: limit, duration: windowMs / 1000, keyPrefix: `${keyPrefix}${name}` }),
      }),
      limit,
    )
  return {
    submissions: make(settings.submissions, MINUTE_MS, 'feedback'),
    siteSubmissions: make(settings.siteSubmissions, MINUTE_MS, 'feedback-site'),
    adminFailures: make(settings.adminFailures, ADMIN_WINDOW_MS, 'admin'),
    siteAdminFailures: make(settings.siteAdminFailures, ADMIN_WINDOW_MS, 'admin-site'),
    store: 'postgres',
    secret,
  }
}

/**
 * The client's rate-limit key: a salted hash of its address (an IPv6 client's /64). The server
 * (server.ts) has already replaced X-Forwarded-For with the one address it vouches for. The
 * address itself is used for nothing else: never stored, never logged.
 */
export function clientKey(headers: Headers, secret: Buffer): string {
  const address = headers.get('x-forwarded-for')?.split(',').pop()?.trim() || 'unknown'
  return createHmac('sha256', secret).update(rateLimitSubject(address)).digest('base64url').slice(0, 22)
}
