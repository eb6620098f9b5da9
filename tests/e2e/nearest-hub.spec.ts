import { expect, test, type Page } from '@playwright/test'
import { FAILING_POSTCODES } from '../support/postcodes-stand-in'
import { expectNoAxeViolations, fromCache } from './helpers'

// The server under test asks the local postcodes stand-in (playwright.config.ts), through the
// same HTTP client it uses in production.

async function searchFrom(page: Page, path: string, postcode: string) {
  await page.goto(path)
  await page.getByLabel(/postcode/i).fill(postcode)
  await page.getByRole('button', { name: 'Find nearest hubs' }).click()
}

const nearestList = (page: Page) => page.getByRole('region', { name: /Family Hubs nearest to/ }).getByRole('listitem')

for (const javaScriptEnabled of [false, true]) {
  test.describe(`postcode search, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    test('from the home page, a messy postcode lists every hub nearest first with distances', async ({ page }) => {
      await searchFrom(page, '/', ' ls185bl ')
      await expect(page).toHaveURL(/\/family-hubs\?postcode=/)
      await expect(page.getByRole('heading', { level: 2, name: 'Family Hubs nearest to LS18 5BL' })).toBeVisible()
      const items = nearestList(page)
      await expect(items).toHaveCount(7)
      await expect(items.first()).toContainText('Horsforth Family Hub')
      await expect(items.first()).toContainText('less than 0.1 miles away')
      await expect(items.nth(1)).toContainText(/about \d+\.\d miles? away/i)
      const miles = (await items.allInnerTexts()).map((text) => Number(/(\d+\.\d) miles/.exec(text)?.[1] ?? 0))
      expect(miles).toEqual([...miles].sort((a, b) => a - b))
      await expect(page.getByLabel(/postcode/i)).toHaveValue('LS18 5BL')
      if (javaScriptEnabled) {
        await expectNoAxeViolations(page)
        // The result page is rendered per request and reached by a rewrite: its scripts must carry CSP hashes too.
        const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'))
        expect(csp).toMatch(/script-src 'self' 'sha256-/)
      }
    })

    test('a postcode that is not a postcode gets an error summary and a message at the field', async ({ page }) => {
      await searchFrom(page, '/family-hubs', 'Leeds 9')
      await expect(page).toHaveTitle(/^Error:/)
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
      await expect(summary).toContainText('There is a problem')
      await expect(summary.getByRole('link', { name: /Enter a real postcode/ })).toHaveAttribute('href', '#postcode')
      const field = page.getByRole('textbox', { name: /postcode/i })
      await expect(field).toHaveValue('Leeds 9')
      await expect(field).toHaveAttribute('aria-invalid', 'true')
      await expect(page.locator('#postcode-error')).toContainText('Enter a real postcode')
      await expect(page.getByRole('heading', { name: 'All Family Hubs by area' })).toBeVisible()
      if (javaScriptEnabled) await expectNoAxeViolations(page)
    })
  })
}

test.describe('when the postcode cannot be placed, every hub is still listed by area', () => {
  const cases = [
    ['outside the city', 'BD1 1AA', 'BD1 1AA is not in Leeds'],
    ['unknown (404)', 'LS1 9ZZ', 'We could not find LS1 9ZZ'],
    ['API failing (500)', FAILING_POSTCODES.serverError, 'We cannot look up postcodes at the moment'],
    ['API too slow (timeout)', FAILING_POSTCODES.slow, 'We cannot look up postcodes at the moment'],
  ] as const

  for (const [label, postcode, message] of cases) {
    test(label, async ({ page }) => {
      const started = Date.now()
      const response = await page.goto(`/family-hubs?postcode=${encodeURIComponent(postcode)}`)
      expect(response?.status()).toBe(200)
      expect(Date.now() - started).toBeLessThan(5000)
      await expect(page.getByRole('heading', { level: 2, name: message })).toBeVisible()
      await expect(page.getByRole('region', { name: message })).toContainText('0113 535 0185')
      await expect(page.locator('[data-hub-latitude]')).toHaveCount(7)
      await expect(page.getByRole('heading', { name: 'South Leeds' })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
})

test('the plain hubs page is served prebuilt; a postcode search is never cached', async ({ request }) => {
  const plain = await request.get('/family-hubs')
  expect(fromCache(plain.headers())).toBe(true)
  const search = await request.get('/family-hubs?postcode=LS9+7BG')
  expect(search.headers()['cache-control']).toMatch(/no-store/)
  expect(await search.text()).toMatch(/Family Hubs nearest to (<!-- -->)?(<span[^>]*>)?LS9 7BG/)
  expect(search.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)
})

test.describe('use my location', () => {
  test.use({ geolocation: { latitude: 53.7489, longitude: -1.4774 }, permissions: ['geolocation'] })

  test('lists hubs nearest first, worked out in the browser, sending nothing', async ({ page }) => {
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    const response = await page.goto('/family-hubs')
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/)
    expect(response?.headers()['permissions-policy']).toContain('geolocation=(self)')
    const sent: string[] = []
    page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`))
    await page.getByRole('button', { name: 'Use my location' }).click()
    const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: 'Rothwell Family Hub' }) }).first()
    await expect(page.getByRole('heading', { name: 'Family Hubs nearest to you' })).toBeVisible()
    await expect(list.getByRole('listitem')).toHaveCount(7)
    await expect(list.getByRole('listitem').first()).toContainText('Rothwell Family Hub')
    await expect(list.getByRole('listitem').first()).toContainText(/less than 0\.1 miles away|about \d\.\d miles? away/)
    expect(sent.filter((entry) => /53\.74|1\.477/.test(entry))).toEqual([])
    await expectNoAxeViolations(page)
    expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([])
  })

  test('says so when the browser refuses the location', async ({ page, context }) => {
    await context.clearPermissions()
    await page.goto('/family-hubs')
    await page.getByRole('button', { name: 'Use my location' }).click()
    await expect(page.getByText(/did not let this site see your location/)).toBeVisible()
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('"Use my location" is not offered', async ({ page }) => {
    await page.goto('/family-hubs')
    await expect(page.getByRole('button', { name: 'Use my location' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Find nearest hubs' })).toBeVisible()
  })
})

test('the postcode example is one of the site’s own hubs, and the error messages use it', async ({ page }) => {
  await page.goto('/family-hubs')
  const hint = (await page.locator('#postcode-hint').innerText()).trim()
  const [, postcode, outcode] = /^For example, ([A-Z0-9]+ [A-Z0-9]+) or ([A-Z0-9]+)\./.exec(hint) ?? []
  expect(postcode, hint).toBeDefined()
  expect(postcode?.startsWith(`${outcode} `)).toBe(true)
  await expect(page.locator('main')).toContainText(postcode ?? 'missing')
  await page.getByLabel(/postcode/i).fill('nowhere')
  await page.getByRole('button', { name: 'Find nearest hubs' }).click()
  await expect(page.locator('#postcode-error')).toContainText(`Enter a real postcode, like ${postcode}, or the first part of it, like ${outcode}`)
})
