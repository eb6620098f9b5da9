import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { Postings, postingsFromMiniSearch } from '@/lib/search/postings'

// The flat scorer must rank as MiniSearch itself does over the same index: MiniSearch is the
// reference, so a mistake in the BM25 sums, the prefix and typo weights or the word-count
// multiplier shows up here as a different order.

const docs = [
  { id: 'a', title: 'Parenting courses', body: 'Courses for parents of teenagers, run by the family hub.' },
  { id: 'b', title: 'Teenagers and school', body: 'Help when a teenager will not go to school. Parents can ask the school first.' },
  { id: 'c', title: 'Young carers', body: 'For children who look after a parent. Caring can mean missing school.' },
  { id: 'd', title: 'Family hub', body: 'Stay and play, baby groups and parenting advice for families.' },
  { id: 'e', title: 'Speech and language', body: 'Speech therapy for children whose talking is late.' },
  { id: 'g', title: 'Parent', body: 'Parent title parent.' },
  { id: 'f', title: 'School nurses', body: 'School nurses visit schools; parents can ask them about sleep, eating and worries.' },
]
const boosts = { title: 3, body: 1 }

function build() {
  const mini = new MiniSearch({ fields: ['title', 'body'], searchOptions: { boost: boosts } })
  mini.addAll(docs)
  return { mini, postings: new Postings(JSON.parse(JSON.stringify(postingsFromMiniSearch(mini.toJSON()))), boosts) }
}

describe('the search scorer', () => {
  const { mini, postings } = build()

  it.each([
    ['school', {}],
    ['parents school', {}],
    ['teen', { prefix: true }],
    ['worries parent', { prefix: true }],
    ['title parent', { prefix: true }],
    ['scool', { fuzzy: 1 }],
    ['parents', { fuzzy: 1 }],
    ['parenting advice courses', {}],
    ['carers', { fuzzy: 1, prefix: true }],
  ] as const)('ranks "%s" as MiniSearch does', (query, options) => {
    const terms = query.split(' ')
    const expected = mini.search(query, { combineWith: 'OR', prefix: 'prefix' in options, fuzzy: 'fuzzy' in options ? options.fuzzy : false })
    const ranking = postings.rank([{ combineWith: 'OR', terms: terms.map((term) => ({ term, prefix: 'prefix' in options, fuzzy: 'fuzzy' in options ? options.fuzzy : 0 })) }])
    expect(expected.length).toBeGreaterThan(0)
    expect(ranking.docs.map((doc) => postings.ids[doc])).toEqual(expected.map((result) => result.id))
    for (const [at, doc] of ranking.docs.entries()) expect(new Set(ranking.matchedTerms(doc))).toEqual(new Set(expected[at]?.terms))
  })

  it('an AND clause matches only documents holding every word, and adds to the others', () => {
    const ranking = postings.rank([
      { combineWith: 'OR', terms: [{ term: 'sleep' }] },
      { combineWith: 'AND', terms: [{ term: 'school' }, { term: 'teenagers' }] },
    ])
    expect(ranking.docs.map((doc) => postings.ids[doc]).sort()).toEqual(['b', 'f'])
    expect(ranking.matchedTerms(postings.ids.indexOf('b'))).toEqual(['school', 'teenagers'])
  })

  it('a document boost multiplies its score', () => {
    const plain = postings.rank([{ combineWith: 'OR', terms: [{ term: 'school' }] }])
    const last = plain.docs.at(-1) ?? -1
    const boosted = postings.rank([{ combineWith: 'OR', terms: [{ term: 'school' }] }], (doc) => (doc === last ? 100 : 1))
    expect(boosted.docs[0]).toBe(last)
  })

  it('leaves nothing behind from one query to the next', () => {
    const first = postings.rank([{ combineWith: 'OR', terms: [{ term: 'parents' }] }]).docs
    postings.rank([{ combineWith: 'AND', terms: [{ term: 'speech' }, { term: 'language' }] }, { combineWith: 'OR', terms: [{ term: 'school', prefix: true, fuzzy: 1 }] }])
    expect(postings.rank([{ combineWith: 'OR', terms: [{ term: 'parents' }] }]).docs).toEqual(first)
    expect(postings.rank([{ combineWith: 'OR', terms: [{ term: 'nothing' }] }]).docs).toEqual([])
  })

  it('finds the words a typo stands for, with how many documents hold each', () => {
    expect(postings.near('scool', 1)).toEqual([{ term: 'school', documents: 3 }])
  })
})
