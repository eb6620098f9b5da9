import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, sitemapPaths } from './helpers'

// Pages ship the HTML the server renders, the inline "Exit this page" script and the site's one
// small script, and nothing of the framework (lib/security/page-scripts.ts): no Next or React
// chunk, no hydration payload, no client router. Links are plain page loads.

const PAGE_TYPES = [
  '/',
  '/family-hubs/armley',
  '/guides/early-help',
  '/services',
  '/help/school-nursery-or-college',
  '/search?q=school',
  '/services?age=5',
  '/family-hubs?postcode=LS9%207BG',
  '/list?h=armley&s=family-hubs',
  '/feedback?page=/privacy',
]

const FRAMEWORK = /\/_next\/static\/chunks\/[^"']+\.js|self\.__next_f|TURBOPACK|rel="modulepreload"|as="script"/

/** Scripts the page asked for, and what the browser reported about its policy. */
function watch(page: Page): { scripts: string[]; problems: string[] } {
  const seen: { scripts: string[]; problems: string[] } = { scripts: [], problems: [] }
  page.on('request', (request) => {
    if (request.resourceType() === 'script') seen.scripts.push(new URL(request.url()).pathname)
  })
  page.on('console', (message) => {
    if (message.type() === 'error') seen.problems.push(message.text())
  })
  page.on('pageerror', (error) => seen.problems.push(error.message))
  return seen
}

test('no page carries the framework’s scripts or hydration payload, only the site’s own', async ({ request }) => {
  test.setTimeout(120_000)
  const own = new Set<string>()
  for (const path of [...new Set([...PAGE_TYPES, ...(await sitemapPaths(request))])]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const html = await response.text()
    expect(html.match(FRAMEWORK)?.[0], `${path} carries the framework`).toBeUndefined()
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? '')
    expect(sources, path).toHaveLength(1)
    for (const source of sources) own.add(source)
    const policy = response.headers()['content-security-policy'] ?? ''
    expect(policy, path).not.toMatch(/unsafe-(inline|eval)/)
    // One hash: the exit script. Nothing else inline is allowed.
    expect(policy.match(/script-src[^;]*/)?.[0].match(/'sha256-/g) ?? [], path).toHaveLength(1)
  }
  expect([...own]).toEqual([expect.stringMatching(/^\/_next\/static\/enhance\/site-[\w-]+\.js$/)])
  const [script] = [...own]
  const asset = await request.get(script ?? '', { headers: { 'accept-encoding': 'br' } })
  expect(asset.status()).toBe(200)
  expect(asset.headers()['cache-control']).toContain('immutable')
  expect(Number(asset.headers()['content-length'])).toBeLessThan(6 * 1024)
})

test('each page type loads only the site’s script, with no errors in the console (CSP included), and passes axe', async ({ page }) => {
  test.setTimeout(120_000)
  for (const path of PAGE_TYPES) {
    await test.step(path, async () => {
      const seen = watch(page)
      await page.goto(path)
      await page.waitForLoadState('load')
      expect(seen.scripts.every((script) => script.startsWith('/_next/static/enhance/')), `${path}: ${seen.scripts.join(', ')}`).toBe(true)
      expect(seen.problems, path).toEqual([])
      await expectNoAxeViolations(page)
      page.removeAllListeners('request')
      page.removeAllListeners('console')
      page.removeAllListeners('pageerror')
    })
  }
})

test('links are page loads: back and forward return to each page, scrolled where it was', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => window.scrollTo(0, 600))
  await page.waitForFunction(() => window.scrollY > 0)
  const scrolled = await page.evaluate(() => window.scrollY)
  const loads: string[] = []
  page.on('load', () => loads.push(new URL(page.url()).pathname))
  // Followed from where the reader is (a Playwright click would first scroll the header link into view).
  await page.getByRole('navigation').getByRole('link', { name: 'Services' }).first().evaluate((link) => link instanceof HTMLElement && link.click())
  await expect(page).toHaveURL(/\/services$/)
  expect(loads).toEqual(['/services'])
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Services' }).first()).toHaveAttribute('aria-current', 'page')
  await page.goBack()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.locator('h1')).toBeVisible()
  // The browser restores the position itself, once the page has loaded again.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled)
  await page.goForward()
  await expect(page).toHaveURL(/\/services$/)
  await expect(page.locator('h1')).toContainText(/service/i)
})

test('after a page load focus starts at the top: the first Tab is the skip link, which reaches the main content', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('navigation').getByRole('link', { name: 'Services' }).first().click()
  await expect(page).toHaveURL(/\/services$/)
  await expect(page.locator('body')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main#main-content')).toBeFocused()
})
