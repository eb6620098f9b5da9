import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { startSecondServer } from './second-server'

// The main test server trusts 127.0.0.1 as a proxy (so tests can play many clients). Here a
// second server runs with no trusted proxies, as a site facing the internet directly would:
// X-Forwarded-For must make no difference to who the client is.

// E2E_PORT + 1 is the postcode stand-in (playwright.config.ts).
const PORT = Number(process.env.E2E_PORT ?? 3100) + 2
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
const forged = (n: number) => ({ 'x-forwarded-for': `198.51.100.${n}`, 'x-real-ip': `192.0.2.${n}` })

let server: Awaited<ReturnType<typeof startSecondServer>>
let dir: string

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(90_000)
  dir = mkdtempSync(path.join(tmpdir(), 'e2e-no-proxies-'))
  server = await startSecondServer(PORT, {
    TRUSTED_PROXIES: '',
    FEEDBACK_DB_PATH: path.join(dir, 'feedback.sqlite'),
    DATABASE_URL: '',
    ADMIN_USERNAME: 'editor',
    ADMIN_PASSWORD: 'right password',
  })
})

test.afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

test('a new X-Forwarded-For for each wrong password does not escape the lock-out; the locked-out admin is told when to retry', async ({ request }) => {
  for (let i = 0; i < 5; i++) {
    const response = await request.get(`${server.baseURL}/admin/feedback`, { headers: { ...forged(i), authorization: basic('editor', `guess ${i}`) } })
    expect(response.status()).toBe(401)
  }
  const locked = await request.get(`${server.baseURL}/admin/feedback`, { headers: { ...forged(99), authorization: basic('editor', 'right password') } })
  expect(locked.status()).toBe(429)
  const retryAfter = Number(locked.headers()['retry-after'])
  expect(retryAfter).toBeGreaterThan(800)
  expect(retryAfter).toBeLessThanOrEqual(900)
  expect(await locked.text()).toMatch(/Try again in 1[45] minutes \(after \d\d:\d\d UTC\)\./)
})

test('the per-client feedback limit counts the socket’s address, whatever the headers say', async ({ request }) => {
  const statuses: number[] = []
  for (let i = 0; i < 11; i++) {
    const response = await request.post(`${server.baseURL}/api/feedback`, { data: { page: '/guides', useful: true }, headers: forged(i) })
    statuses.push(response.status())
  }
  expect(statuses).toEqual([...Array(10).fill(201), 429])
})
