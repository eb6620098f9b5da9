import { distance } from 'fastest-levenshtein'
import MiniSearch, { type Options } from 'minisearch'
import stem from 'wink-porter2-stemmer'
import { acronymPairs } from './acronyms'
import { type Clause, Postings, type SerialisedPostings, postingsFromMiniSearch } from './postings'
import { MAX_QUERY_TERMS } from './query'
import { STOP_WORDS } from './stop-words'

// The site search: one MiniSearch index over every kind of document, with English word stems,
// synonyms, typo tolerance, prefixes and highlighted snippets. Pure (no content or server
// imports), so the build, the benchmark and the unit tests build it from any set of documents;
// the build serialises it (toJSON) and the server loads it (loadSearchIndex) instead of building.
// MiniSearch builds the index; queries are scored over it by ./postings (the same scores, without
// an object per matching document).

export const DOC_TYPES = ['need', 'hub', 'service', 'level', 'guide', 'page'] as const
export type DocType = (typeof DOC_TYPES)[number]

/** The label above a result; a hub is what the council calls one (site.yaml's terms), so the caller names it. */
export function docTypeLabel(type: DocType, hubNoun: string): string {
  return { need: 'Help with', hub: hubNoun, service: 'Service', level: 'Level of help', guide: 'One-minute guide', page: 'Page' }[type]
}

export type SearchDoc = {
  id: string
  type: DocType
  title: string
  url: string
  summary: string
  /** Words people use for it (a need's everyday words): matched almost as strongly as the title. */
  keywords: string
  /** The body as plain text. */
  text: string
  /** The language its text is in (a page not yet translated, in another language's index). */
  textLanguage?: string
}

/** A run of snippet text; `mark` runs are the words that matched. Rendered by React, so always escaped. */
export type SnippetPart = { text: string; mark: boolean }

export type SearchHit = {
  id: string
  type: DocType
  title: string
  url: string
  snippet: SnippetPart[]
  /** The language of its title and snippet, as the document's textLanguage. */
  textLanguage?: string
}

export type SearchOutcome = {
  total: number
  hits: SearchHit[]
  /** A better-spelt query, offered when nothing matched. */
  suggestion?: string
}

const SYNONYM_WEIGHT = 0.6
const SNIPPET_LENGTH = 200

// Anything but letters and digits separates words, so highlighting (WORD below) sees the same words.
const SPLIT = /[^\p{L}\p{N}]+/u

function tokenize(text: string): string[] {
  return text.split(SPLIT)
}

function fold(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
}

/**
 * Lower case, no accents, no stop words, and the English stem (Porter2: "arguing", "argued" and
 * "argues" are all "argu"): the same for documents and queries.
 */
export function processTerm(term: string): string | null {
  const folded = fold(term)
  // Single letters (the "s" of "child's", the "b" of "<b>") tell nothing apart; single digits can ("0 to 5").
  if (folded === '' || STOP_WORDS.has(folded) || /^\p{L}$/u.test(folded)) return null
  return /^\p{L}+$/u.test(folded) ? stem(folded) : folded
}

/**
 * A word of a language with no stemmer here (Welsh, Polish, Urdu ...): lower case and no accents
 * only, matched whole (or, for the word still being typed, as a prefix, and with typos). English
 * stop words and stems would be wrong in it: Welsh "a" is "and", and "plant" is "children".
 */
function processPlainTerm(term: string): string | null {
  const folded = fold(term)
  return folded === '' || /^\p{L}$/u.test(folded) ? null : folded
}

type TermProcessor = (term: string) => string | null

/** Whether a language tag is English (en, en-GB, the en-XA pseudo-locale): the one language stemmed. */
export function isEnglish(language: string): boolean {
  return /^en(?:-|$)/i.test(language)
}

/** How the words of a language's index are made, for its documents and its queries alike. */
export function termProcessor(language: string): TermProcessor {
  return isEnglish(language) ? processTerm : processPlainTerm
}

/**
 * processTerm remembering each word it has seen: documents repeat their words, and stemming is
 * most of the cost of indexing and of finding the words to mark in a snippet. Only ever given
 * document text (never a query), so no one's search is kept in it.
 */
function rememberingProcessor(process: TermProcessor): TermProcessor {
  const seen = new Map<string, string | null>()
  return (term) => {
    let processed = seen.get(term)
    if (processed === undefined) {
      processed = process(term)
      seen.set(term, processed)
    }
    return processed
  }
}

