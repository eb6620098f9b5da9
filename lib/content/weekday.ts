import { DAYS, type Day } from './enums'

/** The weekday of a calendar date (YYYY-MM-DD), whatever the time zone. */
export function weekdayOfDate(date: string): Day {
  // getUTCDay: 0 is Sunday; DAYS starts on Monday.
  return DAYS[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7] ?? 'monday'
}
