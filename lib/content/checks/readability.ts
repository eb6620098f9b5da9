import type { Nodes, Root } from 'mdast'
import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import { EXIT, visit } from 'unist-util-visit'

// A reading-age estimate for a document: its Flesch-Kincaid grade plus 5. Flesch-Kincaid is the
// formula Word, Hemingway and readable.com show, and the one UK public-sector tools turn into a
// reading age by adding 5 (a US grade 4 is a UK child of 9 to 10); it needs only words per
// sentence and syllables per word, so an editor can see why a sentence scores as it does.
// tests/unit/readability.test.ts checks it against passages whose grade is published.
//
// What counts, so an editor is never pushed to break a name or a number:
// - Prose paragraphs, and list items of 5 words or more, are split into sentences. Headings,
//   tables, code and short list items (a name, a phone number, "money worries") are labels, not
//   sentences, and are left out.
// - A name, a capitalised word or words after a sentence's first word ("Family Information
//   Service", "Duty and Advice", "Chapeltown", "SEND"), counts as one word of at most two
//   syllables: the reader knows it by sight, as a sign on a door. Other words count as they are,
//   the sentence's first word too (it is capitalised anyway).
// - Phone numbers, postcodes, times, email and web addresses (anything with a digit, @ or /) are
//   not words: they are copied or dialled, not sounded out.
// Bounded for any input (the Open Referral importer measures text from other councils' feeds):
// a word of more than 40 letters is counted by its first 40, and a document by its first
// 200,000 characters and 20,000 words, so a 200,000-character word or a 10 MB description costs
// milliseconds (npm run bench:readability).

export type MeasuredSentence = {
  text: string
  words: number
  syllables: number
  /** Line in the measured markdown (1 is its first line). */
  line: number
  /** The reading age of this sentence on its own. */
  readingAge: number
}

export type Readability = {
  readingAge: number
  sentences: number
  words: number
  syllables: number
  /** The longest sentences, longest first, with their word counts. */
  longest: { text: string; words: number }[]
  /** The sentences that push the reading age up most: without each, the page's age would drop most. */
  hardest: MeasuredSentence[]
}

/** Letters of a word that are counted; the longest English words are under 30. */
export const MAX_WORD_LETTERS = 40
/** Words of a document that are measured: a sample this size gives a stable estimate. */
export const MAX_WORDS = 20_000
/** Characters of a document's prose that are read: room for MAX_WORDS words of ten letters. */
export const MAX_CHARACTERS = 200_000
/** List items shorter than this are labels, not sentences. */
const MIN_LIST_ITEM_WORDS = 5
/** A name weighs at most as much as an everyday two-syllable word. */
const NAME_SYLLABLES = 2

