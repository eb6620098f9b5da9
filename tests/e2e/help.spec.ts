import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'

test('the home page offers "What do you need help with?" links that reach a need page', async ({ page }) => {
  await page.goto('/')
  const section = page.getByRole('region', { name: 'What do you need help with?' })
  await expect(section.getByRole('link')).not.toHaveCount(0)
  await section.getByRole('link', { name: 'Domestic violence and abuse' }).click()
  await expect(page).toHaveURL(/\/help\/domestic-violence-and-abuse$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Domestic violence and abuse')
})

test('/help lists every need with its opening', async ({ page }) => {
  await page.goto('/help')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you need help with?')
  const needs = page.getByRole('main').getByRole('heading', { level: 2 })
  expect(await needs.count()).toBeGreaterThanOrEqual(12)
  await expect(page.getByRole('main').getByRole('link', { name: 'Worried a child is not safe' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a need page says what to do now, who to call (with a phone link) and which services help', async ({ page }) => {
    await page.goto('/help/send')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/SEND/)
    const now = page.getByRole('region', { name: 'What to do now' })
    await expect(now.getByRole('listitem').first()).toBeVisible()
    const call = page.getByRole('region', { name: 'Who to call' })
    await expect(call.locator('a[href^="tel:"]').first()).toBeVisible()
    await expect(page.getByRole('region', { name: 'Who can help at a Family Hub' })).toContainText(/SEND .*coordinator/)
    await page.getByRole('region', { name: 'Services that can help' }).getByRole('link', { name: 'Help from a Family Hub' }).click()
    await expect(page).toHaveURL(/\/services\/family-hubs$/)
  })

  test('service and guide pages show the needs they help with, linking back', async ({ page }) => {
    await page.goto('/services/leeds-young-carers')
    await page.locator('p', { hasText: 'Helps with:' }).getByRole('link', { name: 'Young carers' }).click()
    await expect(page).toHaveURL(/\/help\/young-carers$/)
    await page.goto('/guides/relationships-matter')
    await expect(page.locator('p', { hasText: 'Helps with:' }).getByRole('link', { name: 'Arguing and parental conflict' })).toBeVisible()
  })
})
