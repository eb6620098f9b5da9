import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem, runContentCheck } from '@/lib/content/check'
import { buildSearchIndex, loadSearchIndex, type SearchDoc } from '@/lib/search/engine'
import { readSearchWords } from '@/lib/search/search-words-file'
import { siteSearch } from '@/lib/search/site-search'

const ROOT = path.resolve(import.meta.dirname, '../..')
const temporary: string[] = []
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A copy of the real content with this word list (or none). */
function contentWithWords(yaml: string | undefined): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-words-'))
  temporary.push(dir)
  fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true })
  fs.rmSync(path.join(dir, 'search'), { recursive: true, force: true })
  if (yaml !== undefined) {
    fs.mkdirSync(path.join(dir, 'search'))
    fs.writeFileSync(path.join(dir, 'search/synonyms.yaml'), yaml)
  }
  return dir
}

const wordListErrors = (dir: string) =>
  runContentCheck(dir, { today: '2026-11-23' })
    .errors.filter((problem) => problem.file.endsWith('search/synonyms.yaml'))
    .map((problem) => formatProblem(problem).replace(/^.*search\/synonyms\.yaml/, 'synonyms.yaml').replace(/of \S*?(needs\/)/, 'of $1'))

describe("the editors' word list (content/search/synonyms.yaml)", () => {
  it('is optional: a content folder without one passes the check and searches with its own words', () => {
    const dir = contentWithWords(undefined)
    expect(runContentCheck(dir, { today: '2026-11-23' }).errors).toEqual([])
    expect(readSearchWords(dir)).toEqual({ needWords: new Map(), sameMeaning: [], noPage: [] })
  })

  it('names the line of an unknown need, an empty entry, a word listed twice and a lone synonym', () => {
    const dir = contentWithWords(
      ['needs:', '  sendd:', '    - autism', '  mental-health:', '    -', '    - depression', '    - depressed', '    - anxiety', 'sameMeaning:', '  - [FIS]', 'noPage:', '  - the'].join('\n'),
    )
    expect(wordListErrors(dir)).toEqual([
      'synonyms.yaml:2: needs.sendd: is not a need: use the file name of a need in needs/ without .md. Did you mean "send"?',
      'synonyms.yaml:5: needs.mental-health[0]: is empty: write a word or phrase, or delete the line',
      'synonyms.yaml:7: needs.mental-health[2]: "depressed" is already listed at line 6 (needs.mental-health); the search reads them as the same word: list it once',
      'synonyms.yaml:8: needs.mental-health[3]: "anxiety" is already an everyday word of needs/mental-health.md: delete it here',
      'synonyms.yaml:10: sameMeaning[0]: needs two or more words that mean the same thing, like [FIS, Family Information Service]',
      'synonyms.yaml:12: noPage[0]: "the" has only words the search ignores (like "the", "my", "to"): use a word that means something',
    ])
  })

  it("teaches the search a word without code: an editor's word leads to its need", () => {
    expect(siteSearch('en-GB').search('autism').hits[0]?.url).toBe('/help/send')
    // The snippet shows the word the reader typed among the need's words, so they see why.
    const marked = siteSearch('en-GB').search('autistic').hits[0]?.snippet.filter((part) => part.mark).map((part) => part.text)
    expect(marked).toContain('autistic')
    expect(siteSearch('en-GB').search('council tax').total).toBe(0)
  })
})

describe('word forms (a stemmer, for documents and queries alike)', () => {
  it('"argue", "arguing", "arguments" and "argued" find the same page first', () => {
    const first = ['argue', 'arguing', 'arguments', 'argued'].map((query) => siteSearch('en-GB').search(query).hits[0]?.url)
    expect(new Set(first)).toEqual(new Set(['/help/arguing-and-parental-conflict']))
  })

  it('keeps typo tolerance and prefixes', () => {
    expect(siteSearch('en-GB').search('behavour').hits[0]?.url).toBe('/help/a-childs-behaviour')
    expect(siteSearch('en-GB').search('scho').hits[0]?.url).toBe('/help/school-nursery-or-college')
  })
})

describe('ranking', () => {
  const doc = (id: string, title: string, text: string): SearchDoc => ({ id, type: 'page', title, url: `/${id}`, summary: '', keywords: '', text })

  it('never favours a page only for repeating a word', () => {
    const index = buildSearchIndex(
      [doc('about', 'Help with sleep', 'Advice for families about sleep and bedtime.'), doc('spam', 'Other things', Array.from({ length: 60 }, () => 'sleep').join(' '))],
      [],
    )
    expect(index.search('sleep').hits[0]?.url).toBe('/about')
  })
})

describe('the serialised index', () => {
  it('answers exactly as the index it was saved from', () => {
    const loaded = loadSearchIndex(JSON.parse(JSON.stringify(siteSearch('en-GB').toJSON())))
    for (const query of ['autism', 'my son wont go to school', 'armly', 'council tax', 'qxzjkv', 'scho', 'domestc violense']) {
      expect(loaded.search(query), query).toEqual(siteSearch('en-GB').search(query))
    }
  })
})
