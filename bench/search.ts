// The site search index: the build step's time (build and serialise), the time to load it at
// start, its size, and query latency for 1,000 varied queries on the loaded index, for today's
// content and for today's content plus 5,000 generated services. Run with `npm run bench:search`
// (after `npm run content`; `npm run bench` builds first). Exits 1 if a target is missed.
// Warm-up queries run first.
import os from 'node:os'
import { compiledContent } from '../lib/search/compiled-content'
import { buildSearchIndex, loadSearchIndex, type SearchDoc } from '../lib/search/engine'
import { RESULTS_PER_PAGE } from '../lib/search/query'
import { readSearchWords } from '../lib/search/search-words-file'
import { siteDocuments } from '../lib/search/site-documents'
import { percentile } from './lib/server'
import { seededRandom } from './lib/random'

const QUERIES = 1000
const WARM_UP = 200
const SYNTHETIC_SERVICES = 5000
const TARGETS = { today: 5, synthetic: 20 } // p95, milliseconds, wall time
const BUILD_TARGET = 10_000 // the build step for 5,000 services, milliseconds
const LOAD_TARGET = 1_000 // loading the serialised index at start, milliseconds

/** Picks from a list with the generator. */
function picker(next: () => number) {
  return <T,>(list: readonly T[]): T => {
    const item = list[Math.floor(next() * list.length)]
    if (item === undefined) throw new Error('picked from an empty list')
    return item
  }
}

const content = compiledContent()
const allNeeds = content.needs
const allHubs = content.hubs
const { docs: realDocs, words: searchWords } = siteDocuments(content, readSearchWords(process.env.CONTENT_DIR ?? 'content'))
const words = [...new Set(realDocs.flatMap((doc) => `${doc.title} ${doc.text}`.toLowerCase().match(/\p{L}{3,}/gu) ?? []))]

/**
 * 5,000 services made of today's words and 20,000 made-up ones (names of places, groups and
 * organisations), so the vocabulary grows roughly as a real directory's would.
 */
function syntheticServices(count: number, next: () => number): SearchDoc[] {
  const pick = picker(next)
  const letters = [...'abcdefghijklmnoprstuvwy']
  const madeUp = Array.from({ length: 20_000 }, () => Array.from({ length: 4 + Math.floor(next() * 6) }, () => pick(letters)).join(''))
  const sentence = (length: number) => Array.from({ length }, () => (next() < 0.7 ? pick(words) : pick(madeUp))).join(' ')
  return Array.from({ length: count }, (_, index) => ({
    id: `service:synthetic-${index}`,
    type: 'service',
    title: `${sentence(3)} ${pick(['service', 'project', 'group', 'team', 'club'])}`,
    url: `/services/synthetic-${index}`,
    summary: sentence(18),
    keywords: '',
    text: Array.from({ length: 8 }, () => `${sentence(14)}.`).join(' '),
  }))
}

/** Needs' words, titles, sentences, typos, prefixes and nonsense, in a fixed mix. */
function queries(next: () => number): string[] {
  const pick = picker(next)
  const everyday = allNeeds.flatMap((need) => need.everydayWords)
  const titles = realDocs.map((doc) => doc.title)
  const typo = (word: string) => {
    const at = 1 + Math.floor(next() * Math.max(1, word.length - 2))
    return next() < 0.5 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
  }
  const kinds: (() => string)[] = [
    () => pick(everyday),
    () => pick(titles),
    () => `my child ${pick(words)} and ${pick(words)}`,
    () => `help with ${pick(everyday)} near ${pick(allHubs).name.split(' ')[0]}`,
    () => typo(pick(words.filter((word) => word.length >= 6))),
    () => pick(words).slice(0, 3 + Math.floor(next() * 3)),
    () => Array.from({ length: 5 }, () => pick([...'qxzjkvw'])).join(''),
    () => Array.from({ length: 12 }, () => pick(words)).join(' '),
  ]
  return Array.from({ length: QUERIES }, () => pick(kinds)())
}

function measure(name: string, docs: SearchDoc[], target: number): boolean {
  // What the build does (scripts/build-search-index.ts): build, then serialise.
  let started = performance.now()
  const built = buildSearchIndex(docs, searchWords)
  const serialised = JSON.stringify(built.toJSON())
  const buildMs = performance.now() - started
  // What the server does at start: parse and load, with no document read or tokenised.
  started = performance.now()
  const index = loadSearchIndex(JSON.parse(serialised))
  const loadMs = performance.now() - started

  const list = queries(seededRandom(7))
  for (const query of list.slice(0, WARM_UP)) index.search(query, { limit: RESULTS_PER_PAGE })
  const times: number[] = []
  const cpuTimes: number[] = []
  let results = 0
  let empty = 0
  for (const query of list) {
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    // What the results page does: one page of hits with snippets, the count and any suggestion.
    const outcome = index.search(query, { limit: RESULTS_PER_PAGE })
    const cpu = process.cpuUsage(cpuStart)
    times.push(performance.now() - start)
    cpuTimes.push((cpu.user + cpu.system) / 1000)
    results += outcome.total
    if (outcome.total === 0) empty++
  }
  times.sort((a, b) => a - b)
  cpuTimes.sort((a, b) => a - b)
  const p95 = percentile(times, 95)
  const ok = p95 < target && buildMs < BUILD_TARGET && loadMs < LOAD_TARGET
  console.log(`${name}: ${index.documentCount} documents, ${index.termCount} terms`)
  console.log(`  build step ${buildMs.toFixed(0)} ms (target < ${BUILD_TARGET}), serialised ${(serialised.length / 1024).toFixed(0)} KB, load at start ${loadMs.toFixed(0)} ms (target < ${LOAD_TARGET})`)
  console.log(
    `  ${list.length} queries, wall time: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${(times.at(-1) ?? 0).toFixed(2)} ms` +
      ` (mean ${(results / list.length).toFixed(0)} results; ${empty} with none)`,
  )
  // On a shared machine the wall clock also counts time spent waiting for other processes: the
  // CPU time a query costs is printed beside it, with the load average.
  console.log(`  CPU time per query: p50 ${percentile(cpuTimes, 50).toFixed(2)} ms, p95 ${percentile(cpuTimes, 95).toFixed(2)} ms; load average ${os.loadavg()[0]?.toFixed(2)}`)
  console.log(`  targets (wall p95 < ${target} ms, build, load): ${ok ? 'met' : 'MISSED'}`)
  return ok
}

const today = measure("Today's content", realDocs, TARGETS.today)
const synthetic = measure(
  `Today's content + ${SYNTHETIC_SERVICES} generated services`,
  [...realDocs, ...syntheticServices(SYNTHETIC_SERVICES, seededRandom(42))],
  TARGETS.synthetic,
)
process.exit(today && synthetic ? 0 : 1)
