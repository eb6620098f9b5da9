import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'

const CREDENTIALS = { username: 'editor', password: 'correct horse battery staple' }
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
// A client address per purpose (random, so parallel workers and reruns never share a lock-out).
const octet = () => Math.floor(Math.random() * 250) + 1
const address = (n: number) => `10.${n}.${octet()}.${octet()}`

test('without credentials: 401 and a Basic challenge, no data', async ({ request }) => {
  const response = await request.get('/admin/feedback', { headers: { 'x-forwarded-for': address(1) } })
  expect(response.status()).toBe(401)
  expect(response.headers()['www-authenticate']).toMatch(/^Basic realm=/)
  expect(await response.text()).not.toContain('Answers per page')
})

test('wrong passwords are refused, then the client is locked out even with the right one', async ({ request }) => {
  const client = address(2)
  const headers = (authorization: string) => ({ 'x-forwarded-for': client, authorization })
  for (let i = 0; i < 5; i++) {
    const response = await request.get('/admin/feedback', { headers: headers(basic('editor', `guess ${i}`)) })
    expect(response.status()).toBe(401)
  }
  const locked = await request.get('/admin/feedback', { headers: headers(basic(CREDENTIALS.username, CREDENTIALS.password)) })
  expect(locked.status()).toBe(429)
  expect(Number(locked.headers()['retry-after'])).toBeGreaterThan(0)
  expect(await locked.text()).toContain('Try again in')
})

test.describe('signed in', () => {
  test.use({ httpCredentials: CREDENTIALS })
  test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders({ 'x-forwarded-for': address(3) }))

  test('shows counts per page and the latest comments, escaped; downloads CSV; filters by date', async ({ page, request }) => {
    const marker = `e2e-${Date.now()}`
    const sender = { 'x-forwarded-for': address(4) }
    const script = `<script>window.__pwned = true</script> ${marker}`
    expect((await request.post('/api/feedback', { data: { page: '/accessibility', useful: true }, headers: sender })).status()).toBe(201)
    expect((await request.post('/api/feedback', { data: { page: '/accessibility', useful: false, wrong: script }, headers: sender })).status()).toBe(201)

    await page.goto('/admin/feedback')
    await expect(page.getByRole('heading', { level: 1, name: 'Feedback about this website' })).toBeVisible()
    const row = page.getByRole('row', { name: /\/accessibility/ })
    await expect(row).toBeVisible()
    await expect(page.getByText(script)).toBeVisible()
    expect(await page.evaluate(() => 'window.__pwned' in window && Boolean(Reflect.get(window, '__pwned')))).toBe(false)
    await expectNoAxeViolations(page)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these responses as CSV' }).click()])
    expect(download.suggestedFilename()).toMatch(/^feedback-.*\.csv$/)
    const csv = await request.get('/admin/feedback?format=csv', { headers: { authorization: basic(CREDENTIALS.username, CREDENTIALS.password) } })
    expect(csv.headers()['content-type']).toContain('text/csv')
    expect(await csv.text()).toContain(marker)

    await page.getByLabel('From').fill('2099-01-01')
    await page.getByRole('button', { name: 'Show feedback' }).click()
    await expect(page).toHaveURL(/from=2099-01-01/)
    await expect(page.getByText('No feedback for this period.')).toBeVisible()
    await expect(page.getByText(marker)).toHaveCount(0)

    await page.goto('/admin/feedback?from=2026-13-45')
    await expect(page.getByRole('alert')).toContainText('The start date must be a real date')
  })
})
