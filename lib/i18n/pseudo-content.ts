import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Nodes } from 'mdast'
import { parse, stringify } from 'yaml'
import { z } from 'zod'
import type { DocumentKind } from '../content/kinds'
import { holdsText, isRecord, isTextPath } from '../content/translations'
import { PSEUDO_DIRECTION_MARKS, pseudoText, type PseudoLocale } from './pseudo'

// Test-only translation files in a pseudo-locale (services/stay-and-play.en-XA.md), made from a
// test council's default files by scripts/pseudo-locales.ts: never a council's words. Only text
// changes: the front matter keeps only the fields that translate (the facts come from the default
// file), and in the body only the words change, never the markdown, the addresses of links, phone
// numbers, postcodes, email addresses or numbers.

/** What stays as it is inside a text: web and email addresses, phone numbers, postcodes, numbers. */
const FACT = /(https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|0\d(?:[ ]?\d){7,10}|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\d+(?:[.:]\d+)*)/

function pseudoWords(language: PseudoLocale, text: string, lengthen: boolean): string {
  return text
    .split(FACT)
    .map((part, index) => (index % 2 === 1 || part.trim() === '' ? part : pseudoText(language, part, { lengthen })))
    .join('')
}

/** The text fields of `data`, lists kept to their length (a session without a note is {}), everything else left out. */
function textOnly(textPaths: readonly string[], value: unknown, path: PropertyKey[], change: (text: string, path: PropertyKey[]) => string): unknown {
  if (isTextPath(textPaths, path)) {
    if (typeof value === 'string') return change(value, path)
    if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? change(item, path) : item))
    return undefined
  }
  if (path.length > 0 && !holdsText(textPaths, path)) return undefined
  if (Array.isArray(value)) return value.map((item, index) => textOnly(textPaths, item, [...path, index], change) ?? {})
  if (isRecord(value)) {
    const kept: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      const text = textOnly(textPaths, item, [...path, key], change)
      if (text !== undefined) kept[key] = text
    }
    return Object.keys(kept).length > 0 || path.length === 0 ? kept : undefined
  }
  return undefined
}

/** A field's text in the pseudo-locale, no longer than its rules allow (a need's opening has a limit). */
function fieldText(language: PseudoLocale, kind: DocumentKind, text: string, path: PropertyKey[]): string {
  const longer = pseudoWords(language, text, true)
  const [name] = path
  const schema = typeof name === 'string' && path.length === 1 ? kind.schema.shape[name] : undefined
  if (!schema || z.safeParse(schema, longer.replace(PSEUDO_DIRECTION_MARKS, '')).success) return longer
  return pseudoWords(language, text, false)
}

function bodyText(language: PseudoLocale, source: string): string {
  const changed = pseudoWords(language, source, true)
  // The accented locale's [ ] would be read as a link's brackets: escaped, they show as written.
  return language === 'en-XA' ? changed.replace(/[[\]]/g, (bracket) => `\\${bracket}`) : changed
}

/** The body with the words of every text changed, found by the markdown parser so no syntax is touched. */
function pseudoBody(language: PseudoLocale, body: string): string {
  const spans: { start: number; end: number }[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'text' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      spans.push({ start: node.position.start.offset, end: node.position.end.offset })
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(fromMarkdown(body))
  let out = body
  for (const { start, end } of spans.sort((a, b) => b.start - a.start)) {
    // A text can run over lines (a paragraph's soft breaks): each line is changed on its own, so its start stays a line start.
    const text = out.slice(start, end).split('\n').map((line) => bodyText(language, line)).join('\n')
    out = `${out.slice(0, start)}${text}${out.slice(end)}`
  }
  return out
}

/** The pseudo-locale's translation file of a default file's whole source (front matter and body). */
export function pseudoTranslation(language: PseudoLocale, kind: DocumentKind, source: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source)
  if (!match) throw new Error('pseudoTranslation: the file has no front matter')
  const [, frontMatter = '', body = ''] = match
  const data: unknown = parse(frontMatter)
  const text = textOnly(kind.text ?? [], data, [], (value, path) => fieldText(language, kind, value, path))
  return `---\n${stringify(text, { lineWidth: 0 })}---\n${pseudoBody(language, body)}`
}
