import { gunzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { rawRequest } from '../support/raw-http'
import { rawSocketRequest } from '../support/raw-socket'
import { startPostcodesStandIn } from '../support/postcodes-stand-in'
import { fromCache } from './helpers'
import { startSecondServer } from './second-server'

// The Open Referral feed and the server around it, as issue 30 found them: the postcode budget,
// the feed's caching (ETag, compression, cache key), its refusals in JSON with CORS, and a full
// address in the request line.

const BASE = '/api/openreferral/v3'
/** A server of its own, with its own postcode stand-in, so look-ups can be counted. */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 30

test('the feed and the nearest-hub page share one postcode budget, and a feed address that ignores postcode costs no look-up', async () => {
  const standIn = await startPostcodesStandIn()
  const server = await startSecondServer(PORT, { POSTCODES_API_URL: standIn.url, POSTCODE_LOOKUPS_PER_MINUTE: '2', FEEDBACK_DB_PATH: `data/e2e-feedback-${PORT}.sqlite` })
  try {
    const get = (target: string) => fetch(`${server.baseURL}${target}`)
    // Addresses that do not read postcode, and requests refused for another parameter.
    for (const target of [`${BASE}?postcode=LS9%207BG`, `${BASE}/taxonomies?postcode=LS9%207BG`, `${BASE}/nope?postcode=LS9%207BG`, `${BASE}/services?postcode=LS9%207BG`, `${BASE}/service_at_locations?postcode=LS9%207BG&page=0`]) {
      const response = await get(target)
      expect(response.status, target).toBeLessThan(500)
      await response.arrayBuffer()
    }
    expect(standIn.requestCount(), 'look-ups for addresses that ignore the postcode').toBe(0)

    // Two look-ups a minute for the whole process: one by the feed, one by the page...
    const feed = await (await get(`${BASE}/service_at_locations?postcode=LS9%207BG&per_page=1`)).json()
    expect(feed.contents[0].location.name).toMatch(/Hub/)
    expect(await (await get('/family-hubs?postcode=LS18%205BL')).text()).toContain('LS18 5BL')
    expect(standIn.requestCount()).toBe(2)
    // ...and then neither route has any left: each says so, and the API is not asked again.
    const overFeed = await get(`${BASE}/service_at_locations?postcode=LS26%200AE`)
    expect(overFeed.status).toBe(400)
    expect((await overFeed.json()).message).toMatch(/could not be looked up just now/)
    expect(await (await get('/family-hubs?postcode=LS11%206PF')).text()).toMatch(/cannot look up postcodes/i)
    expect(standIn.requestCount(), 'look-ups in all, for a budget of 2').toBe(2)
  } finally {
    await server.stop()
    await standIn.close()
  }
})

test('a feed answer has an ETag (304 when unchanged) and is compressed the first time; a parameter it ignores is the same cache entry', async ({ baseURL }) => {
  const unique = `per_page=7&page=${2 + Math.floor(Math.random() * 3)}&search=a`
  const first = await rawRequest(`${baseURL}${BASE}/services?${unique}&zz=0`, { headers: { 'accept-encoding': 'gzip' } })
  expect(first.status).toBe(200)
  expect(first.headers['content-encoding'], 'the first, uncached answer is compressed').toBe('gzip')
  const etag = String(first.headers.etag)
  expect(etag).toMatch(/^"[^"]+"$/)
  const body = JSON.parse(gunzipSync(first.body).toString('utf8'))
  expect(body.page_number).toBeGreaterThan(1)

  // Another value of a parameter the feed ignores: the kept answer, not a new entry.
  await expect
    .poll(async () => {
      const again = await rawRequest(`${baseURL}${BASE}/services?zz=${Math.random()}&${unique}`)
      return fromCache(Object.fromEntries(Object.entries(again.headers).map(([name, value]) => [name, String(value)])))
    }, { message: 'a request with another ?zz= is answered from the kept entry', timeout: 5000 })
    .toBe(true)

  const revalidated = await rawRequest(`${baseURL}${BASE}/services?${unique}&zz=9`, { headers: { 'if-none-match': etag } })
  expect(revalidated.status).toBe(304)
  expect(revalidated.body.byteLength).toBe(0)
  expect(revalidated.headers['access-control-allow-origin']).toBe('*')
  // Uncached, straight from the route (a fresh query): the same tag, the same 304.
  const fresh = `${baseURL}${BASE}/taxonomies?per_page=${100 + Math.floor(Math.random() * 100)}`
  const tag = String((await rawRequest(fresh)).headers.etag)
  expect((await rawRequest(`${fresh}&zz=1`, { headers: { 'if-none-match': tag } })).status).toBe(304)
})

test('every feed refusal is JSON with CORS: a raw non-ASCII character, and a method the feed does not take', async ({ baseURL }) => {
  const raw = await rawSocketRequest(String(baseURL), `GET ${BASE}/services?page=\u0661 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
  expect(raw.status).toBe(400)
  expect(raw.headers.get('content-type')).toMatch(/^application\/json/)
  expect(raw.headers.get('access-control-allow-origin')).toBe('*')
  expect(JSON.parse(raw.body)).toMatchObject({ status: 400, message: expect.stringMatching(/percent-encoded/) })

  for (const method of ['PROPFIND', 'TRACE', 'PUT']) {
    const refused = await rawRequest(`${baseURL}${BASE}/services`, { method })
    expect(refused.status, method).toBe(405)
    expect(refused.headers['content-type'], method).toMatch(/^application\/json/)
    expect(refused.headers['access-control-allow-origin'], method).toBe('*')
    expect(refused.headers.allow, method).toBe('GET, HEAD, OPTIONS')
    expect(JSON.parse(refused.body.toString()), method).toEqual({ status: 405, message: expect.stringMatching(/read-only/) })
  }
})

test('a full address in the request line is answered as this site’s own page, never sent to that host', async ({ baseURL }) => {
  const site = new URL(String(baseURL)).host
  for (const target of ['http://evil.example/guides', 'HTTP://EVIL.EXAMPLE/guides/', 'https://evil.example', 'http://evil.example//evil.example/guides']) {
    const answer = await rawSocketRequest(String(baseURL), `GET ${target} HTTP/1.1\r\nHost: ${site}\r\nConnection: close\r\n\r\n`)
    // At most a redirect within this site ("/guides/" to "/guides"), never to a scheme or host.
    expect(answer.headers.get('location') ?? '', target).not.toMatch(/^([a-z]+:)?\/\//i)
    expect(answer.status, target).toBeLessThan(500)
  }
  const guides = await rawSocketRequest(String(baseURL), `GET http://evil.example/guides HTTP/1.1\r\nHost: ${site}\r\nConnection: close\r\n\r\n`)
  expect(guides.status).toBe(200)
  expect(guides.body).toContain('<h1')
})
