import { createElement, Fragment, type ReactNode } from 'react'
import { ENGLISH, fillPlaceholders, isPluralMessage, pluralCategories, type Catalogue, type PluralKey, type PluralMessage, type TextKey } from './catalogue'
import { dayNames, intlLocale, wordsFrom, type Words } from './words'

// Words in one language: a message by its key, with {placeholders} filled in, plural forms chosen
// by Intl.PluralRules and numbers written by Intl.NumberFormat in that language. A key the
// catalogue lacks falls back to English (the content check makes that an error before a build).

export type Values = Record<string, string | number>

export type Translator = {
  readonly language: string
  /** A message; {name} is replaced by values.name. */
  t: (key: TextKey, values?: Values) => string
  /** A message that counts: the form for `count` in this language, with {count} written in it. */
  plural: (key: PluralKey, count: number, values?: Values) => string
  /** Each plural form of a message the language has, for the site script to choose from. */
  forms: (key: PluralKey) => PluralMessage
  /** A message with markup in its placeholders: "call {name} on {phone}" with phone a link. */
  rich: (key: TextKey, values: Record<string, ReactNode>) => ReactNode
  /** A date or time in this language's words and order. */
  date: (date: Date, options: Intl.DateTimeFormatOptions) => string
  /** "2026-11-20" or an ISO timestamp as a day, month and year: "20 November 2026", "20 Tachwedd 2026". */
  longDate: (iso: string) => string
  /** The same words for the sentence-building code in lib/ (opening times, sessions, ages). */
  words: Words
}

export function createTranslator(language: string, catalogue: Catalogue): Translator {
  const rules = new Intl.PluralRules(language)
  const numbers = new Intl.NumberFormat(language)
  const longDate = new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  const textOf = (key: string): string => {
    const message = catalogue[key] ?? ENGLISH[key]
    if (message === undefined) return key
    return isPluralMessage(message) ? message.other : message
  }
  const t = (key: TextKey, values: Values = {}) => fillPlaceholders(textOf(key), values)
  const words: Words = { ...wordsFrom(language, {}, dayNames(language)), t }
  return {
    language,
    t,
    plural: (key, count, values = {}) => {
      const message = catalogue[key] ?? ENGLISH[key]
      const forms = isPluralMessage(message) ? message : { other: textOf(key) }
      const text = forms[rules.select(count)] ?? forms.other
      return fillPlaceholders(text, { ...values, count: numbers.format(count) })
    },
    forms: (key) => {
      const message = catalogue[key] ?? ENGLISH[key]
      const forms: PluralMessage = isPluralMessage(message) ? message : { other: textOf(key) }
      return { other: forms.other, ...Object.fromEntries(pluralCategories(language).map((category) => [category, forms[category] ?? forms.other])) }
    },
    rich: (key, values) => {
      // Split at each {name}: odd parts are placeholder names.
      const parts = textOf(key).split(/\{(\w+)\}/)
      const filled = parts.map((part, index) => (index % 2 === 1 ? (part in values ? values[part] : `{${part}}`) : part))
      // Text next to text is one string: the page has one text node, not two with a marker between.
      const joined = filled.reduce<ReactNode[]>((nodes, node) => {
        const last = nodes[nodes.length - 1]
        const isText = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number'
        if (isText(node) && isText(last)) nodes[nodes.length - 1] = `${last}${node}`
        else if (node !== '') nodes.push(node)
        return nodes
      }, [])
      return createElement(Fragment, null, ...joined)
    },
    date: (date, options) => new Intl.DateTimeFormat(intlLocale(language), options).format(date),
    longDate: (iso) => longDate.format(new Date(iso)),
    words,
  }
}
