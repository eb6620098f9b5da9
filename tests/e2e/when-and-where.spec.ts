import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, sitemapPaths } from './helpers'

// Leeds' sources say nothing of sessions, prices, languages, venues or access for any service or
// hub, so its content leaves them out and its pages say nothing of them rather than guess. (The
// starter council, which uses every field, shows them: tests/starter/sessions.spec.ts.)

test('a Leeds service page says nothing of when, where, cost or languages that its content does not say', async ({ page }) => {
  for (const path of ['/services/families-first-team', '/services/multi-systemic-therapy', '/services/family-hubs']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible()
    await expect(page.getByRole('heading', { name: 'When and where' }), path).toHaveCount(0)
    for (const term of ['Cost', 'Languages', 'How you take part']) {
      await expect(page.locator('main dt', { hasText: term }), `${path}: ${term}`).toHaveCount(0)
    }
    await expect(page.getByText(/\bFree\b/), path).toHaveCount(0)
  }
  await expectNoAxeViolations(page)
})

test('a Leeds hub page lists no timetable and no access it does not know, and keeps its opening times', async ({ page }) => {
  await page.goto('/family-hubs/armley')
  await expect(page.getByRole('heading', { name: 'What runs here each week' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Getting in' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Opening times' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('with no venues in its content, Leeds has no venue pages', async ({ request }) => {
  expect((await sitemapPaths(request)).filter((path) => path.startsWith('/venues/'))).toEqual([])
  expect((await request.get('/venues/anything')).status()).toBe(404)
})
