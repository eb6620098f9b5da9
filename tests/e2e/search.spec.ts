import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, sitemapPaths } from './helpers'

async function searchFromHeader(page: Page, query: string) {
  const form = page.getByRole('search', { name: 'Site' })
  await form.getByRole('searchbox', { name: 'Search this site' }).fill(query)
  await form.getByRole('button', { name: 'Search' }).click()
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    test('the header search box finds a need, with a type label, highlighted words and a count', async ({ page }) => {
      await page.goto('/services')
      await searchFromHeader(page, 'domestic abuse')
      await expect(page).toHaveURL(/\/search\?q=domestic\+abuse$/)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results')
      await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results? for “domestic abuse”/)
      const first = page.getByRole('main').getByRole('listitem').first()
      await expect(first).toContainText('Help with')
      await expect(first.locator('mark').first()).toBeVisible()
      await first.getByRole('link', { name: 'Domestic violence and abuse' }).click()
      await expect(page).toHaveURL(/\/help\/domestic-violence-and-abuse$/)
    })

    test('no results: a spelling suggestion, the central line and other ways in', async ({ page }) => {
      await page.goto('/search?q=famliy+hbu')
      await expect(page.getByText('No results for “famliy hbu”.')).toBeVisible()
      await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible()
      await expect(page.getByRole('main').getByRole('link', { name: /Help by need/ })).toHaveAttribute('href', '/help')
      await page.getByRole('main').getByRole('link', { name: 'family hub', exact: true }).click()
      await expect(page).toHaveURL(/q=family%20hub|q=family\+hub/)
      await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for “family hub”/)
    })
  })
}

test('empty and over-long searches get a clear message, not an error', async ({ page }) => {
  let response = await page.goto('/search?q=+++')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Enter a word or two about what you are looking for')
  await expect(page.getByRole('searchbox', { name: 'Search this site' }).last()).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page)

  response = await page.goto(`/search?q=${'help '.repeat(50)}`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('main').getByRole('alert')).toContainText('use 200 characters or fewer')
  await page.getByRole('main').getByRole('alert').getByRole('link').click()
  await expect(page.locator('#search-page-input')).toBeFocused()
})

test('results pages pass axe, are noindex and are not in the sitemap', async ({ page, request }) => {
  await page.goto('/search?q=school')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expectNoAxeViolations(page)
  await page.goto('/search?q=xqzvw')
  await expectNoAxeViolations(page)
  expect((await sitemapPaths(request)).filter((path) => path.startsWith('/search'))).toEqual([])
})

test.describe('on a phone (390 x 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the header leaves the page heading in the first screen', async ({ page }) => {
    for (const path of ['/', '/services', '/help/send', '/family-hubs/armley', '/guides/early-help']) {
      await page.goto(path)
      const box = await page.locator('main h1').boundingBox()
      expect(box, path).not.toBeNull()
      expect((box?.y ?? 900) + (box?.height ?? 0), `${path}: bottom of the h1`).toBeLessThanOrEqual(844)
      await expect(page.locator('header').getByRole('link', { name: 'Family Hubs', exact: true }), path).toBeHidden()
    }
  })

  for (const javaScriptEnabled of [true, false]) {
    test(`the menu opens and closes from the keyboard (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled })
      const page = await context.newPage()
      await page.goto('/services')
      const menu = page.locator('summary', { hasText: 'Menu' })
      // Tab from the top of the page, as a keyboard user would, until the Menu button has focus.
      for (let tab = 0; tab < 10 && (await page.locator('summary:focus').count()) === 0; tab++) {
        await page.keyboard.press('Tab')
      }
      await expect(menu).toBeFocused()
      await expect(menu).toHaveCSS('background-color', 'rgb(255, 221, 0)')
      const nav = page.getByRole('navigation', { name: 'Main' })
      await expect(nav).toBeHidden()
      await page.keyboard.press('Enter')
      await expect(nav).toBeVisible()
      await expect(nav.getByRole('link', { name: 'Services' })).toHaveAttribute('aria-current', 'page')
      // axe runs inside the page, so it needs JavaScript.
      if (javaScriptEnabled) await expectNoAxeViolations(page)
      await page.keyboard.press('Tab')
      await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused()
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Space')
      await expect(nav).toBeHidden()
      await page.keyboard.press('Space')
      await nav.getByRole('link', { name: 'Help', exact: true }).click()
      await expect(page).toHaveURL(/\/help$/)
      await context.close()
    })
  }

  test('searching from the phone header works', async ({ page }) => {
    await page.goto('/')
    await searchFromHeader(page, 'SEN')
    await expect(page.getByRole('main').getByRole('listitem').first().getByRole('link')).toHaveText(/SEND/)
    await expectNoAxeViolations(page)
  })
})

test('many results come ten to a page, with next and previous links', async ({ page }) => {
  await page.goto('/search?q=help')
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results for “help” \(showing 1 to 10\)$/)
  await expect(page.getByRole('main').locator('ol > li')).toHaveCount(10)
  await page.getByRole('navigation', { name: 'Results pages' }).getByRole('link', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/page=2/)
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/\(showing 11 to \d+\)$/)
  await page.getByRole('navigation', { name: 'Results pages' }).getByRole('link', { name: 'Previous page' }).click()
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/\(showing 1 to 10\)$/)
})

test("the built server searches with the editors' word list: a condition leads to its need, and a thing the site has no page about gets the help", async ({ page }) => {
  await page.goto('/search?q=autistic')
  await expect(page.getByRole('main').locator('ol > li').first().getByRole('link')).toHaveText(/SEND/)
  await page.goto('/search?q=council+tax')
  await expect(page.getByText('No results for “council tax”.')).toBeVisible()
})

test('the same search asked again comes from the server’s memory; browsers and proxies are told to keep nothing', async ({ request }) => {
  const target = '/search?q=young+carer'
  const first = await request.get(target)
  expect(first.headers()['cache-control']).toMatch(/no-store/)
  const text = await first.text()
  // Kept once compressed, in the background: ask until the answer comes from memory.
  let again = first
  const kept = async () => {
    again = await request.get('/search?q=+young++carer&from=header')
    return again.headers().age !== undefined
  }
  await expect.poll(kept, { timeout: 5000 }).toBe(true)
  expect(again.headers()['cache-control']).toMatch(/no-store/)
  expect(again.headers()['content-security-policy']).toBe(first.headers()['content-security-policy'])
  expect(await again.text()).toBe(text)
  expect((await request.get('/search?q=young+carer+groups')).headers().age, 'another query is another answer').toBeUndefined()
})

test.describe('feedback on a results page', () => {
  test.use({ javaScriptEnabled: false })

  test('"Is this page useful?" works there too, without JavaScript, and comes back to the same results', async ({ page }) => {
    await page.goto('/search?q=young+carer&page=1')
    await page.getByRole('region', { name: 'Feedback about this page' }).getByRole('button', { name: 'Yes this page is useful' }).click()
    await expect(page).toHaveURL(/\/search\?q=young%20carer#feedback-thanks$/)
    await expect(page.locator('#feedback-thanks')).toHaveText('Thank you for your feedback')
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for “young carer”/)
  })
})
