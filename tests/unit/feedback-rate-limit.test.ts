import { describe, expect, it } from 'vitest'
import { RateLimiter, clientKey, limitFromEnv } from '@/lib/feedback/rate-limit'

describe('RateLimiter', () => {
  it('allows the limit, then refuses until the window ends', () => {
    const limiter = new RateLimiter(10, 60_000)
    const start = 1_000_000
    for (let i = 0; i < 10; i++) expect(limiter.hit('a', start + i)).toEqual({ allowed: true })
    expect(limiter.hit('a', start + 10)).toEqual({ allowed: false, retryAfterSeconds: 60 })
    expect(limiter.hit('a', start + 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 })
    expect(limiter.hit('a', start + 60_000)).toEqual({ allowed: true })
  })

  it('counts each client separately', () => {
    const limiter = new RateLimiter(1, 60_000)
    expect(limiter.hit('a', 0).allowed).toBe(true)
    expect(limiter.hit('a', 1).allowed).toBe(false)
    expect(limiter.hit('b', 1).allowed).toBe(true)
  })

  it('check() looks without counting', () => {
    const limiter = new RateLimiter(2, 1000)
    expect(limiter.check('a', 0).allowed).toBe(true)
    limiter.hit('a', 0)
    expect(limiter.check('a', 0).allowed).toBe(true)
    limiter.hit('a', 0)
    expect(limiter.check('a', 0)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    limiter.reset('a')
    expect(limiter.check('a', 0).allowed).toBe(true)
  })

  it('stays bounded however many clients come', () => {
    const limiter = new RateLimiter(5, 60_000, 100)
    for (let i = 0; i < 1000; i++) limiter.hit(`client-${i}`, i)
    expect(limiter.size).toBeLessThanOrEqual(100)
  })
})

describe('clientKey', () => {
  const key = (headers: Record<string, string>) => clientKey(new Headers(headers))

  it('never contains the address', () => {
    const value = key({ 'x-forwarded-for': '203.0.113.7' })
    expect(value).not.toContain('203')
    expect(value).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })

  it('is stable for one address and differs between addresses', () => {
    expect(key({ 'x-forwarded-for': '203.0.113.7' })).toBe(key({ 'x-forwarded-for': '203.0.113.7' }))
    expect(key({ 'x-forwarded-for': '203.0.113.7' })).not.toBe(key({ 'x-forwarded-for': '203.0.113.8' }))
  })

  it('uses the nearest proxy’s entry (the last one), which a client cannot choose', () => {
    expect(key({ 'x-forwarded-for': 'spoofed, 203.0.113.7' })).toBe(key({ 'x-forwarded-for': '203.0.113.7' }))
  })

  it('falls back to X-Real-IP, then to one shared bucket', () => {
    expect(key({ 'x-real-ip': '198.51.100.1' })).toBe(key({ 'x-forwarded-for': '198.51.100.1' }))
    expect(key({})).toBe(key({}))
  })
})

describe('limitFromEnv', () => {
  it('reads positive whole numbers only', () => {
    expect(limitFromEnv('100000', 10)).toBe(100000)
    expect(limitFromEnv(undefined, 10)).toBe(10)
    expect(limitFromEnv('0', 10)).toBe(10)
    expect(limitFromEnv('-3', 10)).toBe(10)
    expect(limitFromEnv('ten', 10)).toBe(10)
    expect(limitFromEnv('2.5', 10)).toBe(10)
  })
})
