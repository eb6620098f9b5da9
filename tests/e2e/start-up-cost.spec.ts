import { expect, test } from '@playwright/test'

// A phone runs no framework before the page answers a tap: pages ship no React or Next router
// (lib/security/page-scripts.ts), only the site's own small script, and no long script at all.
const LARGE = 16 * 1024

for (const pagePath of ['/', '/guides/early-help', '/services?age=5']) {
  test(`${pagePath}: runs no large script, only the site's own`, async ({ page }) => {
    const scripts: Promise<{ url: string; body: string }>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().then((body) => ({ url: response.url(), body })))
    })
    await page.goto(pagePath, { waitUntil: 'load' })
    const loaded = await Promise.all(scripts)
    expect(loaded.map((script) => new URL(script.url).pathname)).toEqual([expect.stringMatching(/^\/_next\/static\/enhance\/site-[\w-]+\.js$/)])
    expect(loaded.filter((script) => script.body.length >= LARGE).map((script) => script.url)).toEqual([])
  })
}

test('scripts and the stylesheet reach the browser in Brotli, cached for a year', async ({ page }) => {
  const assets: { url: string; encoding: string | undefined; cacheControl: string | undefined }[] = []
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/_next/static/')) return
    const headers = response.headers()
    assets.push({ url: response.url(), encoding: headers['content-encoding'], cacheControl: headers['cache-control'] })
  })
  await page.goto('/', { waitUntil: 'load' })
  expect(assets.length).toBeGreaterThanOrEqual(2)
  for (const asset of assets) {
    expect(asset.encoding, asset.url).toBe('br')
    expect(asset.cacheControl, asset.url).toBe('public, max-age=31536000, immutable')
  }
})
