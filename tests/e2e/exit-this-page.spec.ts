import { expect, test, type Page, type Route } from '@playwright/test'
import { readSiteFile } from '../../lib/content/site-file'
import { expectNoAxeViolations } from './helpers'

// The destination comes from the site settings, so the tests read it from there too.
const EXIT_URL = readSiteFile().exitPageUrl
const EXIT_ORIGIN = new URL(EXIT_URL).origin
const STAND_IN = '<!doctype html><html lang="en"><title>Weather</title><h1>Weather stand-in</h1></html>'

/** There is no internet here: the neutral site is a local stand-in page. */
async function standInForExitSite(page: Page): Promise<{ referers: (string | undefined)[] }> {
  const seen: { referers: (string | undefined)[] } = { referers: [] }
  await page.route(`${EXIT_ORIGIN}/**`, async (route: Route) => {
    seen.referers.push(route.request().headers()['referer'])
    await route.fulfill({ status: 200, contentType: 'text/html', body: STAND_IN })
  })
  return seen
}

type NavigationReport = { url: string; navigationType: string; contentHidden: boolean; overlay: string | null; title: string }

/**
 * Records, at the moment the page asks to navigate away (the Navigation API's navigate event,
 * fired synchronously inside location.replace), whether the content was already hidden.
 */
async function watchNavigations(page: Page): Promise<NavigationReport[]> {
  const reports: NavigationReport[] = []
  await page.exposeFunction('__reportNavigation', (report: NavigationReport) => {
    reports.push(report)
  })
  await page.addInitScript(() => {
    navigation.addEventListener('navigate', (event) => {
      const main = document.querySelector('main')
      const header = document.querySelector('header')
      const overlay = document.querySelector('[role="alert"].exit-this-page-overlay')
      const report = {
        url: event.destination.url,
        navigationType: event.navigationType,
        contentHidden: !!main && !!header && !main.checkVisibility() && !header.checkVisibility(),
        overlay: overlay ? overlay.textContent : null,
        title: document.title,
      }
      const reporter: unknown = Reflect.get(window, '__reportNavigation')
      if (typeof reporter === 'function') reporter(report)
    })
  })
  return reports
}

const exitButton = (page: Page) => page.locator('.exit-this-page').getByRole('link', { name: 'Emergency Exit this page' })
const liveRegion = (page: Page) => page.locator('.exit-this-page [role="status"]')
const indicator = (page: Page) => page.locator('.exit-this-page-indicator')

/** The inline script marks the control once the shortcut and the click handling are in force. */
async function waitForEnhancement(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('exit-this-page-armed').length > 0)
}

async function openEnhanced(page: Page, pagePath: string): Promise<void> {
  await page.goto(pagePath)
  await waitForEnhancement(page)
}

test.describe('exit this page: markup on every page', () => {
  for (const pagePath of ['/', '/family-hubs/armley', '/services', '/guides/family-hubs', '/staying-safe-online', '/no-such-page']) {
    test(`${pagePath}: first after the skip link, with the right destination and rel`, async ({ page }) => {
      await page.goto(pagePath)
      const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].slice(0, 4).map((link) => link.textContent?.trim()))
      expect(links).toEqual(['Skip to main content', 'Exit this page', 'Emergency Exit this page', 'Staying safe online'])
      const beforeHeader = await page.evaluate(() => {
        const control = document.querySelector('.exit-this-page')
        const header = document.querySelector('header')
        return !!control && !!header && !!(control.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING)
      })
      expect(beforeHeader).toBe(true)
      for (const link of await page.locator('a[data-exit-this-page]').all()) {
        await expect(link).toHaveAttribute('href', EXIT_URL)
        await expect(link).toHaveAttribute('rel', 'nofollow noreferrer')
      }
      await expect(page.locator('a[data-exit-this-page]')).toHaveCount(2)
      await expect(exitButton(page)).toBeVisible()
      await expect(exitButton(page).locator('.sr-only')).toHaveText('Emergency')
      await expect(page.getByRole('link', { name: 'Staying safe online' }).first()).toHaveAttribute('href', '/staying-safe-online')
    })
  }
})

