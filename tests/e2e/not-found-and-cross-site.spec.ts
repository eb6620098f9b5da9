import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { readSiteFile } from '../../lib/content/site-file'
import { listenLocally } from '../support/raw-http'
import { expectNoAxeViolations } from './helpers'
import { startSecondServer } from './second-server'

// What a new user met (issue 30): every 404 is the site's own page, with its heading and "Exit
// this page", with and without JavaScript; the test-only fault has no route in the build; and a
// feedback form posted from another website is refused with a page that says why.

const EXIT_URL = readSiteFile().exitPageUrl
const NOT_FOUND = ['/feedback', '/feedback?page=%2Fnope', '/feedback?page=%2Fguides&page=%2Fhelp', '/no-such-page']
const PORT = Number(process.env.E2E_PORT ?? 3100) + 31

async function expectSiteNotFound(page: Page, target: string) {
  const response = await page.goto(target)
  expect(response?.status(), target).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }), target).toBeVisible()
  await expect(page.getByRole('link', { name: /Exit this page/ }).first(), target).toHaveAttribute('href', EXIT_URL)
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a feedback address about no page of the site is the site’s own 404 page', async ({ page }) => {
    for (const target of NOT_FOUND) await expectSiteNotFound(page, target)
  })
})

test('with JavaScript, the 404 page shows without a policy error', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  for (const target of NOT_FOUND) await expectSiteNotFound(page, target)
  await expectNoAxeViolations(page)
  expect(errors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([])
})

test('the feedback form page for one of the site’s pages still works', async ({ page }) => {
  const response = await page.goto('/feedback?page=%2Fguides&answer=no')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: 'Help us improve this page' })).toBeVisible()
})

test('the test fault is no route of the build: a server without TEST_FAULTS answers /test-fault with the 404 page', async ({ page }) => {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next'
  const routes = JSON.parse(fs.readFileSync(path.join(distDir, 'app-path-routes-manifest.json'), 'utf8'))
  expect(Object.values(routes)).not.toContain('/test-fault')
  expect(fs.existsSync(path.join(distDir, 'server/app/test-fault'))).toBe(false)
  const server = await startSecondServer(PORT, { FEEDBACK_DB_PATH: `data/e2e-feedback-${PORT}.sqlite` })
  try {
    await expectSiteNotFound(page, `${server.baseURL}/test-fault`)
  } finally {
    await server.stop()
  }
})

test('a feedback form posted from another website is refused with a page that says why', async ({ page, baseURL }) => {
  // Another website's page (another origin and site: "localhost" is not "127.0.0.1") whose form
  // posts to this site's feedback endpoint, as an attacker's page would.
  const attacker = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><title>Another site</title><form method="post" action="${baseURL}/api/feedback"><input type="hidden" name="page" value="/contact"><input type="hidden" name="useful" value="no"><input type="hidden" name="wrong" value="sent by another site"><button>Send</button></form>`)
  })
  const attackerURL = (await listenLocally(attacker)).replace('127.0.0.1', 'localhost')
  try {
    await page.goto(attackerURL)
    const [response] = await Promise.all([page.waitForResponse(`${baseURL}/api/feedback`), page.getByRole('button', { name: 'Send' }).click()])
    expect(response.status()).toBe(403)
    await expect(page.getByRole('heading', { level: 1, name: 'Your feedback was not sent' })).toBeVisible()
    await expect(page.getByText('The form was sent from another website, so we did not save it.')).toBeVisible()
    await expect(page.getByRole('link', { name: /Exit this page/ })).toHaveAttribute('href', EXIT_URL)
  } finally {
    await new Promise<void>((resolve) => attacker.close(() => resolve()))
  }
})
