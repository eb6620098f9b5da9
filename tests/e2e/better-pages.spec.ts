import { expect, test } from '@playwright/test'

// What readers rely on from the "better pages" work: numbers they can tap, one page per guide
// on paper, titles that tell pages apart, a contents list, and no empty pages.

test('phone numbers written in page text are tap-to-call links', async ({ page }) => {
  await page.goto('/professionals')
  const body = page.locator('main .prose')
  await expect(body.getByRole('link', { name: '0113 376 0336' })).toHaveAttribute('href', 'tel:+441133760336')
  await expect(body.getByRole('link', { name: '0113 378 1840' })).toHaveAttribute('href', 'tel:+441133781840')
  await expect(body.getByRole('link', { name: '999', exact: true }).first()).toHaveAttribute('href', 'tel:999')

  await page.goto('/guides/consent-and-information-sharing')
  await expect(page.locator('main .prose').getByRole('link', { name: '0113 535 0185' })).toHaveAttribute('href', 'tel:+441135350185')
})
