import type { AsPlainObject } from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'

// Scores a query over the index MiniSearch built (its documented toJSON form), the way MiniSearch
// scores it (BM25+ per field, its prefix and typo weights, the number of query words a document
// holds as a multiplier), but into flat arrays reused from query to query. Measured at 5,000
// services, MiniSearch's own search spent most of a query making a result object, a Map entry and
// match lists for each of thousands of matching documents, and collecting them again: here only
// the page of hits shown has its matched words worked out. MiniSearch's radix tree (SearchableMap)
// still finds the words a prefix or a typo stands for.

/** MiniSearch's defaults, so scores are the ones it gave. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
/**
 * A document's matched query words are kept as bits, in this many 32-bit words per document: a
 * query (with its synonyms) weighs at most 32 times this many distinct words; clauses past that are left out.
 */
const SOURCE_WORDS = 4
const MAX_SOURCE_TERMS = 32 * SOURCE_WORDS

export type TermQuery = {
  term: string
  /** Also every longer word that starts with it. */
  prefix?: boolean
  /** Also every word within this many edits. */
  fuzzy?: number
}

/** Terms combined: a document matches an OR clause by any term, an AND clause only by every term. */
export type Clause = { terms: TermQuery[]; combineWith: 'OR' | 'AND'; boost?: number }

type FieldPostings = { field: number; docs: Int32Array; freqs: Uint16Array }

/** A word a query term stands for, with the weight it counts. */
type Expansion = { term: string; postings: FieldPostings[]; weight: number }

type PreparedClause = { clause: Clause; terms: { expansions: Expansion[]; slot: number; bit: number }[]; boost: number }

export type Ranking = {
  /** Matching documents' numbers, best first. */
  docs: number[]
  /** The words a document holds that made it match (a typo's or a prefix's words included). */
  matchedTerms(doc: number): string[]
}

/**
 * The postings as the build writes them: flat arrays, base64 in JSON, so loading 5,000 services
 * is decoding a few strings, not reading a million little objects.
 */
export type SerialisedPostings = {
  /** Documents' ids, by number. */
  ids: string[]
  /** Field names, by number. */
  fields: string[]
  averageFieldLength: number[]
  /** Uint32 per document per field: words in that field. */
  fieldLength: string
  terms: string[]
  /** Int32 per term, and one more: where its entries (one per field holding it) start. */
  termStart: string
  /** Uint8 per entry: its field. */
  entryField: string
  /** Int32 per entry, and one more: where its documents start in docs and freqs. */
  entryStart: string
  /** Int32 per posting: the document, ascending within an entry. */
  docs: string
  /** Uint16 per posting: how often the word is in that field of that document. */
  freqs: string
}

