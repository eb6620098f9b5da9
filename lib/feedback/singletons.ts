import type { RateLimits } from './rate-limit'
import type { FeedbackStore } from './store'

// Next.js bundles route handlers and pages separately, so module-level state would exist once
// per bundle. Keeping the process-wide pieces on globalThis gives one of each per process.
type Singletons = {
  store?: Promise<FeedbackStore>
  /** The limits in use; retryAt: when to try PostgreSQL again after it failed (memory meanwhile). */
  rateLimits?: { value: Promise<RateLimits>; retryAt?: number; fallback?: RateLimits }
  lastPurgeAt?: number
  knownPages?: Set<string>
}

declare global {
  var __familyHubsFeedback: Singletons | undefined
}

export function singletons(): Singletons {
  globalThis.__familyHubsFeedback ??= {}
  return globalThis.__familyHubsFeedback
}
