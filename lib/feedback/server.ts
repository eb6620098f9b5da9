import 'server-only'
import { dbConfigFromEnv } from './db'
import { RateLimiter, limitFromEnv } from './rate-limit'
import { singletons } from './singletons'
import { FeedbackStore } from './store'
import type { SubmitDeps } from './submit'

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

/** FEEDBACK_RATE_LIMIT: submissions per client per minute (default 10; the benchmark raises it). */
export function submissionLimiter(): RateLimiter {
  const shared = singletons()
  shared.submissionLimiter ??= new RateLimiter(limitFromEnv(process.env.FEEDBACK_RATE_LIMIT, 10), 60_000)
  return shared.submissionLimiter
}

/** FEEDBACK_SITE_RATE_LIMIT: submissions per minute from everyone together (default 600). */
export function siteSubmissionLimiter(): RateLimiter {
  const shared = singletons()
  shared.siteSubmissionLimiter ??= new RateLimiter(limitFromEnv(process.env.FEEDBACK_SITE_RATE_LIMIT, 600), 60_000)
  return shared.siteSubmissionLimiter
}

/** FEEDBACK_ADMIN_MAX_FAILURES: wrong passwords per client per 15 minutes before a lock-out (default 5). */
export function adminFailureLimiter(): RateLimiter {
  const shared = singletons()
  shared.adminFailureLimiter ??= new RateLimiter(limitFromEnv(process.env.FEEDBACK_ADMIN_MAX_FAILURES, 5), 15 * 60_000)
  return shared.adminFailureLimiter
}

export function submitDeps(): SubmitDeps {
  return { getStore: getFeedbackStore, limiter: submissionLimiter(), siteLimiter: siteSubmissionLimiter() }
}
