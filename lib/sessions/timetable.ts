// What runs at one hub or venue, day by day through the week: the sessions services hold there.
import { DAYS, type Day } from '@/lib/content/enums'
import type { Words } from '@/lib/i18n/words'
import { capitalise, limits, monthlyText } from './describe'
import { isTimed, type SessionSpec } from './types'

/** What the timetable needs of a service: its name, page and sessions. */
export type TimetableService = { name: string; url?: string; sessions?: readonly SessionSpec[] }

export type TimetableRow = { name: string; url?: string; opens: string; closes: string; how: string[]; note?: string }
export type Timetable = {
  days: { day: Day; rows: TimetableRow[] }[]
  /** Services at the place by appointment, with no fixed times. */
  byAppointment: { name: string; url?: string; how: string[]; note?: string }[]
}

/** What sets a row's dates apart from "every week": "Every other week", "First Monday of the month", "Term time only". */
function qualifiers(words: Words, session: SessionSpec, day: Day, today: string): string[] {
  const said: string[] = []
  if (session.repeats === 'every-other-week') said.push(words.t('sessions.everyOtherWeek'))
  if (session.repeats === 'monthly') said.push(monthlyText(words, session.weeks ?? [], [day]))
  return [...said, ...limits(words, session, today).map((limit) => capitalise(words, limit))]
}

/** The sessions held at `place` (a hub or venue key), by day in week order, earliest first; days with none are left out. */
export function weeklyTimetable(words: Words, services: readonly TimetableService[], place: string, today: string): Timetable {
  const here = services.flatMap((service) => (service.sessions ?? []).filter((session) => session.venue === place).map((session) => ({ service, session })))
  const days = DAYS.map((day) => ({
    day,
    rows: here
      .flatMap(({ service, session }) =>
        isTimed(session) && session.days.includes(day)
          ? [{ name: service.name, url: service.url, opens: session.opens, closes: session.closes, how: qualifiers(words, session, day, today), note: session.note }]
          : [],
      )
      .sort((a, b) => a.opens.localeCompare(b.opens) || a.name.localeCompare(b.name, 'en-GB')),
  })).filter(({ rows }) => rows.length > 0)
  const byAppointment = here
    .filter(({ session }) => !isTimed(session))
    .map(({ service, session }) => ({ name: service.name, url: service.url, how: qualifiers(words, session, 'monday', today), note: session.note }))
  return { days, byAppointment }
}