test.describe('exit this page: with JavaScript', () => {
  test('click hides the content before navigating, replaces history, and lands on the destination', async ({ page }) => {
    const seen = await standInForExitSite(page)
    const navigations = await watchNavigations(page)
    await page.goto('/')
    await openEnhanced(page, '/family-hubs')
    const historyBefore = await page.evaluate(() => history.length)

    await exitButton(page).click()
    await expect(page).toHaveURL(EXIT_URL)
    await expect(page.getByRole('heading', { name: 'Weather stand-in' })).toBeVisible()

    const exit = navigations.find((report) => report.url === EXIT_URL)
    expect(exit, 'a navigation to the exit site was requested').toBeDefined()
    expect(exit?.navigationType).toBe('replace')
    expect(exit?.contentHidden).toBe(true)
    expect(exit?.overlay).toBe('Loading.')
    expect(exit?.title).toBe('Loading.')
    expect(seen.referers).toEqual([undefined])

    // The exited page is gone from history: Back goes to the page before it.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore)
    await page.goBack()
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/)
    await expect(page.locator('.exit-this-page-overlay')).toHaveCount(0)
    await expect(page.locator('main')).toBeVisible()
  })

  test('a failed exit leaves only the overlay showing; a back/forward cache restore removes it', async ({ page }) => {
    // Aborting the request keeps the old document, so its state during the exit can be inspected.
    await page.route(`${EXIT_ORIGIN}/**`, (route) => route.abort('aborted'))
    await openEnhanced(page, '/services')
    await exitButton(page).click()
    await expect(page.getByRole('alert')).toHaveText('Loading.')
    await expect(page.getByRole('alert')).toBeInViewport({ ratio: 1 })
    for (const region of ['main', 'header', 'footer', '.exit-this-page-control']) {
      await expect(page.locator(region).first(), region).toBeHidden()
    }
    await expect(page).toHaveTitle('Loading.')
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })))
    await expect(page.locator('main')).toBeVisible()
    await expect(page.locator('.exit-this-page-overlay')).toHaveCount(0)
    await expect(page).toHaveTitle(/Services/)
  })

  test('Shift three times exits, with the live region and lights showing progress', async ({ page }) => {
    await standInForExitSite(page)
    const navigations = await watchNavigations(page)
    await openEnhanced(page, '/early-help')
    await expect(liveRegion(page)).toHaveText('')
    await expect(indicator(page)).toBeHidden()

    await page.keyboard.press('Shift')
    await expect(liveRegion(page)).toHaveText('Shift, press 2 more times to exit.')
    await expect(indicator(page)).toBeVisible()
    await expect(indicator(page).locator('[data-lit]')).toHaveCount(1)
    await page.keyboard.press('Shift')
    await expect(liveRegion(page)).toHaveText('Shift, press 1 more time to exit.')
    await expect(indicator(page).locator('[data-lit]')).toHaveCount(2)
    await page.keyboard.press('Shift')

    await expect(page).toHaveURL(EXIT_URL)
    const exit = navigations.find((report) => report.url === EXIT_URL)
    expect(exit?.navigationType).toBe('replace')
    expect(exit?.contentHidden).toBe(true)
  })

  test('mixed left and right Shift exits, including a rolled press', async ({ page }) => {
    await standInForExitSite(page)
    await openEnhanced(page, '/guides')
    await page.keyboard.press('ShiftRight')
    await page.keyboard.press('ShiftLeft')
    await page.keyboard.press('ShiftRight')
    await expect(page).toHaveURL(EXIT_URL)

    await openEnhanced(page, '/guides')
    // Right goes down before left comes up: two presses, as a person would count them.
    await page.keyboard.down('ShiftLeft')
    await page.keyboard.down('ShiftRight')
    await page.keyboard.up('ShiftLeft')
    await page.keyboard.up('ShiftRight')
    await expect(liveRegion(page)).toHaveText('Shift, press 1 more time to exit.')
    await page.keyboard.press('ShiftLeft')
    await expect(page).toHaveURL(EXIT_URL)
  })

  test('typing "Hello World" or pressing Shift+Tab does not exit', async ({ page }) => {
    await standInForExitSite(page)
    await openEnhanced(page, '/services')
    const url = page.url()

    // Real typing: Shift held down as a modifier for each capital.
    const input = page.getByLabel('Age of the child or young person')
    await input.focus()
    for (const word of ['Hello', ' World']) {
      for (const char of word) {
        if (char !== char.toLowerCase()) {
          await page.keyboard.down('Shift')
          await page.keyboard.press(`Key${char}`)
          await page.keyboard.up('Shift')
        } else {
          await page.keyboard.press(char === ' ' ? 'Space' : char)
        }
      }
    }
    await page.keyboard.down('Shift')
    await page.keyboard.press('KeyA')
    await page.keyboard.press('KeyB')
    await page.keyboard.up('Shift')
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift+Tab')
    await page.waitForTimeout(300)

    expect(page.url()).toBe(url)
    await expect(page.locator('main')).toBeVisible()
    await expect(liveRegion(page)).toHaveText('')
    await expect(indicator(page)).toBeHidden()
  })

  test('any other key resets the count', async ({ page }) => {
    await standInForExitSite(page)
    await openEnhanced(page, '/guides')
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    await expect(liveRegion(page)).toHaveText('Shift, press 1 more time to exit.')
    await page.keyboard.press('ArrowDown')
    await expect(indicator(page)).toBeHidden()
    await page.keyboard.press('Shift')
    await expect(liveRegion(page)).toHaveText('Shift, press 2 more times to exit.')
    await expect(page).not.toHaveURL(EXIT_URL)
  })

  test('a pause longer than the window starts the count again and says so', async ({ page }) => {
    test.setTimeout(40_000)
    await standInForExitSite(page)
    await openEnhanced(page, '/guides')
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    await expect(liveRegion(page)).toHaveText('Shift, press 1 more time to exit.')
    await expect(liveRegion(page)).toHaveText('Exit this page expired.', { timeout: 8000 })
    await expect(indicator(page)).toBeHidden()
    await page.keyboard.press('Shift')
    await expect(liveRegion(page)).toHaveText('Shift, press 2 more times to exit.')
    await expect(page).not.toHaveURL(EXIT_URL)
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    await expect(page).toHaveURL(EXIT_URL)
  })

  test('keyboard: "Exit this page" is the second tab stop and Enter exits', async ({ page }) => {
    await standInForExitSite(page)
    const navigations = await watchNavigations(page)
    await openEnhanced(page, '/family-hubs')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
    await page.keyboard.press('Tab')
    const focused = page.locator(':focus')
    await expect(focused).toHaveAccessibleName('Exit this page')
    await expect(focused).toHaveAttribute('href', EXIT_URL)
    await expect(focused).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Tab')
    await expect(exitButton(page)).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(EXIT_URL)
    expect(navigations.find((report) => report.url === EXIT_URL)?.navigationType).toBe('replace')
  })

  test('passes axe, also while the lights are showing', async ({ page }) => {
    await openEnhanced(page, '/staying-safe-online')
    await expectNoAxeViolations(page)
    await page.keyboard.press('Shift')
    await expect(indicator(page)).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('stays at the top of the viewport while scrolling, and is hidden in print', async ({ page }) => {
    await page.goto('/staying-safe-online')
    await page.mouse.wheel(0, 1500)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
    const box = await exitButton(page).boundingBox()
    expect(box?.y).toBe(0)
    await expect(exitButton(page)).toBeInViewport({ ratio: 1 })
    await page.emulateMedia({ media: 'print' })
    await expect(exitButton(page)).toBeHidden()
    await expect(page.locator('a[data-exit-this-page]').first()).toBeHidden()
  })
})

