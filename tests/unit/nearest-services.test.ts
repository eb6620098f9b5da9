import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locatePostcode } from '@/lib/places/locate-postcode'
import { sortByNearestPlace, type ServicePlace } from '@/lib/places/nearest-services'
import { postcodeExample } from '@/lib/places/postcode'
import { createPostcodeClient } from '@/lib/places/postcodes-api'
import { startPostcodesStandIn, type StandIn } from '../support/postcodes-stand-in'

// Services nearest a postcode: the hub search's own postcode code and client, against the local
// stand-in on 127.0.0.1, and services placed at the nearest of their hubs and venues.

let standIn: StandIn
beforeAll(async () => {
  standIn = await startPostcodesStandIn()
})
afterAll(async () => {
  await standIn.close()
})

const PLACES: Record<string, ServicePlace> = {
  compton: { key: 'compton', name: 'Compton Centre', latitude: 53.812, longitude: -1.514 },
  horsforth: { key: 'horsforth', name: 'Horsforth Library', latitude: 53.842, longitude: -1.639 },
  rothwell: { key: 'rothwell', name: 'Rothwell Hall', latitude: 53.7488, longitude: -1.4775 },
}
type Fixture = { slug: string; venues: string[] }
const SERVICES: Fixture[] = [
  { slug: 'baby-group', venues: ['horsforth', 'rothwell'] },
  { slug: 'helpline', venues: [] },
  { slug: 'stay-and-play', venues: ['compton'] },
  { slug: 'course', venues: ['horsforth'] },
]
const placesOf = (service: Fixture) => service.venues.flatMap((key) => (PLACES[key] ? [PLACES[key]] : []))
const options = () => ({ client: createPostcodeClient({ baseUrl: standIn.url }), districts: ['Leeds'], example: postcodeExample('LS9 7BG') })

describe('services nearest a postcode', () => {
  it('sorts services by the nearest of their places, with the distance, and keeps those with no place apart', async () => {
    const located = await locatePostcode('ls26 0ae', options())
    if (located.kind !== 'found') throw new Error(`LS26 0AE: ${located.kind}`)
    expect(located.postcode).toBe('LS26 0AE')
    const { near, noFixedPlace } = sortByNearestPlace(located.origin, SERVICES, placesOf)
    // LS26 0AE is by Rothwell: the baby group runs there as well as in Horsforth.
    expect(near.map(({ service, place }) => [service.slug, place.key])).toEqual([
      ['baby-group', 'rothwell'],
      ['stay-and-play', 'compton'],
      ['course', 'horsforth'],
    ])
    expect(near[0]?.miles).toBeLessThan(0.1)
    expect(near[1]?.miles).toBeGreaterThan(near[0]?.miles ?? 0)
    expect(noFixedPlace.map((service) => service.slug)).toEqual(['helpline'])
  })

  it('reads the first half of a postcode too', async () => {
    const located = await locatePostcode('LS9', options())
    if (located.kind !== 'found') throw new Error(`LS9: ${located.kind}`)
    expect(sortByNearestPlace(located.origin, SERVICES, placesOf).near[0]?.service.slug).toBe('stay-and-play')
  })

  it('answers a postcode outside the area, unknown, or not a postcode, as the hub search does', async () => {
    expect(await locatePostcode('BD1 1AA', options())).toEqual({ kind: 'outside', postcode: 'BD1 1AA' })
    expect(await locatePostcode('LS1 9ZZ', options())).toEqual({ kind: 'not-found', postcode: 'LS1 9ZZ' })
    expect(await locatePostcode('hello', options())).toEqual({
      kind: 'input-error',
      value: 'hello',
      message: 'Enter a real postcode, like LS9 7BG, or the first part of it, like LS9',
      problem: 'invalid',
    })
  })

  it('asks the API once for the same postcode, from the one bounded cache', async () => {
    const client = createPostcodeClient({ baseUrl: standIn.url, cacheSize: 2 })
    const before = standIn.requestCount()
    for (const postcode of ['LS9 7BG', 'LS9 7BG', 'LS18 5BL', 'LS26 0AE', 'LS11 6PF']) await locatePostcode(postcode, { ...options(), client })
    expect(standIn.requestCount() - before).toBe(4)
    expect(client.cacheSize()).toBe(2)
  })
})
