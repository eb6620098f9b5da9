import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations as expectAxeClean } from '../e2e/helpers'

// Where, when, what it costs, in which language and how to get in, as a family reads them on the
// starter council's pages. The words come from examples/starter (services/, venues/), which uses
// every field for this: change both together.

async function whenAndWhere(page: Page) {
  const section = page.getByRole('region', { name: 'When and where' })
  await expect(section).toBeVisible()
  return section
}

for (const javaScript of [true, false]) {
  test.describe(javaScript ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: javaScript })
    // Each page is checked by axe: under npm test it shares two cores with Leeds' browser tests.
    test.describe.configure({ timeout: 90_000 })
    // axe runs in the page, so it checks the pages with JavaScript on; the HTML is the same without.
    const expectNoAxeViolations = javaScript ? expectAxeClean : async () => {}

    test('a service page says when and where, by venue, with the next session, cost, language and getting in', async ({ page }) => {
      await page.goto('/services/stay-and-play')
      const section = await whenAndWhere(page)
      const library = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'North Exampleton Library' }) })
      await expect(library.getByRole('link', { name: 'North Exampleton Library' })).toHaveAttribute('href', '/venues/north-exampleton-library')
      await expect(library.locator('address')).toHaveText('1 Market Street, North Exampleton, Exampleton, SW1A 1AA')
      await expect(library).toContainText('Tuesdays and Thursdays, 9:30am to 11:30am, term time only.')
      // Two sessions on one day: the afternoon one for babies.
      await expect(library).toContainText('Tuesdays, 1:30pm to 3pm, term time only. For babies who are not walking yet.')
      await expect(library.getByRole('heading', { name: 'Getting in' })).toBeVisible()
      await expect(library.getByRole('listitem').filter({ hasText: 'Hearing loop' })).toBeVisible()

      const hall = section.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Northfield Primary School hall' }) })
      await expect(hall).toContainText('Every other Saturday, 10am to midday.')
      // All year, so there is always a next one: a date and its times, or on now.
      await expect(hall.getByText(/^(Next session: Saturday \d{1,2} \w+ \d{4}, 10am to midday|At .+: on now, until midday)$/)).toBeVisible()

      const facts = page.locator('main dl').first()
      await expect(facts.locator('dt', { hasText: 'Cost' }).locator('+ dd')).toHaveText('Free')
      await expect(facts.locator('dt', { hasText: 'How you take part' }).locator('+ dd')).toHaveText('In person')
      const polish = facts.locator('span[lang="pl"]')
      await expect(polish).toHaveText('Polski')
      await expect(polish).toHaveAttribute('dir', 'ltr')
      await expect(facts.getByRole('listitem').filter({ has: page.locator('span[lang="pl"]') })).toHaveText('Polski (Polish)')
      await expectNoAxeViolations(page)
    })

    test('prices, concessions, monthly and school-holiday sessions, Urdu right to left, BSL, interpreters and appointments', async ({ page }) => {
      await page.goto('/services/cook-and-eat')
      const cost = page.locator('main dl dt', { hasText: 'Cost' }).locator('+ dd')
      await expect(cost).toContainText('£2 a session for a family')
      await expect(cost).toContainText('Free for families who get Universal Credit or other benefits.')
      const section = await whenAndWhere(page)
      await expect(section).toContainText('First Monday of the month, 5pm to 7pm.')
      await expect(section).toContainText('Wednesdays, 11am to 1pm, school holidays only. Children must come with a grown-up.')
      await expectNoAxeViolations(page)

      await page.goto('/services/parenting-courses')
      const languages = page.locator('main dl dt', { hasText: 'Languages' }).locator('+ dd')
      const urdu = languages.locator('span[lang="ur"]')
      await expect(urdu).toHaveText('اردو')
      await expect(urdu).toHaveAttribute('dir', 'rtl')
      await expect(languages).toContainText('(Urdu)')
      await expect(languages).toContainText('British Sign Language (BSL)')
      await expect(languages).toContainText('You can ask for an interpreter.')
      await expect(page.locator('main dl dt', { hasText: 'How you take part' }).locator('+ dd')).toHaveText('In person, Online')
      // A session at no venue sits under how families take part in it.
      const online = (await whenAndWhere(page)).getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Online' }) })
      await expect(online).toContainText('Thursdays, 7pm to 8:30pm. Online, on a video call. We email you the link when you book.')
      await expectNoAxeViolations(page)

      await page.goto('/services/family-hub-service')
      await expect(await whenAndWhere(page)).toContainText('By appointment. If talking face to face is easier than a call, ask to meet at the centre.')
    })

    test('a venue page: address, map, getting in, opening times with two spans a day, and what runs there each week', async ({ page }) => {
      await page.goto('/venues/north-exampleton-library')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('North Exampleton Library')
      await expect(page.locator('main address')).toContainText('1 Market Street')
      await expect(page.getByRole('link', { name: /Find SW1A 1AA on a map/ })).toHaveAttribute('href', /openstreetmap\.org/)
      const gettingIn = page.getByRole('region', { name: 'Getting in' })
      await expect(gettingIn.getByRole('listitem')).toHaveText(['Step-free access', 'Accessible toilet', 'Hearing loop', 'Baby changing', 'Space to leave a buggy'])
      await expect(page.getByRole('row', { name: /^Monday/ })).toHaveText(/9am to midday and 1pm to 4:30pm/)

      const timetable = page.getByRole('table', { name: 'What runs at North Exampleton Library each week, in UK time' })
      await expect(timetable.getByRole('rowheader')).toHaveText(['Tuesday', 'Thursday'])
      const tuesday = timetable.locator('tbody').first()
      await expect(tuesday.getByRole('row')).toHaveText(['Tuesday', /^9:30am to 11:30amStay and playTerm time only\.$/, /^1:30pm to 3pmStay and playTerm time only\.For babies who are not walking yet\.$/])
      await expect(tuesday.getByRole('link', { name: 'Stay and play' }).first()).toHaveAttribute('href', '/services/stay-and-play')
      await expectNoAxeViolations(page)
    })
  })
}