test.describe('exit this page before the framework loads', () => {
  // The site's JavaScript bundles never arrive: only the inline script after the control runs,
  // which is what a slow phone has in the seconds between first paint and hydration.
  test.beforeEach(async ({ page }) => {
    await page.route('**/_next/static/**/*.js', (route) => route.abort('blockedbyclient'))
  })

  test('click hides the page and replaces history without React', async ({ page }) => {
    await standInForExitSite(page)
    const navigations = await watchNavigations(page)
    await page.goto('/')
    await openEnhanced(page, '/guides')
    expect(await page.evaluate(() => performance.getEntriesByName('exit-this-page-armed').length)).toBe(1)
    const historyBefore = await page.evaluate(() => history.length)
    await exitButton(page).click()
    await expect(page).toHaveURL(EXIT_URL)
    const exit = navigations.find((report) => report.url === EXIT_URL)
    expect(exit?.navigationType).toBe('replace')
    expect(exit?.contentHidden).toBe(true)
    expect(await page.evaluate(() => history.length)).toBe(historyBefore)
  })

  test('Shift three times exits without React, with the lights and the live region', async ({ page }) => {
    await standInForExitSite(page)
    await openEnhanced(page, '/services')
    await page.keyboard.press('ShiftLeft')
    await expect(liveRegion(page)).toHaveText('Shift, press 2 more times to exit.')
    await expect(indicator(page).locator('[data-lit]')).toHaveCount(1)
    await page.keyboard.press('ShiftRight')
    await page.keyboard.press('ShiftLeft')
    await expect(page).toHaveURL(EXIT_URL)
  })
})

test.describe('exit this page on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 } })

  test('is full width, sticky, and sits above the header at the top', async ({ page }) => {
    await page.goto('/family-hubs')
    const box = await exitButton(page).boundingBox()
    expect(box?.x).toBe(0)
    expect(box?.width).toBe(375)
    const header = await page.locator('header').boundingBox()
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(header?.y ?? 0)
    await page.mouse.wheel(0, 800)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
    expect((await exitButton(page).boundingBox())?.y).toBe(0)
  })

  test('a link that gets focus above the viewport is not hidden under the sticky button', async ({ page }) => {
    await page.goto('/staying-safe-online')
    await page.mouse.wheel(0, 3000)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500)
    // Focusing scrolls the link up into view at the top edge, where the button sits.
    const link = page.locator('main a[href^="tel:"]').first()
    await link.focus()
    const linkBox = await link.boundingBox()
    const buttonBox = await exitButton(page).boundingBox()
    expect(buttonBox?.y).toBe(0)
    expect(linkBox?.y ?? 0).toBeGreaterThanOrEqual((buttonBox?.y ?? 0) + (buttonBox?.height ?? 0))
  })
})

test.describe('exit this page without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the button is a plain link to the destination', async ({ page }) => {
    const seen = await standInForExitSite(page)
    await page.goto('/family-hubs')
    await exitButton(page).click()
    await expect(page).toHaveURL(EXIT_URL)
    await expect(page.getByRole('heading', { name: 'Weather stand-in' })).toBeVisible()
    expect(seen.referers).toEqual([undefined])
  })

  test('the skip link is a plain link to the destination', async ({ page }) => {
    await standInForExitSite(page)
    await page.goto('/services')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.locator(':focus')).toHaveAccessibleName('Exit this page')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(EXIT_URL)
  })
})
