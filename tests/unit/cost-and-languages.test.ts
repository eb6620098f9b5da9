import { describe, expect, it } from 'vitest'
import { ENGLISH_WORDS as words } from '@/tests/support/words'
import { costLines, languageItems, pounds } from '@/lib/services/cost-and-languages'

describe('what a service costs, in words', () => {
  it('says "Free" plainly, or each price in pounds with what it is for, then who pays less and any note', () => {
    expect(costLines(words, { free: true })).toEqual(['Free'])
    expect(costLines(words, { options: [{ amount: 2, per: 'a session' }], concessions: 'Free for families who get Universal Credit.' })).toEqual(['£2 a session', 'Free for families who get Universal Credit.'])
    expect(costLines(words, { options: [{ amount: 2.5, per: 'a session' }, { amount: 35, per: 'for the course' }], note: 'You pay on the day.' })).toEqual(['£2.50 a session', '£35 for the course', 'You pay on the day.'])
    expect(costLines(words, { note: 'Ask the centre.' })).toEqual(['Ask the centre.'])
  })

  it('writes pounds the GOV.UK way: no ".00", pence to two places, thousands with a comma', () => {
    expect([pounds(2), pounds(2.5), pounds(0.75), pounds(1200)]).toEqual(['£2', '£2.50', '£0.75', '£1,200'])
  })
})

describe('the languages a service offers', () => {
  it('names each in its own words and script, with its direction, and in English', () => {
    expect(languageItems(['pl', 'ur', 'pa'])).toEqual([
      { code: 'pl', autonym: 'Polski', english: 'Polish', dir: 'ltr' },
      { code: 'ur', autonym: 'اردو', english: 'Urdu', dir: 'rtl' },
      { code: 'pa', autonym: 'ਪੰਜਾਬੀ', english: 'Punjabi', dir: 'ltr' },
    ])
    expect(languageItems(['ar'])[0]).toMatchObject({ autonym: 'العربية', dir: 'rtl' })
  })
})
