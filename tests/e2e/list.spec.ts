import { readFileSync, readdirSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { parse } from 'yaml'
import { builtSiteUrl } from '@/lib/security/site-url'
import { expectNoAxeViolations, sitemapPaths } from './helpers'

// A list to take away lives in its own address (/list?h=…&s=…): built with links and a GET form,
// shown with each item's numbers from the content, and taken away on paper, by text, by email or
// by QR code.

const siteUrl = builtSiteUrl(process.env.NEXT_DIST_DIR ?? '.next') ?? ''

/** A content file's front matter (or a contact's YAML), as the site reads it. */
function frontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(`content/${file}`, 'utf8')
  const data: unknown = parse(file.endsWith('.md') ? (text.split(/^---$/m)[1] ?? '') : text)
  return typeof data === 'object' && data !== null ? Object.fromEntries(Object.entries(data)) : {}
}
const field = (file: string, name: string) => String(frontMatter(file)[name])
const contactPhone = (file: string) => {
  const contacts = frontMatter(file).contacts
  const key = Array.isArray(contacts) ? String(contacts[0]) : ''
  return field(`contacts/${key}.yaml`, 'phone')
}

const HUB = { name: field('hubs/armley.md', 'name'), phone: field('hubs/armley.md', 'phone') }
const SERVICES = ['families-first-team', 'reducing-parental-conflict'].map((slug) => ({ slug, name: field(`services/${slug}.md`, 'name'), phone: contactPhone(`services/${slug}.md`) }))
const NEED = { slug: 'send', name: field('needs/send.md', 'name'), phone: contactPhone('needs/send.md') }
const LIST = `/list?h=armley&s=${SERVICES.map((service) => service.slug).join(',')}&n=${NEED.slug}`

const items = (page: Page) => page.getByRole('region', { name: 'On the list' }).getByRole('listitem')

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('answering "Is this page useful?" keeps the list: Yes, and No with the form', async ({ page }) => {
    const feedback = page.getByRole('region', { name: 'Feedback about this page' })
    await page.goto(LIST)
    await feedback.getByRole('button', { name: 'Yes this page is useful' }).click()
    await expect(page).toHaveURL(new RegExp(`${LIST.replace(/[?]/g, '\\?')}#feedback-thanks$`))
    await expect(page.locator('#feedback-thanks')).toBeVisible()
    await expect(items(page)).toHaveCount(4)

    // Once answered, the widget gives way to the thanks: a new visit asks again.
    await page.goto(LIST)
    await feedback.getByRole('button', { name: 'No this page is not useful' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Help us improve this page' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Back to the page' })).toHaveAttribute('href', LIST)
    await page.getByLabel('What were you trying to do?').fill('Keep the numbers for tomorrow')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect(page).toHaveURL(new RegExp(`${LIST.replace(/[?]/g, '\\?')}#feedback-thanks$`))
    await expect(items(page)).toHaveCount(4)
  })

  test('build a list of a hub, two services and a need, see their phones, remove one', async ({ page }) => {
    await page.goto('/family-hubs/armley')
    await page.getByRole('link', { name: 'Add to a list' }).click()
    await expect(page).toHaveURL(/\/list\?h=armley$/)
    await expect(items(page)).toHaveCount(1)

    await page.getByText('Add more to the list').click()
    for (const name of [...SERVICES.map((service) => service.name), NEED.name]) await page.getByRole('checkbox', { name, exact: true }).check()
    await page.getByRole('button', { name: 'Show the list' }).click()
    await expect(items(page)).toHaveCount(4)
    for (const { name, phone } of [HUB, ...SERVICES, NEED]) {
      const item = items(page).filter({ has: page.getByRole('heading', { name, exact: true }) })
      await expect(item.getByRole('link', { name: phone }).first()).toHaveAttribute('href', `tel:${phone.replace(/ /g, '')}`)
    }
    await expect(page.getByText('To print the list, use your browser’s Print.')).toBeVisible()

    await page.getByRole('link', { name: `Remove ${SERVICES[0]?.name} from the list` }).click()
    await expect(items(page)).toHaveCount(3)
    await expect(page).toHaveURL(new RegExp(`/list\\?h=armley&s=${SERVICES[1]?.slug}&n=${NEED.slug}$`))
  })

  test('unknown, repeated and too many items get short notes and a message, never an error page', async ({ page }) => {
    const response = await page.goto('/list?h=armley,armley,nowhere&utm_source=x')
    expect(response?.status()).toBe(200)
    await expect(items(page)).toHaveCount(1)
    const notes = page.getByRole('region', { name: 'Some of the address was not used' })
    await expect(notes).toContainText('“armley” was named more than once')
    await expect(notes).toContainText('“nowhere” is not a Family Hub on this site')
    await expect(notes).toContainText('“utm_source” is not part of a list')

    // 25 items, as the add form sends them (one parameter each): within the server's 30.
    const services = readdirSlugs('services')
    const needs = readdirSlugs('needs')
    const many = [...services.slice(0, 15).map((slug) => `s=${slug}`), ...needs.slice(0, 10).map((slug) => `n=${slug}`)].join('&')
    await page.goto(`/list?${many}`)
    await expect(page).toHaveTitle(/^Error:/)
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('names 25 things, and a list holds 20 at most')
    await expect(items(page)).toHaveCount(20)
  })
})

