import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { findNearestHubs } from '@/lib/places/nearest-hubs'
import { postcodeExample } from '@/lib/places/postcode'
import { createPostcodeClient } from '@/lib/places/postcodes-api'
import { FAILING_POSTCODES, startPostcodesStandIn, type StandIn } from '../support/postcodes-stand-in'

// The real HTTP client against the local stand-in on 127.0.0.1: good answers, 404, 500, slow.

let standIn: StandIn
beforeAll(async () => {
  standIn = await startPostcodesStandIn({ slowMs: 1500 })
})
afterAll(async () => {
  await standIn.close()
})

const HUBS = [
  { name: 'Compton', latitude: 53.812, longitude: -1.514 },
  { name: 'Horsforth', latitude: 53.842, longitude: -1.639 },
  { name: 'Rothwell', latitude: 53.7488, longitude: -1.4775 },
]

describe('postcode client', () => {
  it('returns the position and district of a known postcode', async () => {
    const client = createPostcodeClient({ baseUrl: standIn.url })
    expect(await client.lookup({ kind: 'full', postcode: 'LS9 7BG' })).toEqual({
      status: 'found',
      latitude: 53.8121,
      longitude: -1.5139,
      districts: ['Leeds'],
    })
  })

  it('looks up the first half of a postcode as an outcode', async () => {
    const client = createPostcodeClient({ baseUrl: `${standIn.url}/` })
    expect(await client.lookup({ kind: 'outcode', postcode: 'LS9' })).toMatchObject({ status: 'found', districts: ['Leeds'] })
  })

  it('reports an unknown postcode (404) as not found', async () => {
    const client = createPostcodeClient({ baseUrl: standIn.url })
    expect(await client.lookup({ kind: 'full', postcode: 'LS1 9ZZ' })).toEqual({ status: 'not-found' })
  })

  it('reports a failing API (500) as unavailable', async () => {
    const client = createPostcodeClient({ baseUrl: standIn.url })
    expect(await client.lookup({ kind: 'full', postcode: FAILING_POSTCODES.serverError })).toEqual({ status: 'unavailable' })
  })

  it('gives up on a slow API at the timeout', async () => {
    const client = createPostcodeClient({ baseUrl: standIn.url, timeoutMs: 300 })
    const started = performance.now()
    expect(await client.lookup({ kind: 'full', postcode: FAILING_POSTCODES.slow })).toEqual({ status: 'unavailable' })
    expect(performance.now() - started).toBeLessThan(1200)
  })

  it('reports an API nobody answers on as unavailable', async () => {
    const client = createPostcodeClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 500 })
    expect(await client.lookup({ kind: 'full', postcode: 'LS9 7BG' })).toEqual({ status: 'unavailable' })
  })

  it('answers a repeated postcode from its cache, and not failures', async () => {
    const client = createPostcodeClient({ baseUrl: standIn.url })
    const before = standIn.requestCount()
    await client.lookup({ kind: 'full', postcode: 'LS18 5BL' })
    await client.lookup({ kind: 'full', postcode: 'LS18 5BL' })
    await client.lookup({ kind: 'full', postcode: 'LS1 9ZZ' })
    await client.lookup({ kind: 'full', postcode: 'LS1 9ZZ' })
    expect(standIn.requestCount() - before).toBe(2)
    await client.lookup({ kind: 'full', postcode: FAILING_POSTCODES.serverError })
    await client.lookup({ kind: 'full', postcode: FAILING_POSTCODES.serverError })
    expect(standIn.requestCount() - before).toBe(4)
  })

  it('keeps its cache within its bound, forgetting the least recently used', async () => {
    const client = createPostcodeClient({ baseUrl: standIn.url, cacheSize: 2 })
    await client.lookup({ kind: 'full', postcode: 'LS9 7BG' })
    await client.lookup({ kind: 'full', postcode: 'LS18 5BL' })
    await client.lookup({ kind: 'full', postcode: 'LS26 0AE' })
    expect(client.cacheSize()).toBe(2)
    const before = standIn.requestCount()
    await client.lookup({ kind: 'full', postcode: 'LS26 0AE' })
    expect(standIn.requestCount()).toBe(before)
    await client.lookup({ kind: 'full', postcode: 'LS9 7BG' })
    expect(standIn.requestCount()).toBe(before + 1)
  })
})

