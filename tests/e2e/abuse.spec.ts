import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { expect, test, type APIResponse } from '@playwright/test'
import { readSiteFile } from '../../lib/content/site-file'
import { MAX_QUERY_LENGTH, MAX_QUERY_PARAMETERS } from '../../lib/security/request-target'
import { rawRequest } from '../support/raw-http'
import { startSecondServer } from './second-server'

// What a hostile visitor tried against the production server (issue 19), each kept fixed here.
// bench/abuse.ts measures the same cases for cost (time, disk, memory).

const PORT = Number(process.env.E2E_PORT ?? 3100) + 20
const EXIT_URL = readSiteFile().exitPageUrl

function expectSecurityHeaders(response: APIResponse): void {
  const headers = response.headers()
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['content-security-policy']).toContain("default-src 'self'")
}

test.describe('requests the server refuses before the app', () => {
  test('a query of thousands of repeated keys gets a 414 that says why, and the site keeps answering', async ({ request }) => {
    const [long, guides] = await Promise.all([request.get(`/nope?${'a&'.repeat(7900)}`), request.get('/guides')])
    expect(long.status()).toBe(414)
    expect(await long.text()).toContain(`this site takes at most ${MAX_QUERY_LENGTH}`)
    expectSecurityHeaders(long)
    expect(guides.status()).toBe(200)
  })

  test('more query parameters than any page reads get a 400; the finder’s own still work', async ({ request }) => {
    const many = Array.from({ length: MAX_QUERY_PARAMETERS + 1 }, (_, index) => `a${index}=1`).join('&')
    const refused = await request.get(`/guides?${many}`)
    expect(refused.status()).toBe(400)
    expect(await refused.text()).toContain('too many parts after the question mark')
    expectSecurityHeaders(refused)
    expect((await request.get('/services?age=5-10&level=targeted&access=ask-directly&audience=families')).status()).toBe(200)
  })

  test('an escaped slash in the path is a 400, not a 500 from the app', async ({ request }) => {
    for (const target of ['/api%2fhealth', '/api%2Ffeedback', '/admin%2ffeedback', '/guides%5cearly-help']) {
      const response = await request.get(target)
      expect(response.status(), target).toBe(400)
      expectSecurityHeaders(response)
    }
  })

  test('an escaped letter in the path is the same page, not a 500 from the app', async ({ request }) => {
    for (const [target, heading] of [['/guid%65s', 'guides'], ['/%68elp', 'help'], ['/servic%65s?age=0-4', 'services']] as const) {
      const response = await request.get(target)
      expect(response.status(), target).toBe(200)
      const plain = await request.get(target.replace('%65', 'e').replace('%68', 'h'))
      expect(await response.text(), `${target} is ${heading}`).toBe(await plain.text())
    }
  })

  test('the finder’s internal pages cannot be asked for directly; the public list still works', async ({ request }) => {
    for (const target of ['/find/services/anything-at-all', '/find/services/age.0-4', '/find/services/age.0-4_x.1', '/find/nearest-hub?postcode=SW1A%201AA', '/find']) {
      const response = await request.get(target)
      expect(response.status(), target).toBe(404)
      expect(await response.text(), target).toContain('Page not found')
    }
    const list = await request.get('/services?age=0-4')
    expect(list.status()).toBe(200)
    expect(await list.text()).toContain('0 to 4 years')
  })
})

test('a made-up query string on a content page is answered from the page cache, not rendered again', async ({ request }) => {
  const plain = await request.get('/guides')
  expect(plain.status()).toBe(200)
  // The cache keeps the page once it has been compressed (in the background).
  await expect.poll(async () => (await request.get('/guides')).headers().age).toBeDefined()
  const busted = await request.get(`/guides?x=${Date.now()}-${Math.random()}`)
  expect(busted.status()).toBe(200)
  expect(busted.headers().age).toBeDefined()
  expect(await busted.text()).toBe(await plain.text())
})

test('the editors’ report keeps its own stricter policy', async ({ request }) => {
  const response = await request.get('/admin/feedback', {
    headers: { authorization: `Basic ${Buffer.from('editor:correct horse battery staple').toString('base64')}`, 'x-forwarded-for': '198.51.100.190' },
  })
  expect(response.status()).toBe(200)
  expect(response.headers()['content-security-policy']).toMatch(/^default-src 'none'/)
})