const SENTENCE_END = /(?<=[.!?])["'”’)]?\s+(?=["'“‘(]?[A-Z0-9])/
/** Joins the capitalised words of one name: "Duty and Advice", "Children's Centre of Leeds". */
const NAME_JOINERS = new Set(['and', 'of', 'for', 'the', '&'])

// Counting syllables is the slowest step; a site's pages share most of their words.
const syllableCache = new Map<string, number>()
export function syllablesOf(word: string): number {
  const key = word.slice(0, MAX_WORD_LETTERS).toLowerCase()
  let count = syllableCache.get(key)
  if (count === undefined) {
    count = Math.max(1, syllable(key))
    if (syllableCache.size < 100_000) syllableCache.set(key, count)
  }
  return count
}

const gradeOf = (sentences: number, words: number, syllables: number) => fleschKincaid({ sentence: sentences, word: words, syllable: syllables })
/** Reading ages run from 5 (first readers) to 25: past that the formula says only "very hard". */
export const MAX_READING_AGE = 25
const toReadingAge = (grade: number) => Math.min(MAX_READING_AGE, Math.max(5, Math.round((grade + 5) * 10) / 10))

type Token = { word: string; capitalised: boolean; endsClause: boolean }

function tokensOf(sentence: string, budget: number): Token[] {
  const tokens: Token[] = []
  for (const raw of sentence.split(' ')) {
    if (tokens.length >= budget) break
    // Digits, @ and / mark a phone number, postcode, time, email or web address: not a word.
    if (/[\d@/]/.test(raw) || /\w\.\w/.test(raw)) continue
    const word = raw.replace(/^[^A-Za-z&]+|[^A-Za-z]+$/g, '')
    if (!/^(?:[A-Za-z][A-Za-z'’-]*|&)$/.test(word)) continue
    tokens.push({ word, capitalised: /^[A-Z]/.test(word), endsClause: /[,;:.!?)]["'”’]?$/.test(raw) })
  }
  return tokens
}

/** Words and syllables of a sentence, each name of several capitalised words counted as one. */
function countSentence(sentence: string, budget: number): { words: number; syllables: number } {
  const tokens = tokensOf(sentence, budget)
  let words = 0
  let syllables = 0
  let next = 0
  tokens.forEach((token, index) => {
    if (index < next) return // part of the name just counted
    // A sentence's first word is capitalised anyway ("Ask Duty and Advice"), so it starts no name.
    const startsName = token.capitalised && index > 0
    let last = index
    if (startsName) {
      // Take capitalised words (and joiners between them) until a comma or full stop.
      for (let later = index + 1; later < tokens.length; later++) {
        const before = tokens[later - 1]
        const candidate = tokens[later]
        if (!before || !candidate || before.endsClause) break
        if (candidate.capitalised) last = later
        else if (!NAME_JOINERS.has(candidate.word.toLowerCase())) break
      }
    }
    next = last + 1
    if (last > index) {
      words += 1
      syllables += NAME_SYLLABLES
    } else if (startsName) {
      words += 1
      syllables += Math.min(NAME_SYLLABLES, syllablesOf(token.word))
    } else if (token.word !== '&') {
      words += 1
      syllables += syllablesOf(token.word)
    }
  })
  return { words, syllables }
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

/** The document's paragraphs, up to MAX_CHARACTERS of text in all, so a huge one costs no more. */
function paragraphsOf(tree: Root): { text: string; line: number; listItem: boolean }[] {
  const paragraphs: { text: string; line: number; listItem: boolean }[] = []
  let budget = MAX_CHARACTERS
  visit(tree, 'paragraph', (node, _index, parent) => {
    const text = textOf(node).slice(0, budget)
    budget -= text.length
    paragraphs.push({ text: text.replace(/\s+/g, ' ').trim(), line: node.position?.start.line ?? 1, listItem: parent?.type === 'listItem' })
    return budget > 0 ? undefined : EXIT
  })
  return paragraphs
}

export function measureReadability(tree: Root, longestCount = 3): Readability | undefined {
  const measured: MeasuredSentence[] = []
  let words = 0
  let syllables = 0
  for (const paragraph of paragraphsOf(tree)) {
    if (words >= MAX_WORDS) break
    for (const text of paragraph.text.split(SENTENCE_END)) {
      if (words >= MAX_WORDS) break
      const counted = countSentence(text.trim(), MAX_WORDS - words)
      if (counted.words === 0 || (paragraph.listItem && counted.words < MIN_LIST_ITEM_WORDS)) continue
      measured.push({ text: text.trim(), line: paragraph.line, ...counted, readingAge: toReadingAge(gradeOf(1, counted.words, counted.syllables)) })
      words += counted.words
      syllables += counted.syllables
    }
  }
  if (words === 0) return undefined
  const grade = gradeOf(measured.length, words, syllables)
  // How far the page's grade would fall without each sentence: the ones to shorten first.
  const drop = (sentence: MeasuredSentence) =>
    measured.length === 1 ? sentence.words : grade - gradeOf(measured.length - 1, words - sentence.words, syllables - sentence.syllables)
  return {
    readingAge: toReadingAge(grade),
    sentences: measured.length,
    words,
    syllables,
    longest: [...measured]
      .sort((a, b) => b.words - a.words)
      .slice(0, longestCount)
      .map(({ text, words }) => ({ text, words })),
    hardest: measured
      .map((sentence) => ({ sentence, drop: drop(sentence) }))
      .filter(({ drop }) => drop > 0)
      .sort((a, b) => b.drop - a.drop)
      .slice(0, 2)
      .map(({ sentence }) => sentence),
  }
}
