import { describe, expect, it } from 'vitest'
import { ENGLISH_WORDS as words } from '@/tests/support/words'
import { howOften, runText, sessionText } from '@/lib/sessions/describe'
import { inPeriod, nextOfAll, nextRun } from '@/lib/sessions/next-run'
import { weeklyTimetable } from '@/lib/sessions/timetable'
import type { SessionSpec, Term } from '@/lib/sessions/types'

// Terms as a council lists them in site.yaml: autumn 2026 with its half-term (26-30 October), then spring 2027.
const TERMS: Term[] = [
  { from: '2026-09-03', until: '2026-10-23' },
  { from: '2026-11-02', until: '2026-12-18' },
  { from: '2027-01-05', until: '2027-02-12' },
]
const at = (utc: string) => new Date(utc)
const next = (session: SessionSpec, utc: string) => nextRun(session, TERMS, at(utc))

const tuesdaysAndThursdays: SessionSpec = { venue: 'library', days: ['thursday', 'tuesday'], opens: '09:30', closes: '11:30' }

describe('when a session next runs, in London time', () => {
  it('gives the next day it runs, and says when it is on now', () => {
    // Monday 7 December 2026, 5pm.
    expect(next(tuesdaysAndThursdays, '2026-12-07T17:00:00Z')).toEqual({ date: '2026-12-08', day: 'tuesday', opens: '09:30', closes: '11:30', now: false })
    expect(next(tuesdaysAndThursdays, '2026-12-08T10:00:00Z')).toMatchObject({ date: '2026-12-08', now: true })
    // Once it has finished on Tuesday, the next is Thursday.
    expect(next(tuesdaysAndThursdays, '2026-12-08T11:30:00Z')).toMatchObject({ date: '2026-12-10', now: false })
  })

  it('counts British Summer Time, and the clocks changing (25 October 2026, 28 March 2027)', () => {
    const fridays: SessionSpec = { days: ['friday', 'monday'], opens: '09:30', closes: '11:30' }
    // Friday 23 October, still BST: 08:45 UTC is 9:45am, so it is on.
    expect(next(fridays, '2026-10-23T08:45:00Z')).toMatchObject({ date: '2026-10-23', now: true })
    // Monday 26 October, GMT: 09:00 UTC is 9am, half an hour before it starts.
    expect(next(fridays, '2026-10-26T09:00:00Z')).toMatchObject({ date: '2026-10-26', now: false })
    // Monday 29 March 2027, BST again: 08:45 UTC is 9:45am.
    expect(next(fridays, '2027-03-29T08:45:00Z')).toMatchObject({ date: '2027-03-29', now: true })
    // Late on Saturday 27 March 2027 (GMT), the next is Monday: the Sunday the clocks go forward has no session.
    expect(next(fridays, '2027-03-27T23:30:00Z')).toMatchObject({ date: '2027-03-29', opens: '09:30' })
  })

  it('skips the half-term for term time only, and runs only in it for school holidays only', () => {
    // Friday 23 October 2026, the last day before half-term.
    expect(next({ ...tuesdaysAndThursdays, period: 'term-time' }, '2026-10-23T18:00:00Z')).toMatchObject({ date: '2026-11-03' })
    expect(next({ ...tuesdaysAndThursdays, period: 'school-holidays' }, '2026-10-23T18:00:00Z')).toMatchObject({ date: '2026-10-27' })
    expect(inPeriod({ period: 'term-time' }, '2026-10-28', TERMS)).toBe(false)
    expect(inPeriod({ period: 'term-time' }, '2026-11-02', TERMS)).toBe(true)
  })

  it('says nothing of a date the term dates do not reach, rather than guess', () => {
    expect(inPeriod({ period: 'term-time' }, '2027-03-01', TERMS)).toBeUndefined()
    // The last term ends on 12 February 2027.
    expect(next({ ...tuesdaysAndThursdays, period: 'term-time' }, '2027-02-12T18:00:00Z')).toBeUndefined()
    expect(nextRun({ ...tuesdaysAndThursdays, period: 'term-time' }, [], at('2026-12-07T17:00:00Z'))).toBeUndefined()
    // All year needs no term dates.
    expect(nextRun(tuesdaysAndThursdays, [], at('2026-12-07T17:00:00Z'))).toMatchObject({ date: '2026-12-08' })
  })

  it('finds the first and the last Monday of the month', () => {
    const lastMonday: SessionSpec = { days: ['monday'], opens: '13:00', closes: '15:00', repeats: 'monthly', weeks: ['last'] }
    const firstMonday: SessionSpec = { ...lastMonday, weeks: ['first'] }
    expect(next(lastMonday, '2026-12-07T17:00:00Z')).toMatchObject({ date: '2026-12-28' })
    // 28 December 2026 after the session: the next last Monday is 25 January 2027.
    expect(next(lastMonday, '2026-12-28T16:00:00Z')).toMatchObject({ date: '2027-01-25' })
    expect(next(firstMonday, '2026-12-08T09:00:00Z')).toMatchObject({ date: '2027-01-04' })
    expect(next({ ...lastMonday, weeks: ['first', 'third'] }, '2026-12-08T09:00:00Z')).toMatchObject({ date: '2026-12-21' })
  })

  it('counts every other week from the date it gives, not from today', () => {
    const everyOtherWednesday: SessionSpec = { days: ['wednesday'], opens: '10:00', closes: '12:00', repeats: 'every-other-week', startsOn: '2026-12-02' }
    // Monday 7 December: Wednesday 9 December is the week off.
    expect(next(everyOtherWednesday, '2026-12-07T17:00:00Z')).toMatchObject({ date: '2026-12-16' })
    expect(next(everyOtherWednesday, '2026-12-16T12:00:00Z')).toMatchObject({ date: '2026-12-30' })
    // A start date still to come is the first session.
    expect(next({ ...everyOtherWednesday, startsOn: '2027-01-13' }, '2026-12-07T17:00:00Z')).toMatchObject({ date: '2027-01-13' })
  })

  it('keeps to from and until, and has no date for a session by appointment', () => {
    expect(next({ ...tuesdaysAndThursdays, from: '2027-01-04' }, '2026-12-07T17:00:00Z')).toMatchObject({ date: '2027-01-05' })
    expect(next({ ...tuesdaysAndThursdays, until: '2026-12-08' }, '2026-12-08T12:00:00Z')).toBeUndefined()
    expect(next({ byAppointment: true, venue: 'library' }, '2026-12-07T17:00:00Z')).toBeUndefined()
  })

  it('picks the soonest of several sessions: two on one day', () => {
    const morning: SessionSpec = { days: ['monday'], opens: '09:00', closes: '12:00' }
    const afternoon: SessionSpec = { days: ['monday'], opens: '13:00', closes: '16:30' }
    expect(nextOfAll([afternoon, morning], TERMS, at('2026-12-07T08:00:00Z'))).toMatchObject({ opens: '09:00', session: morning })
    expect(nextOfAll([afternoon, morning], TERMS, at('2026-12-07T12:30:00Z'))).toMatchObject({ opens: '13:00', now: false })
    expect(nextOfAll([afternoon, morning], TERMS, at('2026-12-07T14:00:00Z'))).toMatchObject({ opens: '13:00', now: true })
  })
})

