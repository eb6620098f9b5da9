import { createElement, Fragment, type ReactNode } from 'react'
import { ENGLISH, fillPlaceholders, isPluralMessage, type Catalogue, type PluralKey, type TextKey } from './catalogue'

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
  /** A message with markup in its placeholders: "call {name} on {phone}" with phone a link. */
  rich: (key: TextKey, values: Record<string, ReactNode>) => ReactNode
  /** A date or time in this language's words and order. */
  date: (date: Date, options: Intl.DateTimeFormatOptions) => string
  /** "2026-11-20" or an ISO timestamp as a day, month and year: "20 November 2026", "20 Tachwedd 2026". */
  longDate: (iso: string) => string
}

export function createTranslator(language: string, catalogue: Catalogue): Translator {
  const rules = new Intl.PluralRules(language)
  const numbers = new Intl.NumberFormat(language)
  const longDate = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  const textOf = (key: string): string => {
    const message = catalogue[key] ?? ENGLISH[key]
    if (message === undefined) return key
    return isPluralMessage(message) ? message.other : message
  }
  return {
    language,
    t: (key, values = {}) => fillPlaceholders(textOf(key), values),
    plural: (key, count, values = {}) => {
      const message = catalogue[key] ?? ENGLISH[key]
      const forms = isPluralMessage(message) ? message : { other: textOf(key) }
      const text = forms[rules.select(count)] ?? forms.other
      return fillPlaceholders(text, { ...values, count: numbers.format(count) })
    },
    rich: (key, values) => {
      // Split at each {name}: odd parts are placeholder names.
      const parts = textOf(key).split(/\{(\w+)\}/)
      return createElement(Fragment, null, ...parts.map((part, index) => (index % 2 === 1 ? (part in values ? values[part] : `{${part}}`) : part)))
    },
    date: (date, options) => new Intl.DateTimeFormat(language, options).format(date),
    longDate: (iso) => longDate.format(new Date(iso)),
  }
}
