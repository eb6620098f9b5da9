import { describe, expect, it } from 'vitest'
import { isDramaNumber, isUkPhone, OFCOM_DRAMA_RANGES, telHref, UK_POSTCODE } from '@/lib/content/formats'

describe('isUkPhone', () => {
  it.each(['0113 535 0185', '0113 376 0336', '0808 2000 247', '0800 1111', '999', '020 7946 0000', '07911 123456', '016977 3456'])(
    'accepts %s',
    (phone) => expect(isUkPhone(phone)).toBe(true),
  )
  it.each(['0113 535 018', '0113 535 01855', '113 535 0185', '+44 113 535 0185', '0113-535-0185', 'call 0113 535 0185', '', '0000 000 0000', '07700 900 123 4', '07700 9001234'])(
    'rejects %s',
    (phone) => expect(isUkPhone(phone)).toBe(false),
  )
  // Ofcom keeps these for drama: a demonstration site shows them and no one is rung.
  it.each(['07700 900123', '07700 900456', '07700 900000', '07700 900999', '0113 496 0000', '0113 496 0999', '0114 496 0123', '020 7946 0000', '0191 498 0999', '028 9649 6500', '029 2018 0000', '01632 960123', '08081 570000', '0909 879 0123', '03069 990000'])(
    'accepts Ofcom\'s drama number %s',
    (phone) => expect(isUkPhone(phone)).toBe(true),
  )
  it.each(['07700 901000', '07700 900 1000', '01632 961000'])('does not widen a drama range: rejects %s', (phone) => expect(isUkPhone(phone)).toBe(false))
})

describe('OFCOM_DRAMA_RANGES', () => {
  it('holds ranges of exactly 1,000 numbers, each first and last one accepted', () => {
    for (const { first, last } of OFCOM_DRAMA_RANGES) {
      const [from, to] = [first, last].map((phone) => phone.replace(/ /g, ''))
      expect(Number(to) - Number(from), first).toBe(999)
      expect(isDramaNumber(from ?? '') && isDramaNumber(to ?? ''), first).toBe(true)
    }
  })
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
