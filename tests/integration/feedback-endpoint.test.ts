import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleFeedbackPost } from '@/lib/feedback/http'
import { MAX_BODY_BYTES, MESSAGES } from '@/lib/feedback/limits'
import { memoryLimiter } from '@/lib/feedback/rate-limit'
import { FeedbackStore } from '@/lib/feedback/store'
import type { SubmitDeps } from '@/lib/feedback/submit'

// The route handler's logic, called with real Requests against a real SQLite store.

let dir: string
let store: FeedbackStore
let deps: SubmitDeps
let ip = 0

/** Each request from its own address unless told otherwise, so the rate limit only bites when meant to. */
function post(body: BodyInit, headers: Record<string, string>): Request {
  return new Request('http://127.0.0.1/api/feedback', { method: 'POST', body, headers: { 'x-forwarded-for': `203.0.113.${++ip % 250}`, ...headers } })
}
const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  post(new URLSearchParams(fields).toString(), { 'content-type': 'application/x-www-form-urlencoded', ...headers })
const json = (value: unknown, headers: Record<string, string> = {}) => post(JSON.stringify(value), { 'content-type': 'application/json', ...headers })

// The bare answer page keeps the exit link: a family can land on it.
const PAGES = new Set(['/', '/family-hubs/armley', '/contact', '/guides/early-help', '/services', '/404', '/list'])
const SETTINGS = { exitPageUrl: 'https://www.bbc.co.uk/weather', isKnownPage: (path: string) => PAGES.has(path), siteUrl: 'https://familyhubs.example.org' }

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'feedback-endpoint-'))
  store = await FeedbackStore.open({ kind: 'sqlite', file: path.join(dir, 'feedback.sqlite') })
  deps = { getStore: async () => store, limiter: memoryLimiter(10, 60_000) }
})

