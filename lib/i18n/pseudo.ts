import { ENGLISH, isPluralMessage, pluralCategories, type Catalogue, type Message, type PluralMessage } from './catalogue'

// Test-only pseudo-locales, made from the English catalogue: never a council's words.
// - en-XA, "accented": every letter accented and each text about 40% longer inside [ ], so
//   text cut short, laid out too tightly or never taken from the catalogue shows at once.
// - ar-XB, "right to left": each word forced to read right to left (RLO … PDF), so the page
//   lays out mirrored as an Arabic page does while staying readable to the tester.
// {placeholders} are left as they are: the site fills them in.

export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number]

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
}

const PADDING = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'

/** Calls `change` on the text between placeholders, never on a {placeholder} itself. */
function outsidePlaceholders(text: string, change: (part: string) => string): string {
  return text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : change(part)))
    .join('')
}

function accented(text: string, lengthen = true): string {
  const body = outsidePlaceholders(text, (part) => part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter))
  const extra = lengthen ? Math.ceil(text.length * 0.4) : 0
  const padding = extra > 2 ? ` ${PADDING.slice(0, extra - 2).trim()}` : ''
  // Leading and trailing spaces are part of the message ("Error: "): they stay outside the brackets.
  const [, before = '', middle = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(body) ?? []
  return `${before}[${middle}${padding}]${after}`
}

const RLO = '\u202e'
const PDF = '\u202c'
const RLM = '\u200f'

function rightToLeft(text: string): string {
  return outsidePlaceholders(text, (part) => part.replace(/[^\s{}]+/g, (word) => `${RLM}${RLO}${word}${PDF}${RLM}`))
}

function pseudoMessage(language: PseudoLocale, message: Message): Message {
  const change = language === 'en-XA' ? accented : rightToLeft
  if (!isPluralMessage(message)) return change(message)
  // Every plural form the language has, each from the English form it is nearest to.
  const forms: PluralMessage = { other: change(message.other) }
  for (const category of pluralCategories(language)) {
    if (category !== 'other') forms[category] = change((category === 'one' ? message.one : undefined) ?? message.other)
  }
  return forms
}

/** The pseudo-locale's catalogue, key for key from the English one. */
export function pseudoCatalogue(language: PseudoLocale): Catalogue {
  return Object.fromEntries(Object.entries(ENGLISH).map(([key, message]) => [key, pseudoMessage(language, message)]))
}

/**
 * A piece of content text in a pseudo-locale (scripts/pseudo-locales.ts writes test councils'
 * translation files with it). `lengthen: false` keeps an accented text its own length, for a field
 * with a length limit.
 */
export function pseudoText(language: PseudoLocale, text: string, { lengthen = true } = {}): string {
  return language === 'en-XA' ? accented(text, lengthen) : rightToLeft(text)
}

/** The ar-XB pseudo-locale's direction marks, which the content check lets through in its translation files only. */
export const PSEUDO_DIRECTION_MARKS = /[\u202e\u202c\u200f]/g

export function isPseudoLocale(language: string): language is PseudoLocale {
  return PSEUDO_LOCALES.some((pseudo) => pseudo === language)
}