test('the school hall lists every other week, the first Monday of the month and the holidays; the timetable prints without link addresses', async ({ page }) => {
  await page.goto('/venues/northfield-school-hall')
  const timetable = page.getByRole('table', { name: /What runs at Northfield Primary School hall/ })
  await expect(timetable.getByRole('rowheader')).toHaveText(['Monday', 'Wednesday', 'Saturday'])
  await expect(timetable).toContainText('First Monday of the month.')
  await expect(timetable).toContainText('School holidays only.')
  await expect(timetable).toContainText('Every other week.')
  // No opening times in its file: the page says nothing of them.
  await expect(page.getByRole('heading', { name: 'Opening times' })).toHaveCount(0)

  await page.emulateMedia({ media: 'print' })
  await expect(timetable).toBeVisible()
  const after = await timetable.getByRole('link').first().evaluate((link) => getComputedStyle(link, '::after').content)
  expect(after).toBe('none')
  await page.emulateMedia({ media: 'screen' })
  await expectAxeClean(page)
})

test('a contact with opening times says whether it is open now, and the list shows the next session and where', async ({ page }) => {
  await page.goto('/services/cook-and-eat')
  const card = page.locator('main li').filter({ has: page.getByRole('heading', { name: 'Family Information Line' }) })
  await expect(card.getByText(/^(Open now, closes at \S+|Closed now, opens .+)$/)).toBeVisible()

  await page.goto('/list?s=stay-and-play')
  const item = page.locator('.list-item').filter({ hasText: 'Stay and play' })
  await expect(item.locator('dt', { hasText: 'Where' }).locator('+ dd')).toContainText('North Exampleton Library: 1 Market Street, North Exampleton, Exampleton, SW1A 1AA')
  await expect(item.locator('dt', { hasText: 'Next session' }).locator('+ dd')).toHaveText(/^\w+day \d{1,2} \w+ \d{4}, .+ to .+, at (North Exampleton Library|Northfield Primary School hall)$/)
  await expectAxeClean(page)
})