afterAll(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('JSON clients (the widget script, the benchmark)', () => {
  it('201 and stored', async () => {
    const before = await store.count()
    const response = await handleFeedbackPost(json({ page: '/family-hubs/armley', useful: true }), deps, SETTINGS)
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ ok: true })
    expect(await store.count()).toBe(before + 1)
  })

  it('form fields asking for JSON get JSON', async () => {
    const response = await handleFeedbackPost(form({ page: '/', useful: 'no', wrong: 'x' }, { accept: 'application/json' }), deps, SETTINGS)
    expect(response.status).toBe(201)
  })

  it.each([
    ['an external page', { page: 'https://evil.example/', useful: true }],
    ['a string for a boolean', { page: '/', useful: 'true' }],
    ['too much text', { page: '/', trying: 'a'.repeat(1201) }],
    ['nothing to report', { page: '/' }],
    ['an array', [1, 2]],
  ])('400 for %s', async (_, body) => {
    const response = await handleFeedbackPost(json(body), deps, SETTINGS)
    expect(response.status).toBe(400)
    const answer: unknown = await response.json()
    expect(answer).toMatchObject({ ok: false, code: 'invalid' })
  })

  it('400, not 500, for broken JSON, odd content types and bad UTF-8; 413 for bodies over the limit', async () => {
    const tooBig = JSON.stringify({ page: '/', trying: 'a'.repeat(MAX_BODY_BYTES) })
    const requests: [Request, number][] = [
      [post('{"page": "/", ', { 'content-type': 'application/json' }), 400],
      [post('page=/', { 'content-type': 'text/plain', accept: 'application/json' }), 400],
      [post(new Uint8Array([0xff, 0xfe, 0xfd]), { 'content-type': 'application/json' }), 400],
      [post(tooBig, { 'content-type': 'application/json' }), 413],
      // A body larger than it says: the size is checked while reading, not trusted from the header.
      [post(tooBig, { 'content-type': 'application/json', 'content-length': '10' }), 413],
    ]
    for (const [request, status] of requests) {
      const response = await handleFeedbackPost(request, deps, SETTINGS)
      expect(response.status).toBe(status)
      expect(await response.json()).toMatchObject({ ok: false })
    }
  })

  it('400 for a page the site does not have, however path-like; the query and a trailing slash do not matter', async () => {
    for (const page of ['/made-up-page', '/family-hubs/nowhere', '/admin/feedback']) {
      const response = await handleFeedbackPost(json({ page, useful: true }), deps, SETTINGS)
      expect(response.status, page).toBe(400)
      expect(await response.json()).toMatchObject({ code: 'invalid', errors: [{ field: 'page', message: MESSAGES.invalidPage }] })
    }
    const before = await store.count()
    for (const page of ['/services?age=3&audience=families', '/contact#feedback', '/family-hubs/armley/']) {
      expect((await handleFeedbackPost(json({ page, useful: true }), deps, SETTINGS)).status, page).toBe(201)
    }
    const stored = (await store.entries({ limit: 3 })).map((entry) => entry.page)
    expect(stored.sort()).toEqual(['/contact', '/family-hubs/armley', '/services'])
    expect(await store.count()).toBe(before + 3)
  })

  it('counts characters, not bytes: 1,200 Urdu or Chinese characters in both answers fit, as JSON or a form', async () => {
    const urdu = 'ی'.repeat(1200)
    const chinese = '页'.repeat(1200)
    expect((await handleFeedbackPost(json({ page: '/', useful: false, trying: urdu, wrong: chinese }), deps, SETTINGS)).status).toBe(201)
    // Form-encoded these are 6 and 9 bytes a character (%DB%8C...): 18 KB, over twice the old 8 KB limit.
    const body = new URLSearchParams({ page: '/contact', useful: 'no', trying: urdu, wrong: chinese }).toString()
    expect(body.length).toBeGreaterThan(16_384)
    const response = await handleFeedbackPost(post(body, { 'content-type': 'application/x-www-form-urlencoded' }), deps, SETTINGS)
    expect(response.status).toBe(303)
    const [entry] = await store.entries({ limit: 1 })
    expect(entry?.trying).toBe(urdu)
    expect(entry?.wrong).toBe(chinese)
  })

  it('refuses a NUL (or another control character) with 400 and stores nothing', async () => {
    const before = await store.count()
    for (const trying of ['before\u0000after', 'bell\u0007']) {
      const response = await handleFeedbackPost(json({ page: '/', useful: false, trying }), deps, SETTINGS)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ errors: [{ field: 'trying', message: MESSAGES.tryingControl }] })
    }
    // Tabs and line breaks are what people type.
    expect((await handleFeedbackPost(json({ page: '/', useful: false, trying: 'a\tb\r\nc' }), deps, SETTINGS)).status).toBe(201)
    expect(await store.count()).toBe(before + 1)
  })

  it('429 with Retry-After after 10 a minute from one client', async () => {
    const same = { 'x-forwarded-for': '198.51.100.99' }
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await handleFeedbackPost(json({ page: '/', useful: true }, same), deps, SETTINGS)).status)
    expect(statuses).toEqual([...Array(10).fill(201), 429])
    const limited = await handleFeedbackPost(json({ page: '/', useful: true }, same), deps, SETTINGS)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await limited.json()).toEqual({ ok: false, code: 'rate-limited', message: MESSAGES.rateLimited })
  })

  it('503 with a friendly message when the store cannot be reached', async () => {
    const down: SubmitDeps = {
      getStore: () => FeedbackStore.open({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:1/none' }),
      limiter: memoryLimiter(10, 60_000),
    }
    const response = await handleFeedbackPost(json({ page: '/', useful: true }), down, SETTINGS)
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ ok: false, code: 'unavailable', message: MESSAGES.unavailable })
    const html = await handleFeedbackPost(form({ page: '/contact', useful: 'yes' }), down, SETTINGS)
    expect(html.status).toBe(503)
    const text = await html.text()
    expect(text).toContain(MESSAGES.unavailable)
    expect(text).toContain('href="/contact"')
    expect(text).toMatch(/<a href="https:\/\/www\.bbc\.co\.uk\/weather" rel="nofollow noreferrer"[^>]*><span class="sr-only">Emergency<\/span> Exit this page<\/a>/)
  })
})

describe('posts from another website', () => {
  const fields = { page: '/contact', useful: 'no', wrong: 'posted by another site' }

  it('a form another site sends (Sec-Fetch-Site or Origin says so) gets a 403 page that says why, and nothing is stored', async () => {
    const refused: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin', host: '127.0.0.1' },
      { origin: 'not an origin' },
    ]
    for (const headers of refused) {
      const before = await store.count()
      const response = await handleFeedbackPost(form(fields, headers), deps, SETTINGS)
      expect(response.status, JSON.stringify(headers)).toBe(403)
      expect(response.headers.get('content-type')).toContain('text/html')
      const page = await response.text()
      expect(page).toContain('Your feedback was not sent')
      expect(page).toContain(MESSAGES.crossSite)
      expect(page).toContain('Exit this page')
      expect(await store.count(), JSON.stringify(headers)).toBe(before)
    }
    const asJson = await handleFeedbackPost(json({ page: '/', useful: true }, { origin: 'https://evil.example' }), deps, SETTINGS)
    expect(asJson.status).toBe(403)
    expect(await asJson.json()).toEqual({ ok: false, code: 'cross-site', message: MESSAGES.crossSite })
  })

  it('the site’s own form is taken: same origin, same site, Origin null (no-referrer), the public address, or an old browser sending neither', async () => {
    const taken: Record<string, string>[] = [
      { origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin', host: '127.0.0.1:3000' },
      { origin: 'null', 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'none' },
      { origin: 'https://familyhubs.example.org', host: '127.0.0.1:3000' },
      { origin: 'https://FamilyHubs.example.org:8443', host: 'familyhubs.example.org' },
      {},
    ]
    for (const headers of taken) {
      const response = await handleFeedbackPost(form(fields, headers), deps, SETTINGS)
      expect(response.status, JSON.stringify(headers)).toBe(303)
    }
  })
})

