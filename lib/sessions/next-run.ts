// When a session next runs, worked out on London's calendar and clock: the dates come from an
// rrule of plain calendar days (no time zone), and times are compared as a London clock reads
// them, so a session at 9:30am is at 9:30am whether the clocks say GMT or BST.
import { RRule, type Weekday as RRuleWeekday } from 'rrule'
import type { Day, WeekOfMonth } from '@/lib/content/enums'
import { weekdayOfDate } from '@/lib/content/weekday'
import { londonClock } from '@/lib/opening-times'
import { isTimed, type SessionSpec, type Term, type TimedSession } from './types'

/** A date a session runs on, with its times. */
export type SessionRun = { date: string; day: Day; opens: string; closes: string; now: boolean }

/** How far ahead to look: past a year, a page has nothing useful to say about the next session. */
const LOOK_AHEAD_DAYS = 366

const RRULE_DAYS: Record<Day, RRuleWeekday> = {
  monday: RRule.MO,
  tuesday: RRule.TU,
  wednesday: RRule.WE,
  thursday: RRule.TH,
  friday: RRule.FR,
  saturday: RRule.SA,
  sunday: RRule.SU,
}
const NTH: Record<WeekOfMonth, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 }

// rrule works in UTC dates; a calendar date at midnight UTC stands for the London date itself.
const asUtc = (date: string) => new Date(`${date}T00:00:00Z`)
const asDate = (instant: Date) => instant.toISOString().slice(0, 10)
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

function addDays(date: string, days: number): string {
  const next = asUtc(date)
  next.setUTCDate(next.getUTCDate() + days)
  return asDate(next)
}

/** The rule for the session's dates, starting no earlier than `start`. */
function ruleFor(session: TimedSession, start: string): RRule {
  const days = session.days.map((day) => RRULE_DAYS[day])
  switch (session.repeats ?? 'weekly') {
    case 'every-other-week':
      // The fortnight is counted from startsOn (the content check requires it), not from today.
      return new RRule({ freq: RRule.WEEKLY, interval: 2, wkst: RRule.MO, byweekday: days, dtstart: asUtc(session.startsOn ?? start) })
    case 'monthly':
      return new RRule({ freq: RRule.MONTHLY, byweekday: (session.weeks ?? ['first']).flatMap((week) => days.map((day) => day.nth(NTH[week]))), dtstart: asUtc(start) })
    case 'weekly':
      return new RRule({ freq: RRule.WEEKLY, byweekday: days, dtstart: asUtc(start) })
  }
}

/**
 * Whether the session's period lets it run on a date: true, false, or undefined where the term
 * dates do not reach (before the first term or after the last), so nothing is guessed.
 */
export function inPeriod(session: SessionSpec, date: string, terms: readonly Term[]): boolean | undefined {
  const period = session.period ?? 'all-year'
  if (period === 'all-year') return true
  const first = terms[0]
  const last = terms[terms.length - 1]
  if (!first || !last || date < first.from || date > last.until) return undefined
  const inTerm = terms.some((term) => term.from <= date && date <= term.until)
  return period === 'term-time' ? inTerm : !inTerm
}

/**
 * The session that is on at `instant`, or the next one to start, in London time; undefined for a
 * session by appointment, one that has ended (until), or one whose next date the term dates do not
 * reach.
 */
export function nextRun(session: SessionSpec, terms: readonly Term[], instant: Date): SessionRun | undefined {
  if (!isTimed(session)) return undefined
  const clock = londonClock(instant)
  const start = session.from && session.from > clock.date ? session.from : clock.date
  const end = addDays(clock.date, LOOK_AHEAD_DAYS)
  const last = session.until && session.until < end ? session.until : end
  if (last < start) return undefined
  let found: SessionRun | undefined
  let unknown = false
  ruleFor(session, start).between(asUtc(start), asUtc(last), true, (occurrence) => {
    const date = asDate(occurrence)
    if (date === clock.date && minutesOf(session.closes) <= clock.minutes) return true
    const allowed = inPeriod(session, date, terms)
    if (allowed === undefined) {
      unknown = true
      return false
    }
    if (!allowed) return true
    const now = date === clock.date && minutesOf(session.opens) <= clock.minutes
    found = { date, day: weekdayOfDate(date), opens: session.opens, closes: session.closes, now }
    return false
  })
  return unknown ? undefined : found
}

/** Of several sessions, the one on now or starting soonest. */
export function nextOfAll(sessions: readonly SessionSpec[], terms: readonly Term[], instant: Date): (SessionRun & { session: SessionSpec }) | undefined {
  const runs = sessions.flatMap((session) => {
    const run = nextRun(session, terms, instant)
    return run ? [{ ...run, session }] : []
  })
  return runs.sort((a, b) => (a.date === b.date ? minutesOf(a.opens) - minutesOf(b.opens) : a.date < b.date ? -1 : 1))[0]
}