function terms(text: string, process: TermProcessor): string[] {
  return tokenize(text).flatMap((token) => process(token) ?? [])
}

function queryTerms(text: string, process: TermProcessor): string[] {
  return terms(text, process).slice(0, MAX_QUERY_TERMS)
}

/** A group of phrases that mean the same thing, each stored as its list of terms. */
type SynonymGroup = string[][]

function contains(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((term, offset) => haystack[start + offset] === term)) return true
  }
  return false
}

function prepareSynonyms(groups: string[][], docs: SearchDoc[], process: TermProcessor): SynonymGroup[] {
  const fromAcronyms = docs.flatMap((doc) => acronymPairs(`${doc.title}. ${doc.summary}. ${doc.text}`))
  const seen = new Set<string>()
  const prepared: SynonymGroup[] = []
  for (const group of [...groups, ...fromAcronyms]) {
    const phrases = group.map((phrase) => terms(phrase, process)).filter((phrase) => phrase.length > 0)
    const key = phrases.map((phrase) => phrase.join(' ')).sort().join('|')
    if (phrases.length < 2 || seen.has(key)) continue
    seen.add(key)
    prepared.push(phrases)
  }
  return prepared
}

/**
 * The other phrases of every synonym group the query mentions (whole words, in order). A one-word
 * phrase inside a longer query counts only if no other group uses the word at all: "carer" alone is
 * ambiguous, and "parent" in "parental conflict" is the arguing group's word as much as the
 * parenting group's.
 */
function synonymsFor(query: string[], groups: SynonymGroup[], groupsPerWord: ReadonlyMap<string, number>): string[] {
  const asked = query.join(' ')
  const extra = new Set<string>()
  const mentions = (phrase: string[]) =>
    contains(query, phrase) && (phrase.length > 1 || query.length === 1 || groupsPerWord.get(phrase[0] ?? '') === 1)
  for (const group of groups) {
    if (!group.some(mentions)) continue
    for (const phrase of group) {
      const text = phrase.join(' ')
      if (!contains(query, phrase) && text !== asked) extra.add(text)
    }
  }
  return [...extra]
}

/** How many groups use each word, in any of their phrases. */
function countGroupsPerWord(groups: SynonymGroup[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const group of groups) {
    for (const word of new Set(group.flat())) {
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return counts
}

const WORD = /[\p{L}\p{N}]+/gu

/** Splits `text` into runs, marking each word whose processed form is one of `matched`. */
export function highlight(text: string, matched: ReadonlySet<string>, process: TermProcessor = processTerm): SnippetPart[] {
  const parts: SnippetPart[] = []
  let last = 0
  for (const word of text.matchAll(WORD)) {
    const term = process(word[0])
    if (term === null || !matched.has(term)) continue
    const start = word.index
    if (start > last) parts.push({ text: text.slice(last, start), mark: false })
    parts.push({ text: word[0], mark: true })
    last = start + word[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false })
  return parts
}

function firstMatch(text: string, matched: ReadonlySet<string>, process: TermProcessor): number {
  for (const word of text.matchAll(WORD)) {
    const term = process(word[0])
    if (term !== null && matched.has(term)) return word.index
  }
  return -1
}

/**
 * The summary if it holds a match, or else about SNIPPET_LENGTH characters of the body around
 * the first match; followed by any keywords that matched (a need's everyday words, a hub's
 * postcode), so the reader sees why the result is there.
 */
export function makeSnippet(
  summary: string,
  text: string,
  matched: ReadonlySet<string>,
  keywords = '',
  process: TermProcessor = processTerm,
  asked: ReadonlySet<string> = matched,
): SnippetPart[] {
  // The keywords holding a word the reader typed come first ("autistic" shows "autistic", not
  // only the need's other words that it stands for).
  const words = keywords
    .split(', ')
    .filter((keyword) => firstMatch(keyword, matched, process) !== -1)
    .sort((a, b) => Number(firstMatch(b, asked, process) !== -1) - Number(firstMatch(a, asked, process) !== -1))
    .slice(0, 3)
    .join(', ')
  const also: SnippetPart[] = words ? [{ text: ' Also: ', mark: false }, ...highlight(words, matched, process)] : []
  const summarised = [...highlight(summary, matched, process), ...also]
  if (words || summarised.some((part) => part.mark)) return summarised
  const at = firstMatch(text, matched, process)
  if (at === -1) return summarised
  let start = Math.max(0, at - 60)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space !== -1 && space < at ? space + 1 : at
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > at) end = space
  }
  const window = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
  return highlight(window, matched, process)
}

