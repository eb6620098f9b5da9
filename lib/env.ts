import { z } from 'zod'

// Every environment variable the site reads, checked once at start (server.ts) so that a typo
// stops the server with a message naming the variable and the fix, instead of a page failing
// later. No `server-only` here: the custom server and next.config.ts import this file too.

type Env = Record<string, string | undefined>

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

/**
 * One variable read from its trimmed text: unset (or blank) gives the fallback, and text that
 * `parse` refuses (answers undefined) gives the variable's own message, naming it and the fix.
 */
function variable<T, F extends T | undefined>(fallback: F, parse: (value: string) => T | undefined, problem: (value: string) => string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .optional()
      .transform((value, context): T | F => {
        if (value === undefined) return fallback
        const parsed = parse(value)
        if (parsed === undefined) {
          context.addIssue({ code: 'custom', message: problem(value) })
          return z.NEVER
        }
        return parsed
      }),
  )
}

function wholeNumber(name: string, fallback: number, { min = 1, max = 1_000_000 } = {}) {
  return variable(
    fallback,
    (value) => (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : undefined),
    (value) => `${name}: "${value}" is not a whole number from ${min} to ${max}: use for example ${fallback}`,
  )
}

/** Seconds, decimals allowed (tests use fractions of a second); answers milliseconds. */
function seconds(name: string, fallback: number, max: number) {
  return variable(
    fallback * 1000,
    (value) => (/^\d+(\.\d+)?$/.test(value) && Number(value) > 0 && Number(value) <= max ? Math.round(Number(value) * 1000) : undefined),
    (value) => `${name}: "${value}" is not a number of seconds above 0 and up to ${max}: use for example ${fallback}`,
  )
}

/** An absolute http(s) address without a trailing slash, query or fragment. */
export function parseSiteUrl(value: string): string | undefined {
  try {
    const url = new URL(value)
    if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) return undefined
    return url.href.replace(/\/$/, '')
  } catch {
    return undefined
  }
}

const siteUrl = variable(
  undefined,
  parseSiteUrl,
  (value) => `SITE_URL: "${value}" is not a web address: use the public address of the site, like https://familyhubs.example.gov.uk`,
)

// "Nearest Family Hub": any postcodes.io-compatible API; a council can run its own copy.
const postcodesApiUrl = variable(
  'https://api.postcodes.io',
  parseSiteUrl,
  (value) => `POSTCODES_API_URL: "${value}" is not a web address: use the address of a postcodes.io-compatible API, like https://api.postcodes.io`,
)

const databaseUrl = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .optional()
    .refine((value) => value === undefined || /^postgres(?:ql)?:\/\/[^\s]+$/.test(value), {
      // Never echo the value: it usually holds a password.
      message: 'DATABASE_URL: is not a PostgreSQL address: use postgres://user:password@host:5432/database, or leave it unset to use SQLite',
    }),
)

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/

/**
 * TRUSTED_PROXIES: which proxies in front of the site to believe about the client's address.
 * Unset or 0: none (the client is the socket's address, X-Forwarded-For is ignored).
 * A number N: the N nearest hops are proxies. A comma-separated list of addresses or CIDR
 * ranges (IPv4 or IPv6): hops whose address is in the list are proxies.
 */
export type TrustedProxies = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; ranges: string[] }

function isAddressOrRange(entry: string): boolean {
  const [address, bits, extra] = entry.split('/')
  if (extra !== undefined || !address) return false
  const v4 = IPV4.test(address)
  const v6 = !v4 && /^[0-9a-f:.]+$/i.test(address) && address.includes(':')
  if (!v4 && !v6) return false
  if (bits === undefined) return true
  const n = Number(bits)
  return /^\d+$/.test(bits) && n <= (v4 ? 32 : 128)
}

const trustedProxies = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .optional()
    .transform((value, context): TrustedProxies => {
      if (value === undefined || value === '0') return { kind: 'none' }
      if (/^\d+$/.test(value)) {
        const hops = Number(value)
        if (hops <= 10) return { kind: 'hops', hops }
      }
      const ranges = value.split(',').map((entry) => entry.trim()).filter(Boolean)
      const wrong = ranges.filter((entry) => !isAddressOrRange(entry))
      if (ranges.length === 0 || wrong.length > 0 || /^\d+$/.test(value)) {
        context.addIssue({
          code: 'custom',
          message: `TRUSTED_PROXIES: "${wrong[0] ?? value}" is not a hop count (0 to 10) or an address or CIDR range: use for example 1, or 10.0.0.0/8,127.0.0.1`,
        })
        return z.NEVER
      }
      return { kind: 'list', ranges }
    }),
)

const optionalText = z.preprocess(blankToUndefined, z.string().optional())

/** How many server processes `npm start` runs; undefined (unset) means one per core. */
const webConcurrency = variable(
  undefined,
  (value) => (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 64 ? Number(value) : undefined),
  (value) => `WEB_CONCURRENCY: "${value}" is not a number of server processes from 1 to 64: use for example 2, or leave it unset for one per core`,
)

