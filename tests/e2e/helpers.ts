import AxeBuilder from '@axe-core/playwright'
import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** Every path listed in the site's own sitemap, in order. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml')
  expect(response.status()).toBe(200)
  const xml = await response.text()
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname)
  expect(paths.length).toBeGreaterThan(10)
  return paths
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

/** Fails with the rule, the element and the page when axe finds any WCAG 2.2 A/AA problem. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
  )
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

/**
 * Not rendered for this request: from Next's cache (HIT; or STALE, a page older than its 5 minutes
 * sent from the cache while Next refreshes it behind: a suite that runs over 5 minutes meets it),
 * or from the server's page cache (Age).
 */
export function fromCache(headers: Record<string, string>): boolean {
  return headers['x-nextjs-cache'] === 'HIT' || headers['x-nextjs-cache'] === 'STALE' || headers.age !== undefined
}
