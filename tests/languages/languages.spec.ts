import { DatabaseSync } from 'node:sqlite'
import { expect, test, type Page } from '@playwright/test'
import { readSiteFile } from '../../lib/content/site-file'
import { createTranslator } from '../../lib/i18n/translator'
import { pseudoCatalogue } from '../../lib/i18n/pseudo'
import { expectNoAxeViolations, sitemapPaths } from '../e2e/helpers'

// A council in three languages (scripts/test-councils.sh): English by default, the accented,
// longer en-XA and the right-to-left ar-XB, at /en-xa/… and /ar-xb/…. Each page in each language.
const site = readSiteFile(process.env.CONTENT_DIR ?? '.test-council')
const LANGUAGES = site.languages ?? []
const SEGMENTS: Record<string, string> = { en: '', 'en-XA': '/en-xa', 'ar-XB': '/ar-xb' }
const words = { 'en-XA': createTranslator('en-XA', pseudoCatalogue('en-XA')), 'ar-XB': createTranslator('ar-XB', pseudoCatalogue('ar-XB')) }

/** The address's language: its first segment, or the default language without one. */
function languageOf(path: string): string {
  return LANGUAGES.find((language) => SEGMENTS[language] !== '' && (path === SEGMENTS[language] || path.startsWith(`${SEGMENTS[language]}/`))) ?? 'en'
}

/** The page's path in the default language. */
function defaultPath(path: string): string {
  const segment = SEGMENTS[languageOf(path)] ?? ''
  return path.slice(segment.length) || '/'
}

async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((elements) => elements.map((element) => [element.getAttribute('hreflang') ?? '', element.getAttribute('href') ?? '']))
  return Object.fromEntries(links.map(([language = '', href = '']) => [language, new URL(href).pathname]))
}

test('the site is in the three languages, and the sitemap names each page in each, reciprocally', async ({ request }) => {
  expect(LANGUAGES).toEqual(['en', 'en-XA', 'ar-XB'])
  const xml = await (await request.get('/sitemap.xml')).text()
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => {
    const body = match[1] ?? ''
    const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '').pathname
    const links = Object.fromEntries([...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((link) => [link[1] ?? '', new URL(link[2] ?? '').pathname]))
    return { loc, links }
  })
  const byLoc = new Map(entries.map((entry) => [entry.loc, entry.links]))
  expect(entries.length).toBeGreaterThan(30)
  for (const { loc, links } of entries) {
    expect(Object.keys(links).sort(), loc).toEqual([...LANGUAGES].sort())
    expect(links[languageOf(loc)], loc).toBe(loc)
    // Reciprocal: each version it names names it back.
    for (const other of Object.values(links)) expect(byLoc.get(other)?.[languageOf(loc)], `${other} names ${loc}`).toBe(loc)
  }
})

const CHUNKS = 3
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  test(`every page in every language ${chunk + 1}/${CHUNKS}: 200, one h1, html lang and dir, canonical, hreflang, language links to the same page`, async ({ page, request }) => {
    test.setTimeout(180_000)
    const paths = (await sitemapPaths(request)).filter((_, index) => index % CHUNKS === chunk)
    for (const path of paths) {
      await test.step(path, async () => {
        const language = languageOf(path)
        const response = await page.goto(path)
        expect(response?.status(), path).toBe(200)
        await expect(page.locator('h1'), path).toHaveCount(1)
        await expect(page.locator('html'), path).toHaveAttribute('lang', language)
        await expect(page.locator('html'), path).toHaveAttribute('dir', language === 'ar-XB' ? 'rtl' : 'ltr')
        expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').pathname, path).toBe(path)
        const versions = await alternates(page)
        const expected = Object.fromEntries(LANGUAGES.map((other) => [other, `${SEGMENTS[other] ?? ''}${defaultPath(path) === '/' && SEGMENTS[other] ? '' : defaultPath(path)}`]))
        expect(versions, path).toEqual({ ...expected, 'x-default': expected.en })
        // The language links: each other language, named in itself, marked with its own lang, to the same page.
        const links = page.getByRole('navigation', { name: language === 'en' ? 'Languages' : language === 'en-XA' ? words['en-XA'].t('languages.label') : words['ar-XB'].t('languages.label') }).getByRole('link')
        const found = await links.evaluateAll((elements) => elements.map((element) => ({ lang: element.getAttribute('lang'), href: element.getAttribute('href'), dir: element.getAttribute('dir') })))
        expect(found, path).toEqual(
          LANGUAGES.filter((other) => other !== language).map((other) => ({ lang: other, href: expected[other], dir: other === 'ar-XB' ? 'rtl' : 'ltr' })),
        )
      })
    }
  })
}

