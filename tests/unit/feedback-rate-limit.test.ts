import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { clientKey, memoryLimiter } from '@/lib/feedback/rate-limit'

describe('Limiter (rate-limiter-flexible, in memory)', () => {
  it('allows the limit, then refuses with the time left in the window', async () => {
    const limiter = memoryLimiter(10, 60_000)
    for (let i = 0; i < 10; i++) expect((await limiter.hit('a')).allowed).toBe(true)
    const refused = await limiter.hit('a')
    expect(refused.allowed).toBe(false)
    expect(!refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(55)
  })

  it('counts each client separately', async () => {
    const limiter = memoryLimiter(1, 60_000)
    expect((await limiter.hit('a')).allowed).toBe(true)
    expect((await limiter.hit('a')).allowed).toBe(false)
    expect((await limiter.hit('b')).allowed).toBe(true)
  })

  it('check() looks without counting; reset() forgets', async () => {
    const limiter = memoryLimiter(2, 1000)
    expect((await limiter.check('a')).allowed).toBe(true)
    await limiter.hit('a')
    expect((await limiter.check('a')).allowed).toBe(true)
    await limiter.hit('a')
    expect(await limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 1 })
    await limiter.reset('a')
    expect((await limiter.check('a')).allowed).toBe(true)
  })

  it('refund() gives a counted event back', async () => {
    const limiter = memoryLimiter(1, 60_000)
    const counted = await limiter.hit('a')
    if (!counted.allowed) throw new Error('the first event is within the limit')
    await limiter.refund('a', counted)
    expect((await limiter.hit('a')).allowed).toBe(true)
    expect((await limiter.hit('a')).allowed).toBe(false)
  })

  it('refund() after the window has passed gives nothing extra in the next one', async () => {
    const limiter = memoryLimiter(1, 1000)
    const counted = await limiter.hit('a')
    if (!counted.allowed) throw new Error('the first event is within the limit')
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await limiter.refund('a', counted)
    expect((await limiter.hit('a')).allowed).toBe(true)
    expect((await limiter.hit('a')).allowed).toBe(false)
  })

  it('starts again when the window has passed', async () => {
    const limiter = memoryLimiter(1, 1000)
    await limiter.hit('a')
    expect((await limiter.hit('a')).allowed).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await limiter.hit('a')).allowed).toBe(true)
  })
})

describe('clientKey', () => {
  const secret = randomBytes(32)
  const key = (headers: Record<string, string>, withSecret = secret) => clientKey(new Headers(headers), withSecret)

  it('never contains the address', () => {
    const value = key({ 'x-forwarded-for': '203.0.113.7' })
    expect(value).not.toContain('203')
    expect(value).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })

  it('is stable for one address and secret, and differs between addresses and secrets', () => {
    expect(key({ 'x-forwarded-for': '203.0.113.7' })).toBe(key({ 'x-forwarded-for': '203.0.113.7' }))
    expect(key({ 'x-forwarded-for': '203.0.113.7' })).not.toBe(key({ 'x-forwarded-for': '203.0.113.8' }))
    expect(key({ 'x-forwarded-for': '203.0.113.7' })).not.toBe(key({ 'x-forwarded-for': '203.0.113.7' }, randomBytes(32)))
  })

  it('counts an IPv6 client by its /64', () => {
    expect(key({ 'x-forwarded-for': '2001:db8:1:2::1' })).toBe(key({ 'x-forwarded-for': '2001:db8:1:2:ffff::9' }))
    expect(key({ 'x-forwarded-for': '2001:db8:1:2::1' })).not.toBe(key({ 'x-forwarded-for': '2001:db8:1:3::1' }))
  })

  it('ignores X-Real-IP (the server drops it) and puts unknown clients in one bucket', () => {
    expect(key({ 'x-real-ip': '198.51.100.1' })).toBe(key({}))
  })
})
