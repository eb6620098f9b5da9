import { describe, expect, it } from 'vitest'
import { EnvError, parseEnv } from '@/lib/env'

function problems(env: Record<string, string>): string[] {
  try {
    parseEnv(env)
  } catch (error) {
    if (error instanceof EnvError) return error.problems
    throw error
  }
  return []
}

describe('environment variables', () => {
  it('has working defaults for everything', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({
      HOST: '127.0.0.1',
      PORT: 3000,
      FEEDBACK_RATE_LIMIT: 10,
      FEEDBACK_SITE_RATE_LIMIT: 600,
      FEEDBACK_ADMIN_MAX_FAILURES: 5,
      FEEDBACK_ADMIN_SITE_MAX_FAILURES: 100,
      TRUSTED_PROXIES: { kind: 'none' },
      REQUEST_HEADERS_TIMEOUT_SECONDS: 10_000,
      REQUEST_TIMEOUT_SECONDS: 30_000,
      DATABASE_TIMEOUT_SECONDS: 5_000,
      POSTCODE_LOOKUPS_PER_MINUTE: 300,
    })
    expect(env.SITE_URL).toBeUndefined()
    expect(env.DATABASE_URL).toBeUndefined()
  })

  it('reads good values', () => {
    const env = parseEnv({ PORT: '8080', SITE_URL: 'https://hubs.example.gov.uk/', TRUSTED_PROXIES: '2', REQUEST_TIMEOUT_SECONDS: '0.5', REQUEST_HEADERS_TIMEOUT_SECONDS: '0.25' })
    expect(env.PORT).toBe(8080)
    expect(env.SITE_URL).toBe('https://hubs.example.gov.uk')
    expect(env.TRUSTED_PROXIES).toEqual({ kind: 'hops', hops: 2 })
    expect(env.REQUEST_TIMEOUT_SECONDS).toBe(500)
    expect(parseEnv({ TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,::1' }).TRUSTED_PROXIES).toEqual({ kind: 'list', ranges: ['10.0.0.0/8', '127.0.0.1', '::1'] })
    expect(parseEnv({ TRUSTED_PROXIES: '0' }).TRUSTED_PROXIES).toEqual({ kind: 'none' })
  })

  it('gives one message per wrong variable, naming it and the fix', () => {
    const found = problems({
      PORT: 'eighty',
      SITE_URL: 'hubs.example',
      DATABASE_URL: 'mysql://root:secret@db/x',
      FEEDBACK_RATE_LIMIT: '0',
      TRUSTED_PROXIES: '10.0.0.0/99',
      ADMIN_PASSWORD: 'x',
      REQUEST_TIMEOUT_SECONDS: 'soon',
      POSTCODE_LOOKUPS_PER_MINUTE: 'lots',
    })
    expect(found).toHaveLength(8)
    expect(found).toContain('POSTCODE_LOOKUPS_PER_MINUTE: "lots" is not a whole number from 1 to 1000000: use for example 300')
    expect(found).toContain('PORT: "eighty" is not a whole number from 1 to 65535: use for example 3000')
    expect(found.find((line) => line.startsWith('SITE_URL:'))).toMatch(/is not a web address: use .*https:\/\//)
    expect(found.find((line) => line.startsWith('TRUSTED_PROXIES:'))).toContain('"10.0.0.0/99"')
    expect(found.find((line) => line.startsWith('ADMIN_USERNAME:'))).toContain('set both ADMIN_USERNAME and ADMIN_PASSWORD')
    expect(found.find((line) => line.startsWith('REQUEST_TIMEOUT_SECONDS:'))).toContain('"soon"')
    // A database address usually carries a password: the message must not repeat it.
    const database = found.find((line) => line.startsWith('DATABASE_URL:'))
    expect(database).toContain('postgres://')
    expect(database).not.toContain('secret')
  })

  it('keeps search answers in memory for a minute by default, and never for more than five', () => {
    expect(parseEnv({}).SEARCH_CACHE_SECONDS).toBe(60)
    expect(parseEnv({ SEARCH_CACHE_SECONDS: '0' }).SEARCH_CACHE_SECONDS).toBe(0)
    expect(problems({ SEARCH_CACHE_SECONDS: '3600' })).toEqual(['SEARCH_CACHE_SECONDS: "3600" is not a whole number from 0 to 300: use for example 60'])
  })

  it('checks timeouts against each other', () => {
    expect(problems({ REQUEST_HEADERS_TIMEOUT_SECONDS: '60', REQUEST_TIMEOUT_SECONDS: '30' })).toEqual(['REQUEST_HEADERS_TIMEOUT_SECONDS: is longer than REQUEST_TIMEOUT_SECONDS: make it shorter'])
  })

  it('refuses a site address with a query, or not http(s)', () => {
    expect(problems({ SITE_URL: 'ftp://x.example' })).toHaveLength(1)
    expect(problems({ SITE_URL: 'https://x.example/?a=1' })).toHaveLength(1)
  })
})