test('a link to the other language reaches the same page there', async ({ page }) => {
  await page.goto('/help')
  const heading = await page.locator('h1').innerText()
  await page.locator('a[lang="ar-XB"]').first().click()
  await expect(page).toHaveURL(/\/ar-xb\/help$/)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await page.locator('a[lang="en"]').first().click()
  await expect(page).toHaveURL(/\/help$/)
  await expect(page.locator('h1')).toHaveText(heading)
})

test('the interface is in the page’s language: the header, the footer, the feedback question', async ({ page }) => {
  await page.goto('/en-xa/services')
  const xa = words['en-XA']
  await expect(page.locator('.site-menu-button')).toHaveText(xa.t('header.menu'))
  await expect(page.locator('footer')).toContainText(xa.t('footer.noCookies'))
  await expect(page.getByRole('heading', { name: xa.t('feedback.question') })).toBeVisible()
  await expect(page.locator('.exit-this-page-button')).toContainText(xa.t('exit.link'))
  await expect(page.locator('header a.nav-link[href="/en-xa/services"]').first()).toHaveAttribute('aria-current', 'page')
})

test('the default language keeps its addresses: a page has one address, and the default’s segment is none', async ({ request }) => {
  expect((await request.get('/help')).status()).toBe(200)
  expect((await request.get('/en/help')).status()).toBe(404)
  // The rewrite matches either case; the language's segment is its own, in small letters.
  expect((await request.get('/en-XA/help')).status()).toBe(404)
  expect((await request.get('/ar-xb/no-such-page')).status()).toBe(404)
})

test('a right-to-left page passes axe, does not scroll sideways at 320 pixels, and keeps phone numbers left to right', async ({ page }) => {
  // Five pages through axe: on a loaded two-core machine each can take several seconds.
  test.setTimeout(90_000)
  for (const path of ['/ar-xb', '/ar-xb/help', '/ar-xb/services', '/ar-xb/contact', '/ar-xb/no-such-page']) {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(path)
    await expectNoAxeViolations(page)
    await page.setViewportSize({ width: 320, height: 640 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320)
  }
  await page.goto('/ar-xb/contact')
  const phones = page.locator('a[href^="tel:"]')
  expect(await phones.count()).toBeGreaterThan(0)
  for (const dir of await phones.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).direction))) expect(dir).toBe('ltr')
})

test('a right-to-left page on a phone, for a person to look at', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/ar-xb/help')
  await page.screenshot({ path: test.info().outputPath('ar-xb-help-390.png'), fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: test.info().outputPath('ar-xb-help-1280.png') })
  // Mirrored: the site name starts at the right, the menu button is left of it.
  const name = await page.locator('.site-name').boundingBox()
  expect(name?.x ?? 0).toBeGreaterThan(400)
})