test.describe('with a server of its own', () => {
  test.describe.configure({ mode: 'serial' })

  test('after a restart, a page the browser revalidates (304) still leaves on Shift three times', async ({ page }) => {
    test.setTimeout(120_000)
    // No page.route here: routing turns the browser's HTTP cache off, and this is about the cache.
    // Where the page asks to go is recorded as it asks (the exit site cannot load offline).
    const destinations: string[] = []
    await page.exposeFunction('__reportExit', (url: string) => destinations.push(url))
    await page.addInitScript(() => {
      navigation.addEventListener('navigate', (event) => {
        const report: unknown = Reflect.get(window, '__reportExit')
        if (typeof report === 'function') report(event.destination.url)
      })
    })
    const blocked: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
    })
    const base = `http://127.0.0.1:${PORT}`
    let server = await startSecondServer(PORT, {})
    try {
      await page.goto(`${base}/help`)
      await server.stop()
      server = await startSecondServer(PORT, {})
      // What came over the wire (Playwright reports the cached 200 the browser merged a 304 into).
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Network.enable')
      const wire: number[] = []
      cdp.on('Network.responseReceivedExtraInfo', (event) => wire.push(event.statusCode))
      await page.reload()
      // The reload was a revalidation that the restarted server confirmed itself.
      expect(wire).toContain(304)
      await page.waitForFunction(() => performance.getEntriesByName('exit-this-page-armed').length > 0)
      for (let press = 0; press < 3; press++) await page.keyboard.press('Shift')
      await expect.poll(() => destinations).toContain(EXIT_URL)
      expect(blocked).toEqual([])
    } finally {
      await server.stop()
    }
  })

  test('a 304 the app sends carries no policy, so the page’s own policy stands', async () => {
    const server = await startSecondServer(PORT, { PAGE_CACHE_MB: '0' })
    try {
      const first = await rawRequest(`${server.baseURL}/help`)
      const etag = String(first.headers.etag)
      expect(String(first.headers['content-security-policy'])).toMatch(/script-src 'self' 'sha256-/)
      const again = await rawRequest(`${server.baseURL}/help`, { headers: { 'if-none-match': etag } })
      expect(again.status).toBe(304)
      expect(again.headers['content-security-policy']).toBeUndefined()
    } finally {
      await server.stop()
    }
  })

  test('SIGTERM under a feedback load: every request sent is answered, none reset', async () => {
    test.setTimeout(90_000)
    const database = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sigterm-')), 'feedback.sqlite')
    const server = await startSecondServer(PORT, { FEEDBACK_DB_PATH: database, FEEDBACK_RATE_LIMIT: '1000000', FEEDBACK_SITE_RATE_LIMIT: '1000000' })
    const agent = new http.Agent({ keepAlive: true, maxSockets: 30 })
    const body = JSON.stringify({ page: '/privacy', useful: true })
    const other: string[] = []
    const outcomes = { answered: 0, refused: 0, reset: 0, other }
    let running = true
    const post = () =>
      new Promise<void>((resolve) => {
        const request = http.request(`${server.baseURL}/api/feedback`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
          response.resume()
          response.on('end', () => {
            outcomes.answered += 1
            resolve()
          })
        })
        request.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'ECONNREFUSED') outcomes.refused += 1
          else if (error.code === 'ECONNRESET' || error.message === 'socket hang up') outcomes.reset += 1
          else outcomes.other.push(error.code ?? error.message)
          running = false
          resolve()
        })
        request.end(body)
      })
    const answeredPerLoop = Array.from({ length: 30 }, () => 0)
    const loop = async (_: unknown, index: number) => {
      while (running) {
        await post()
        answeredPerLoop[index] = (answeredPerLoop[index] ?? 0) + 1
      }
    }
    const loops = Array.from({ length: 30 }, loop)
    // Under load, every connection busy: each has had answers before the stop.
    await expect.poll(() => Math.min(...answeredPerLoop), { timeout: 30_000 }).toBeGreaterThanOrEqual(2)
    const answeredBeforeStop = outcomes.answered
    const stopped = server.stop()
    await Promise.all(loops)
    await stopped
    agent.destroy()
    expect(answeredBeforeStop).toBeGreaterThanOrEqual(60)
    expect(outcomes.reset).toBe(0)
    expect(outcomes.other).toEqual([])
  })
})
