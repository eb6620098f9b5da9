// A session in the words a family reads: "Tuesdays and Thursdays, 9:30am to 11:30am, term time
// only", "First Monday of the month", "Every other Wednesday", "By appointment".
import { DAYS, type Day, type WeekOfMonth } from '@/lib/content/enums'
import { clockText, dayName, londonClock } from '@/lib/opening-times'
import type { SessionRun } from './next-run'
import { isTimed, type SessionSpec } from './types'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WEEK_WORDS: Record<WeekOfMonth, string> = { first: 'first', second: 'second', third: 'third', fourth: 'fourth', last: 'last' }

/** "a, b and c". */
export function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

/** "4 January 2027". */
export function shortDate(date: string): string {
  const [year, month, day] = date.split('-')
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? ''} ${year}`
}

/** The days in week order; three or more days in a row read "Monday to Friday". */
function weeklyDays(days: readonly Day[]): string {
  const ordered = DAYS.filter((day) => days.includes(day))
  if (ordered.length === 7) return 'Every day'
  const first = ordered[0]
  const last = ordered[ordered.length - 1]
  const inARow = first !== undefined && last !== undefined && DAYS.indexOf(last) - DAYS.indexOf(first) === ordered.length - 1
  if (ordered.length >= 3 && inARow) return `${dayName(first)} to ${dayName(last)}`
  return joinAnd(ordered.map((day) => `${dayName(day)}s`))
}

/** How often, in words: "Tuesdays and Thursdays", "Every other Wednesday", "First Monday of the month". */
export function howOften(session: SessionSpec): string {
  if (!isTimed(session)) return 'By appointment'
  const ordered = DAYS.filter((day) => session.days.includes(day)).map(dayName)
  switch (session.repeats ?? 'weekly') {
    case 'weekly':
      return weeklyDays(session.days)
    case 'every-other-week':
      return `Every other ${joinAnd(ordered)}`
    case 'monthly':
      return capitalise(`${joinAnd((session.weeks ?? []).map((week) => WEEK_WORDS[week]))} ${joinAnd(ordered)} of the month`)
  }
}

/** "term time only", "from 4 January 2027": what limits a session's dates, leaving out a start already past. */
export function limits(session: SessionSpec, today: string): string[] {
  const words: string[] = []
  if (session.period === 'term-time') words.push('term time only')
  if (session.period === 'school-holidays') words.push('school holidays only')
  if (session.from && session.from > today) words.push(`from ${shortDate(session.from)}`)
  if (session.until) words.push(`until ${shortDate(session.until)}`)
  return words
}

/** "9:30am to 11:30am". */
export const timeSpan = (opens: string, closes: string) => `${clockText(opens)} to ${clockText(closes)}`

/** The whole session in one line: "Tuesdays and Thursdays, 9:30am to 11:30am, term time only". */
export function sessionText(session: SessionSpec, today: string): string {
  const times = isTimed(session) ? [timeSpan(session.opens, session.closes)] : []
  return [howOften(session), ...times, ...limits(session, today)].join(', ')
}

/** "Tuesday 8 December 2026, 9:30am to 11:30am", or "On now, until 11:30am". */
export function runText(run: SessionRun): string {
  if (run.now) return `On now, until ${clockText(run.closes)}`
  return `${dayName(run.day)} ${shortDate(run.date)}, ${timeSpan(run.opens, run.closes)}`
}

/** "At 10:05am on Tuesday": the moment a page was made, for a line that is true only then. */
export function momentText(instant: Date): string {
  const clock = londonClock(instant)
  const time = `${String(Math.floor(clock.minutes / 60)).padStart(2, '0')}:${String(clock.minutes % 60).padStart(2, '0')}`
  return `At ${clockText(time)} on ${dayName(clock.day)}`
}
