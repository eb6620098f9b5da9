import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers'

// Each test is its own client (X-Forwarded-For) so the per-client rate limit (10 a minute) only
// applies where a test means it to.
const octet = () => Math.floor(Math.random() * 250) + 1
const clientAddress = () => `10.200.${octet()}.${octet()}`
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': clientAddress() })
})

const widget = (page: Page) => page.getByRole('region', { name: 'Feedback about this page' })
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')

test.describe('with JavaScript', () => {
  test('Yes: the thank-you replaces the widget, is a status message and takes focus', async ({ page }) => {
    await page.goto('/privacy')
    await expect(widget(page).getByRole('heading', { name: 'Is this page useful?' })).toBeVisible()
    await expectNoAxeViolations(page)
    const url = page.url()
    await widget(page).getByRole('button', { name: 'Yes this page is useful' }).click()
    const thanks = widget(page).getByRole('status')
    await expect(thanks).toHaveText('Thank you for your feedback')
    await expect(page.locator('#feedback-thanks')).toBeFocused()
    await expect(widget(page).getByRole('button', { name: /Yes/ })).toHaveCount(0)
    expect(page.url()).toBe(url)
  })

  test('No: opens the form with a live character count, then thanks', async ({ page }) => {
    await page.goto('/early-help')
    await widget(page).getByRole('button', { name: 'No this page is not useful' }).click()
    await expect(widget(page).getByRole('heading', { name: 'Help us improve this page' })).toBeFocused()
    await expect(widget(page)).toContainText('Do not include personal information such as your name, address or phone number')
    const trying = widget(page).getByLabel('What were you trying to do?')
    await expect(widget(page).getByText('You have 1,200 characters remaining').first()).toBeVisible()
    await trying.fill('Find opening times')
    await expect(widget(page).getByText('You have 1,182 characters remaining')).toBeVisible()
    await expectNoAxeViolations(page)
    await widget(page).getByRole('button', { name: 'Send' }).click()
    await expect(widget(page).getByRole('status')).toHaveText('Thank you for your feedback')
    await expect(page.locator('#feedback-thanks')).toBeFocused()
  })

  test('Report a problem: error summary linked to the field, text kept, then sent', async ({ page }) => {
    await page.goto('/contact')
    await widget(page).getByRole('link', { name: 'Report a problem with this page' }).click()
    await expect(widget(page).getByRole('heading', { name: 'Report a problem with this page' })).toBeFocused()
    await widget(page).getByRole('button', { name: 'Send' }).click()
    const summary = widget(page).locator('.error-summary')
    await expect(summary).toContainText('There is a problem')
    await expect(summary).toBeFocused()
    const link = summary.getByRole('link', { name: 'Enter what you were trying to do or what went wrong' })
    await expect(link).toHaveAttribute('href', '#feedback-trying')
    await expectNoAxeViolations(page)

    const long = 'x'.repeat(1201)
    await widget(page).getByLabel('What went wrong?').fill(long)
    await expect(widget(page).getByText('You have 1 character too many')).toBeVisible()
    await widget(page).getByRole('button', { name: 'Send' }).click()
    await expect(summary.getByRole('link', { name: 'What went wrong must be 1,200 characters or less' })).toHaveAttribute('href', '#feedback-wrong')
    await expect(widget(page).getByLabel('What went wrong?')).toHaveValue(long)
    await summary.getByRole('link', { name: /What went wrong/ }).click()
    await expect(widget(page).getByLabel('What went wrong?')).toBeFocused()

    await widget(page).getByLabel('What went wrong?').fill('The map does not load')
    await widget(page).getByRole('button', { name: 'Send' }).click()
    await expect(page.locator('#feedback-thanks')).toBeFocused()
  })

  test('Cancel closes the form and returns focus to No', async ({ page }) => {
    await page.goto('/guides')
    await widget(page).getByRole('button', { name: 'No this page is not useful' }).click()
    await widget(page).getByRole('button', { name: 'Cancel' }).click()
    await expect(widget(page).getByRole('button', { name: 'No this page is not useful' })).toBeFocused()
  })

  test('the widget is not printed', async ({ page }) => {
    await page.goto('/privacy')
    await expect(widget(page)).toBeVisible()
    await page.emulateMedia({ media: 'print' })
    await expect(widget(page)).toBeHidden()
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('Yes: back on the same page with the thank-you shown and focused', async ({ page }) => {
    await page.goto('/family-hubs')
    await expect(page.locator('#feedback-thanks')).toBeHidden()
    await widget(page).getByRole('button', { name: 'Yes this page is useful' }).click()
    await expect(page).toHaveURL(/\/family-hubs#feedback-thanks$/)
    await expect(page.locator('#feedback-thanks')).toBeVisible()
    await expect(page.locator('#feedback-thanks')).toHaveText('Thank you for your feedback')
    expect(await focusedId(page)).toBe('feedback-thanks')
    await expect(widget(page).getByRole('button', { name: /Yes/ })).toBeHidden()
  })

  test('No: leads to the form, which sends and returns to the page', async ({ page }) => {
    await page.goto('/services')
    await widget(page).getByRole('button', { name: 'No this page is not useful' }).click()
    await expect(page).toHaveURL(/\/feedback\?page=%2Fservices.*answer=no/)
    await expect(page.getByRole('heading', { level: 1, name: 'Help us improve this page' })).toBeVisible()
    await expect(page.getByText('You can enter up to 1,200 characters').first()).toBeVisible()
    await page.getByLabel('What were you trying to do?').fill('Find a service for my teenager')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(page).toHaveURL(/\/services#feedback-thanks$/)
    await expect(page.locator('#feedback-thanks')).toBeVisible()
  })

  test('Report a problem: errors shown GOV.UK-style with the text kept', async ({ page }) => {
    await page.goto('/family-hubs/armley')
    await widget(page).getByRole('link', { name: 'Report a problem with this page' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Report a problem with this page' })).toBeVisible()
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(page).toHaveTitle(/^Error: /)
    const summary = page.getByRole('alert')
    await expect(summary).toContainText('There is a problem')
    await expect(summary.getByRole('link', { name: 'Enter what you were trying to do or what went wrong' })).toHaveAttribute('href', '#feedback-trying')

    const long = 'My email is someone@example.com. '.repeat(40)
    await page.getByLabel('What went wrong?').fill(long)
    await page.getByLabel('What were you trying to do?').fill('Check the opening hours')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(page.getByRole('alert').getByRole('link', { name: 'What went wrong must be 1,200 characters or less' })).toHaveAttribute('href', '#feedback-wrong')
    await expect(page.getByLabel('What went wrong?')).toHaveValue(long)
    await expect(page.getByLabel('What were you trying to do?')).toHaveValue('Check the opening hours')
    expect(page.url()).not.toContain('someone')
    // The errors came back as the answer to the POST itself: no query, no token, nothing stored.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/api/feedback')

    await page.getByLabel('What went wrong?').fill('Hours are out of date')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(page).toHaveURL(/\/family-hubs\/armley#feedback-thanks$/)
    await expect(page.locator('#feedback-thanks')).toBeVisible()
  })

  test('the 404 page has the widget too', async ({ page }) => {
    const response = await page.goto('/no-such-page')
    expect(response?.status()).toBe(404)
    await widget(page).getByRole('button', { name: 'Yes this page is useful' }).click()
    await expect(page).toHaveURL(/\/404#feedback-thanks$/)
    await expect(page.locator('#feedback-thanks')).toBeVisible()
  })
})

test('the form page (the no-JavaScript path) passes axe, with and without errors', async ({ page }) => {
  await page.goto('/feedback?page=%2Fservices&answer=no')
  await expect(page.getByRole('heading', { level: 1, name: 'Help us improve this page' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.goto('/feedback?page=%2Fservices')
  await page.getByRole('button', { name: 'Send' }).click()
  await expect(page.locator('.error-summary')).toContainText('There is a problem')
  await expectNoAxeViolations(page)
})

test('the form page refuses pages that are not ours', async ({ page }) => {
  const response = await page.goto('/feedback?page=https%3A%2F%2Fevil.example')
  expect(response?.status()).toBe(404)
})

test.describe('the endpoint', () => {
  test('refuses pages that are not ours, wrong types and big bodies with 400', async ({ request }) => {
    const headers = { 'x-forwarded-for': clientAddress() }
    for (const data of [{ page: 'https://evil.example/', useful: true }, { page: '/', useful: 'yes' }, { page: '/', trying: 'a'.repeat(9000) }]) {
      const response = await request.post('/api/feedback', { data, headers })
      expect(response.status()).toBe(400)
    }
    const redirect = await request.post('/api/feedback', { form: { page: '//evil.example', useful: 'yes' }, headers, maxRedirects: 0 })
    expect(redirect.status()).toBe(400)
  })

  test('rate-limits each client to 10 a minute', async ({ request }) => {
    const headers = { 'x-forwarded-for': clientAddress() }
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await request.post('/api/feedback', { data: { page: '/privacy', useful: true }, headers })).status())
    expect(statuses).toEqual([...Array(10).fill(201), 429])
  })
})
