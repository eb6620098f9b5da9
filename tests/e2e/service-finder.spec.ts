import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, fromCache } from './helpers'

// The service finder on /services: GET filters, counts, removable filters, honest ages, caching.

const resultsHeading = (page: Page) => page.locator('#results')
const matchCount = async (page: Page) => Number(/^(\d+)/.exec((await resultsHeading(page).innerText()).trim())?.[1] ?? NaN)

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filters are a plain GET form with a shareable address and a count', async ({ page }) => {
    await page.goto('/services')
    const all = await matchCount(page)
    await page.getByLabel('Age of the child or young person').selectOption({ label: '11 to 17 years' })
    await page.getByLabel('Level of help').selectOption('specialist-intensive')
    await page.getByLabel('How to get it').selectOption({ label: 'A professional refers the family' })
    await page.getByRole('button', { name: 'Show services' }).click()
    await expect(page).toHaveURL(/\/services\?age=11-17&need=&level=specialist-intensive&access=professional-referral&audience=&postcode=$/)
    await expect(resultsHeading(page)).toHaveText(/^\d+ services? match(es)? your filters$/)
    expect(await matchCount(page)).toBeLessThan(all)
    const matches = page.locator('main').locator('section', { has: page.locator('h3#level-specialist-intensive') })
    await expect(matches.getByRole('link', { name: 'Multi-systemic therapy (MST)' })).toBeVisible()
    await expect(page.getByLabel('Level of help')).toHaveValue('specialist-intensive')
  })

  test('each filter can be removed on its own', async ({ page }) => {
    await page.goto('/services?age=0-4&need=send&access=ask-directly')
    const remove = page.getByRole('link', { name: /^Remove filter:/ })
    await expect(remove).toHaveCount(3)
    await page.getByRole('link', { name: /Remove filter: What do you need help with: / }).click()
    await expect(page).toHaveURL(/\/services\?age=0-4&access=ask-directly$/)
    await expect(page.getByRole('link', { name: /^Remove filter:/ })).toHaveCount(2)
    await page.getByRole('link', { name: /Remove filter: Age of the child/ }).click()
    await page.getByRole('link', { name: /Remove filter: How to get it/ }).click()
    await expect(page).toHaveURL(/\/services$/)
    await expect(resultsHeading(page)).toHaveText(/^\d+ services$/)
  })

  test('a bad value in the address gets an error summary linked to the field', async ({ page }) => {
    await page.goto('/services?age=twelve&level=targeted')
    await expect(page).toHaveTitle(/^Error:/)
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary.getByRole('link', { name: 'Choose an age from the list' })).toHaveAttribute('href', '#filter-age')
    await expect(page.getByLabel('Age of the child or young person')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByRole('link', { name: /Remove filter: Level of help/ })).toBeVisible()
  })
})

test('services that do not state their ages are never claimed for an age, but shown apart', async ({ page }) => {
  await page.goto('/services?age=12')
  const matches = page.locator('main > section').filter({ has: page.locator('h3[id^="level-"]') })
  await expect(matches.getByRole('link', { name: "Children's centres (Early Start)" })).toHaveCount(0)
  await expect(matches.getByRole('link', { name: 'Multi-systemic therapy (MST)' })).toBeVisible()
  const unstated = page.getByRole('region', { name: /do not say which ages/ })
  await expect(unstated.getByRole('link', { name: "Children's centres (Early Start)" })).toBeVisible()
  await expect(unstated).toContainText('Ages not stated')
  await expectNoAxeViolations(page)

  await page.goto('/services/childrens-centres-early-start')
  await expect(page.locator('main dl')).toContainText('Ages not stated')
})

test('the 18 to 25 band is for young people with SEND', async ({ page }) => {
  await page.goto('/services?age=18-25')
  const matches = page.locator('main > section').filter({ has: page.locator('h3[id^="level-"]') })
  await expect(matches.locator('a[href="/services/family-hubs"]')).toBeVisible()
  await expect(matches.getByRole('heading', { level: 4, name: 'Multi-systemic therapy (MST)' })).toHaveCount(0)
})

