import { describe, expect, it } from 'vitest'
import { isUkPhone, telHref, UK_POSTCODE } from '@/lib/content/formats'

describe('isUkPhone', () => {
  it.each(['0113 535 0185', '0113 376 0336', '0808 2000 247', '0800 1111', '999', '020 7946 0000', '07911 123456', '016977 3456'])(
    'accepts %s',
    (phone) => expect(isUkPhone(phone)).toBe(true),
  )
  it.each(['0113 535 018', '0113 535 01855', '113 535 0185', '+44 113 535 0185', '0113-535-0185', 'call 0113 535 0185', '', '0000 000 0000', '07700 900123'])(
    'rejects %s',
    (phone) => expect(isUkPhone(phone)).toBe(false),
  )
})

describe('telHref', () => {
  it('drops the spaces so phones dial the number', () => {
    expect(telHref('0113 535 0185')).toBe('tel:01135350185')
  })
})

describe('UK_POSTCODE', () => {
  it.each(['LS11 6PF', 'LS7 4AW', 'EC1A 1BB', 'W1A 0AX'])('accepts %s', (postcode) => expect(UK_POSTCODE.test(postcode)).toBe(true))
  it.each(['ls11 6pf', 'LS116PF', 'LS11  6PF', 'LS11 6P', 'Leeds'])('rejects %s', (postcode) => expect(UK_POSTCODE.test(postcode)).toBe(false))
})
