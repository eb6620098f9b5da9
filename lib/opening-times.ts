// Whether a hub or service is open, worked out in Europe/London time (so British Summer Time
// is included) from the opening times and closed dates in its content. Used on the server for
// the page as built and in the browser for the moment it is read, so it imports only constants.
import { type Day } from '@/lib/content/enums'
import { weekdayOfDate } from '@/lib/content/weekday'
import type { TextKey } from '@/lib/i18n/catalogue'
import type { Words } from '@/lib/i18n/words'

type Weekday = Day

export type OpeningTime = { day: Weekday; opens: string; closes: string }

/** A moment as a clock in London reads it. */
export type LondonClock = { date: string; day: Weekday; minutes: number }

export type OpeningStatus =
  | { open: true; closes: string }
  | { open: false; next?: { date: string; day: Weekday; opens: string; daysAhead: number } }

/** How far ahead to look for the next opening: past this, "closed" is all there is to say. */
const LOOK_AHEAD_DAYS = 28

/**
 * 01:00 UTC on the last Sunday of a month (0-based): when British Summer Time starts (March) or
 * ends (October), the rule since 1996 (the Summer Time Order, in step with the EU).
 */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0))
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1)
}

/**
 * Minutes London is ahead of UTC at an instant: 60 in British Summer Time, otherwise 0.
 * Worked out from the rule, not with Intl's time zones: the first Intl formatter with a time zone
 * loads the browser's time zone data, 40 to 60 ms of main thread on a fast machine and four times
 * that on a phone, which was the whole of the site script's cost on a page with opening times.
 * tests/unit/opening-times.test.ts checks the rule against Intl's Europe/London, so a
 * change in the law shows as a failing test when Node's time zone data learns of it.
 */
export function londonOffsetMinutes(instant: Date): number {
  const time = instant.getTime()
  const year = instant.getUTCFullYear()
  return time >= lastSundayAtOneUtc(year, 2) && time < lastSundayAtOneUtc(year, 9) ? 60 : 0
}

export function londonClock(instant: Date): LondonClock {
  const local = new Date(instant.getTime() + londonOffsetMinutes(instant) * 60_000)
  const date = local.toISOString().slice(0, 10)
  return { date, day: weekdayOf(date), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() }
}

/** The weekday of a calendar date (YYYY-MM-DD), whatever the time zone. */
export const weekdayOf: (date: string) => Weekday = weekdayOfDate

function addDays(date: string, days: number): string {
  const next = new Date(`${date}T12:00:00Z`)
  next.setUTCDate(next.getUTCDate() + days)
  return next.toISOString().slice(0, 10)
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/**
 * When an open span really closes: a day may have several spans, and one that starts as another
 * ends (09:00-12:00 then 12:00-16:30) is one stretch of opening to a family at the door.
 */
function closingTime(today: readonly OpeningTime[], current: OpeningTime): string {
  let closes = current.closes
  for (const time of [...today].sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))) {
    if (time.opens === closes) closes = time.closes
  }
  return closes
}

export function openingStatus(times: readonly OpeningTime[], closedDates: readonly string[], instant: Date): OpeningStatus {
  const now = londonClock(instant)
  const closed = new Set(closedDates)
  const today = closed.has(now.date) ? [] : times.filter((time) => time.day === now.day)
  const current = today.find((time) => minutesOf(time.opens) <= now.minutes && now.minutes < minutesOf(time.closes))
  if (current) return { open: true, closes: closingTime(today, current) }
  for (let daysAhead = 0; daysAhead <= LOOK_AHEAD_DAYS; daysAhead++) {
    const date = addDays(now.date, daysAhead)
    if (closed.has(date)) continue
    const day = weekdayOf(date)
    const opening = times
      .filter((time) => time.day === day && (daysAhead > 0 || minutesOf(time.opens) > now.minutes))
      .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))[0]
    if (opening) return { open: false, next: { date, day, opens: opening.opens, daysAhead } }
  }
  return { open: false }
}

/** "9am", "5:30pm", "midday", "midnight": the GOV.UK style for times, in the language's words. */
export function clockText(words: Words, time: string): string {
  const minutes = minutesOf(time)
  if (minutes === 12 * 60) return words.t('time.midday')
  if (minutes === 0) return words.t('time.midnight')
  const hour = Math.floor(minutes / 60)
  const minute = minutes % 60
  const hour12 = hour % 12 === 0 ? 12 : hour % 12
  const clock = `${hour12}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`}`
  return words.t(hour < 12 ? 'time.am' : 'time.pm', { time: clock })
}

/** "Friday 25 December 2026". */
export function dateText(words: Words, date: string): string {
  return words.t('date.dayAndDate', { day: words.dayName(weekdayOf(date)), date: words.date(date) })
}

/** "At 2:15pm on Monday": the moment a page was made, for a line that is true only then. */
export function momentText(words: Words, instant: Date): string {
  const clock = londonClock(instant)
  const time = `${String(Math.floor(clock.minutes / 60)).padStart(2, '0')}:${String(clock.minutes % 60).padStart(2, '0')}`
  return words.t('time.atMoment', { time: clockText(words, time), day: words.dayName(clock.day) })
}

function nextOpening(words: Words, next: NonNullable<Extract<OpeningStatus, { open: false }>['next']>): string {
  const time = clockText(words, next.opens)
  if (next.daysAhead === 0) return words.t('openingTimes.opensToday', { time })
  if (next.daysAhead === 1) return words.t('openingTimes.opensTomorrow', { time })
  if (next.daysAhead < 7) return words.t('openingTimes.opensDay', { day: words.dayName(next.day), time })
  return words.t('openingTimes.opensDate', { date: dateText(words, next.date), time })
}

/** The messages statusNow uses: the server writes them into the page for the site script. */
export const STATUS_NOW_KEYS = [
  'time.midday',
  'time.midnight',
  'time.am',
  'time.pm',
  'date.dayAndDate',
  'openingTimes.openNow',
  'openingTimes.closedNow',
  'openingTimes.closedNowOpens',
  'openingTimes.opensToday',
  'openingTimes.opensTomorrow',
  'openingTimes.opensDay',
  'openingTimes.opensDate',
] as const satisfies readonly TextKey[]

/** "Open now, closes at 5pm" or "Closed now, opens Monday at 9am". */
export function statusNow(words: Words, status: OpeningStatus): string {
  if (status.open) return words.t('openingTimes.openNow', { time: clockText(words, status.closes) })
  return status.next ? words.t('openingTimes.closedNowOpens', { opens: nextOpening(words, status.next) }) : words.t('openingTimes.closedNow')
}

/**
 * The same, true of the moment the page was made rather than of "now": what a reader without
 * JavaScript sees on a page that may have been kept in a cache for a while.
 * "At 2:15pm on Monday: open, closes at 5pm".
 */
export function statusAt(words: Words, status: OpeningStatus, instant: Date): string {
  const at = momentText(words, instant)
  if (status.open) return words.t('openingTimes.atOpen', { at, time: clockText(words, status.closes) })
  return status.next ? words.t('openingTimes.atClosedOpens', { at, opens: nextOpening(words, status.next) }) : words.t('openingTimes.atClosed', { at })
}
