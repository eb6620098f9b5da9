// How often the site search puts the right page first: the relevance set in
// tests/search/relevance.yaml scored on today's content (success@1, success@3, mean reciprocal
// rank), with every query that missed the top place and what came first. Run with
// `npm run bench:search-quality` (after `npm run content`).
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { buildSearchIndex } from '../lib/search/engine'
import { relevanceCases, scoreRelevance } from '../lib/search/relevance'
import { readSearchWords } from '../lib/search/search-words-file'
import { siteDocuments } from '../lib/search/site-documents'
import { compiledContent } from '../lib/search/compiled-content'

const file = path.resolve(import.meta.dirname, '../tests/search/relevance.yaml')
const cases = relevanceCases(parse(fs.readFileSync(file, 'utf8')))
const { docs, words } = siteDocuments(compiledContent(), readSearchWords(process.env.CONTENT_DIR ?? 'content'))
const score = scoreRelevance(buildSearchIndex(docs, words), cases)

for (const miss of score.misses) {
  const place = miss.rank === undefined ? 'not in the top 10' : `at ${miss.rank}`
  console.log(`${miss.rank === undefined || miss.rank > 3 ? 'MISS' : 'low '} "${miss.q}": wanted ${miss.wanted}, ${place}; first: ${miss.first.join(', ') || '(no results)'}`)
}
const TARGET = 0.95 // success@3, also kept by tests/unit/search-relevance.test.ts
console.log(`\n${score.queries} queries: success@1 ${score.successAt1.toFixed(3)}, success@3 ${score.successAt3.toFixed(3)}, MRR ${score.meanReciprocalRank.toFixed(3)}`)
console.log(`target success@3 >= ${TARGET}: ${score.successAt3 >= TARGET ? 'met' : 'MISSED'}`)
process.exit(score.successAt3 >= TARGET ? 0 : 1)
