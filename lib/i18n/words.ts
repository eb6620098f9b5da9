import { DAYS, type Day } from '@/lib/content/enums'
import type { TextKey } from './catalogue'
import { fillPlaceholders } from './placeholders'

// What the sentence-building code in lib/ needs of a language: its messages, and the names of
// days, dates and lists written by Intl in that language. The server makes it from the page's
// Translator; the site script from the few messages the server wrote into the page (OpenNow), so
// it carries no catalogue and never loads time zone data for a day's name.

export type Words = {
  readonly language: string
  t: (key: TextKey, values?: Record<string, string | number>) => string
  /** "Monday", "dydd Llun". */
  dayName: (day: Day) => string
  /** "a, b and c" in the language's way. */
  list: (items: readonly string[]) => string
  /** "a, b or c" in the language's way. */
  or: (items: readonly string[]) => string
  /** "2027-01-04" as "4 January 2027". */
  date: (date: string) => string
}

/**
 * The locale Intl writes a language's dates, days and lists in. A bare "en" is British English
 * here (the site is for UK councils), not Intl's American "December 8, 2026".
 */
export function intlLocale(language: string): string {
  return language.toLowerCase() === 'en' ? 'en-GB' : language
}

/** 2024-01-01 was a Monday: the days of that week, to have Intl name each weekday. */
const A_WEEK = DAYS.map((day, index) => [day, new Date(Date.UTC(2024, 0, 1 + index, 12))] as const)

/** Each weekday's name in a language, from Intl. */
export function dayNames(language: string): Record<Day, string> {
  const format = new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' })
  const names: Partial<Record<Day, string>> = {}
  for (const [day, date] of A_WEEK) names[day] = format.format(date)
  return { monday: '', tuesday: '', wednesday: '', thursday: '', friday: '', saturday: '', sunday: '', ...names }
}

/**
 * Words from messages already in the language (each key's text, placeholders unfilled) and its
 * day names. A key missing from `messages` shows as itself, so a gap shows in testing.
 */
export function wordsFrom(language: string, messages: Readonly<Record<string, string>>, days: Readonly<Partial<Record<Day, string>>> = {}): Words {
  let dates: Intl.DateTimeFormat | undefined
  let lists: Intl.ListFormat | undefined
  let choices: Intl.ListFormat | undefined
  return {
    language,
    t: (key, values = {}) => fillPlaceholders(messages[key] ?? key, values),
    dayName: (day) => days[day] ?? day,
    list: (items) => {
      lists ??= new Intl.ListFormat(intlLocale(language), { type: 'conjunction' })
      return lists.format(items)
    },
    or: (items) => {
      choices ??= new Intl.ListFormat(intlLocale(language), { type: 'disjunction' })
      return choices.format(items)
    },
    date: (date) => {
      // Made on first use: a page whose script never writes a date loads no time zone data.
      dates ??= new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      return dates.format(new Date(`${date}T12:00:00Z`))
    },
  }
}

const isRecordOfStrings = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((entry) => typeof entry === 'string')

/** Words the server wrote into the page as JSON ({ language, messages }), for the site script; undefined if unreadable. */
export function wordsInPage(text: string | undefined): Words | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '')
    if (typeof value !== 'object' || value === null || !('language' in value) || !('messages' in value)) return undefined
    const { language, messages } = value
    const days: unknown = 'days' in value ? value.days : {}
    if (typeof language !== 'string' || !isRecordOfStrings(messages) || !isRecordOfStrings(days)) return undefined
    return wordsFrom(language, messages, days)
  } catch {
    return undefined
  }
}

/** What the server writes for wordsInPage: the messages `keys` name, in the page's language. */
export function wordsForPage(words: Words, keys: readonly TextKey[], withDays = false): string {
  return JSON.stringify({
    language: words.language,
    messages: messagesFor(words.t, keys),
    ...(withDays ? { days: Object.fromEntries(DAYS.map((day) => [day, words.dayName(day)])) } : {}),
  })
}

/** The messages `keys` name, as `t` gives them with no values: for the site script to fill in. */
export function messagesFor(t: Words['t'], keys: readonly TextKey[]): Record<string, string> {
  return Object.fromEntries(keys.map((key) => [key, t(key)]))
}
