import { describe, expect, it } from 'vitest'
import { formatCount } from '@/lib/number-format'

describe('formatCount', () => {
  it.each([0, 1, 7, 12, 999, 1000, 1200, 12_345, 999_999, 1_000_000, 123_456_789, -1, -45, -1200, -1_234_567])(
    'writes %d as British English does',
    (value) => expect(formatCount(value)).toBe(value.toLocaleString('en-GB')),
  )
  it('puts the limit in the feedback messages with a comma', () => expect(formatCount(1200)).toBe('1,200'))
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d, which is not a whole count', (value) => expect(() => formatCount(value)).toThrow(RangeError))
})
