import { BlockList, isIP } from 'node:net'
import type { TrustedProxies } from '@/lib/env'

// Who is the client? Only the socket's peer is a fact; X-Forwarded-For is whatever the client
// and the proxies in between wrote. Each proxy appends the address it saw, so the list is read
// from the right, and only as far as the hops the operator says are their own proxies.

/** "::ffff:203.0.113.7" (an IPv4 client on a dual-stack socket) is 203.0.113.7. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\]$/, '$1')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed)
  return (mapped?.[1] ?? trimmed).toLowerCase()
}

export type ProxyTrust = (address: string, hopIndex: number) => boolean

/** A test for "is this hop one of our proxies", from the TRUSTED_PROXIES setting. */
export function proxyTrust(setting: TrustedProxies): ProxyTrust {
  if (setting.kind === 'none') return () => false
  if (setting.kind === 'hops') return (_address, hopIndex) => hopIndex < setting.hops
  const list = new BlockList()
  for (const range of setting.ranges) {
    const [address = '', bits] = range.split('/')
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (bits === undefined) list.addAddress(address, family)
    else list.addSubnet(address, Number(bits), family)
  }
  return (address) => {
    const family = isIP(address)
    return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4')
  }
}

/**
 * The client's address: walking from the socket's peer leftwards through X-Forwarded-For, the
 * first hop that is not a trusted proxy. With no trusted proxies it is the socket's peer.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: ProxyTrust): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')
  const chain = [
    ...header
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map(normaliseAddress),
    normaliseAddress(socketAddress ?? 'unknown'),
  ]
  // chain[last] is the socket's peer: hop 0.
  for (let hop = 0; hop < chain.length; hop++) {
    const address = chain[chain.length - 1 - hop] ?? 'unknown'
    if (!trust(address, hop)) return address
  }
  // Every hop was a proxy: the furthest one is as close to the client as we can know.
  return chain[0] ?? 'unknown'
}

/**
 * What rate limits count by: an IPv4 address, or an IPv6 address's /64 network (one household or
 * phone usually gets a whole /64, so counting single IPv6 addresses would let one client rotate).
 */
export function rateLimitSubject(address: string): string {
  if (isIP(address) !== 6) return address
  const [head = '', tail = ''] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((group) => (Number.parseInt(group || '0', 16) || 0).toString(16))
    .join(':')}::/64`
}
