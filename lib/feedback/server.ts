import 'server-only'
import { dbConfigFromEnv } from './db'
import { createPgPool } from './pg-pool'
import { siteEnv } from '@/lib/env'
import { getSite, getSiteUrl } from '@/lib/content'
import { isKnownPage } from './known-pages'
import { memoryRateLimits, postgresRateLimits, type LimitSettings, type RateLimits } from './rate-limit'
import { singletons } from './singletons'
import { FeedbackStore } from './store'
import type { SubmitDeps } from './submit'
import type { EndpointSettings } from './http'

export { NOT_FOUND_PAGE, isKnownPage } from './known-pages'

/**
 * The process's store, opened (and migrated) on first use. A failed open is forgotten so that
 * the next request tries again once the database is back.
 */
export function getFeedbackStore(): Promise<FeedbackStore> {
  const shared = singletons()
  if (!shared.store) {
    const opening = FeedbackStore.open(dbConfigFromEnv())
    shared.store = opening
    opening.catch(() => {
      if (shared.store === opening) shared.store = undefined
    })
  }
  return shared.store.then((store) => {
    purgeIfDue(store)
    return store
  })
}

/** The privacy notice promises feedback is deleted after this long. */
export const RETENTION_DAYS = 365
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Keeps the privacy notice's promise without depending on a cron job: at most once a day, the
 * first use of the store deletes feedback older than the retention period, in the background.
 */
function purgeIfDue(store: FeedbackStore, now = Date.now()): void {
  const shared = singletons()
  if (shared.lastPurgeAt !== undefined && now - shared.lastPurgeAt < DAY_MS) return
  shared.lastPurgeAt = now
  store.purgeBefore(new Date(now - RETENTION_DAYS * DAY_MS)).catch((error: unknown) => {
    shared.lastPurgeAt = undefined
    console.error(`feedback: could not delete old feedback: ${error instanceof Error ? error.message : String(error)}`)
  })
}

function limitSettings(): LimitSettings {
  const env = siteEnv()
  return {
    submissions: env.FEEDBACK_RATE_LIMIT,
    siteSubmissions: env.FEEDBACK_SITE_RATE_LIMIT,
    adminFailures: env.FEEDBACK_ADMIN_MAX_FAILURES,
    siteAdminFailures: env.FEEDBACK_ADMIN_SITE_MAX_FAILURES,
  }
}

async function openRateLimits(): Promise<RateLimits> {
  const env = siteEnv()
  if (!env.DATABASE_URL) return memoryRateLimits(limitSettings())
  const pool = await createPgPool(
    {
      connectionString: env.DATABASE_URL,
      // Each feedback post counts against two limits, one query each: with 3 connections, a busy
      // minute of posts queued for them and some waited over 2 s (npm run bench:load).
      max: 10,
      connectionTimeoutMillis: env.DATABASE_TIMEOUT_SECONDS,
      query_timeout: env.DATABASE_TIMEOUT_SECONDS,
      statement_timeout: env.DATABASE_TIMEOUT_SECONDS,
    },
    'rate limits',
  )
  try {
    return await postgresRateLimits(pool, limitSettings())
  } catch (error) {
    await pool.end().catch(() => undefined)
    throw error
  }
}

const RETRY_MS = 30_000

/**
 * The process's rate limits: in PostgreSQL when DATABASE_URL is set (shared by every instance),
 * otherwise in memory. If PostgreSQL cannot be reached, limits are counted in memory and
 * PostgreSQL is tried again 30 seconds later: nothing goes unlimited meanwhile.
 */
export function rateLimits(now = Date.now()): Promise<RateLimits> {
  const shared = singletons()
  const current = shared.rateLimits
  if (current && (current.retryAt === undefined || now < current.retryAt)) return current.value
  const fallback = current?.fallback ?? memoryRateLimits(limitSettings())
  const value = openRateLimits().then(
    (limits) => {
      shared.rateLimits = { value: Promise.resolve(limits) }
      return limits
    },
    (error: unknown) => {
      console.error(`rate limits: PostgreSQL unavailable, counting in memory for now: ${error instanceof Error ? error.message : String(error)}`)
      shared.rateLimits = { value: Promise.resolve(fallback), retryAt: now + RETRY_MS, fallback }
      return fallback
    },
  )
  shared.rateLimits = { value }
  return value
}

export async function submitDeps(): Promise<SubmitDeps> {
  const limits = await rateLimits()
  return { getStore: getFeedbackStore, limiter: limits.submissions, siteLimiter: limits.siteSubmissions, keySecret: limits.secret }
}

export function endpointSettings(): EndpointSettings {
  return { exitPageUrl: getSite().exitPageUrl, isKnownPage, siteUrl: getSiteUrl() }
}
