// A session in the words a family reads: "Tuesdays and Thursdays, 9:30am to 11:30am, term time
// only", "First Monday of the month", "Every other Wednesday", "By appointment", in the page's
// language (Words: its messages, and Intl's names of days, dates and lists).
import { DAYS, type Day, type WeekOfMonth } from '@/lib/content/enums'
import type { TextKey } from '@/lib/i18n/catalogue'
import type { Words } from '@/lib/i18n/words'
import { clockText } from '@/lib/opening-times'
import type { SessionRun } from './next-run'
import { isTimed, type SessionSpec } from './types'

export const WEEK_KEYS: Record<WeekOfMonth, TextKey> = {
  first: 'sessions.week.first',
  second: 'sessions.week.second',
  third: 'sessions.week.third',
  fourth: 'sessions.week.fourth',
  last: 'sessions.week.last',
}

/** The first letter a capital, as the language writes it: "first Monday…" starting a line. */
export const capitalise = (words: Words, text: string) => `${text.charAt(0).toLocaleUpperCase(words.language)}${text.slice(1)}`

/** The days in week order; three or more days in a row read "Monday to Friday". */
function weeklyDays(words: Words, days: readonly Day[]): string {
  const ordered = DAYS.filter((day) => days.includes(day))
  if (ordered.length === 7) return words.t('sessions.everyDay')
  const first = ordered[0]
  const last = ordered[ordered.length - 1]
  const inARow = first !== undefined && last !== undefined && DAYS.indexOf(last) - DAYS.indexOf(first) === ordered.length - 1
  if (ordered.length >= 3 && inARow) return words.t('sessions.dayRange', { from: words.dayName(first), to: words.dayName(last) })
  return words.list(ordered.map((day) => words.t('sessions.onDays', { day: words.dayName(day) })))
}

/** "First and third Monday of the month". */
export function monthlyText(words: Words, weeks: readonly WeekOfMonth[], days: readonly Day[]): string {
  const weekWords = words.list(weeks.map((week) => words.t(WEEK_KEYS[week])))
  return capitalise(words, words.t('sessions.monthly', { weeks: weekWords, days: words.list(days.map(words.dayName)) }))
}

/** How often, in words: "Tuesdays and Thursdays", "Every other Wednesday", "First Monday of the month". */
export function howOften(words: Words, session: SessionSpec): string {
  if (!isTimed(session)) return words.t('sessions.byAppointment')
  const ordered = DAYS.filter((day) => session.days.includes(day))
  switch (session.repeats ?? 'weekly') {
    case 'weekly':
      return weeklyDays(words, session.days)
    case 'every-other-week':
      return words.t('sessions.everyOther', { days: words.list(ordered.map(words.dayName)) })
    case 'monthly':
      return monthlyText(words, session.weeks ?? [], ordered)
  }
}

/** "term time only", "from 4 January 2027": what limits a session's dates, leaving out a start already past. */
export function limits(words: Words, session: SessionSpec, today: string): string[] {
  const said: string[] = []
  if (session.period === 'term-time') said.push(words.t('sessions.termTime'))
  if (session.period === 'school-holidays') said.push(words.t('sessions.schoolHolidays'))
  if (session.from && session.from > today) said.push(words.t('sessions.from', { date: words.date(session.from) }))
  if (session.until) said.push(words.t('sessions.until', { date: words.date(session.until) }))
  return said
}

/** "9:30am to 11:30am". */
export const timeSpan = (words: Words, opens: string, closes: string) => words.t('time.span', { opens: clockText(words, opens), closes: clockText(words, closes) })

/** The whole session in one line: "Tuesdays and Thursdays, 9:30am to 11:30am, term time only". */
export function sessionText(words: Words, session: SessionSpec, today: string): string {
  const times = isTimed(session) ? [timeSpan(words, session.opens, session.closes)] : []
  return [howOften(words, session), ...times, ...limits(words, session, today)].join(words.t('list.separator'))
}

/** "Tuesday 8 December 2026, 9:30am to 11:30am", or "On now, until 11:30am". */
export function runText(words: Words, run: SessionRun): string {
  if (run.now) return words.t('sessions.onNow', { time: clockText(words, run.closes) })
  return words.t('sessions.run', { day: words.dayName(run.day), date: words.date(run.date), times: timeSpan(words, run.opens, run.closes) })
}
