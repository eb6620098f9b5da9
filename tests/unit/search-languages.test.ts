import { describe, expect, it } from 'vitest'
import { buildSearchIndex, loadSearchIndex, termProcessor, type SearchDoc } from '@/lib/search/engine'

// Each language of a site has its own index, its words made for that language: English stems and
// stop words for English, whole words for a language with no stemmer here (Welsh among them).

function doc(id: string, title: string, text: string, textLanguage?: string): SearchDoc {
  return { id, type: 'service', title, url: `/services/${id}`, summary: '', keywords: '', text, ...(textLanguage ? { textLanguage } : {}) }
}

describe('the words of each language', () => {
  it('stems English and drops its stop words, the accented pseudo-locale included', () => {
    expect(termProcessor('en-GB')('arguing')).toBe('argu')
    expect(termProcessor('en')('the')).toBeNull()
    expect(termProcessor('en-XA')('ŝéŕvîçéš')).toBe(termProcessor('en-GB')('services'))
  })

  it('keeps a Welsh word whole: no English stem, and English stop words are Welsh words', () => {
    expect(termProcessor('cy')('Plant')).toBe('plant')
    expect(termProcessor('cy')('teuluoedd')).toBe('teuluoedd')
    // "a" is Welsh for "and"; a single letter tells nothing apart in any language.
    expect(termProcessor('cy')('ac')).toBe('ac')
    expect(termProcessor('cy')('â')).toBeNull()
    expect(termProcessor('cy')('Ŵyr')).toBe('wyr')
  })
})

describe('an index in another language', () => {
  const docs = [doc('chwarae', 'Chwarae a dysgu', 'Sesiynau chwarae i blant a theuluoedd'), doc('english-only', 'Stay and play', 'Play sessions for children', 'en-GB')]

  it('finds its own words, and names the language of a document not yet translated', () => {
    const index = buildSearchIndex(docs, [], 'cy')
    expect(index.search('teuluoedd').hits.map((hit) => hit.id)).toEqual(['chwarae'])
    const english = index.search('children').hits
    expect(english.map((hit) => [hit.id, hit.textLanguage])).toEqual([['english-only', 'en-GB']])
    // No English stem in a Welsh index: "playing" is not "play" there, as it is in English.
    expect(index.search('playing').hits.map((hit) => hit.id)).toEqual([])
    expect(buildSearchIndex(docs, [], 'en-GB').search('playing').hits.map((hit) => hit.id)).toEqual(['english-only'])
  })

  it('keeps its language when the build writes it and the server loads it', () => {
    const built = buildSearchIndex(docs, [], 'cy')
    const loaded = loadSearchIndex(JSON.parse(JSON.stringify(built.toJSON())))
    expect(loaded.toJSON().language).toBe('cy')
    expect(loaded.search('playing').hits.map((hit) => hit.id)).toEqual([])
    expect(loaded.search('chwarae').hits.map((hit) => hit.id)).toEqual(['chwarae'])
  })
})
