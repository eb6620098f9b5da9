import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from '../e2e/helpers'

// The finder's filters for what services say about themselves, on the starter council, whose
// services state costs, how families take part, languages and times.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  const results = (page: Page) => page.locator('main h4 a')

  test('cost, how you take part, a language and when it runs are GET fieldsets with legends', async ({ page }) => {
    await page.goto('/services')
    await expect(page.getByRole('group', { name: 'Cost' }).getByLabel('Free only')).toBeVisible()
    const how = page.getByRole('group', { name: 'How you take part' })
    await expect(how.getByRole('radio')).toHaveCount(4)
    await expect(how.getByLabel('Any')).toBeChecked()
    const language = page.getByRole('group', { name: 'A language staff speak' })
    await expect(language.getByRole('radio', { name: 'Polish (Polski)' })).toBeVisible()
    // Each language's own name is marked up in that language, right to left where it is written so.
    await expect(language.locator('span[lang="ur"][dir="rtl"]')).toHaveText('اردو')
    await expect(language.locator('span[lang="pl"][dir="ltr"]')).toHaveText('Polski')
    await expect(language.getByRole('radio', { name: 'British Sign Language (BSL)' })).toBeVisible()
    const when = page.getByRole('group', { name: 'When it runs' })
    await expect(when).toContainText('Evening means it runs after 5pm (17:00) on at least one day.')

    await page.getByLabel('Free only').check()
    await language.getByRole('radio', { name: /^Urdu/ }).check()
    await page.getByRole('button', { name: 'Show services' }).click()
    await expect(page).toHaveURL(/[?&]cost=free&attending=&language=ur&when=&postcode=$/)
    await expect(results(page)).toHaveText(['Parenting courses'])
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expect(page.getByRole('link', { name: 'Remove filter: A language staff speak: Urdu' })).toHaveAttribute('href', '/services?cost=free')
  })

  test('evenings, weekends and how families take part come from sessions and opening times', async ({ page }) => {
    await page.goto('/services?when=evenings')
    await expect(results(page)).toHaveText(['Cook and eat', 'Parenting courses'])
    await page.goto('/services?attending=phone')
    await expect(results(page)).toHaveText(['Family Information Line', 'Help from the Family Hub'])
    await page.goto('/services?language=bsl')
    await expect(results(page)).toHaveText(['Parenting courses'])
  })

  test('a value that is not on offer gets an error summary linked to its fieldset', async ({ page }) => {
    await page.goto('/services?language=xx&when=midnight')
    await expect(page).toHaveTitle(/^Error:/)
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary.getByRole('link', { name: 'Choose a language from the list' })).toHaveAttribute('href', '#filter-language')
    await expect(summary.getByRole('link', { name: 'Choose a time from the list' })).toHaveAttribute('href', '#filter-when')
  })
})

// axe runs in the page, so these run with JavaScript on; the pages are the same without it.
for (const address of ['/services', '/services?cost=free&language=ur', '/services?language=xx&when=midnight']) {
  test(`${address} has no axe violations`, async ({ page }) => {
    await page.goto(address)
    await expectNoAxeViolations(page)
  })
}