export type SearchIndex = {
  search(query: string, options?: { limit?: number; offset?: number }): SearchOutcome
  documentCount: number
  termCount: number
  /** Everything needed to answer searches, as JSON: the build writes it, loadSearchIndex reads it. */
  toJSON(): SerialisedSearchIndex
  /** Bytes of the index serialised as JSON: a stand-in for its size in memory. */
  serialisedSize(): number
}

/** What the search knows beyond the documents' own words (the editors' word list, read by the caller). */
export type SearchWords = {
  /** Phrases that mean the same thing, group by group. */
  synonyms: string[][]
  /** Phrases this site has no page about ("council tax"): a query naming one gets the no-results help. */
  noPage?: string[]
}

const FORMAT = 3

export type SerialisedSearchIndex = {
  format: typeof FORMAT
  /** The language of its documents (BCP 47): which words are stems and stop words (termProcessor). */
  language: string
  /** Each word's documents, as ./postings reads them. */
  postings: SerialisedPostings
  docs: SearchDoc[]
  /** Every stem the documents hold, with a word it came from (for "did you mean"). */
  vocabulary: [string, string][]
  synonyms: SynonymGroup[]
  noPage: string[][]
}

/** Typos allowed in a word of this length: one from 4 letters, two from 8. */
function typos(term: string): number | false {
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : false
}

/** How much more a document counts when the query names one of its keywords (a need's everyday words) in full. */
const NAMED_BOOST = 4

/** How much a word counts in each field. */
const FIELD_BOOSTS = { title: 4, keywords: 3, summary: 2, text: 1 }

function miniSearchOptions(process: TermProcessor, onIndexed: (term: string, stemmed: string) => void): Options<SearchDoc> {
  const indexTerm = rememberingProcessor(process)
  return {
    fields: Object.keys(FIELD_BOOSTS),
    tokenize,
    processTerm: (term) => {
      const processed = indexTerm(term)
      if (processed !== null) onIndexed(term, processed)
      return processed
    },
  }
}

/** The index of one language's documents (its words made by termProcessor(language)). */
export function buildSearchIndex(docs: SearchDoc[], words: SearchWords | string[][], language = 'en-GB'): SearchIndex {
  const { synonyms: groups, noPage = [] } = Array.isArray(words) ? { synonyms: words } : words
  const process = termProcessor(language)
  const vocabulary = new Map<string, string>()
  const mini = new MiniSearch<SearchDoc>(
    miniSearchOptions(process, (term, stemmed) => {
      if (!vocabulary.has(stemmed)) vocabulary.set(stemmed, fold(term))
    }),
  )
  mini.addAll(docs)
  return searchIndex({
    format: FORMAT,
    language,
    postings: postingsFromMiniSearch(mini.toJSON()),
    docs,
    vocabulary: [...vocabulary],
    synonyms: prepareSynonyms(groups, docs, process),
    noPage: noPage.map((phrase) => terms(phrase, process)).filter((phrase) => phrase.length > 0),
  })
}

/** An index the build serialised (toJSON): no document is read or tokenised again. */
export function loadSearchIndex(json: SerialisedSearchIndex): SearchIndex {
  if (json.format !== FORMAT) throw new Error(`search index format ${String(json.format)}, expected ${FORMAT}: rebuild it`)
  return searchIndex(json)
}

