// Straight-line ("as the crow flies") distance on the Earth's surface: the haversine formula.
import type { Words } from '@/lib/i18n/words'

export type Coordinates = { latitude: number; longitude: number }

const EARTH_RADIUS_MILES = 3958.8

const radians = (degrees: number) => (degrees * Math.PI) / 180

export function distanceInMiles(from: Coordinates, to: Coordinates): number {
  const dLat = radians(to.latitude - from.latitude)
  const dLon = radians(to.longitude - from.longitude)
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)))
}

/** "0.4 miles", "1 mile", "12.3 miles": one decimal place, as people read road signs. */
export function formatMiles(words: Pick<Words, 't' | 'language'>, miles: number): string {
  const rounded = Math.round(miles * 10) / 10
  const number = rounded.toLocaleString(words.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  return words.t(rounded === 1 ? 'distance.mile' : 'distance.miles', { number })
}

/** "about 1.3 miles away"; a hub at the same postcode is "less than 0.1 miles away", not "0.0". */
export function describeDistance(words: Pick<Words, 't' | 'language'>, miles: number): string {
  return miles < 0.05 ? words.t('distance.under') : words.t('distance.about', { miles: formatMiles(words, miles) })
}

/** Places sorted nearest first, each with its distance; ties keep their given order. */
export function byDistance<T extends Coordinates>(origin: Coordinates, places: readonly T[]): { place: T; miles: number }[] {
  return places
    .map((place) => ({ place, miles: distanceInMiles(origin, place) }))
    .sort((a, b) => a.miles - b.miles)
}
