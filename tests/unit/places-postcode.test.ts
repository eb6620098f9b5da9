import { describe, expect, it } from 'vitest'
import { parsePostcodeInput } from '@/lib/places/postcode'

describe('parsePostcodeInput', () => {
  it.each([
    [' ls97bg ', 'LS9 7BG'],
    ['LS9  7BG', 'LS9 7BG'],
    ['ls18 5bl', 'LS18 5BL'],
    ['ec1a1bb', 'EC1A 1BB'],
  ])('normalises %j to %s', (input, postcode) => {
    expect(parsePostcodeInput(input)).toEqual({ kind: 'full', postcode })
  })

  it('accepts the first half of a postcode on its own', () => {
    expect(parsePostcodeInput(' ls9 ')).toEqual({ kind: 'outcode', postcode: 'LS9' })
    expect(parsePostcodeInput('ls26')).toEqual({ kind: 'outcode', postcode: 'LS26' })
  })

  it('says when nothing was typed', () => {
    expect(parsePostcodeInput('')).toEqual({ kind: 'empty' })
    expect(parsePostcodeInput('   ')).toEqual({ kind: 'empty' })
    expect(parsePostcodeInput(undefined)).toEqual({ kind: 'empty' })
  })

  it.each(['Leeds', 'LS9 7B', '12345', 'LS9 7BGG', '<script>', 'x'.repeat(500)])('rejects %j', (input) => {
    expect(parsePostcodeInput(input)).toEqual({ kind: 'invalid' })
  })
})
