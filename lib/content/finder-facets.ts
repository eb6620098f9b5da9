import { ATTENDING, type Attending, type Day } from './enums'
import { languageNameInEnglish } from './languages'

// The finder's filters that read what a service says about itself: cost, how families take
// part, languages and when it runs. Each answers only from what the content states: a service
// that says nothing about its cost is never "free", one without times is never "at weekends".
// Client-safe and free of content imports, so proxy.ts and the unit tests can use it.

/** A session or opening span "runs in the evening" if it ends after this time (UK time, 24-hour clock). */
export const EVENING_STARTS = '17:00'
export const EVENING_STARTS_IN_WORDS = '5pm'

export const TIME_FILTERS = {
  weekends: 'At weekends (Saturday or Sunday)',
  evenings: `In the evening (after ${EVENING_STARTS_IN_WORDS})`,
} as const
export type TimeFilter = keyof typeof TIME_FILTERS
export const TIME_FILTER_KEYS: readonly TimeFilter[] = ['weekends', 'evenings']

/** The language filter's value for British Sign Language (never an ISO 639 code of two or three letters). */
export const BSL = 'bsl'

const WEEKEND: readonly Day[] = ['saturday', 'sunday']

type Span = { opens: string; closes: string }

/** What a service says about itself that these filters read (the content's Service fits it). */
export type ServiceFacts = {
  cost?: { free?: boolean | undefined; note?: string | undefined } | undefined
  attending?: readonly Attending[] | undefined
  venues?: readonly string[] | undefined
  languages?: readonly string[] | undefined
  britishSignLanguage?: boolean | undefined
  sessions?: readonly (Partial<Span> & { venue?: string | undefined; days?: readonly Day[] | undefined; byAppointment?: boolean | undefined })[] | undefined
  openingTimes?: readonly (Span & { day: Day })[] | undefined
}

export function isFree(service: ServiceFacts): boolean {
  return service.cost?.free === true
}

/**
 * How families take part, as stated; a service that does not say but has venues is in person
 * (the content check refuses venues with an attending list that leaves in-person out).
 */
export function attendingOf(service: ServiceFacts): readonly Attending[] {
  if (service.attending) return service.attending
  return service.venues && service.venues.length > 0 ? ['in-person'] : []
}

/** The language filter's values a service offers: its ISO codes, and "bsl" for British Sign Language. */
export function languagesOf(service: ServiceFacts): readonly string[] {
  return [...(service.languages ?? []), ...(service.britishSignLanguage ? [BSL] : [])]
}

/** Every fixed time the service runs: its sessions' days and times, and its own opening times. */
function spansOf(service: ServiceFacts): { day: Day; opens: string; closes: string }[] {
  const fromSessions = (service.sessions ?? []).flatMap((session) => {
    const { opens, closes, days } = session
    if (session.byAppointment || !opens || !closes || !days) return []
    return days.map((day) => ({ day, opens, closes }))
  })
  return [...fromSessions, ...(service.openingTimes ?? [])]
}

export function runsAt(service: ServiceFacts, when: TimeFilter): boolean {
  const spans = spansOf(service)
  if (when === 'weekends') return spans.some((span) => WEEKEND.includes(span.day))
  // Times are HH:MM on the 24-hour clock, so they compare as strings.
  return spans.some((span) => span.closes > EVENING_STARTS)
}

/** The values of the fact filters at least one service can match: the finder offers only these. */
export type FinderOffers = {
  free: boolean
  attending: readonly Attending[]
  /** Language codes (and "bsl"), ordered by their English names with British Sign Language last. */
  languages: readonly string[]
  when: readonly TimeFilter[]
}

export const NO_OFFERS: FinderOffers = { free: false, attending: [], languages: [], when: [] }

export function finderOffers(services: readonly ServiceFacts[]): FinderOffers {
  const attending = new Set(services.flatMap(attendingOf))
  const codes = new Set(services.flatMap((service) => service.languages ?? []))
  return {
    free: services.some(isFree),
    attending: ATTENDING.filter((how) => attending.has(how)),
    languages: [
      ...[...codes].sort((a, b) => languageNameInEnglish(a).localeCompare(languageNameInEnglish(b), 'en-GB')),
      ...(services.some((service) => service.britishSignLanguage) ? [BSL] : []),
    ],
    when: TIME_FILTER_KEYS.filter((when) => services.some((service) => runsAt(service, when))),
  }
}
