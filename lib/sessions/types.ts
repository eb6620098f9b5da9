import type { Day, SessionPeriod, SessionRepeat, WeekOfMonth } from '@/lib/content/enums'

/** One session of a service, as content gives it (lib/content/schema.ts, `sessions:`). */
export type SessionSpec = {
  venue?: string
  byAppointment?: boolean
  days?: readonly Day[]
  opens?: string
  closes?: string
  repeats?: SessionRepeat
  weeks?: readonly WeekOfMonth[]
  startsOn?: string
  period?: SessionPeriod
  from?: string
  until?: string
  note?: string
}

/** A school term or half-term (site.yaml `termDates`), first and last day. */
export type Term = { from: string; until: string }

/** A session with fixed times: what every function that works out a date needs. */
export type TimedSession = SessionSpec & { days: readonly Day[]; opens: string; closes: string }

export function isTimed(session: SessionSpec): session is TimedSession {
  return !session.byAppointment && session.days !== undefined && session.days.length > 0 && session.opens !== undefined && session.closes !== undefined
}
