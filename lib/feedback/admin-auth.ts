import { createHash, timingSafeEqual } from 'node:crypto'
import type { Limiter, Refused } from './rate-limit'

export type AdminCredentials = { username: string; password: string }

/** Both variables set and non-empty, or none: an unconfigured report does not exist (404). */
export function adminCredentialsFromEnv(env: Record<string, string | undefined> = process.env): AdminCredentials | undefined {
  const username = env.ADMIN_USERNAME
  const password = env.ADMIN_PASSWORD
  return username && password ? { username, password } : undefined
}

// Hashing first gives equal-length buffers, so the comparison time says nothing about the
// length or the content of the expected value.
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest()
  const b = createHash('sha256').update(expected, 'utf8').digest()
  return timingSafeEqual(a, b)
}

/** The user and password from an "Authorization: Basic ..." header, if well formed. */
export function parseBasicAuth(header: string | null): AdminCredentials | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')
  if (!match?.[1]) return undefined
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}

export function credentialsMatch(given: AdminCredentials | undefined, expected: AdminCredentials): boolean {
  const candidate = given ?? { username: '', password: '' }
  // Both compared every time (& not &&): a right user name must not answer faster or slower.
  const userOk = sameSecret(candidate.username, expected.username)
  const passwordOk = sameSecret(candidate.password, expected.password)
  return given !== undefined && userOk && passwordOk
}

export type AuthDecision =
  | { outcome: 'not-configured' }
  /** scope: this client's failures, or everyone's together (then nobody can sign in for a while). */
  | { outcome: 'locked-out'; retryAfterSeconds: number; scope: 'client' | 'site' }
  | { outcome: 'challenge' }
  | { outcome: 'allowed' }

export type FailureLimits = { client: Limiter; site: Limiter }

const SITE = 'site'

const lockedOut = (refused: Refused, scope: 'client' | 'site'): AuthDecision => ({ outcome: 'locked-out', retryAfterSeconds: refused.retryAfterSeconds, scope })

/**
 * Basic auth with a lock-out: only failed attempts count, per client and for everyone together
 * (so that no way of looking like many clients gives unlimited guesses), and a locked-out
 * client is refused before its password is even looked at, so guessing cannot continue.
 *
 * Every attempt is counted before its password is looked at, and given back if it was right.
 * Looking at the counts first and counting failures afterwards let a burst of concurrent guesses
 * all pass the look before any of them was counted.
 */
export async function authorise(request: Request, client: string, failures: FailureLimits, expected: AdminCredentials | undefined): Promise<AuthDecision> {
  if (!expected) return { outcome: 'not-configured' }
  const header = request.headers.get('authorization')
  if (header === null) {
    // A first visit without credentials is how Basic auth starts, not a guess: nothing to count.
    const [mine, everyone] = await Promise.all([failures.client.check(client), failures.site.check(SITE)])
    if (!mine.allowed) return lockedOut(mine, 'client')
    if (!everyone.allowed) return lockedOut(everyone, 'site')
    return { outcome: 'challenge' }
  }
  // The client's own limit first, so that one client's burst cannot use up everyone's.
  const mine = await failures.client.hit(client)
  if (!mine.allowed) return lockedOut(mine, 'client')
  const everyone = await failures.site.hit(SITE)
  if (!everyone.allowed) {
    // The password was never looked at, so this was no guess: counting it against the client
    // would keep them locked out after the site opens again.
    await failures.client.refund(client, mine)
    return lockedOut(everyone, 'site')
  }
  if (!credentialsMatch(parseBasicAuth(header), expected)) return { outcome: 'challenge' }
  await Promise.all([failures.client.refund(client, mine), failures.site.refund(SITE, everyone)])
  return { outcome: 'allowed' }
}

/** "Try again in 12 minutes (after 10:42 UTC)." */
export function retryInWords(retryAfterSeconds: number, now = new Date()): string {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  const at = new Date(now.getTime() + retryAfterSeconds * 1000).toISOString().slice(11, 16)
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'second' : 'seconds'}` : `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`
  return `Try again in ${wait} (after ${at} UTC).`
}
