import { z } from 'zod'
import type { SearchIndex } from './engine'

// Scores a search index against a relevance set (tests/search/relevance.yaml): for each query, the
// rank of the first expected page, or for a "nothing here" query whether the index found nothing.

export type RelevanceCase = { q: string; expect?: string[]; nothing?: boolean }

export type RelevanceMiss = { q: string; wanted: string; rank: number | undefined; first: string[] }

export type RelevanceScore = {
  queries: number
  successAt1: number
  successAt3: number
  meanReciprocalRank: number
  misses: RelevanceMiss[]
}

const CASE = z.union([
  z.strictObject({ q: z.coerce.string().min(1), expect: z.array(z.string().startsWith('/')).min(1) }),
  z.strictObject({ q: z.coerce.string().min(1), nothing: z.literal(true) }),
])

/** Reads the parsed YAML into cases, naming the entry that is malformed. */
export function relevanceCases(parsed: unknown): RelevanceCase[] {
  if (!Array.isArray(parsed)) throw new Error('the relevance set must be a list of { q, expect } or { q, nothing: true }')
  return parsed.map((entry: unknown, index) => {
    const result = CASE.safeParse(entry)
    if (!result.success) throw new Error(`entry ${index + 1} (${JSON.stringify(entry)}): give q and either expect (a list of pages) or nothing: true`)
    return result.data
  })
}

/** A section of a page (`/early-help#level-targeted`) answers a query that expects the page. */
function samePage(url: string, expected: string): boolean {
  return url === expected || (!expected.includes('#') && url.split('#')[0] === expected)
}

export function scoreRelevance(index: SearchIndex, cases: RelevanceCase[]): RelevanceScore {
  let at1 = 0
  let at3 = 0
  let reciprocal = 0
  const misses: RelevanceMiss[] = []
  for (const item of cases) {
    const outcome = index.search(item.q, { limit: 10 })
    const urls = outcome.hits.map((hit) => hit.url)
    let rank: number | undefined
    if (item.nothing) {
      rank = outcome.total === 0 ? 1 : undefined
    } else {
      const found = urls.findIndex((url) => (item.expect ?? []).some((page) => samePage(url, page)))
      rank = found === -1 ? undefined : found + 1
    }
    if (rank === 1) at1++
    if (rank !== undefined && rank <= 3) at3++
    if (rank !== undefined) reciprocal += 1 / rank
    if (rank === undefined || rank > 1) {
      misses.push({ q: item.q, wanted: item.nothing ? '(no results)' : (item.expect ?? []).join(' or '), rank, first: urls.slice(0, 3) })
    }
  }
  const count = cases.length || 1
  return { queries: cases.length, successAt1: at1 / count, successAt3: at3 / count, meanReciprocalRank: reciprocal / count, misses }
}