describe('HTML forms without JavaScript', () => {
  it('303 back to the page, at the thank-you', async () => {
    const response = await handleFeedbackPost(form({ page: '/family-hubs/armley', useful: 'yes', website: '' }), deps, SETTINGS)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/family-hubs/armley#feedback-thanks')
  })

  it('a list or search results come back with their query; any other address comes back to the page', async () => {
    const back = async (fields: Record<string, string>) => (await handleFeedbackPost(form({ useful: 'yes', website: '', ...fields }), deps, SETTINGS)).headers.get('location')
    expect(await back({ page: '/list', return: '/list?h=armley&s=safe-project,families-first-team' })).toBe('/list?h=armley&s=safe-project,families-first-team#feedback-thanks')
    const wrong = ['//evil.example/list?h=x', 'https://evil.example/list?h=x', '/contact?h=x', '/list', '/listing?h=x', '/list?h=a#b', '/list?h=a b', '/list?h=a\\b', '/list?h=caf\u00e9', `/list?h=${'a'.repeat(2100)}`]
    for (const address of wrong) expect(await back({ page: '/list', return: address }), address).toBe('/list#feedback-thanks')
  })

  it('the form shown again with its errors keeps the address to come back to', async () => {
    const response = await handleFeedbackPost(form({ page: '/list', return: '/list?h=armley', useful: 'no', trying: 'x'.repeat(1300) }), deps, SETTINGS)
    expect(response.status).toBe(422)
    const page = await response.text()
    expect(page).toContain('<input type="hidden" name="return" value="/list?h=armley">')
    expect(page).toContain('<a href="/list?h=armley"><span aria-hidden="true">‹ </span>Back to the page</a>')
  })

  it('honeypot: looks like success, stores nothing', async () => {
    const before = await store.count()
    const response = await handleFeedbackPost(form({ page: '/', useful: 'yes', website: 'http://spam.example' }), deps, SETTINGS)
    expect(response.status).toBe(303)
    expect(await store.count()).toBe(before)
  })

  it('errors are answered with the form itself (422): what was typed is in the page, never in a URL, and nothing is stored', async () => {
    const before = await store.count()
    const typed = 'My phone is 07700 900123 <b>and</b> ' + 'x'.repeat(1200)
    const response = await handleFeedbackPost(form({ page: '/guides/early-help', useful: 'no', trying: typed, wrong: 'kept' }), deps, SETTINGS)
    expect(response.status).toBe(422)
    expect(response.headers.get('location')).toBeNull()
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(response.headers.get('cache-control')).toBe('no-store')
    const page = await response.text()
    expect(page).toContain('<title>Error: Help us improve this page</title>')
    expect(page).toContain(`<a href="#feedback-trying">${MESSAGES.tryingTooLong}</a>`)
    expect(page).toContain(`>\nMy phone is 07700 900123 &#60;b&#62;and&#60;/b&#62; ${'x'.repeat(1200)}</textarea>`)
    expect(page).toContain('>\nkept</textarea>')
    expect(page).toContain('<input type="hidden" name="page" value="/guides/early-help">')
    expect(page).toContain('<input type="hidden" name="useful" value="no">')
    expect(page).toMatch(/<a href="https:\/\/www\.bbc\.co\.uk\/weather" rel="nofollow noreferrer"[^>]*><span class="sr-only">Emergency<\/span> Exit this page<\/a>/)
    expect(await store.count()).toBe(before)
  })

  it('a NUL typed in the form is refused (422) and left out of the form shown again', async () => {
    const response = await handleFeedbackPost(form({ page: '/contact', trying: 'left\u0000right' }), deps, SETTINGS)
    expect(response.status).toBe(422)
    const page = await response.text()
    expect(page).toContain(MESSAGES.tryingControl)
    expect(page).toContain('>\nleftright</textarea>')
  })

  it('a plain form always gets an HTML page, even when its body is refused unread', async () => {
    const huge = new URLSearchParams({ page: '/contact', trying: 'a'.repeat(MAX_BODY_BYTES) }).toString()
    const response = await handleFeedbackPost(post(huge, { 'content-type': 'application/x-www-form-urlencoded' }), deps, SETTINGS)
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(await response.text()).toContain(MESSAGES.tooLarge)
  })

  it('a page that is not ours is a 400 page, never a redirect elsewhere', async () => {
    const response = await handleFeedbackPost(form({ page: '//evil.example/x', useful: 'yes' }), deps, SETTINGS)
    expect(response.status).toBe(400)
    expect(response.headers.get('location')).toBeNull()
    expect(await response.text()).toContain(MESSAGES.invalidPage)
  })

  it('multipart forms work too', async () => {
    const body = new FormData()
    body.set('page', '/contact')
    body.set('useful', 'yes')
    const response = await handleFeedbackPost(post(body, {}), deps, SETTINGS)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/contact#feedback-thanks')
  })
})
