// "Multi-systemic therapy (MST)" and "SEND (special educational needs and disabilities)":
// content that spells out an abbreviation once teaches the search that both mean the same.

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'to', '&'])

/** The words at the end (or start) of `words` whose initials spell `letters`, skipping small words. */
function spelledBy(words: string[], letters: string, fromEnd: boolean): string[] | undefined {
  const ordered = fromEnd ? [...words].reverse() : words
  const wanted = fromEnd ? [...letters].reverse() : [...letters]
  const used: string[] = []
  let next = 0
  for (const word of ordered) {
    if (next === wanted.length) break
    if (word[0]?.toLowerCase() === wanted[next]?.toLowerCase()) {
      used.push(word)
      next++
    } else if (SMALL_WORDS.has(word.toLowerCase()) && used.length > 0) {
      used.push(word)
    } else {
      return undefined
    }
  }
  if (next !== wanted.length) return undefined
  return fromEnd ? used.reverse() : used
}

// "(MST)" is found first and only the words just before it are read: trying the long pattern at
// every position of every document made indexing thousands of services take seconds.
const SHORT_IN_BRACKETS = /\(([A-Z]{2,6})\)/g
const WORDS_BEFORE = /((?:[\p{L}&]+[\s-]+){1,8})$/u
const SHORT_THEN_LONG = /\b([A-Z]{2,6})\s+\(([^()]{3,80})\)/gu

/** [abbreviation, spelled-out form] pairs found in `text`. */
export function acronymPairs(text: string): [string, string][] {
  const pairs: [string, string][] = []
  for (const match of text.matchAll(SHORT_IN_BRACKETS)) {
    const short = match[1] ?? ''
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, match.index - 120), match.index))?.[1]
    if (!before) continue
    const words = before.trim().split(/[\s-]+/)
    const long = spelledBy(words, short, true)
    if (long) pairs.push([short, long.join(' ')])
  }
  for (const [, short = '', inside = ''] of text.matchAll(SHORT_THEN_LONG)) {
    const long = spelledBy(inside.trim().split(/[\s-]+/), short, false)
    if (long && long.length === inside.trim().split(/[\s-]+/).length) pairs.push([short, long.join(' ')])
  }
  return pairs
}