test('with JavaScript, ticking more boxes than the server takes parameters still gets the list’s own message', async ({ page }) => {
  await page.goto('/list')
  const boxes = page.getByRole('checkbox')
  expect(await boxes.count()).toBeGreaterThan(31)
  for (let index = 0; index < 31; index += 1) await boxes.nth(index).check()
  await page.getByRole('button', { name: 'Show the list' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('names 31 things, and a list holds 20 at most')
  expect(new URL(page.url()).searchParams.size).toBeLessThanOrEqual(4)
  await expect(items(page)).toHaveCount(20)
})

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab')
    const text = await page.evaluate(() => {
      const element = document.activeElement
      if (!(element instanceof HTMLElement)) return ''
      return element instanceof HTMLInputElement ? (element.labels?.[0]?.textContent ?? '') : (element.textContent ?? '').trim()
    })
    if (name.test(text)) return
  }
  throw new Error(`no element named ${name} reached with Tab`)
}

test('keyboard: open the form, tick a box, show the list and remove an item', async ({ page }) => {
  await page.goto('/list?h=armley')
  await tabTo(page, /^Add more to the list$/)
  await page.keyboard.press('Enter')
  await tabTo(page, new RegExp(`^${NEED.name.replace(/[()]/g, '\\$&')}$`))
  await page.keyboard.press('Space')
  await tabTo(page, /^Show the list$/)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/list\\?h=armley&n=${NEED.slug}$`))
  await tabTo(page, new RegExp(`^Remove ${HUB.name} from the list$`))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/list\\?n=${NEED.slug}$`))
})

function readdirSlugs(folder: string): string[] {
  return readdirSync(`content/${folder}`).map((file) => file.replace(/\.md$/, '')).sort()
}

test('the list: axe clean, no console errors, exit and feedback work, and fits 320 px', async ({ page }) => {
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  await page.goto(LIST)
  await expectNoAxeViolations(page)
  // Rendered per request: its scripts carry CSP hashes, and the QR code needs none.
  expect(consoleErrors).toEqual([])
  await expect(page.locator('.exit-this-page-button')).toBeVisible()
  // Feedback is about /list, never the list in its query.
  const feedback = page.getByRole('region', { name: 'Feedback about this page' })
  // The question's form and the one it opens in the page (hidden until then) are both about /list.
  await expect(feedback.locator('input[name="page"]')).toHaveCount(2)
  for (const input of await feedback.locator('input[name="page"]').all()) await expect(input).toHaveValue('/list')
  await feedback.getByRole('button', { name: 'Yes this page is useful' }).click()
  await expect(feedback.getByRole('status')).toHaveText('Thank you for your feedback')
  await page.setViewportSize({ width: 320, height: 800 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
})

test('the list is noindex, never kept, not in the sitemap, and every kind of page can start one', async ({ request }) => {
  const first = await request.get(LIST)
  const second = await request.get(LIST)
  expect(await first.text()).toMatch(/<meta name="robots" content="noindex/)
  for (const response of [first, second]) {
    expect(response.headers()['cache-control']).toMatch(/no-store/)
    expect(response.headers().age).toBeUndefined()
  }
  expect(await sitemapPaths(request)).not.toContain('/list')
  // Every kind of page offers to start a list with its item.
  for (const [path, href] of [['/services/families-first-team', '/list?s=families-first-team'], ['/help/send', '/list?n=send'], ['/guides/early-help', '/list?g=early-help']]) {
    expect(await (await request.get(path ?? '')).text(), path).toContain(`href="${href}"`)
  }
})

test('the QR code decodes to the list’s full address; text and email hold names, numbers and the address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(LIST)
  const address = `${siteUrl}${LIST}`

  const png = PNG.sync.read(await page.locator('.qr-code-image svg').screenshot())
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(address)

  const sms = await page.getByRole('link', { name: 'Send by text message' }).getAttribute('href')
  const smsText = decodeURIComponent((sms ?? '').replace(/^sms:\?&body=/, ''))
  const email = new URL((await page.getByRole('link', { name: 'Send by email' }).getAttribute('href')) ?? '')
  expect(email.protocol).toBe('mailto:')
  expect(email.searchParams.get('subject')).toMatch(/^Your list from /)
  const emailText = email.searchParams.get('body') ?? ''
  for (const { name, phone } of [HUB, ...SERVICES, NEED]) {
    expect(smsText).toContain(`${name}: ${phone}`)
    expect(emailText).toContain(`${name}\r\nPhone: ${phone}`)
  }
  expect(smsText.endsWith(address)).toBe(true)
  expect(emailText).toContain(address)

  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address)
})

test('six items print on one A4 page with the site name, the date and the list’s address', async ({ page }) => {
  // The longest six: hubs with addresses, and the services and needs with the most contacts.
  const six = '/list?h=armley,chapeltown&s=duty-and-advice,childrens-social-work-service&n=worried-a-child-is-not-safe,domestic-violence-and-abuse'
  await page.goto(six)
  await expect(items(page)).toHaveCount(6)
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1)

  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('header .site-name')).toBeVisible()
  await expect(page.getByText(/, printed on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}\.$/)).toBeVisible()
  await expect(page.getByText(`${siteUrl}${six}`, { exact: true }).first()).toBeVisible()
  await expect(page.locator('.qr-code-image svg')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Send by text message' })).toBeHidden()
})