describe('postcode client limits', () => {
  it('asks the API at most lookupsPerMinute times a minute, then answers unavailable without asking; known postcodes still answer', async () => {
    const warnings: unknown[] = []
    const warn = vi.spyOn(console, 'warn').mockImplementation((line) => void warnings.push(line))
    try {
      const client = createPostcodeClient({ baseUrl: standIn.url, lookupsPerMinute: 2 })
      const before = standIn.requestCount()
      expect(await client.lookup({ kind: 'full', postcode: 'LS9 7BG' })).toMatchObject({ status: 'found' })
      expect(await client.lookup({ kind: 'full', postcode: 'LS1 9ZZ' })).toEqual({ status: 'not-found' })
      expect(await client.lookup({ kind: 'full', postcode: 'LS18 5BL' })).toEqual({ status: 'unavailable' })
      expect(await client.lookup({ kind: 'outcode', postcode: 'LS9' })).toEqual({ status: 'unavailable' })
      expect(standIn.requestCount() - before).toBe(2)
      expect(await client.lookup({ kind: 'full', postcode: 'LS9 7BG' })).toMatchObject({ status: 'found' })
      expect(standIn.requestCount() - before).toBe(2)
      expect(warnings).toEqual([expect.stringMatching(/more than 2 a minute/)])
      expect(JSON.stringify(warnings)).not.toMatch(/LS18/)
    } finally {
      warn.mockRestore()
    }
  })

  it('asks the API once for a postcode that many people look up at the same moment', async () => {
    const client = createPostcodeClient({ baseUrl: standIn.url, lookupsPerMinute: 1 })
    const before = standIn.requestCount()
    const answers = await Promise.all(Array.from({ length: 5 }, () => client.lookup({ kind: 'full', postcode: 'LS26 0AE' })))
    expect(answers.map((answer) => answer.status)).toEqual(['found', 'found', 'found', 'found', 'found'])
    expect(standIn.requestCount() - before).toBe(1)
  })
})

describe('findNearestHubs', () => {
  const options = () => ({ client: createPostcodeClient({ baseUrl: standIn.url, timeoutMs: 300 }), hubs: HUBS, districts: ['Leeds'], example: postcodeExample('LS18 5BL') })

  it('lists hubs nearest first for a postcode in the city', async () => {
    const result = await findNearestHubs(' ls185bl ', options())
    expect(result.kind).toBe('found')
    if (result.kind !== 'found') return
    expect(result.postcode).toBe('LS18 5BL')
    expect(result.hubs.map((entry) => entry.hub.name)).toEqual(['Horsforth', 'Compton', 'Rothwell'])
    expect(result.hubs[0]?.miles).toBeLessThan(0.1)
  })

  it('matches the city district whatever its case', async () => {
    const result = await findNearestHubs('LS9 7BG', { ...options(), districts: ['LEEDS'] })
    expect(result.kind).toBe('found')
  })

  it('says a postcode in another district is outside the city', async () => {
    expect(await findNearestHubs('BD1 1AA', options())).toEqual({ kind: 'outside', postcode: 'BD1 1AA' })
    expect(await findNearestHubs('BD1', options())).toEqual({ kind: 'outside', postcode: 'BD1' })
  })

  it('tells not found, unavailable and slow apart', async () => {
    expect(await findNearestHubs('LS1 9ZZ', options())).toEqual({ kind: 'not-found', postcode: 'LS1 9ZZ' })
    expect(await findNearestHubs(FAILING_POSTCODES.serverError, options())).toEqual({ kind: 'unavailable', postcode: FAILING_POSTCODES.serverError })
    expect(await findNearestHubs(FAILING_POSTCODES.slow, options())).toEqual({ kind: 'unavailable', postcode: FAILING_POSTCODES.slow })
  })

  it('never asks the API about input that is not a postcode', async () => {
    const before = standIn.requestCount()
    expect(await findNearestHubs('not a postcode', options())).toMatchObject({ kind: 'input-error' })
    expect(await findNearestHubs('  ', options())).toMatchObject({ kind: 'input-error', message: 'Enter a postcode, like LS18 5BL' })
    // Another council's site gives its own area's postcode as the example.
    expect(await findNearestHubs('LS', { ...options(), example: postcodeExample('M1 1AE') })).toMatchObject({
      kind: 'input-error',
      message: 'Enter a real postcode, like M1 1AE, or the first part of it, like M1',
    })
    expect(standIn.requestCount()).toBe(before)
  })
})

describe('POSTCODES_API_URL', () => {
  it('defaults to the public postcodes.io and accepts a council\'s own copy', async () => {
    const { parseEnv } = await import('@/lib/env')
    expect(parseEnv({}).POSTCODES_API_URL).toBe('https://api.postcodes.io')
    expect(parseEnv({ POSTCODES_API_URL: 'http://127.0.0.1:8000/' }).POSTCODES_API_URL).toBe('http://127.0.0.1:8000')
    expect(() => parseEnv({ POSTCODES_API_URL: 'postcodes.io' })).toThrow(/POSTCODES_API_URL: "postcodes.io" is not a web address/)
  })
})
