import { isLanguageTag } from './languages'

// A document's translation is a sibling file: services/stay-and-play.cy.md translates
// services/stay-and-play.md into Welsh. Only text translates; facts (phone numbers, postcodes,
// ages, times, keys of other files, addresses, dates) come from the default language's file, so a
// fact can never differ between languages. A translation may repeat a fact (copying the file is
// the easy way to start one) only if it is the same. Plain module: the content check, the scripts
// and the site read it.

/** What happens to a page not yet translated (site.yaml translations). */
export const TRANSLATION_MODES = ['fallback', 'required'] as const
export type TranslationMode = (typeof TRANSLATION_MODES)[number]

/** `stay-and-play.cy` (a file name without .md) as the document it translates and the language. */
export function translationOf(stem: string): { slug: string; language: string } | undefined {
  const dot = stem.indexOf('.')
  if (dot <= 0 || dot === stem.length - 1) return undefined
  return { slug: stem.slice(0, dot), language: stem.slice(dot + 1) }
}

/** Whether a file name's language part reads as a language tag at all (cy, en-XA), not a typo like .md.md. */
export function looksLikeLanguage(tag: string): boolean {
  return isLanguageTag(tag)
}

export function translationFileName(folder: string, slug: string, language: string): string {
  return `${folder}/${slug}.${language}.md`
}

/**
 * A field path that translates, like `summary` or `sessions.note` (each session's note: lists are
 * passed through). Anything not listed is a fact.
 */
export type TextPath = string

function segmentsOf(path: readonly PropertyKey[]): string[] {
  return path.filter((segment) => typeof segment !== 'number').map(String)
}

/** Whether the value at `path` (list indices included or not) is text that translates. */
export function isTextPath(textPaths: readonly TextPath[], path: readonly PropertyKey[]): boolean {
  return textPaths.includes(segmentsOf(path).join('.'))
}

/** Whether some text that translates lies inside the value at `path` (a session holds a note). */
export function holdsText(textPaths: readonly TextPath[], path: readonly PropertyKey[]): boolean {
  const prefix = segmentsOf(path).join('.')
  return textPaths.some((text) => text.startsWith(`${prefix}.`))
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]))
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].every((key) => sameValue(a[key], b[key]))
  }
  return false
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export type TranslationIssue =
  /** A fact given in the translation that is not the default's. */
  | { type: 'fact-differs'; path: PropertyKey[]; expected: unknown }
  /** Text in the translation where the default file has none to translate. */
  | { type: 'not-in-default'; path: PropertyKey[] }
  /** Text the default file has that the translation leaves out. */
  | { type: 'missing-text'; path: PropertyKey[] }
  /** A translated text that is not text (a number, a list where one line belongs). */
  | { type: 'not-text'; path: PropertyKey[] }

function compareAt(textPaths: readonly TextPath[], original: unknown, translated: unknown, path: PropertyKey[], issues: TranslationIssue[]): void {
  if (isTextPath(textPaths, path)) {
    if (original === undefined) {
      if (translated !== undefined) issues.push({ type: 'not-in-default', path })
      return
    }
    if (translated === undefined) {
      issues.push({ type: 'missing-text', path })
      return
    }
    if (Array.isArray(original)) {
      // A list of lines (a need's everydayWords, whatToDoNow): the translator may use more or fewer.
      if (!Array.isArray(translated) || translated.length === 0 || !translated.every((item) => typeof item === 'string' && item.trim() !== '')) issues.push({ type: 'not-text', path })
      return
    }
    if (typeof translated !== 'string' || translated.trim() === '') issues.push({ type: 'not-text', path })
    return
  }
  if (!holdsText(textPaths, path)) {
    if (translated !== undefined && !sameValue(original, translated)) issues.push({ type: 'fact-differs', path, expected: original })
    return
  }
  // A group or a list holding text (a service's sessions, its cost): its facts are compared one by one.
  if (Array.isArray(original)) {
    if (translated === undefined) {
      original.forEach((item, index) => compareAt(textPaths, item, undefined, [...path, index], issues))
    } else if (!Array.isArray(translated) || translated.length !== original.length) {
      issues.push({ type: 'fact-differs', path, expected: original })
    } else {
      original.forEach((item, index) => compareAt(textPaths, item, translated[index], [...path, index], issues))
    }
    return
  }
  if (isRecord(original)) {
    if (translated !== undefined && !isRecord(translated)) {
      issues.push({ type: 'fact-differs', path, expected: original })
      return
    }
    const keys = new Set([...Object.keys(original), ...Object.keys(translated ?? {})])
    for (const key of keys) compareAt(textPaths, original[key], translated?.[key], [...path, key], issues)
    return
  }
  if (original === undefined && translated !== undefined) issues.push({ type: 'not-in-default', path })
}

/**
 * What is wrong with a translation's fields against its default file's: facts that differ, text
 * the default lacks or the translation leaves out. Both are the files' front matter as read.
 */
export function compareTranslation(textPaths: readonly TextPath[], original: Record<string, unknown>, translated: Record<string, unknown>): TranslationIssue[] {
  const issues: TranslationIssue[] = []
  const keys = new Set([...Object.keys(original), ...Object.keys(translated)])
  for (const key of keys) compareAt(textPaths, original[key], translated[key], [key], issues)
  return issues
}

function mergeAt(textPaths: readonly TextPath[], original: unknown, translated: unknown, path: PropertyKey[]): unknown {
  if (translated === undefined) return original
  if (isTextPath(textPaths, path)) return sameShape(original, translated) ? translated : original
  if (!holdsText(textPaths, path)) return original
  if (Array.isArray(original)) return original.map((item, index) => mergeAt(textPaths, item, Array.isArray(translated) ? translated[index] : undefined, [...path, index]))
  if (isRecord(original)) {
    return Object.fromEntries(Object.entries(original).map(([key, value]) => [key, mergeAt(textPaths, value, isRecord(translated) ? translated[key] : undefined, [...path, key])]))
  }
  return original
}

/** Text for text, a list of lines for a list of lines: anything else keeps the default's. */
function sameShape(original: unknown, translated: unknown): boolean {
  if (typeof original === 'string') return typeof translated === 'string'
  return Array.isArray(original) && Array.isArray(translated) && translated.every((item) => typeof item === 'string')
}

/**
 * The document in the translation's language: every fact from the default's fields, every text
 * from the translation's where it gives one. Objects are copied; neither argument is changed.
 */
export function mergeTranslation(textPaths: readonly TextPath[], original: Record<string, unknown>, translated: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(original).map(([key, value]) => [key, mergeAt(textPaths, value, translated[key], [key])]))
}