test.describe('without JavaScript, in the pseudo-locales', () => {
  test.use({ javaScriptEnabled: false })

  test('exit this page is a plain link to the exit address, in the page’s words', async ({ page }) => {
    await page.goto('/ar-xb/help')
    const button = page.locator('.exit-this-page-button')
    await expect(button).toHaveAttribute('href', site.exitPageUrl)
    await expect(button).toContainText(words['ar-XB'].t('exit.link'))
  })

  test('feedback: Yes comes back to the page with the thank-you in its language', async ({ page }) => {
    await page.goto('/en-xa/help')
    await page.getByRole('button', { name: new RegExp(`^${escape(words['en-XA'].t('feedback.yes'))}`) }).click()
    await expect(page).toHaveURL(/\/en-xa\/help#feedback-thanks$/)
    await expect(page.locator('#feedback-thanks')).toBeVisible()
    await expect(page.locator('#feedback-thanks')).toHaveText(words['en-XA'].t('feedback.thanks'))
  })

  test('feedback: No leads to the form in the page’s language, which sends and comes back', async ({ page }) => {
    const ar = words['ar-XB']
    await page.goto('/ar-xb/services')
    await page.locator('#feedback-no').click()
    await expect(page).toHaveURL(/\/ar-xb\/feedback\?page=%2Far-xb%2Fservices.*answer=no/)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.locator('h1')).toHaveText(ar.t('feedback.headingNo'))
    await expect(page.getByText(ar.plural('feedback.upTo', 1200)).first()).toBeVisible()
    const typed = `Find a service ${Date.now()}`
    await page.locator('#feedback-trying').fill(typed)
    await page.locator('form[data-feedback-form="page"] button[type="submit"]').click()
    await expect(page).toHaveURL(/\/ar-xb\/services#feedback-thanks$/)
    await expect(page.locator('#feedback-thanks')).toBeVisible()
    // Stored with the page's language, so the council reads it as what it is (playwright.councils.config.ts names the file).
    const database = new DatabaseSync(`data/e2e-council-feedback-${new URL(page.url()).port}.sqlite`, { readOnly: true })
    try {
      expect(database.prepare('select page, language from feedback where trying = ?').all(typed)).toEqual([{ page: '/ar-xb/services', language: 'ar-XB' }])
    } finally {
      database.close()
    }
  })
})

test('no cookie is set in any language', async ({ page, context }) => {
  for (const path of ['/', '/en-xa', '/ar-xb/help']) await page.goto(path)
  expect(await context.cookies()).toEqual([])
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

test('the finder’s filtered list is in the page’s language: a wrong filter gets the error summary in it', async ({ page }) => {
  const response = await page.goto('/ar-xb/services?age=banana')
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar-XB')
  await expect(page.locator('.error-summary h2')).toHaveText(words['ar-XB'].t('errorSummary.title'))
  // The count, in the language's plural form for the number shown.
  await page.goto('/en-xa/services')
  const heading = await page.locator('#results').innerText()
  const count = Number(/\d+/.exec(heading)?.[0])
  expect(heading).toBe(words['en-XA'].plural('finder.countAll', count))
})

test('with JavaScript, exit this page counts Shift presses aloud in the page’s language', async ({ page }) => {
  await page.goto('/ar-xb/help')
  await page.keyboard.press('Shift')
  await expect(page.locator('.exit-this-page [role=status]')).toHaveText(words['ar-XB'].plural('exit.pressMore', 2))
  await page.keyboard.press('Shift')
  await expect(page.locator('.exit-this-page [role=status]')).toHaveText(words['ar-XB'].plural('exit.pressMore', 1))
})

test('search answers in the page’s language, and its results lead to pages in that language', async ({ page }) => {
  const xa = words['en-XA']
  await page.goto('/en-xa/search?q=zzqqxxkk')
  await expect(page.locator('h1')).toHaveText(xa.t('search.resultsTitle'))
  await expect(page.getByText(xa.t('noResults.none', { query: 'zzqqxxkk' }))).toBeVisible()
  await page.goto('/en-xa/search?q=parent')
  await expect(page.locator('main p[role=status]')).toContainText(/^\[/)
  const hrefs = await page.locator('main ol a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  expect(hrefs.length).toBeGreaterThan(0)
  for (const href of hrefs) expect(href).toMatch(/^\/en-xa\//)
})
