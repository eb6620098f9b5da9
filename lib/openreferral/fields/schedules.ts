import { DAYS, WEEKS_OF_MONTH, type Day, type WeekOfMonth } from '@/lib/content/enums'
import type { ServiceFrontmatter } from '@/lib/content/schema'
import type { OrukSchedule } from '../hsds'

// A service's opening times and sessions as the profile's schedules, and back: both directions
// of each field side by side, so the feed and the importer cannot drift apart.
//
// - An opening time is a plain weekly schedule (freq, byday, opens_at, closes_at) with no
//   description or notes.
// - A session always has a description (what its fields say in words: "Every other week. Term
//   time only."), so it is told from an opening time; every other week is interval 2 from dtstart;
//   "the first and last Monday of the month" is freq MONTHLY with byday "1MO,-1MO"; from and until
//   are valid_from and valid_to; term time, school holidays and "by appointment" are said in the
//   description (the profile has no field for them); the session's note is the schedule's notes.

export type Session = NonNullable<ServiceFrontmatter['sessions']>[number]
export type OpeningTime = NonNullable<ServiceFrontmatter['openingTimes']>[number]

/** iCalendar day codes (RFC 5545), as HSDS schedules use them. */
export const DAY_CODES: Record<Day, string> = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' }
const CODE_DAYS = new Map(DAYS.map((day) => [DAY_CODES[day], day]))

/** A week of the month as iCalendar's ordinal: 1 to 4, or -1 for the last. */
const WEEK_ORDINALS: Record<WeekOfMonth, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 }
const ORDINAL_WEEKS = new Map(WEEKS_OF_MONTH.map((week) => [WEEK_ORDINALS[week], week]))

const PHRASES = {
  everyOtherWeek: 'Every other week.',
  termTime: 'Term time only.',
  schoolHolidays: 'School holidays only.',
  byAppointment: 'By appointment.',
} as const

