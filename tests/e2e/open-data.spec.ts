import { expect, test, type APIResponse } from '@playwright/test'
import { MAX_QUERY_LENGTH, MAX_QUERY_PARAMETERS } from '../../lib/security/request-target'
import { expectNoAxeViolations, fromCache } from './helpers'

// The Open Referral UK feed through the real server: what a consumer in another system gets
// (JSON, CORS on every answer, the profile's errors), cached like pages, and the page that says
// what it is. The answers' content is validated against the standard in tests/unit/openreferral-*.

const BASE = '/api/openreferral/v3'

function expectFeedHeaders(response: APIResponse, what: string) {
  const headers = response.headers()
  expect(headers['access-control-allow-origin'], what).toBe('*')
  expect(headers['content-type'], what).toMatch(/^application\/json/)
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['cross-origin-resource-policy'], what).toBe('cross-origin')
}

test('the feed answers in JSON to anyone, cached as pages are, with CORS', async ({ request }) => {
  const root = await request.get(BASE)
  expectFeedHeaders(root, '/')
  expect(await root.json()).toMatchObject({ version: 'HSDS-UK-3.0' })
  expect((await (await request.get(`${BASE}/`)).json()).version, 'the base with a slash').toBe('HSDS-UK-3.0')

  const page = await request.get('/family-hubs')
  const services = await request.get(`${BASE}/services?per_page=5`)
  expectFeedHeaders(services, '/services')
  expect(services.headers()['cache-control']).toBe(page.headers()['cache-control'])
  const list = await services.json()
  expect(list).toMatchObject({ page_number: 1, size: 5, first_page: true })
  // The first answer is kept once it has been compressed, in the background: ask until it is.
  let again = services
  const kept = async () => {
    again = await request.get(`${BASE}/services?per_page=5`)
    return fromCache(again.headers())
  }
  await expect.poll(kept, { message: 'a later answer comes from the page cache', timeout: 5000 }).toBe(true)
  expect(await again.json()).toEqual(list)

  const one = await request.get(`${BASE}/services/${list.contents[0].id}`)
  expectFeedHeaders(one, '/services/{id}')
  expect((await one.json()).name).toBe(list.contents[0].name)
  const hub = (await (await request.get(`${BASE}/service_at_locations?postcode=LS9%207BG&per_page=1`)).json()).contents[0]
  expect(hub.location.name).toMatch(/Hub/)
})

test('bad requests get JSON errors with CORS, from the app and from the server alike, never a 5xx', async ({ request }) => {
  const cases: [string, number, RegExp][] = [
    [`${BASE}/services?page=0`, 400, /page/],
    [`${BASE}/services?per_page=100000`, 400, /per_page/],
    [`${BASE}/services?minimum_age=abc`, 400, /minimum_age/],
    [`${BASE}/services/3f7b145d-84af-42d7-8fae-eaca714b02b2`, 404, /no service/],
    [`${BASE}/organizations`, 404, /no such endpoint/],
    [`${BASE}/services?${Array.from({ length: MAX_QUERY_PARAMETERS + 1 }, (_, index) => `a${index}=1`).join('&')}`, 400, /too many parts/],
    [`${BASE}/services?search=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`, 414, /too long/],
  ]
  for (const [target, status, message] of cases) {
    const response = await request.get(target)
    expect(response.status(), target.slice(0, 80)).toBe(status)
    expectFeedHeaders(response, target.slice(0, 80))
    expect((await response.json()).message, target.slice(0, 80)).toMatch(message)
  }
  const post = await request.post(`${BASE}/services`, { data: {} })
  expect(post.status()).toBe(405)
  expectFeedHeaders(post, 'POST')
  const preflight = await request.fetch(`${BASE}/services`, { method: 'OPTIONS', headers: { origin: 'https://directory.example.net', 'access-control-request-method': 'GET' } })
  expect(preflight.status()).toBe(204)
  expect(preflight.headers()['access-control-allow-origin']).toBe('*')
  expect(preflight.headers()['access-control-allow-methods']).toContain('GET')
})

test('the footer links to the open data page, which gives the licence, the address and how to check it', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Open Government Licence v3.0' })).toBeVisible()
  await expect(page.locator('code').filter({ hasText: BASE })).toBeVisible()
  await expectNoAxeViolations(page)
})
