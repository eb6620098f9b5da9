import english from '../../lib/i18n/messages/en.json'

// Finds interface words left in English on a page in the accented pseudo-locale en-XA. Every
// message there is accented ("Ĥéļþ"), so a run of plain ASCII letters that is a word of the
// English catalogue was written by code, not taken from it. Left out, as they are right in en-XA:
// the pseudo-locale's own padding ("one two three"), and what Intl writes in the language (day
// and month names, "and" joining a list), which for en-XA is Intl's English.

const PADDING = new Set('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'.split(' '))
const INTL = new Set(
  [
    ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ].map((word) => word.toLowerCase()),
)

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(textsOf)
  return []
}

/** Every word of four or more letters in the English catalogue's messages, lower case, placeholders left out. */
export const CATALOGUE_WORDS: ReadonlySet<string> = new Set(
  textsOf(english)
    .flatMap((text) => text.replace(/\{\w+\}/g, ' ').match(/[A-Za-z]{4,}/g) ?? [])
    .map((word) => word.toLowerCase())
    .filter((word) => !PADDING.has(word) && !INTL.has(word)),
)

/**
 * The catalogue's English words in `text` that stand as plain ASCII words (not part of an accented
 * word): what code wrote without the catalogue. `content` is words the council's own content
 * uses on the page (its names and text stay English in en-XA), so they are not counted.
 */
export function plainInterfaceWords(text: string, content: ReadonlySet<string> = new Set()): string[] {
  const words = text.match(/(?<![\p{L}\p{M}])[A-Za-z]{4,}(?![\p{L}\p{M}])/gu) ?? []
  return [...new Set(words.map((word) => word.toLowerCase()))].filter((word) => CATALOGUE_WORDS.has(word) && !content.has(word))
}
