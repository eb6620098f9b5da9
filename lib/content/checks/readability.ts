import type { Nodes, Root } from 'mdast'
import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import { visit } from 'unist-util-visit'

// A reading-age estimate for a document: the Flesch-Kincaid grade of its prose plus 5 (UK
// reading age is roughly US grade + 5), from the `flesch-kincaid` and `syllable` packages of the
// retext family. Headings and code are left out; a list item counts as a sentence.
// Sentences are split here rather than by retext-english, which keeps "aged 0 to 19. Young
// people ..." as one sentence and takes ten times as long.

export type Readability = {
  readingAge: number
  sentences: number
  words: number
  /** The longest sentences, longest first, with their word counts. */
  longest: { text: string; words: number }[]
}

const SENTENCE_END = /(?<=[.!?])["'”’)]?\s+(?=["'“‘(]?[A-Z0-9])/
const WORD = /[A-Za-z][A-Za-z'’-]*/g

// Counting syllables is the slowest step; a site's pages share most of their words.
const syllableCache = new Map<string, number>()
function syllables(word: string): number {
  const key = word.toLowerCase()
  let count = syllableCache.get(key)
  if (count === undefined) {
    count = Math.max(1, syllable(key))
    if (syllableCache.size < 100_000) syllableCache.set(key, count)
  }
  return count
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}

function sentencesOf(tree: Root): string[] {
  const sentences: string[] = []
  visit(tree, 'paragraph', (node) => {
    const text = textOf(node).replace(/\s+/g, ' ').trim()
    for (const sentence of text.split(SENTENCE_END)) if (sentence.trim()) sentences.push(sentence.trim())
  })
  return sentences
}

export function measureReadability(tree: Root, longestCount = 3): Readability | undefined {
  const measured: { text: string; words: number }[] = []
  let words = 0
  let syllableTotal = 0
  for (const text of sentencesOf(tree)) {
    const found = text.match(WORD) ?? []
    if (found.length === 0) continue
    measured.push({ text, words: found.length })
    words += found.length
    for (const word of found) syllableTotal += syllables(word)
  }
  if (words === 0) return undefined
  const grade = fleschKincaid({ sentence: measured.length, word: words, syllable: syllableTotal })
  return {
    readingAge: Math.max(5, Math.round((grade + 5) * 10) / 10),
    sentences: measured.length,
    words,
    longest: [...measured].sort((a, b) => b.words - a.words).slice(0, longestCount),
  }
}
