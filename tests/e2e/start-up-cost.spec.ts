import { expect, test } from '@playwright/test'
import { COMPILE_HINT } from '../../scripts/lib/compile-hints'

// React and Next's router are most of what a phone runs before the page answers a tap. Chromium
// compiles a script marked with the hint while it downloads, on another thread, instead of
// function by function inside the first long task (scripts/lib/compile-hints.ts).
const LARGE = 50 * 1024

for (const pagePath of ['/', '/guides/early-help', '/services?age=5']) {
  test(`${pagePath}: every large script the page runs asks to be compiled while it downloads`, async ({ page }) => {
    const scripts: Promise<{ url: string; body: string }>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().then((body) => ({ url: response.url(), body })))
    })
    await page.goto(pagePath, { waitUntil: 'load' })
    const large = (await Promise.all(scripts)).filter((script) => script.body.length >= LARGE)
    expect(large.length, 'React and the router arrive as large scripts').toBeGreaterThanOrEqual(1)
    const unmarked = large.filter((script) => !script.body.startsWith(`${COMPILE_HINT}\n`)).map((script) => script.url)
    expect(unmarked).toEqual([])
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
  expect(assets.length).toBeGreaterThanOrEqual(5)
  for (const asset of assets) {
    expect(asset.encoding, asset.url).toBe('br')
    expect(asset.cacheControl, asset.url).toBe('public, max-age=31536000, immutable')
  }
})