const encode = (array: Uint8Array | Uint16Array | Uint32Array | Int32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64')

function decode(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64')
  // A copy, so the typed arrays on it start on an aligned offset.
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
}

/** Flat postings from MiniSearch's serialised index (its documented toJSON form). */
export function postingsFromMiniSearch(index: AsPlainObject): SerialisedPostings {
  // MiniSearch's short ids are whole numbers; documents are numbered 0, 1, 2… in their order.
  const shortIds = Object.keys(index.documentIds)
  const numberOf = new Map(shortIds.map((shortId, number) => [shortId, number]))
  const fields = Object.entries(index.fieldIds).sort((a, b) => a[1] - b[1]).map(([field]) => field)
  const fieldLength = new Uint32Array(shortIds.length * fields.length)
  for (const [shortId, lengths] of Object.entries(index.fieldLength)) {
    const number = numberOf.get(shortId)
    if (number !== undefined) lengths.forEach((length, field) => (fieldLength[number * fields.length + field] = length))
  }
  const terms: string[] = []
  const termStart: number[] = []
  const entryField: number[] = []
  const entryStart: number[] = []
  const docs: number[] = []
  const freqs: number[] = []
  for (const [term, byField] of index.index) {
    terms.push(term)
    termStart.push(entryField.length)
    for (const [field, frequencies] of Object.entries(byField)) {
      entryField.push(Number(field))
      entryStart.push(docs.length)
      const pairs = Object.entries(frequencies).flatMap(([shortId, freq]) => {
        const number = numberOf.get(shortId)
        return number === undefined ? [] : [[number, freq] as const]
      })
      for (const [doc, freq] of pairs.sort((a, b) => a[0] - b[0])) {
        docs.push(doc)
        freqs.push(freq)
      }
    }
  }
  termStart.push(entryField.length)
  entryStart.push(docs.length)
  return {
    ids: shortIds.map((shortId) => String(index.documentIds[shortId])),
    fields,
    averageFieldLength: index.averageFieldLength,
    fieldLength: encode(fieldLength),
    terms,
    termStart: encode(Int32Array.from(termStart)),
    entryField: encode(Uint8Array.from(entryField)),
    entryStart: encode(Int32Array.from(entryStart)),
    docs: encode(Int32Array.from(docs)),
    freqs: encode(Uint16Array.from(freqs)),
  }
}

export class Postings {
  readonly documentCount: number
  readonly termCount: number
  /** A document's id by its number. */
  readonly ids: string[]
  /** Each word the index holds, with its number. */
  private readonly dictionary: SearchableMap<number>
  private readonly fieldCount: number
  private readonly fieldLength: Uint32Array
  private readonly averageFieldLength: number[]
  private readonly fieldBoost: Float64Array
  private readonly termStart: Int32Array
  private readonly entryField: Uint8Array
  private readonly entryStart: Int32Array
  private readonly docs: Int32Array
  private readonly freqs: Uint16Array
  // Scratch space, one slot per document, cleared after each query (searches run one at a time).
  private readonly scores: Float64Array
  private readonly sources: Uint32Array
  private readonly clauseScores: Float64Array
  private readonly clauseSources: Uint32Array
  private readonly clauseCounts: Uint16Array
  private readonly lastTerm: Int32Array
  private readonly finalScores: Float64Array
  private stamp = 0

  constructor(serialised: SerialisedPostings, boosts: Record<string, number>) {
    this.ids = serialised.ids
    this.documentCount = serialised.ids.length
    this.fieldCount = serialised.fields.length
    this.averageFieldLength = serialised.averageFieldLength
    this.fieldBoost = Float64Array.from(serialised.fields, (field) => boosts[field] ?? 1)
    this.fieldLength = new Uint32Array(decode(serialised.fieldLength))
    this.termStart = new Int32Array(decode(serialised.termStart))
    this.entryField = new Uint8Array(decode(serialised.entryField))
    this.entryStart = new Int32Array(decode(serialised.entryStart))
    this.docs = new Int32Array(decode(serialised.docs))
    this.freqs = new Uint16Array(decode(serialised.freqs))
    this.dictionary = new SearchableMap<number>()
    serialised.terms.forEach((term, number) => this.dictionary.set(term, number))
    this.termCount = this.dictionary.size
    this.scores = new Float64Array(this.documentCount)
    this.sources = new Uint32Array(this.documentCount * SOURCE_WORDS)
    this.clauseScores = new Float64Array(this.documentCount)
    this.clauseSources = new Uint32Array(this.documentCount * SOURCE_WORDS)
    this.clauseCounts = new Uint16Array(this.documentCount)
    this.lastTerm = new Int32Array(this.documentCount)
    this.finalScores = new Float64Array(this.documentCount)
  }

  /** The word's documents, field by field (views on the flat arrays). */
  private postingsOf(term: number): FieldPostings[] {
    const postings: FieldPostings[] = []
    for (let entry = this.termStart[term] ?? 0; entry < (this.termStart[term + 1] ?? 0); entry++) {
      const from = this.entryStart[entry] ?? 0
      const to = this.entryStart[entry + 1] ?? 0
      postings.push({ field: this.entryField[entry] ?? 0, docs: this.docs.subarray(from, to), freqs: this.freqs.subarray(from, to) })
    }
    return postings
  }

  /** Words within `edits` of `term` that the index holds, each with how many documents hold it. */
  near(term: string, edits: number): { term: string; documents: number }[] {
    return [...this.dictionary.fuzzyGet(term, edits)].map(([word, [number]]) => {
      // A document holding the word in two fields counts once; marked, not collected in a Set.
      const stamp = this.nextStamp()
      let documents = 0
      for (const { docs } of this.postingsOf(number)) {
        for (const doc of docs) {
          if (this.lastTerm[doc] === stamp) continue
          this.lastTerm[doc] = stamp
          documents++
        }
      }
      return { term: word, documents }
    })
  }

  private expand({ term, prefix, fuzzy }: TermQuery): Expansion[] {
    const expansions: Expansion[] = []
    const exact = this.dictionary.get(term)
    if (exact !== undefined) expansions.push({ term, postings: this.postingsOf(exact), weight: 1 })
    const prefixed = new Set<string>()
    if (prefix) {
      for (const [word, number] of this.dictionary.atPrefix(term)) {
        const distance = word.length - term.length
        if (distance === 0) continue
        prefixed.add(word)
        expansions.push({ term: word, postings: this.postingsOf(number), weight: (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance) })
      }
    }
    if (fuzzy) {
      for (const [word, [number, distance]] of this.dictionary.fuzzyGet(term, fuzzy)) {
        if (distance === 0 || prefixed.has(word)) continue
        expansions.push({ term: word, postings: this.postingsOf(number), weight: (FUZZY_WEIGHT * word.length) / (word.length + distance) })
      }
    }
    return expansions
  }

  /** Adds each posting's BM25+ score, times `weight`, to `scores`, noting in `touched` each document new to it. */
  private addTerm(expansion: Expansion, weight: number, scores: Float64Array, touched: number[], onDoc?: (doc: number) => void): void {
    const { k, b, d } = BM25
    for (const { field, docs, freqs } of expansion.postings) {
      const matching = docs.length
      const idf = Math.log(1 + (this.documentCount - matching + 0.5) / (matching + 0.5))
      const boost = weight * expansion.weight * (this.fieldBoost[field] ?? 1)
      const average = this.averageFieldLength[field] ?? 1
      for (let i = 0; i < matching; i++) {
        const doc = docs[i] ?? 0
        const freq = freqs[i] ?? 0
        const length = this.fieldLength[doc * this.fieldCount + field] ?? 0
        const before = scores[doc] ?? 0
        if (before === 0) touched.push(doc)
        scores[doc] = before + boost * idf * (d + (freq * (k + 1)) / (freq + k * (1 - b + (b * length) / average)))
        onDoc?.(doc)
      }
    }
  }

  private nextStamp(): number {
    if (this.stamp >= 0x7fffffff) {
      this.lastTerm.fill(0)
      this.stamp = 0
    }
    return ++this.stamp
  }

  /**
   * Ranks the documents matching any clause. A document's score is the sum of its clauses' scores,
   * times the number of distinct query words it holds, times `documentBoost` of it.
   */
  rank(clauses: Clause[], documentBoost?: (doc: number) => number): Ranking {
    const bits = new Map<string, number>()
    const prepared: PreparedClause[] = []
    for (const clause of clauses) {
      const words = clause.terms.map((query) => query.term).filter((term) => !bits.has(term))
      if (bits.size + new Set(words).size > MAX_SOURCE_TERMS) continue
      for (const word of words) if (!bits.has(word)) bits.set(word, bits.size)
      prepared.push({
        clause,
        boost: clause.boost ?? 1,
        terms: clause.terms.map((query) => {
          const number = bits.get(query.term) ?? 0
          return { expansions: this.expand(query), slot: number >>> 5, bit: 1 << (number & 31) }
        }),
      })
    }

    const { scores, sources } = this
    const touched: number[] = []
    for (const { clause, terms, boost } of prepared) {
      if (clause.combineWith === 'OR') {
        for (const { expansions, slot, bit } of terms) {
          for (const expansion of expansions) {
            this.addTerm(expansion, boost, scores, touched, (doc) => {
              const at = doc * SOURCE_WORDS + slot
              sources[at] = (sources[at] ?? 0) | bit
            })
          }
        }
        continue
      }
      // AND: scored apart, then added only for documents that hold every term.
      const { clauseScores, clauseSources, clauseCounts, lastTerm } = this
      const inClause: number[] = []
      for (const { expansions, slot, bit } of terms) {
        const stamp = this.nextStamp()
        for (const expansion of expansions) {
          this.addTerm(expansion, boost, clauseScores, inClause, (doc) => {
            const at = doc * SOURCE_WORDS + slot
            clauseSources[at] = (clauseSources[at] ?? 0) | bit
            if (lastTerm[doc] !== stamp) {
              lastTerm[doc] = stamp
              clauseCounts[doc] = (clauseCounts[doc] ?? 0) + 1
            }
          })
        }
      }
      for (const doc of inClause) {
        if (clauseCounts[doc] === terms.length) {
          if (scores[doc] === 0) touched.push(doc)
          scores[doc] = (scores[doc] ?? 0) + (clauseScores[doc] ?? 0)
          for (let at = doc * SOURCE_WORDS; at < (doc + 1) * SOURCE_WORDS; at++) sources[at] = (sources[at] ?? 0) | (clauseSources[at] ?? 0)
        }
        clauseSources.fill(0, doc * SOURCE_WORDS, (doc + 1) * SOURCE_WORDS)
        clauseScores[doc] = 0
        clauseCounts[doc] = 0
      }
    }

    const final = this.finalScores
    for (const doc of touched) {
      let words = 0
      for (let at = doc * SOURCE_WORDS; at < (doc + 1) * SOURCE_WORDS; at++) words += countBits(sources[at] ?? 0)
      final[doc] = (scores[doc] ?? 0) * Math.max(1, words) * (documentBoost?.(doc) ?? 1)
      scores[doc] = 0
      sources.fill(0, doc * SOURCE_WORDS, (doc + 1) * SOURCE_WORDS)
    }
    const docs = touched.sort((a, b) => (final[b] ?? 0) - (final[a] ?? 0) || a - b)
    for (const doc of docs) final[doc] = 0

    return {
      docs,
      matchedTerms: (doc) => {
        const matched = new Set<string>()
        for (const { clause, terms } of prepared) {
          const held = terms.map(({ expansions }) => expansions.filter((expansion) => expansion.postings.some((p) => holds(p.docs, doc))))
          if (clause.combineWith === 'AND' && held.some((words) => words.length === 0)) continue
          for (const words of held) for (const { term } of words) matched.add(term)
        }
        return [...matched]
      },
    }
  }
}

function countBits(value: number): number {
  let count = 0
  for (let rest = value >>> 0; rest !== 0; rest &= rest - 1) count++
  return count
}

/** Whether the sorted `docs` holds `doc`. */
function holds(docs: Int32Array, doc: number): boolean {
  let low = 0
  let high = docs.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const value = docs[middle] ?? 0
    if (value === doc) return true
    if (value < doc) low = middle + 1
    else high = middle - 1
  }
  return false
}
