import { splitLanguage } from '@/lib/i18n/address-language'
import { checkPage, checkQuery } from './query'

export const SEARCH_PATH = '/search'

/**
 * The server's short-lived cache key for a search results page: the query as the page reads it
 * (spaces and control characters folded, as checkQuery does) and the results page number, so
 * "school", " school " and "school&x=1" are one page. Undefined for anything else, and for a
 * missing, blank or too-long query (those answers are cheap, or an error). Each language's
 * results page is its own: /cy/search?q=… is kept apart from /search?q=….
 */
export function searchAnswerKey(target: string): string | undefined {
  const { prefix, rest } = splitLanguage(target)
  // Asked of every request the server takes: the address is parsed only for a search.
  if (!rest.startsWith(`${SEARCH_PATH}?`)) return undefined
  const url = new URL(`http://localhost${rest}`)
  const check = checkQuery(url.searchParams.get('q') ?? undefined)
  if (check.kind !== 'ok') return undefined
  const page = checkPage(url.searchParams.get('page') ?? undefined)
  return `${prefix}${SEARCH_PATH}?q=${encodeURIComponent(check.query)}&page=${page}`
}
