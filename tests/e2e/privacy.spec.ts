import { expect, test } from '@playwright/test'

// Families may read this site while someone checks their device or network. These tests hold
// the site to what the privacy notice and the "Staying safe online" page promise.

const PRIMARY_LINKS = ['Family Hubs', 'Services', 'Early help', 'Guides'] as const

test('after browsing five pages: no cookies, no storage, and every request stayed on this site', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
  const requests: string[] = []
  context.on('request', (request) => requests.push(request.url()))

  await page.goto('/')
  // Follow links the way a reader would, so client-side navigation and prefetching are covered.
  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const name of PRIMARY_LINKS) {
    await nav.getByRole('link', { name }).click()
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page')
    await expect(page.locator('main h1')).toBeVisible()
  }
  await page.getByRole('link', { name: 'Staying safe online' }).first().click()
  await expect(page).toHaveURL(/\/staying-safe-online$/)
  await expect(page.locator('main h1')).toHaveText('Staying safe online')
  // Let late prefetches and lazy assets finish before counting.
  await page.waitForLoadState('networkidle')

  expect(await page.evaluate(() => document.cookie)).toBe('')
  expect(await context.cookies()).toEqual([])
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }))
  expect(storage).toEqual({ local: 0, session: 0 })

  expect(requests.length).toBeGreaterThan(5)
  const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)
  expect(elsewhere, 'requests to other origins').toEqual([])
})

test('pages reference no scripts, styles, fonts or images from other sites', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
  for (const path of ['/', '/family-hubs/armley', '/services', '/staying-safe-online', '/list?h=armley&s=family-hubs']) {
    await page.goto(path)
    const resources = await page.evaluate(() =>
      [
        ...[...document.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src]')].map((element) => element.getAttribute('src') ?? ''),
        ...[...document.querySelectorAll('link[href]')]
          .filter((element) => element.getAttribute('rel') !== 'canonical')
          .map((element) => element.getAttribute('href') ?? ''),
      ]
        .filter((url) => url !== '' && !url.startsWith('data:'))
        .map((url) => new URL(url, document.baseURI).href),
    )
    const foreign = resources.filter((url) => new URL(url).origin !== origin)
    expect(foreign, path).toEqual([])
    // Stylesheets could still pull in web fonts or images from elsewhere.
    const cssTexts = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
    )
    expect(cssTexts, path).not.toMatch(/url\(\s*["']?(https?:)?\/\//)
    expect(cssTexts, path).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//)
  }
})

test('every response sends Referrer-Policy: no-referrer', async ({ page, request }) => {
  const documents = ['/', '/services', '/staying-safe-online', '/no-such-page', '/robots.txt', '/sitemap.xml']
  for (const path of documents) {
    const response = await request.get(path)
    expect(response.headers()['referrer-policy'], path).toBe('no-referrer')
  }
  const assets: string[] = []
  page.on('response', (response) => {
    if (response.url().includes('/_next/')) assets.push(response.url())
  })
  await page.goto('/')
  await page.waitForLoadState('networkidle')
  expect(assets.length).toBeGreaterThan(0)
  for (const asset of assets.slice(0, 10)) {
    const response = await request.get(asset)
    expect(response.headers()['referrer-policy'], asset).toBe('no-referrer')
  }
})

test('following a link to another site sends no Referer header', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
  const referers: (string | undefined)[] = []
  await page.route(
    (url) => url.origin !== origin,
    async (route) => {
      referers.push(route.request().headers()['referer'])
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Stand-in</title>' })
    },
  )
  await page.goto('/staying-safe-online')
  await page.locator('.exit-this-page-button').click()
  await expect(page).not.toHaveURL(new RegExp(`^${origin}`))
  expect(referers).toEqual([undefined])
})