test('the need filter uses the needs content', async ({ page }) => {
  await page.goto('/services')
  await page.getByLabel('What do you need help with?').selectOption({ label: 'Young carers' })
  await page.getByRole('button', { name: 'Show services' }).click()
  await expect(page.getByRole('link', { name: 'Leeds Young Carers Support Service' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Multi-systemic therapy (MST)' })).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('a filtered list is served from the cache, under the CSP, without console errors', async ({ page, request }) => {
  const first = await request.get('/services?level=universal&age=5')
  const again = await request.get('/services?age=5-10&level=universal')
  expect(fromCache(again.headers())).toBe(true)
  expect(await again.text()).toBe(await first.text())
  expect(fromCache((await request.get('/services')).headers())).toBe(true)
  // Families pay for data: a cached filtered list is compressed like every other page.
  const zipped = await request.get('/services?age=5-10', { headers: { 'accept-encoding': 'gzip' } })
  expect(zipped.headers()['content-encoding']).toBe('gzip')

  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  const response = await page.goto('/services?age=0-4&need=send')
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)
  await page.getByRole('link', { name: /Remove filter: Age of the child/ }).click()
  await expect(page).toHaveURL(/\/services\?need=send$/)
  expect(errors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([])
})

test.describe('services nearest a postcode, without JavaScript (the postcodes stand-in)', () => {
  test.use({ javaScriptEnabled: false })

  test('a postcode in the form lists services nearest first, keeps the filters, and is never cached', async ({ page, request }) => {
    await page.goto('/services')
    await page.getByLabel('Level of help').selectOption('universal')
    await page.getByLabel('Nearest to a postcode (optional)').fill('ls9 7bg')
    await page.getByRole('button', { name: 'Show services' }).click()
    await expect(page).toHaveURL(/\/services\?age=&need=&level=universal&access=&audience=&postcode=ls9\+7bg$/)
    await expect(resultsHeading(page)).toHaveText(/^\d+ services? match(es)? your filters, nearest to LS9 7BG first$/)
    await expect(page.getByLabel('Nearest to a postcode (optional)')).toHaveValue('ls9 7bg')
    // Leeds' services list no hubs or venues yet: each is shown, in its own group, never dropped.
    const noPlace = page.getByRole('region', { name: /no fixed place$/ })
    await expect(noPlace).toContainText('most work by phone, online or at home')
    expect(await noPlace.getByRole('listitem').count()).toBe(await matchCount(page))
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    // Removing a filter keeps the postcode.
    await expect(page.getByRole('link', { name: /Remove filter: Level of help/ })).toHaveAttribute('href', '/services?postcode=LS9%207BG')

    const answer = await request.get('/services?postcode=LS9%207BG')
    expect(answer.headers()['cache-control']).toMatch(/no-store/)
    expect(fromCache(answer.headers())).toBe(false)
  })

  test('a postcode that is not one gets an error summary linked to the box; one outside the area is said so', async ({ page }) => {
    await page.goto('/services?postcode=hello&level=universal')
    await expect(page).toHaveTitle(/^Error:/)
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary.getByRole('link', { name: /^Enter a real postcode/ })).toHaveAttribute('href', '#filter-postcode')
    await expect(page.getByLabel('Nearest to a postcode (optional)')).toHaveAttribute('aria-invalid', 'true')

    await page.goto('/services?postcode=BD1%201AA')
    await expect(page.getByRole('status').filter({ hasText: 'BD1 1AA' })).toContainText('BD1 1AA is not in our area')
    // The list is still there, by level of help.
    expect(await matchCount(page)).toBeGreaterThan(0)
    await expect(page.locator('h3[id^="level-"]').first()).toBeVisible()
  })

  test('Leeds states no costs, languages or times yet, so the finder offers no filter for them', async ({ page }) => {
    await page.goto('/services')
    for (const legend of ['Cost', 'How you take part', 'A language staff speak', 'When it runs']) {
      await expect(page.getByRole('group', { name: legend })).toHaveCount(0)
    }
    await page.goto('/services?cost=free')
    await expect(page.getByRole('alert').getByRole('link', { name: 'Choose "Free only" or leave it unticked' })).toBeVisible()
  })
})

// axe runs in the page, so these run with JavaScript on; the pages are the same without it.
for (const address of ['/services?postcode=LS9%207BG&level=universal', '/services?postcode=hello', '/services?postcode=BD1%201AA']) {
  test(`${address} has no axe violations`, async ({ page }) => {
    await page.goto(address)
    await expect(resultsHeading(page)).toBeVisible()
    await expectNoAxeViolations(page)
  })
}
