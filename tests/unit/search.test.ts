import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Snippet } from '@/app/[lang]/search/_components/snippet'
import { acronymPairs } from '@/lib/search/acronyms'
import { searchAnswerKey } from '@/lib/search/answer-key'
import { buildSearchIndex, docTypeLabel, highlight, type SearchDoc } from '@/lib/search/engine'
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, checkPage, checkQuery } from '@/lib/search/query'
import { siteSearch } from '@/lib/search/site-search'

const top = (query: string, count = 1) => siteSearch('en-GB').search(query).hits.slice(0, count).map((hit) => hit.url)

describe('the site index (real content)', () => {
  it.each([
    ['SEN', '/help/send'],
    ['special needs', '/help/send'],
    ['domestic abuse', '/help/domestic-violence-and-abuse'],
    ['DV', '/help/domestic-violence-and-abuse'],
    ['young carer', '/help/young-carers'],
    ['my son won’t go to school', '/help/school-nursery-or-college'],
    ['help with my child’s behaviour', '/help/a-childs-behaviour'],
  ])('"%s" puts %s first (need words as synonyms)', (query, url) => {
    expect(top(query)).toEqual([url])
  })

  it('a service with no page of its own leads to its level on /early-help, never to a missing page', () => {
    for (const name of ['SAFE Project', 'Therapeutic Social Work Teams']) {
      const hit = siteSearch('en-GB').search(name).hits.find((candidate) => candidate.title === name)
      expect(hit?.url, name).toMatch(/^\/early-help#level-/)
    }
  })

  it('MST and multi-systemic therapy find each other (abbreviations spelled out in content)', () => {
    expect(top('MST', 2)).toContain('/services/multi-systemic-therapy')
    expect(top('multi-systemic therapy', 2)).toContain('/services/multi-systemic-therapy')
    // The need page says "multi-systemic therapy (MST)"; the word list of no need holds "MST".
    expect(siteSearch('en-GB').search('MST').hits.map((hit) => hit.url)).toContain('/help/a-childs-behaviour')
  })

  it.each([
    ['behavour', '/help/a-childs-behaviour'],
    ['domestc violense', '/help/domestic-violence-and-abuse'],
    ['alcohl', '/help/alcohol-and-drugs'],
  ])('tolerates typos: "%s" finds %s first', (query, url) => {
    expect(top(query)).toEqual([url])
  })

  it('finds words from their start: "scho" reaches the school need, "chapelt" the hub', () => {
    expect(top('scho')).toEqual(['/help/school-nursery-or-college'])
    expect(top('chapelt')).toEqual(['/family-hubs/chapeltown'])
  })

  it('a word spelt right is not also read as a typo ("needs" does not match "Leeds")', () => {
    const hits = siteSearch('en-GB').search('needs', { limit: 100 }).hits
    for (const hit of hits) {
      const marked = hit.snippet.filter((part) => part.mark).map((part) => part.text.toLowerCase())
      expect(marked).not.toContain('leeds')
    }
  })

  it('labels each result with its type and marks the matched words', () => {
    const [first] = siteSearch('en-GB').search('young carers').hits
    expect(first?.type).toBe('need')
    expect(docTypeLabel('need', 'Family Hub')).toBe('Help with')
    expect(first?.snippet.some((part) => part.mark)).toBe(true)
    const hub = siteSearch('en-GB').search('chapeltown').hits.find((hit) => hit.type === 'hub')
    expect(hub).toBeDefined()
    // A hub is labelled with the council's own word for one.
    expect(docTypeLabel('hub', 'Family Hub')).toBe('Family Hub')
    expect(docTypeLabel('hub', 'Early Help Centre')).toBe('Early Help Centre')
  })

  it('when only a need\'s everyday words or a hub\'s postcode match, the snippet shows them, marked', () => {
    const [hub] = siteSearch('en-GB').search('LS9').hits
    expect(hub?.url).toBe('/family-hubs/compton')
    expect(hub?.snippet.filter((part) => part.mark).map((part) => part.text)).toEqual(['LS9'])
    const need = siteSearch('en-GB').search('DV').hits[0]
    expect(need?.snippet.filter((part) => part.mark).map((part) => part.text)).toContain('DV')
  })

  it('counts every match but returns one page of hits', () => {
    const all = siteSearch('en-GB').search('help', { limit: 1000 })
    const page = siteSearch('en-GB').search('help', { limit: 5, offset: 5 })
    expect(all.total).toBeGreaterThan(10)
    expect(page.total).toBe(all.total)
    expect(page.hits.map((hit) => hit.id)).toEqual(all.hits.slice(5, 10).map((hit) => hit.id))
  })

  it('no results: a spelling suggestion when there is one, none for gibberish', () => {
    expect(siteSearch('en-GB').search('famliy hbu')).toMatchObject({ total: 0, suggestion: 'family hub' })
    expect(siteSearch('en-GB').search('xqzvw')).toEqual({ total: 0, hits: [] })
    expect(siteSearch('en-GB').search('the of and')).toEqual({ total: 0, hits: [] })
  })
})

const doc = (id: string, fields: Partial<SearchDoc>): SearchDoc => ({
  id,
  type: 'service',
  title: '',
  url: `/services/${id}`,
  summary: '',
  keywords: '',
  text: '',
  ...fields,
})

describe('the search engine', () => {
  it('ranks a title match above a body that repeats the word', () => {
    const index = buildSearchIndex(
      [doc('body', { title: 'Other things', text: 'lantern lantern lantern lantern about lanterns' }), doc('title', { title: 'Lantern club' })],
      [],
    )
    expect(index.search('lantern').hits.map((hit) => hit.id)).toEqual(['title', 'body'])
  })

  it('uses synonym groups both ways, ranking the words asked for first', () => {
    const index = buildSearchIndex(
      [doc('a', { title: 'Kinship carers', text: 'Support for grandparents raising children.' }), doc('b', { title: 'Family and friends care' })],
      [['kinship care', 'family and friends care', 'kinship carers']],
    )
    expect(index.search('kinship carers').hits.map((hit) => hit.id)).toEqual(['a', 'b'])
    expect(index.search('family and friends care').hits.map((hit) => hit.id)).toEqual(['b', 'a'])
  })

  it('inside a longer query, a one-word phrase another group also uses does not bring in its group', () => {
    const index = buildSearchIndex(
      [
        doc('conflict', { title: 'Arguing at home', text: 'When parents argue a lot, children notice. Parental conflict support.' }),
        doc('parenting', { title: 'Being a parent', text: 'Advice for every parent, mum and dad.' }),
        doc('mums', { title: 'Mums group', text: 'A group for new mums.' }),
      ],
      [
        ['parental conflict', 'arguing', 'rows'],
        ['being a parent', 'parent', 'mum'],
      ],
    )
    // "parent" (from "parental") is the arguing group's word too: the parenting group stays out.
    expect(index.search('parental conflict').hits.map((hit) => hit.id)).toEqual(['conflict', 'parenting'])
    // Alone, it is the parenting group's: "mum" comes with it.
    expect(index.search('parent').hits.map((hit) => hit.id)).toContain('mums')
  })

  it('reads a query word once, as the documents were read ("early" is not "ear")', () => {
    const index = buildSearchIndex([doc('early', { title: 'Early help' }), doc('ear', { title: 'Ear infections' })], [])
    expect(index.search('early').hits.map((hit) => hit.id)).toEqual(['early'])
    expect(index.search('universal').total).toBe(0)
  })

  it('only the first words of a very long query count', () => {
    const index = buildSearchIndex([doc('a', { title: 'Zebra crossing' })], [])
    const filler = Array.from({ length: MAX_QUERY_TERMS }, (_, n) => `word${n}`).join(' ')
    expect(index.search(`zebra ${filler}`).total).toBe(1)
    expect(index.search(`${filler} zebra`).total).toBe(0)
  })

  it('snippets escape markup from content and queries: only <mark> is ever added', () => {
    const index = buildSearchIndex(
      [doc('x', { title: 'Safe', summary: 'Plain summary.', text: `${'padding words here '.repeat(20)}<script>alert("x")</script> & <b>lantern</b> ${'more words '.repeat(40)}` })],
      [],
    )
    const [hit] = index.search('<b>lantern</b>').hits
    expect(hit).toBeDefined()
    const html = renderToStaticMarkup(createElement(Snippet, { parts: hit?.snippet ?? [] }))
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain('&lt;b&gt;<mark>lantern</mark>&lt;/b&gt;')
    expect(html).not.toMatch(/<script|<b>/)
    expect(html.startsWith('<p class="mt-1">…')).toBe(true)
    expect(html.length).toBeLessThan(400)
  })

  it('highlight marks whole words only, whatever their case or word form', () => {
    expect(highlight('School and preschool; SCHOOLS', new Set(['school']))).toEqual([
      { text: 'School', mark: true },
      { text: ' and preschool; ', mark: false },
      { text: 'SCHOOLS', mark: true },
    ])
  })

  it('finds abbreviations spelled out either way round', () => {
    expect(acronymPairs('Multi-systemic therapy (MST) works. A SEND (special educational needs and disabilities) coordinator.')).toEqual([
      ['MST', 'Multi systemic therapy'],
      ['SEND', 'special educational needs and disabilities'],
    ])
    expect(acronymPairs('Call the hub (LS9) today')).toEqual([])
  })
})

describe('query limits', () => {
  it.each([
    [undefined, { kind: 'none' }],
    ['', { kind: 'empty' }],
    ['   \t\n ', { kind: 'empty' }],
    [['school', 'nursery'], { kind: 'ok', query: 'school' }],
    ['  domestic \u0000 abuse  ', { kind: 'ok', query: 'domestic abuse' }],
    ['a'.repeat(MAX_QUERY_LENGTH), { kind: 'ok', query: 'a'.repeat(MAX_QUERY_LENGTH) }],
    ['a'.repeat(MAX_QUERY_LENGTH + 1), { kind: 'too-long', length: MAX_QUERY_LENGTH + 1, query: 'a'.repeat(MAX_QUERY_LENGTH + 1) }],
  ])('checkQuery(%j)', (raw, expected) => {
    expect(checkQuery(raw)).toEqual(expected)
  })

  it.each([
    [undefined, 1],
    ['2', 2],
    ['0', 1],
    ['-3', 1],
    ['two', 1],
    ['9999', 1],
    ['999', 50],
  ])('checkPage(%j) is %i', (raw, expected) => {
    expect(checkPage(raw)).toBe(expected)
  })
})

describe('the key a search answer is kept under in the server’s memory', () => {
  it('is the query as the page reads it and the page number, nothing else from the address', () => {
    expect(searchAnswerKey('/search?q=school')).toBe('/search?q=school&page=1')
    expect(searchAnswerKey('/search?q=+school%0A++&utm_source=x')).toBe('/search?q=school&page=1')
    expect(searchAnswerKey('/search?page=2&q=young+carer')).toBe('/search?q=young%20carer&page=2')
    expect(searchAnswerKey('/search?q=school&page=999')).toBe('/search?q=school&page=50')
    expect(searchAnswerKey('/search?q=School')).not.toBe(searchAnswerKey('/search?q=school'))
  })

  it('is none for anything but a search with a query the page accepts', () => {
    for (const target of ['/search', '/search?q=', '/search?q=+++', `/search?q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`, '/help?q=school', '//search?q=x', 'http://x/search?q=x']) {
      expect(searchAnswerKey(target), target).toBeUndefined()
    }
  })
})
