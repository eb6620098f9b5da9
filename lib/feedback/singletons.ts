import type { FlashEntry } from './flash'
import type { RateLimiter } from './rate-limit'
import type { FeedbackStore } from './store'

// Next.js bundles route handlers and pages separately, so module-level state would exist once
// per bundle. Keeping the process-wide pieces on globalThis gives one of each per process.
type Singletons = {
  salt?: Buffer
  store?: Promise<FeedbackStore>
  submissionLimiter?: RateLimiter
  siteSubmissionLimiter?: RateLimiter
  adminFailureLimiter?: RateLimiter
  flash?: Map<string, FlashEntry>
  lastPurgeAt?: number
}

declare global {
  var __leedsFamilyHubsFeedback: Singletons | undefined
}

export function singletons(): Singletons {
  globalThis.__leedsFamilyHubsFeedback ??= {}
  return globalThis.__leedsFamilyHubsFeedback
}
