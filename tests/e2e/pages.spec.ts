import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, sitemapPaths } from './helpers'

// Split the sitemap so the workers share the pages, in pieces small enough that none is left
// running alone at the end, and each stays well inside its time limit on a busy machine.
const CHUNKS = 8

for (let chunk = 0; chunk < CHUNKS; chunk++) {
  test(`sitemap pages ${chunk + 1}/${CHUNKS}: 200, one h1, title, canonical, no axe violations`, async ({ page, request }) => {
    test.setTimeout(120_000)
    const paths = (await sitemapPaths(request)).filter((_, index) => index % CHUNKS === chunk)
    for (const path of paths) {
      await test.step(path, async () => {
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(200)
        await expect(page.locator('h1'), path).toHaveCount(1)
        await expect(page).toHaveTitle(/\S/)
        const description = await page.locator('meta[name="description"]').getAttribute('content')
        expect(description?.length ?? 0, `${path} has a description`).toBeGreaterThan(20)
        const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
        expect(new URL(canonical ?? 'http://x/none').pathname.replace(/\/$/, '') || '/', path).toBe(path)
        await expect(page.locator('main#main-content')).toHaveCount(1)
        await expectNoAxeViolations(page)
      })
    }
  })
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every sitemap page renders its main content', async ({ page, request }) => {
    test.setTimeout(120_000)
    for (const path of await sitemapPaths(request)) {
      await test.step(path, async () => {
        await page.goto(path)
        await expect(page.locator('main h1')).toBeVisible()
        const text = (await page.locator('main').innerText()).trim()
        expect(text.length, `${path} main content`).toBeGreaterThan(200)
      })
    }
  })
})

test('filtering by age leaves out services for other ages', async ({ page }) => {
  await page.goto('/services?age=3')
  await expect(page.locator('main')).not.toContainText(/Multi-systemic therapy/i)
  await page.goto('/services?age=14')
  await expect(page.locator('main')).toContainText(/Multi-systemic therapy/i)
})

test('a missing page is a helpful 404 that passes axe', async ({ page }) => {
  const response = await page.goto('/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('link', { name: 'finding your Family Hub' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a hub page has contact links, a map link by postcode and schema.org data', async ({ page }) => {
  await page.goto('/family-hubs/armley')
  await expect(page.locator('main a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:01135350185')
  await expect(page.locator('main a[href^="mailto:"]').first()).toBeVisible()
  await expect(page.getByRole('link', { name: /Find LS12 1UQ on a map/ })).toHaveAttribute('href', /LS12%201UQ/)
  const json = await page.locator('script[type="application/ld+json"]').textContent()
  const data: unknown = JSON.parse(json ?? '{}')
  expect(data).toMatchObject({ '@type': 'GovernmentOffice', address: { postalCode: 'LS12 1UQ' } })
})

test('the levels of help are real text in an ordered list, not an image', async ({ page }) => {
  await page.goto('/early-help')
  const levels = page.locator('figure ol > li')
  await expect(levels).toHaveCount(4)
  await expect(levels.first()).toContainText('Universal')
  await expect(page.locator('main img')).toHaveCount(0)
})

test('keyboard: the skip link comes first and moves focus to the main content', async ({ page }) => {
  await page.goto('/family-hubs')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main-content$/)
  await page.keyboard.press('Tab')
  const focusedInMain = await page.evaluate(() => !!document.activeElement?.closest('main'))
  expect(focusedInMain).toBe(true)
})

test('keyboard: the main navigation can be reached and followed, and marks the current page', async ({ page }) => {
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  let reached = false
  for (let press = 0; press < 15 && !reached; press++) {
    await page.keyboard.press('Tab')
    reached = await nav.getByRole('link', { name: 'Services' }).evaluate((el) => el === document.activeElement)
  }
  expect(reached).toBe(true)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/services$/)
  await expect(nav.getByRole('link', { name: 'Services' })).toHaveAttribute('aria-current', 'page')
  await page.goto('/services/multi-systemic-therapy')
  await expect(nav.getByRole('link', { name: 'Services' })).toHaveAttribute('aria-current', 'true')
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Services' })).toBeVisible()
  // A filtered list and a postcode answer are served by other routes behind the same address:
  // the navigation still marks the section the reader is in, after hydration too.
  const sections: [address: string, section: string][] = [
    ['/services?age=5', 'Services'],
    ['/family-hubs?postcode=LS9+7BG', 'Family Hubs'],
  ]
  for (const [address, section] of sections) {
    await page.goto(address)
    await page.waitForLoadState('networkidle')
    await expect(nav.getByRole('link', { name: section, exact: true }), address).toHaveAttribute('aria-current', 'page')
  }
})

test('a guide prints without navigation and with link addresses shown', async ({ page }) => {
  await page.goto('/guides/family-hubs')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.locator('footer')).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const after = await page.locator('main .prose a[href^="/"]').first().evaluate((el) => getComputedStyle(el, '::after').content)
  expect(after).toContain('/')
})

test.describe('on a 320 pixel wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('pages do not scroll sideways', async ({ page }) => {
    for (const path of ['/', '/family-hubs/deacon-house', '/services', '/early-help', '/guides/consent-and-information-sharing']) {
      await page.goto(path)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })
})