function searchIndex(state: SerialisedSearchIndex): SearchIndex {
  const vocabulary = new Map(state.vocabulary)
  const postings = new Postings(state.postings, FIELD_BOOSTS)
  const { synonyms, noPage } = state
  const process = termProcessor(state.language)
  const documentTerm = rememberingProcessor(process)
  const byId = new Map(state.docs.map((doc) => [doc.id, doc]))
  const groupsPerWord = countGroupsPerWord(synonyms)
  // The documents each keyword phrase names ("autism" -> the SEND need, "LS9" -> a hub).
  const namedBy = new Map<string, Set<string>>()
  for (const doc of state.docs) {
    for (const keyword of doc.keywords.split(', ')) {
      const phrase = terms(keyword, process).join(' ')
      if (!phrase) continue
      const named = namedBy.get(phrase) ?? new Set<string>()
      named.add(doc.id)
      namedBy.set(phrase, named)
    }
  }
  const phraseLengths = [...new Set([...namedBy.keys()].map((phrase) => phrase.split(' ').length))]

  /** Documents whose keywords the query names in full, whole words in order. */
  function namedDocuments(asked: string[]): Set<string> {
    const named = new Set<string>()
    for (const length of phraseLengths) {
      for (let start = 0; start + length <= asked.length; start++) {
        for (const id of namedBy.get(asked.slice(start, start + length).join(' ')) ?? []) named.add(id)
      }
    }
    return named
  }

  /**
   * Each word the index does not hold, replaced by the nearest word it does (up to two typos;
   * the index's fuzzy match finds the candidates, the fewest edits then the most documents wins).
   */
  function suggest(asked: string[]): string | undefined {
    let changed = false
    const words = asked.map((term) => {
      if (vocabulary.has(term) || term.length < 3) return vocabulary.get(term) ?? term
      let best: { word: string; edits: number; documents: number } | undefined
      for (const { term: word, documents } of postings.near(term, 2)) {
        const edits = distance(term, word)
        if (!best || edits < best.edits || (edits === best.edits && documents > best.documents)) best = { word, edits, documents }
      }
      if (!best) return term
      changed = true
      return vocabulary.get(best.word) ?? best.word
    })
    return changed ? words.join(' ') : undefined
  }

  function toHit(id: string, matched: string[], asked: ReadonlySet<string>): SearchHit[] {
    const doc = byId.get(id)
    if (!doc) return []
    return [
      {
        id: doc.id,
        type: doc.type,
        title: doc.title,
        url: doc.url,
        snippet: makeSnippet(doc.summary, doc.text, new Set(matched), doc.keywords, documentTerm, asked),
        ...(doc.textLanguage ? { textLanguage: doc.textLanguage } : {}),
      },
    ]
  }

  /** The words of a result that the reader typed, or that stand for a typed word as typo or prefix. */
  function askedOrTyped(asked: string[], found: string[]): Set<string> {
    return new Set(found.filter((term) => asked.some((word) => term.startsWith(word) || (!vocabulary.has(word) && distance(term, word) <= (typos(word) || 0)))))
  }

  return {
    documentCount: postings.documentCount,
    termCount: postings.termCount,
    toJSON: () => state,
    serialisedSize: () => JSON.stringify(state).length,
    search(query, { limit = 20, offset = 0 } = {}) {
      const asked = queryTerms(query, process)
      if (asked.length === 0) return { total: 0, hits: [] }
      // Honest: a page that only shares a word with "council tax" is no answer to it.
      if (noPage.some((phrase) => contains(asked, phrase))) return { total: 0, hits: [] }
      const extra = synonymsFor(asked, synonyms, groupsPerWord)
      const named = new Set([asked, ...extra.map((phrase) => phrase.split(' '))].flatMap((phrase) => [...namedDocuments(phrase)]))
      const clauses: Clause[] = [
        {
          combineWith: 'OR',
          terms: asked.map((term, index) => ({
            term,
            // Prefixes from 3 letters, of the last word only (the one still being typed): "scho" finds
            // "school". Every word read as a prefix made a long query score thousands of documents.
            prefix: term.length >= 3 && index === asked.length - 1,
            // A word the index holds is not also read as a typo ("needs" is not "Leeds").
            fuzzy: vocabulary.has(term) ? 0 : typos(term) || 0,
          })),
        },
        // A synonym matched in full counts SYNONYM_WEIGHT of the words asked for, however many words it has.
        ...extra.map((phrase): Clause => {
          const words = phrase.split(' ')
          return { combineWith: 'AND', terms: words.map((term) => ({ term })), boost: (SYNONYM_WEIGHT * asked.length) / words.length }
        }),
      ]
      const ranking = postings.rank(clauses, named.size > 0 ? (doc) => (named.has(postings.ids[doc] ?? '') ? NAMED_BOOST : 1) : undefined)
      const hits = ranking.docs.slice(offset, offset + limit).flatMap((doc) => {
        const matched = ranking.matchedTerms(doc)
        return toHit(postings.ids[doc] ?? '', matched, askedOrTyped(asked, matched))
      })
      const outcome: SearchOutcome = { total: ranking.docs.length, hits }
      if (ranking.docs.length === 0) {
        const suggestion = suggest(asked)
        if (suggestion) outcome.suggestion = suggestion
      }
      return outcome
    },
  }
}
