import { describe, expect, it } from 'vitest'
import { ENGLISH_WORDS as words } from '@/tests/support/words'
import { clockText, dateText, londonClock, openingStatus, statusAt, statusNow, type OpeningTime } from '@/lib/opening-times'

// A hub open on weekdays and on Saturday mornings, as its content would list it.
const TIMES: OpeningTime[] = [
  { day: 'monday', opens: '09:00', closes: '17:00' },
  { day: 'tuesday', opens: '09:00', closes: '17:00' },
  { day: 'wednesday', opens: '09:00', closes: '17:00' },
  { day: 'thursday', opens: '09:00', closes: '17:00' },
  { day: 'friday', opens: '09:00', closes: '16:30' },
  { day: 'saturday', opens: '10:00', closes: '12:00' },
]
const at = (utc: string) => new Date(utc)
const now = (utc: string, closed: string[] = []) => statusNow(words, openingStatus(TIMES, closed, at(utc)))

describe('open now, in London time', () => {
  it('says when an open place closes, and when a closed one opens next', () => {
    expect(now('2026-12-07T10:00:00Z')).toBe('Open now, closes at 5pm')
    expect(now('2026-12-07T08:30:00Z')).toBe('Closed now, opens today at 9am')
    expect(now('2026-12-07T17:00:00Z')).toBe('Closed now, opens tomorrow at 9am')
    expect(now('2026-12-11T15:00:00Z')).toBe('Open now, closes at 4:30pm')
    expect(now('2026-12-12T12:00:00Z')).toBe('Closed now, opens Monday at 9am')
    expect(now('2026-12-13T11:00:00Z')).toBe('Closed now, opens tomorrow at 9am')
  })

  it('counts British Summer Time: 08:30 UTC is 9:30am in July, so the hub is open', () => {
    expect(londonClock(at('2026-07-06T08:30:00Z'))).toEqual({ date: '2026-07-06', day: 'monday', minutes: 9 * 60 + 30 })
    expect(now('2026-07-06T08:30:00Z')).toBe('Open now, closes at 5pm')
    expect(now('2026-07-06T16:30:00Z')).toBe('Closed now, opens tomorrow at 9am')
  })

  it('changes over with the clocks in spring (28 March 2027) and autumn (25 October 2026)', () => {
    // Friday before the clocks go back: still BST, 08:30 UTC is 9:30am.
    expect(now('2026-10-23T08:30:00Z')).toBe('Open now, closes at 4:30pm')
    // The Sunday itself: 00:30 UTC is 1:30am BST, 01:30 UTC is 1:30am GMT, the same date.
    expect(londonClock(at('2026-10-25T00:30:00Z'))).toEqual({ date: '2026-10-25', day: 'sunday', minutes: 90 })
    expect(londonClock(at('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', day: 'sunday', minutes: 90 })
    // The Monday after: GMT, 08:30 UTC is 8:30am.
    expect(now('2026-10-26T08:30:00Z')).toBe('Closed now, opens today at 9am')
    // Spring: Friday before, GMT; Monday after, BST.
    expect(now('2027-03-26T08:30:00Z')).toBe('Closed now, opens today at 9am')
    expect(londonClock(at('2027-03-28T01:30:00Z'))).toEqual({ date: '2027-03-28', day: 'sunday', minutes: 2 * 60 + 30 })
    expect(now('2027-03-29T08:30:00Z')).toBe('Open now, closes at 5pm')
  })

  it('is closed on a closed date (a bank holiday), and says which day it opens again', () => {
    const christmas = ['2026-12-25']
    expect(now('2026-12-25T10:00:00Z', christmas)).toBe('Closed now, opens tomorrow at 10am')
    expect(now('2026-12-24T18:00:00Z', christmas)).toBe('Closed now, opens Saturday at 10am')
    // Closed over the holidays: the next opening is more than a week away, so it has a date.
    const holidays = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']
    expect(now('2026-12-19T13:00:00Z', holidays)).toBe('Closed now, opens on Monday 4 January 2027 at 9am')
  })

  it('with no opening times in the next four weeks, says only that it is closed', () => {
    expect(statusNow(words, openingStatus([], [], at('2026-12-07T10:00:00Z')))).toBe('Closed now')
  })

  it('with two spans on one day, closes for lunch and opens again, and spans that meet are one', () => {
    const split: OpeningTime[] = [
      { day: 'monday', opens: '13:00', closes: '16:30' },
      { day: 'monday', opens: '09:00', closes: '12:00' },
      { day: 'tuesday', opens: '09:00', closes: '12:00' },
      { day: 'tuesday', opens: '12:00', closes: '15:00' },
    ]
    const status = (utc: string) => statusNow(words, openingStatus(split, [], at(utc)))
    expect(status('2026-12-07T10:00:00Z')).toBe('Open now, closes at midday')
    expect(status('2026-12-07T12:30:00Z')).toBe('Closed now, opens today at 1pm')
    expect(status('2026-12-07T14:00:00Z')).toBe('Open now, closes at 4:30pm')
    expect(status('2026-12-07T17:00:00Z')).toBe('Closed now, opens tomorrow at 9am')
    expect(status('2026-12-08T10:00:00Z')).toBe('Open now, closes at 3pm')
  })

  it('the no-JavaScript answer says which moment it is true of', () => {
    expect(statusAt(words, openingStatus(TIMES, [], at('2026-07-06T13:15:00Z')), at('2026-07-06T13:15:00Z'))).toBe('At 2:15pm on Monday: open, closes at 5pm')
    expect(statusAt(words, openingStatus(TIMES, [], at('2026-12-12T12:00:00Z')), at('2026-12-12T12:00:00Z'))).toBe('At midday on Saturday: closed, opens Monday at 9am')
  })
})

describe('times and dates in words', () => {
  it('writes times the GOV.UK way', () => {
    expect(['09:00', '17:30', '12:00', '00:00', '12:30', '00:30', '23:05'].map((time) => clockText(words, time))).toEqual(['9am', '5:30pm', 'midday', 'midnight', '12:30pm', '12:30am', '11:05pm'])
  })
  it('writes dates in full', () => {
    expect(dateText(words, '2026-12-25')).toBe('Friday 25 December 2026')
  })
})

describe('London time without Intl time zones (the browser script loads no time zone data)', () => {
  const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const byIntl = (instant: Date) => {
    const parts = Object.fromEntries(intl.formatToParts(instant).map((part) => [part.type, part.value]))
    return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) }
  }
  const ours = (instant: Date) => {
    const { date, minutes } = londonClock(instant)
    return { date, minutes }
  }

  it('agrees with Europe/London hour by hour, 2026 to 2030', () => {
    const wrong: string[] = []
    for (let time = Date.UTC(2026, 0, 1); time < Date.UTC(2031, 0, 1); time += 3_600_000) {
      const instant = new Date(time)
      if (JSON.stringify(ours(instant)) !== JSON.stringify(byIntl(instant))) wrong.push(instant.toISOString())
    }
    expect(wrong).toEqual([])
  })

  it('agrees every quarter of an hour around every change of the clocks, 1996 to 2099', () => {
    const wrong: string[] = []
    for (let year = 1996; year < 2100; year++) {
      for (const month of [2, 9]) {
        // The last Sunday of a month falls on the 25th to the 31st: each of those days, 23:00 the
        // day before to 03:00 UTC.
        for (let day = 25; day <= 31; day++) {
          for (let minute = -60; minute <= 180; minute += 15) {
            const instant = new Date(Date.UTC(year, month, day, 0, minute))
            if (JSON.stringify(ours(instant)) !== JSON.stringify(byIntl(instant))) wrong.push(instant.toISOString())
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('turns the clocks at 01:00 UTC on the last Sunday of March and of October', () => {
    expect(londonClock(at('2027-03-28T00:59:00Z'))).toMatchObject({ date: '2027-03-28', minutes: 59 })
    expect(londonClock(at('2027-03-28T01:00:00Z'))).toMatchObject({ date: '2027-03-28', minutes: 2 * 60 })
    expect(londonClock(at('2027-10-31T00:59:00Z'))).toMatchObject({ date: '2027-10-31', minutes: 60 + 59 })
    expect(londonClock(at('2027-10-31T01:00:00Z'))).toMatchObject({ date: '2027-10-31', minutes: 60 })
    expect(londonClock(at('2027-07-01T23:30:00Z'))).toMatchObject({ date: '2027-07-02', day: 'friday', minutes: 30 })
  })
})
