import { getPlace, getServicesAt, hasOwnPage, type Place } from './index'
import type { AccessibilityFeature } from './enums'
import { weeklyTimetable, type Timetable } from '@/lib/sessions/timetable'
import type { Words } from '@/lib/i18n/words'

/** What pages show of a hub or venue where a service happens: the same fields whichever it is. */
export type PlaceDetails = {
  key: string
  name: string
  url: string
  addressLines: readonly string[]
  postcode: string
  accessibility?: readonly AccessibilityFeature[]
  accessibilityNotes?: string
}

function detailsOf(key: string, place: Place): PlaceDetails {
  const { name, url, addressLines, postcode, accessibility, accessibilityNotes } = place.kind === 'hub' ? place.hub : place.venue
  return { key, name, url, addressLines, postcode, accessibility, accessibilityNotes }
}

/** A hub or venue by the key services give under venues:. */
export function getPlaceDetails(key: string): PlaceDetails {
  return detailsOf(key, getPlace(key))
}

/** What runs at a hub or venue through the week, from every service's sessions there. */
export function getTimetableAt(words: Words, key: string, today: string): Timetable {
  const services = getServicesAt(key).map((service) => ({ name: service.name, url: hasOwnPage(service) ? service.url : undefined, sessions: service.sessions }))
  return weeklyTimetable(words, services, key, today)
}