const atSeconds = (time: string) => `${time}:00`
/** HH:MM from the profile's HH:MM or HH:MM:SS (a time zone suffix is UK time for this site, so it is read as given). */
function clock(value: string | undefined): string | undefined {
  return /^(\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:?\d{2})?$/.exec(value ?? '')?.[1]
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
const andList = (words: readonly string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`)

/** What a session's fields say in words: the schedule's description. */
export function sessionDescription(session: Session): string {
  const parts: string[] = []
  if (session.byAppointment) parts.push(PHRASES.byAppointment)
  if (session.repeats === 'every-other-week') parts.push(PHRASES.everyOtherWeek)
  if (session.repeats === 'monthly') parts.push(`The ${andList(session.weeks ?? [])} ${andList((session.days ?? []).map(capitalised))} of the month.`)
  if (session.period === 'term-time') parts.push(PHRASES.termTime)
  if (session.period === 'school-holidays') parts.push(PHRASES.schoolHolidays)
  // A weekly, all-year session still needs a description, to be told from an opening time.
  return parts.length > 0 ? parts.join(' ') : 'Every week.'
}

export function openingTimeSchedule(time: OpeningTime): Omit<OrukSchedule, 'id'> {
  return { freq: 'WEEKLY', byday: DAY_CODES[time.day], opens_at: atSeconds(time.opens), closes_at: atSeconds(time.closes) }
}

export function sessionSchedule(session: Session): Omit<OrukSchedule, 'id'> {
  const description = sessionDescription(session)
  const dates = { valid_from: session.from, valid_to: session.until }
  const notes = session.note
  if (session.byAppointment || !session.days || !session.opens || !session.closes) return { ...dates, description, notes }
  const times = { opens_at: atSeconds(session.opens), closes_at: atSeconds(session.closes) }
  const days = session.days.map((day) => DAY_CODES[day])
  if (session.repeats === 'monthly') {
    const byday = (session.weeks ?? []).flatMap((week) => days.map((day) => `${WEEK_ORDINALS[week]}${day}`)).join(',')
    return { ...dates, freq: 'MONTHLY', byday, ...times, description, notes }
  }
  if (session.repeats === 'every-other-week') return { ...dates, dtstart: session.startsOn, freq: 'WEEKLY', interval: 2, byday: days.join(','), ...times, description, notes }
  return { ...dates, freq: 'WEEKLY', byday: days.join(','), ...times, description, notes }
}

export type ReadSchedule = Pick<OrukSchedule, 'interval' | 'byday' | 'opens_at' | 'closes_at' | 'valid_from' | 'valid_to' | 'dtstart' | 'description' | 'notes'> & { freq?: string; bymonthday?: string }

export type ScheduleReading =
  | { kind: 'opening'; times: OpeningTime[] }
  | { kind: 'session'; session: Omit<Session, 'venue'>; /** Text of the description the session's fields do not say, for the editor. */ leftOver?: string; /** Fields read and not used, each "field value: why". */ ignored?: string[] }
  | { kind: 'none' }
  | { kind: 'unfit'; reason: string }

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const dateOf = (value: string | undefined) => (value && ISO_DATE.test(value.slice(0, 10)) ? value.slice(0, 10) : undefined)

/** A schedule as an opening time (plain weekly, no words) or a session, or why it fits neither. */
export function readSchedule(schedule: ReadSchedule): ScheduleReading {
  const opens = clock(schedule.opens_at)
  const closes = clock(schedule.closes_at)
  const description = schedule.description?.trim()
  const hasTimes = schedule.byday !== undefined || schedule.opens_at !== undefined || schedule.closes_at !== undefined || schedule.freq !== undefined
  if (!hasTimes && !description && !schedule.notes) return { kind: 'none' }
  const has = (phrase: string) => description?.toLowerCase().includes(phrase.slice(0, -1).toLowerCase()) ?? false
  const period = has(PHRASES.termTime) ? ('term-time' as const) : has(PHRASES.schoolHolidays) ? ('school-holidays' as const) : undefined
  // The first date: valid_from, else dtstart (the first event) unless dtstart only sets the weeks of one every other week.
  const first = dateOf(schedule.valid_from) ?? ((schedule.interval ?? 1) === 2 ? undefined : dateOf(schedule.dtstart))
  const dates = { ...(first ? { from: first } : {}), ...(dateOf(schedule.valid_to) ? { until: dateOf(schedule.valid_to) } : {}) }
  const extra = (session: Omit<Session, 'venue'>) => {
    const left = description && description !== sessionDescription(session) ? description : undefined
    // Words of another feed's description: the note when the schedule has none, else for the editor.
    if (left && !session.note) return { kind: 'session' as const, session: { ...session, note: left.replace(/\s+/g, ' ') } }
    return { kind: 'session' as const, session, ...(left ? { leftOver: left } : {}) }
  }
  const note = schedule.notes ? { note: schedule.notes.replace(/\s+/g, ' ').trim() } : {}
  if (!hasTimes) {
    if (!has(PHRASES.byAppointment)) return { kind: 'unfit', reason: 'it has no days or times, and does not say "by appointment"' }
    return extra({ byAppointment: true, ...(period ? { period } : {}), ...dates, ...note })
  }
  if (schedule.bymonthday && schedule.freq?.toUpperCase() === 'MONTHLY') return { kind: 'unfit', reason: `bymonthday ${schedule.bymonthday}: days of the month by number do not fit, only weekdays` }
  // iCalendar gives BYMONTHDAY no meaning in a weekly rule.
  const unused = [
    schedule.bymonthday && `bymonthday ${schedule.bymonthday}: means nothing in a weekly schedule, not carried over`,
    schedule.dtstart && schedule.valid_from && (schedule.interval ?? 1) !== 2 && `dtstart ${schedule.dtstart}: valid_from gives the first date, not carried over`,
  ].filter((text): text is string => typeof text === 'string')
  const ignored = unused.length > 0 ? { ignored: unused } : {}
  if (!opens || !closes || opens >= closes) return { kind: 'unfit', reason: 'it needs opens_at and closes_at, opening before closing' }
  const parts = (schedule.byday ?? '').split(',').map((part) => /^([+-]?\d)?([A-Z]{2})$/.exec(part.trim().toUpperCase()))
  if (parts.length === 0 || parts.some((part) => !part || !CODE_DAYS.has(part[2] ?? ''))) return { kind: 'unfit', reason: `byday "${schedule.byday ?? ''}" does not name weekdays` }
  const dayOf = (code: string | undefined) => CODE_DAYS.get(code ?? '') ?? 'monday'
  const days = [...new Set(parts.map((part) => dayOf(part?.[2])))]
  const ordinals = [...new Set(parts.map((part) => (part?.[1] === undefined ? undefined : Number(part[1]))))]
  const interval = schedule.interval ?? 1
  const freq = schedule.freq?.toUpperCase() ?? 'WEEKLY'
  const base = { days, opens, closes, ...(period ? { period } : {}), ...dates, ...note }
  if (freq === 'MONTHLY') {
    const weeks = ordinals.map((ordinal) => (ordinal === undefined ? undefined : ORDINAL_WEEKS.get(ordinal)))
    // Only "these weeks of each of these days" fits (every day on every week listed).
    const complete = weeks.every((week) => week !== undefined) && parts.length === days.length * weeks.length && interval === 1
    if (!complete) return { kind: 'unfit', reason: `monthly byday "${schedule.byday ?? ''}": only the first to fourth or last of the same weekdays each month fits` }
    return { ...extra({ ...base, repeats: 'monthly', weeks: WEEKS_OF_MONTH.filter((week) => weeks.includes(week)) }), ...ignored }
  }
  if (freq !== 'WEEKLY' || ordinals.some((ordinal) => ordinal !== undefined)) return { kind: 'unfit', reason: `freq ${freq}: only weekly or monthly fits` }
  if (interval === 2) {
    const startsOn = dateOf(schedule.dtstart)
    if (!startsOn) return { kind: 'unfit', reason: 'every other week needs dtstart, a date it runs on' }
    return { ...extra({ ...base, repeats: 'every-other-week', startsOn }), ...ignored }
  }
  if (interval !== 1) return { kind: 'unfit', reason: `interval ${interval}: every week or every other week fits` }
  // A plain weekly schedule without words is an opening time.
  if (!description && !schedule.notes && !schedule.valid_from && !schedule.valid_to && !schedule.dtstart) return { kind: 'opening', times: days.map((day) => ({ day, opens, closes })) }
  return { ...extra(base), ...ignored }
}
