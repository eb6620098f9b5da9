import type { FieldError } from './limits'
import { maskPersonalData } from './mask'
import type { Limiter } from './rate-limit'
import type { ParseResult } from './schema'
import type { FeedbackStore } from './store'
import { languageOfPath } from '@/lib/i18n/address-language'
import { throttledLog } from '@/lib/log-throttle'

/** While the database is down every submission fails alike: log it once per 10 s, with a count. */
const logFailure = throttledLog()

export type SubmitOutcome =
  | { status: 'stored' }
  /** The honeypot was filled: answered like a success so bots learn nothing, but not stored. */
  | { status: 'ignored' }
  | { status: 'invalid'; errors: FieldError[] }
  | { status: 'rate-limited'; retryAfterSeconds: number }
  | { status: 'unavailable' }

export type SubmitDeps = {
  getStore: () => Promise<FeedbackStore>
  limiter: Limiter
  /** One ceiling for the whole site: what bounds a flood from many addresses. */
  siteLimiter?: Limiter
  /** The secret client keys are made with (shared by every instance when limits are in PostgreSQL). */
  keySecret?: Buffer
  now?: () => Date
}

const SITE_KEY = 'site'

/** The whole pipeline after decoding: schema, honeypot, rate limit, masking, storage. */
export async function submitFeedback(parsed: ParseResult, client: string, deps: SubmitDeps): Promise<SubmitOutcome> {
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors }
  const input = parsed.value
  if (input.website) return { status: 'ignored' }

  for (const [limiter, key] of [[deps.limiter, client], [deps.siteLimiter, SITE_KEY]] as const) {
    const limited = await limiter?.hit(key)
    if (limited && !limited.allowed) return { status: 'rate-limited', retryAfterSeconds: limited.retryAfterSeconds }
  }

  try {
    const store = await deps.getStore()
    await store.insert(
      {
        page: input.page,
        useful: input.useful,
        trying: input.trying ? maskPersonalData(input.trying) : undefined,
        wrong: input.wrong ? maskPersonalData(input.wrong) : undefined,
        language: languageOfPath(input.page),
      },
      deps.now?.(),
    )
    return { status: 'stored' }
  } catch (error) {
    // The message says what failed (locked, refused...), never who was submitting.
    logFailure('feedback store', error instanceof Error ? error.message : String(error))
    return { status: 'unavailable' }
  }
}
