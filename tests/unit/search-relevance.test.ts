import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { relevanceCases, scoreRelevance } from '@/lib/search/relevance'
import { siteSearch } from '@/lib/search/site-search'

// The relevance set (tests/search/relevance.yaml) on the real content and word list: search must
// keep putting a right page in the first three for 95% of the queries families and professionals
// type. `npm run bench:search-quality` lists the misses.

const cases = relevanceCases(parse(fs.readFileSync(path.resolve(import.meta.dirname, '../search/relevance.yaml'), 'utf8')))

describe('search relevance', () => {
  it('has at least 200 queries, some of them honest "nothing here" ones', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200)
    expect(cases.filter((item) => item.nothing).length).toBeGreaterThanOrEqual(10)
  })

  it('puts a right page in the top 3 for at least 95% of the set', () => {
    const score = scoreRelevance(siteSearch('en-GB'), cases)
    const misses = score.misses.filter((miss) => miss.rank === undefined || miss.rank > 3).map((miss) => `${miss.q} -> ${miss.first[0] ?? '(none)'}`)
    expect(score.successAt3, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
  })

  it('every "nothing here" query gets the no-results help, not a page that shares a word', () => {
    for (const item of cases.filter((candidate) => candidate.nothing)) expect(siteSearch('en-GB').search(item.q).total, item.q).toBe(0)
  })
})
