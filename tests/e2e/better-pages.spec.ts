import { expect, test } from '@playwright/test'
import { sitemapPaths } from './helpers'

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

// Read from each page's HTML as served (the site renders every word on the server): a browser
// visit of each page would cost a page load each, and the sitemap specs already make one.
const textOf = (html: string, tag: 'title' | 'h1') =>
  (new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(html)?.[1] ?? '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim()

test('every page in the sitemap has its own title and its own main heading', async ({ request }) => {
  const titles = new Map<string, string>()
  const headings = new Map<string, string>()
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text()
    const title = textOf(html, 'title')
    const h1 = textOf(html, 'h1')
    expect(title, `${path} has a title`).not.toBe('')
    expect(h1, `${path} has an h1`).not.toBe('')
    expect(titles.get(title), `${path} has the same <title> as ${titles.get(title)}: "${title}"`).toBeUndefined()
    expect(headings.get(h1), `${path} has the same h1 as ${headings.get(h1)}: "${h1}"`).toBeUndefined()
    titles.set(title, path)
    headings.set(h1, path)
  }
})

test('/early-help has a contents list whose links all lead to a section, and says each level once', async ({ page }) => {
  await page.goto('/early-help')
  const contents = page.getByRole('navigation', { name: 'Contents' })
  const links = contents.getByRole('link')
  expect(await links.count()).toBeGreaterThanOrEqual(4)
  for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^#./)
    await expect(page.locator(`main ${href}`), href).toHaveCount(1)
  }
  await contents.getByRole('link', { name: 'The levels of help' }).click()
  await expect(page).toHaveURL(/#levels-heading$/)
  for (const level of ['Universal help', 'Targeted help', 'Specialist and intensive help']) {
    await expect(page.locator('main').getByRole('heading', { name: level }), level).toHaveCount(1)
  }
  await expect(page.locator('main')).not.toContainText('Rethink formulation')
})

test('a service with nothing more to say has no page, but is listed at its level with who to ask', async ({ page, request }) => {
  expect((await request.get('/services/safe-project')).status()).toBe(404)
  expect((await request.get('/services/therapeutic-social-work-teams')).status()).toBe(404)
  expect(await sitemapPaths(request)).not.toContain('/services/safe-project')

  await page.goto('/services')
  const safe = page.locator('main li').filter({ hasText: 'SAFE Project' })
  await expect(safe).toHaveCount(1)
  await expect(safe.getByRole('link', { name: 'SAFE Project' })).toHaveCount(0)
  await expect(safe.locator('a[href^="tel:"]')).toHaveCount(1)

  await page.goto('/early-help')
  const level = page.locator('#level-specialist-intensive')
  await expect(level).toContainText('SAFE Project')
  await expect(level).toContainText(/To find out about .*SAFE Project.*, call 0113 535 0185/)
  for (const path of ['/services', '/early-help', '/help/worried-a-child-is-not-safe']) {
    await page.goto(path)
    await expect(page.locator('a[href$="/services/safe-project"], a[href$="/services/therapeutic-social-work-teams"]'), path).toHaveCount(0)
  }
})

test('the home page and /contact say each thing once', async ({ page }) => {
  await page.goto('/')
  const homeNumbers = await page.locator('main a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  expect(homeNumbers.length).toBeGreaterThan(0)
  expect(new Set(homeNumbers).size, `numbers on the home page: ${homeNumbers.join(', ')}`).toBe(homeNumbers.length)

  await page.goto('/contact')
  const main = page.locator('main')
  expect((await main.innerText()).match(/press 55/g) ?? []).toHaveLength(1)
  const contactNumbers = await main.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  expect(new Set(contactNumbers).size, `numbers on /contact: ${contactNumbers.join(', ')}`).toBe(contactNumbers.length)
})

test('postcodes do not break across lines', async ({ page }) => {
  await page.goto('/family-hubs')
  const postcode = page.locator('main').getByText('LS14 6JD', { exact: true })
  await expect(postcode).toHaveCSS('white-space', 'nowrap')
  await page.goto('/family-hubs/deacon-house')
  await expect(page.locator('address').getByText('LS14 6JD', { exact: true })).toHaveCSS('white-space', 'nowrap')
})
