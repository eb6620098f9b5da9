import { createHmac, randomBytes } from 'node:crypto'
import { singletons } from './singletons'

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

type Window = { count: number; resetAt: number }

/**
 * Fixed-window counter per client, in memory only: nothing about who sent feedback outlives the
 * process. Bounded so that a flood of distinct clients cannot grow it without limit.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>()
  private lastPrune = 0

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxClients = 10_000,
  ) {}

  /** Counts one event for the client and says whether it was within the limit. */
  hit(key: string, now = Date.now()): RateLimitResult {
    const window = this.current(key, now)
    if (window.count >= this.limit) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) }
    window.count++
    return { allowed: true }
  }

  /** Whether the client is over the limit, without counting anything. */
  check(key: string, now = Date.now()): RateLimitResult {
    const window = this.windows.get(key)
    if (!window || window.resetAt <= now || window.count < this.limit) return { allowed: true }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) }
  }

  reset(key: string): void {
    this.windows.delete(key)
  }

  get size(): number {
    return this.windows.size
  }

  private current(key: string, now: number): Window {
    const existing = this.windows.get(key)
    if (existing && existing.resetAt > now) return existing
    // Expired keys go at least once a window: the privacy notice says they last about a minute.
    if (this.windows.size >= this.maxClients || now - this.lastPrune >= this.windowMs) this.prune(now)
    const fresh = { count: 0, resetAt: now + this.windowMs }
    this.windows.set(key, fresh)
    return fresh
  }

  private prune(now: number): void {
    this.lastPrune = now
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key)
    // Still full of live clients: forget the oldest (Map keeps insertion order) rather than grow.
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxClients) break
      this.windows.delete(key)
    }
  }
}

/** A positive whole number from the environment, or the default. */
export function limitFromEnv(value: string | undefined, fallback: number): number {
  const parsed = Number(value)
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback
}

// The salt is made at start-up and never leaves memory, so the keys cannot be turned back into
// addresses, even by someone who reads the process's heap after a restart.
function salt(): Buffer {
  const shared = singletons()
  shared.salt ??= randomBytes(32)
  return shared.salt
}

/**
 * The client's rate-limit key: a salted hash of its address. Uses the nearest proxy's view
 * (the last X-Forwarded-For entry, which Next.js fills from the socket when there is no proxy).
 * The address itself is used for nothing else: never stored, never logged.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').pop()?.trim()
  const address = forwarded || headers.get('x-real-ip')?.trim() || 'unknown'
  return createHmac('sha256', salt()).update(address).digest('base64url').slice(0, 22)
}
