import { randomBytes } from 'node:crypto'
import type { FieldError } from './limits'
import { singletons } from './singletons'

/**
 * What a person typed into the no-JavaScript form when it came back with errors, kept briefly in
 * memory so the form page can show it again. Not in the URL: it may hold personal details that
 * have not been masked yet, and URLs end up in history and logs.
 */
export type FlashEntry = {
  page: string
  answer?: 'no'
  trying: string
  wrong: string
  errors: FieldError[]
  expiresAt: number
}

const LIFETIME_MS = 15 * 60 * 1000
const MAX_ENTRIES = 1000

function entries(): Map<string, FlashEntry> {
  const shared = singletons()
  shared.flash ??= new Map()
  return shared.flash
}

export function saveFlash(entry: Omit<FlashEntry, 'expiresAt'>, now = Date.now()): string {
  const map = entries()
  for (const [key, value] of map) if (value.expiresAt <= now || map.size >= MAX_ENTRIES) map.delete(key)
  const token = randomBytes(16).toString('base64url')
  map.set(token, { ...entry, expiresAt: now + LIFETIME_MS })
  return token
}

/** The entry for this token and page, if it has not expired. */
export function readFlash(token: string | undefined, page: string, now = Date.now()): FlashEntry | undefined {
  if (!token) return undefined
  const entry = entries().get(token)
  if (!entry || entry.expiresAt <= now || entry.page !== page) return undefined
  return entry
}
