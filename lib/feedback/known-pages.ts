import 'server-only'
import { getAllPaths } from '@/lib/content'
import { pageInEveryLanguage } from '@/lib/i18n/addresses'
import { LIST_PATH } from '@/lib/list/address'
import { SEARCH_PATH } from '@/lib/search/answer-key'
import { normalisePagePath } from './schema'
import { singletons } from './singletons'

// Which pages feedback can be about: the endpoint refuses others, and the /feedback form page
// does not exist for them. Apart from lib/feedback/server.ts (the store, the limits) so that
// proxy.ts can ask without loading the database drivers.

/** The not-found page's widget reports its answers as being about this path. */
export const NOT_FOUND_PAGE = '/404'

/**
 * Feedback can only be about a page the site has: the sitemap's pages, the 404 page, and the pages
 * kept out of the sitemap (search results and the list), without their query, in any of its languages.
 */
export function isKnownPage(path: string): boolean {
  const shared = singletons()
  // Each page in each of the site's languages: /help, /cy/help.
  shared.knownPages ??= new Set([...getAllPaths().map((entry) => entry.path), NOT_FOUND_PAGE, LIST_PATH, SEARCH_PATH].flatMap((page) => pageInEveryLanguage(page).map((entry) => entry.path)))
  return shared.knownPages.has(path)
}

/** The page a /feedback address is about, or undefined when it names none of the site's pages (then it is "Page not found"). */
export function feedbackPageOf(searchParams: URLSearchParams): string | undefined {
  const values = searchParams.getAll('page')
  const page = values.length === 1 ? normalisePagePath(values[0]) : undefined
  return page !== undefined && isKnownPage(page) ? page : undefined
}
