// What the search accepts, shared by the forms (maxlength) and the results page.

export const MAX_QUERY_LENGTH = 200
/** Words beyond this are ignored: a long pasted sentence must not cost more than a short one. */
export const MAX_QUERY_TERMS = 12
/** Results per page, and the last page anyone is offered. */
export const RESULTS_PER_PAGE = 10
export const MAX_PAGE = 50

export type QueryCheck = { kind: 'none' } | { kind: 'empty' } | { kind: 'too-long'; length: number; query: string } | { kind: 'ok'; query: string }

/** Reads `?q=` (missing, blank, repeated or too long) into something the page can answer. */
export function checkQuery(raw: string | string[] | undefined): QueryCheck {
  if (raw === undefined) return { kind: 'none' }
  const first = Array.isArray(raw) ? raw[0] : raw
  // Control characters are never meant: they become spaces, and runs of spaces one.
  const query = (first ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim()
  if (query === '') return { kind: 'empty' }
  if (query.length > MAX_QUERY_LENGTH) return { kind: 'too-long', length: query.length, query }
  return { kind: 'ok', query }
}

/** `?page=`: a whole number from 1 to MAX_PAGE; anything else is page 1. */
export function checkPage(raw: string | string[] | undefined): number {
  const first = Array.isArray(raw) ? raw[0] : raw
  if (first === undefined || !/^\d{1,3}$/.test(first)) return 1
  return Math.min(Math.max(Number(first), 1), MAX_PAGE)
}
