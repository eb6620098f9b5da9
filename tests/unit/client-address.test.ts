import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'
import { proxyTrust, rateLimitSubject, resolveClientAddress } from '@/lib/security/client-address'

const trust = (value?: string) => proxyTrust(parseEnv(value === undefined ? {} : { TRUSTED_PROXIES: value }).TRUSTED_PROXIES)

describe('the client address', () => {
  it('with no trusted proxies is the socket’s peer, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('203.0.113.9', '1.2.3.4', trust())).toBe('203.0.113.9')
    expect(resolveClientAddress('::ffff:203.0.113.9', '1.2.3.4, 5.6.7.8', trust())).toBe('203.0.113.9')
    expect(resolveClientAddress('203.0.113.9', undefined, trust('0'))).toBe('203.0.113.9')
  })

  it('with a hop count believes only that many proxies, from the right', () => {
    // A client wrote "1.1.1.1"; our one proxy appended what it saw.
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7', trust('1'))).toBe('198.51.100.7')
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 198.51.100.7, 10.0.0.1', trust('2'))).toBe('198.51.100.7')
    // No header: the nearest address we have.
    expect(resolveClientAddress('10.0.0.2', undefined, trust('1'))).toBe('10.0.0.2')
  })

  it('with a list believes hops inside it, stopping at the first outsider', () => {
    const list = trust('127.0.0.1, 10.0.0.0/8')
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 198.51.100.7, 10.1.2.3', list)).toBe('198.51.100.7')
    // The peer is not one of ours: its header is ignored.
    expect(resolveClientAddress('192.0.2.50', '198.51.100.7', list)).toBe('192.0.2.50')
    expect(resolveClientAddress('::1', '2001:db8::1', trust('::1'))).toBe('2001:db8::1')
  })

  it('counts IPv6 clients by their /64, IPv4 clients by address', () => {
    expect(rateLimitSubject('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(rateLimitSubject('2001:db8:1:2::ffff')).toBe(rateLimitSubject('2001:db8:1:2:1:2:3:4'))
    expect(rateLimitSubject('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(rateLimitSubject('203.0.113.7')).toBe('203.0.113.7')
  })
})