const schema = z
  .object({
    HOST: z.preprocess(blankToUndefined, z.string().trim().default('127.0.0.1')),
    PORT: wholeNumber('PORT', 3000, { min: 1, max: 65_535 }),
    SITE_URL: siteUrl,
    DATABASE_URL: databaseUrl,
    POSTCODES_API_URL: postcodesApiUrl,
    POSTCODE_LOOKUPS_PER_MINUTE: wholeNumber('POSTCODE_LOOKUPS_PER_MINUTE', 300),
    FEEDBACK_DB_PATH: optionalText,
    ADMIN_USERNAME: optionalText,
    ADMIN_PASSWORD: optionalText,
    FEEDBACK_RATE_LIMIT: wholeNumber('FEEDBACK_RATE_LIMIT', 10),
    FEEDBACK_SITE_RATE_LIMIT: wholeNumber('FEEDBACK_SITE_RATE_LIMIT', 600),
    FEEDBACK_ADMIN_MAX_FAILURES: wholeNumber('FEEDBACK_ADMIN_MAX_FAILURES', 5),
    FEEDBACK_ADMIN_SITE_MAX_FAILURES: wholeNumber('FEEDBACK_ADMIN_SITE_MAX_FAILURES', 100),
    TRUSTED_PROXIES: trustedProxies,
    REQUEST_HEADERS_TIMEOUT_SECONDS: seconds('REQUEST_HEADERS_TIMEOUT_SECONDS', 10, 600),
    REQUEST_TIMEOUT_SECONDS: seconds('REQUEST_TIMEOUT_SECONDS', 30, 3600),
    DATABASE_TIMEOUT_SECONDS: seconds('DATABASE_TIMEOUT_SECONDS', 5, 600),
    PAGE_CACHE_MB: wholeNumber('PAGE_CACHE_MB', 32, { min: 0, max: 4096 }),
    // Search answers are kept in memory only, and for a few minutes at most (the privacy notice says so).
    SEARCH_CACHE_SECONDS: wholeNumber('SEARCH_CACHE_SECONDS', 60, { min: 0, max: 300 }),
    SEARCH_CACHE_MB: wholeNumber('SEARCH_CACHE_MB', 16, { min: 1, max: 1024 }),
    WEB_CONCURRENCY: webConcurrency,
    // lib/server/heap.ts: why each server process's heap is capped, and docs/deploy.md the figures.
    SERVER_HEAP_MB: wholeNumber('SERVER_HEAP_MB', 256, { min: 128, max: 16_384 }),
    NEXT_DIST_DIR: z.preprocess(blankToUndefined, z.string().default('.next')),
    // Only the end-to-end tests set it: /test-fault then fails on purpose (a real 500; lib/security/test-fault.ts).
    TEST_FAULTS: z.preprocess(blankToUndefined, z.enum(['1'], { error: 'TEST_FAULTS: must be 1 or unset (only tests set it)' }).optional()),
  })

/** Rules across variables, checked even when single variables are wrong too. */
function crossFieldProblems(env: Env, parsed: Partial<z.infer<typeof schema>>): string[] {
  const problems: string[] = []
  const user = env.ADMIN_USERNAME?.trim()
  const password = env.ADMIN_PASSWORD?.trim()
  if (Boolean(user) !== Boolean(password)) {
    const missing = user ? 'ADMIN_PASSWORD' : 'ADMIN_USERNAME'
    problems.push(`${missing}: is not set: set both ADMIN_USERNAME and ADMIN_PASSWORD to open /admin/feedback, or neither to keep it closed`)
  }
  const { REQUEST_HEADERS_TIMEOUT_SECONDS: headers, REQUEST_TIMEOUT_SECONDS: whole } = parsed
  if (headers !== undefined && whole !== undefined && headers > whole) {
    problems.push('REQUEST_HEADERS_TIMEOUT_SECONDS: is longer than REQUEST_TIMEOUT_SECONDS: make it shorter')
  }
  return problems
}

export type SiteEnv = z.infer<typeof schema>

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The environment is not right:\n${problems.map((problem) => `  ${problem}`).join('\n')}`)
    this.name = 'EnvError'
  }
}

/** One message per wrong variable, each naming the variable and the fix. */
export function parseEnv(env: Env = process.env): SiteEnv {
  const result = schema.safeParse(env)
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '')
        return issue.message.startsWith(`${name}:`) || !name ? issue.message : `${name}: ${issue.message}`
      })
  problems.push(...crossFieldProblems(env, result.success ? result.data : {}))
  if (result.success && problems.length === 0) return result.data
  throw new EnvError([...new Set(problems)])
}

let cached: SiteEnv | undefined

/** The process's settings, parsed on first use (the server has already checked them at start). */
export function siteEnv(): SiteEnv {
  cached ??= parseEnv()
  return cached
}

/** For the server's entry points: a wrong environment stops the start with its lines, exit code 1. */
export function parseEnvOrExit(): SiteEnv {
  try {
    return parseEnv()
  } catch (error) {
    if (!(error instanceof EnvError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}