describe('a session in plain words', () => {
  const today = '2026-12-07'
  it('says the days, the times and what limits them', () => {
    expect(sessionText(words, { ...tuesdaysAndThursdays, period: 'term-time' }, today)).toBe('Tuesdays and Thursdays, 9:30am to 11:30am, term time only')
    expect(sessionText(words, { days: ['monday'], opens: '13:00', closes: '15:00', repeats: 'monthly', weeks: ['first'] }, today)).toBe('First Monday of the month, 1pm to 3pm')
    expect(howOften(words, { days: ['monday'], opens: '13:00', closes: '15:00', repeats: 'monthly', weeks: ['first', 'third'] })).toBe('First and third Monday of the month')
    expect(sessionText(words, { days: ['wednesday'], opens: '10:00', closes: '12:00', repeats: 'every-other-week', startsOn: '2026-12-02' }, today)).toBe('Every other Wednesday, 10am to midday')
    expect(sessionText(words, { byAppointment: true, period: 'school-holidays' }, today)).toBe('By appointment, school holidays only')
    expect(howOften(words, { days: ['friday', 'monday', 'tuesday', 'wednesday', 'thursday'], opens: '09:00', closes: '17:00' })).toBe('Monday to Friday')
    expect(howOften(words, { days: ['monday', 'wednesday', 'friday'], opens: '09:00', closes: '17:00' })).toBe('Mondays, Wednesdays and Fridays')
  })

  it('names a start still to come and an end, but not a start already past', () => {
    expect(sessionText(words, { ...tuesdaysAndThursdays, from: '2027-01-04', until: '2027-07-16' }, today)).toBe('Tuesdays and Thursdays, 9:30am to 11:30am, from 4 January 2027, until 16 July 2027')
    expect(sessionText(words, { ...tuesdaysAndThursdays, from: '2026-01-04' }, today)).toBe('Tuesdays and Thursdays, 9:30am to 11:30am')
  })

  it('says the next session by its date, or that it is on now', () => {
    expect(runText(words, { date: '2026-12-08', day: 'tuesday', opens: '09:30', closes: '11:30', now: false })).toBe('Tuesday 8 December 2026, 9:30am to 11:30am')
    expect(runText(words, { date: '2026-12-08', day: 'tuesday', opens: '09:30', closes: '11:30', now: true })).toBe('On now, until 11:30am')
  })
})

describe('a weekly timetable of one place', () => {
  it('lists each day in week order, earliest first, with what sets a session apart, and appointments apart', () => {
    const services = [
      { name: 'Stay and play', url: '/services/stay-and-play', sessions: [{ ...tuesdaysAndThursdays, period: 'term-time' as const }, { venue: 'school', days: ['monday' as const], opens: '09:00', closes: '10:00' }] },
      { name: 'Baby clinic', sessions: [{ venue: 'library', days: ['tuesday' as const], opens: '09:00', closes: '10:00', repeats: 'every-other-week' as const, startsOn: '2026-12-01' }] },
      { name: 'Money advice', sessions: [{ venue: 'library', byAppointment: true, note: 'Call to book.' }] },
    ]
    const timetable = weeklyTimetable(words, services, 'library', '2026-12-07')
    expect(timetable.days.map(({ day }) => day)).toEqual(['tuesday', 'thursday'])
    expect(timetable.days[0]?.rows.map((row) => [row.name, row.opens, row.how])).toEqual([
      ['Baby clinic', '09:00', ['Every other week']],
      ['Stay and play', '09:30', ['Term time only']],
    ])
    expect(timetable.byAppointment).toEqual([{ name: 'Money advice', url: undefined, how: [], note: 'Call to book.' }])
    expect(weeklyTimetable(words, services, 'school', '2026-12-07').days).toEqual([{ day: 'monday', rows: [{ name: 'Stay and play', url: '/services/stay-and-play', opens: '09:00', closes: '10:00', how: [], note: undefined }] }])
  })
})
