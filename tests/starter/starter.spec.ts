import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { readSiteFile } from '../../lib/content/site-file'
import { languageSegment, siteLanguages } from '../../lib/i18n/site-languages'
import { expectNoAxeViolations, sitemapPaths } from '../e2e/helpers'

// The fictional starter council, built from examples/starter: what every council's site must do,
// whatever its content. Facts are read from its site.yaml, never written in here. The test
// council adds two languages to it (scripts/test-councils.sh); these checks are of its default
// language's pages, which keep the addresses and words of a site in one language (its other
// languages' pages are tests/languages').
const site = readSiteFile(process.env.CONTENT_DIR ?? '.test-council')
const OTHER_SEGMENTS = siteLanguages(site).slice(1).map(languageSegment)

/** The sitemap's pages in the default language. */
async function defaultLanguagePaths(request: APIRequestContext): Promise<string[]> {
  return (await sitemapPaths(request)).filter((path) => !OTHER_SEGMENTS.includes(path.split('/')[1] ?? ''))
}

const EXIT_ORIGIN = new URL(site.exitPageUrl).origin
/** Anything that would betray Leeds' content leaking into another council's site. */
const LEEDS = /Leeds|0113|\bLS\d{1,2} ?\d[A-Z]{2}\b/i

async function visiblePageText(page: Page): Promise<string> {
  return `${await page.title()}\n${await page.locator('body').innerText()}`
}

// Four parts, each checking a quarter of the pages with axe (and every page's title): under npm test
// they share two cores with Leeds' browser tests.
const CHUNKS = 4
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  test(`every sitemap page ${chunk + 1}/${CHUNKS}: 200, one h1, its own title, says it is an example, nothing of Leeds, no axe violations`, async ({ page, request }) => {
    test.setTimeout(180_000)
    const paths = await defaultLanguagePaths(request)
    const titles = new Set<string>()
    for (const [index, path] of paths.entries()) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      const title = await page.title()
      expect(titles.has(title), `${path}: title "${title}" is not unique`).toBe(false)
      titles.add(title)
      if (index % CHUNKS !== chunk) continue
      await test.step(path, async () => {
        await expect(page.locator('h1'), path).toHaveCount(1)
        await expect(page.locator('.example-notice'), path).toContainText(site.exampleNotice ?? 'missing exampleNotice')
        expect(await visiblePageText(page), path).not.toMatch(LEEDS)
        await expectNoAxeViolations(page)
      })
    }
  })
}

test('the header shows the council’s logo with its alt text, drawn from the page itself', async ({ page }) => {
  await page.goto('/')
  const logo = page.locator('header img.site-logo')
  await expect(logo).toHaveAttribute('alt', site.logo?.alt ?? 'missing logo')
  expect(await logo.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
  expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true)
})

test.describe('a council without hub buildings', () => {
  test('has no hubs page, postcode search or menu item, and no link to them', async ({ page, request }) => {
    for (const path of ['/family-hubs', '/family-hubs?postcode=SW1A+1AA', '/family-hubs/anything', '/find/nearest-hub']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(404)
      // The site's own 404 page, in the HTML itself (not Next's empty error shell).
      expect(await response.text(), path).toMatch(/<h1[^>]*>Page not found<\/h1>/)
    }
    for (const path of await defaultLanguagePaths(request)) {
      expect(path).not.toMatch(/^\/family-hubs|^\/find\//)
      await page.goto(path)
      await expect(page.locator('a[href^="/family-hubs"], form[action="/family-hubs"]'), path).toHaveCount(0)
    }
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 2, name: /^Talk to the / })).toBeVisible()
    // Nor do the words the site writes itself offer hubs the council does not have.
    for (const path of ['/', '/open-data', '/list', '/search']) {
      await page.goto(path)
      await expect(page.locator('meta[name="description"]'), path).not.toHaveAttribute('content', /\bhubs?\b/i)
    }
    await expect(page.getByRole('main')).not.toContainText(/\bhubs?\b/i)
  })

  test('the page-not-found and no-results help offer no hubs page either', async ({ page }) => {
    expect((await page.goto('/no-such-page'))?.status()).toBe(404)
    await expect(page.locator('main a[href^="/family-hubs"]')).toHaveCount(0)
    await page.goto('/search?q=zzzzqqq')
    await expect(page.getByRole('heading', { name: 'Other ways to find help' })).toBeVisible()
    await expect(page.locator('main a[href^="/family-hubs"]')).toHaveCount(0)
  })
})

test('its own levels of help: the early help page and the finder offer exactly the files in support-levels/', async ({ page }) => {
  await page.goto('/early-help')
  const levels = await page.locator('[id^="level-"]').count()
  expect(levels).toBe(3)
  await page.goto('/services')
  await expect(page.locator('#filter-level option')).toHaveCount(levels + 1)
})

test('opening times show Saturday hours and the bank holiday closures still to come', async ({ page }) => {
  await page.goto('/services/family-information-line')
  const table = page.locator('table').first()
  await expect(table.getByRole('row', { name: /Saturday/ })).toBeVisible()
  await expect(page.getByText(/^(Open now|Closed now)/).first()).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every sitemap page renders its content and the menu opens', async ({ page, request }) => {
    test.setTimeout(120_000)
    for (const path of await defaultLanguagePaths(request)) {
      await page.goto(path)
      await expect(page.locator('main h1'), path).toBeVisible()
      expect((await page.locator('main').innerText()).trim().length, path).toBeGreaterThan(200)
    }
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/')
    await page.locator('summary.site-menu-button').click()
    await expect(page.locator('.site-menu-panel').getByRole('link', { name: 'Services' })).toBeVisible()
  })

  test('feedback: Yes brings back the page with the thank-you', async ({ page }) => {
    await page.goto('/services')
    await page.getByRole('button', { name: 'Yes this page is useful' }).click()
    await expect(page).toHaveURL(/\/services#feedback-thanks$/)
    await expect(page.locator('#feedback-thanks')).toHaveText('Thank you for your feedback')
  })
})

test('exit this page leaves for the site’s exit address', async ({ page }) => {
  await page.route(`${EXIT_ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Stand-in</title>' }))
  await page.goto('/help')
  await page.waitForFunction(() => performance.getEntriesByName('exit-this-page-armed').length > 0)
  await page.locator('.exit-this-page').getByRole('link', { name: 'Emergency Exit this page' }).click()
  await expect(page).toHaveURL(site.exitPageUrl)
})
