import { expect, test } from '@playwright/test'
import { sitemapPaths } from './helpers'

/** Pages in a PDF made by Chromium: one "/Type /Page" object per sheet (the tree node is "/Pages"). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
}

test('every one-minute guide prints on one A4 page', async ({ page, request }) => {
  test.setTimeout(120_000)
  const guides = (await sitemapPaths(request)).filter((path) => path.startsWith('/guides/'))
  expect(guides.length).toBeGreaterThan(3)
  for (const path of guides) {
    await page.goto(path)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pageCount(pdf), `${path} printed on A4`).toBe(1)
  }
})

test('a printed page shows the site name in dark text and its own address', async ({ page }) => {
  await page.goto('/guides/family-hubs')
  await page.emulateMedia({ media: 'print' })
  const siteName = page.locator('header').getByRole('link').first()
  await expect(siteName).toBeVisible()
  await expect(siteName).toHaveCSS('color', 'rgb(11, 12, 12)')
  await expect(page.locator('header')).toHaveCSS('background-color', 'rgb(255, 255, 255)')
  await expect(page.getByText(/^https?:\/\/\S+\/guides\/family-hubs$/)).toBeVisible()

  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByText(/^https?:\/\/\S+\/guides\/family-hubs$/)).toBeHidden()
})
