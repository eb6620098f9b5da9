import { describe, expect, it } from 'vitest'
import { ENGLISH_WORDS as words } from '@/tests/support/words'
import { byDistance, describeDistance, distanceInMiles, formatMiles } from '@/lib/places/distance'

describe('distanceInMiles', () => {
  it('is zero from a place to itself', () => {
    expect(distanceInMiles({ latitude: 53.8, longitude: -1.55 }, { latitude: 53.8, longitude: -1.55 })).toBe(0)
  })

  it('matches known straight-line distances', () => {
    // One degree of latitude is about 69.1 miles everywhere.
    expect(distanceInMiles({ latitude: 53, longitude: -1.5 }, { latitude: 54, longitude: -1.5 })).toBeCloseTo(69.1, 1)
    // Leeds to London (Charing Cross): about 169 miles as the crow flies.
    const leeds = { latitude: 53.7997, longitude: -1.5492 }
    const london = { latitude: 51.5074, longitude: -0.1278 }
    expect(distanceInMiles(leeds, london)).toBeGreaterThan(165)
    expect(distanceInMiles(leeds, london)).toBeLessThan(173)
  })

  it('is the same both ways', () => {
    const a = { latitude: 53.812, longitude: -1.514 }
    const b = { latitude: 53.7488, longitude: -1.4775 }
    expect(distanceInMiles(a, b)).toBeCloseTo(distanceInMiles(b, a), 10)
  })
})

describe('formatMiles', () => {
  it.each([
    [0, '0.0 miles'],
    [0.04, '0.0 miles'],
    [0.96, '1.0 mile'],
    [1.25, '1.3 miles'],
    [12.345, '12.3 miles'],
  ])('%s -> %s', (miles, text) => {
    expect(formatMiles(words, miles)).toBe(text)
  })
})

describe('describeDistance', () => {
  it('never says a hub is 0.0 miles away', () => {
    expect(describeDistance(words, 0.01)).toBe('less than 0.1 miles away')
    expect(describeDistance(words, 2.26)).toBe('about 2.3 miles away')
  })
})

describe('byDistance', () => {
  it('puts the nearest first and keeps each distance', () => {
    const origin = { latitude: 53.8, longitude: -1.5 }
    const places = [
      { name: 'far', latitude: 53.9, longitude: -1.5 },
      { name: 'near', latitude: 53.801, longitude: -1.5 },
      { name: 'middle', latitude: 53.85, longitude: -1.5 },
    ]
    const sorted = byDistance(origin, places)
    expect(sorted.map((entry) => entry.place.name)).toEqual(['near', 'middle', 'far'])
    expect(sorted[0]?.miles).toBeCloseTo(0.069, 2)
  })
})
