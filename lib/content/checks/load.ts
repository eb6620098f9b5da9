import fs from 'node:fs'
import path from 'node:path'
import { SEARCH_WORDS_FILE } from '../../search/search-words'
import { MESSAGES_FOLDER } from '../../i18n/site-languages'
import { IMAGE_FILE, IMAGES_FOLDER } from '../images'
import { DOCUMENT_KINDS, filePattern, type DocumentKind } from '../kinds'
import { translationOf } from '../translations'
import type { Problems } from './problem'
import { readYaml, type YamlSource } from './yaml-source'
import { reportIssues } from './zod-problems'

// Reads every file in the content folder, checks its place, name and fields, and keeps the
// valid documents (with their body and line numbers) for the rules that look across documents.

export type LoadedDocument = {
  kind: DocumentKind
  /** Path as the editor sees it, relative to the working folder. */
  file: string
  /** File name without extension: the web address or the key others use. */
  slug: string
  data: Record<string, unknown>
  /** Markdown below the front matter ('' for YAML files). */
  body: string
  /** File line of the body's first line. */
  bodyLine: number
  lineOf: YamlSource['lineOf']
  /** False when a field is wrong: the body is still checked, cross-document rules skip it. */
  valid: boolean
}

/** A translation (services/stay-and-play.cy.md): `slug` is its default file's, checked by checks/translations.ts. */
export type LoadedTranslation = LoadedDocument & { language: string }

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? walk(full) : [full]
  })
}

export function displayPath(full: string): string {
  const relative = path.relative(process.cwd(), full)
  return (relative.startsWith('..') ? full : relative).split(path.sep).join('/')
}

type FrontMatter = { yaml: string; body: string; bodyLine: number }

function splitFrontMatter(source: string): FrontMatter | undefined {
  const lines = source.split(/\r?\n/)
  if (lines[0]?.trimEnd() !== '---') return undefined
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---')
  if (end < 0) return undefined
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 }
}

function placeOf(rel: string[]): { kind: DocumentKind; slug: string; language?: string } | undefined {
  for (const kind of DOCUMENT_KINDS) {
    if (kind.singleton) {
      if (rel.length === 1 && rel[0] === kind.folder) return { kind, slug: kind.folder }
      continue
    }
    const extension = kind.contentType === 'data' ? '.yaml' : '.md'
    const [folder, name] = rel
    if (rel.length !== 2 || folder !== kind.folder || !name?.endsWith(extension)) continue
    const stem = name.slice(0, -extension.length)
    // A dot before .md names a language: stay-and-play.cy.md translates stay-and-play.md.
    const translation = kind.contentType === 'markdown' ? translationOf(stem) : undefined
    return translation ? { kind, ...translation } : { kind, slug: stem }
  }
  return undefined
}

function wherePhrase(): string {
  return DOCUMENT_KINDS.map(filePattern).join(', ')
}

/** Every document in the default language; translations go into `translations` when it is given (checks/translations.ts), and are skipped otherwise. */
export function loadDocuments(contentDir: string, problems: Problems, translations?: LoadedTranslation[]): LoadedDocument[] {
  const root = path.resolve(contentDir)
  const documents: LoadedDocument[] = []
  for (const full of walk(root).sort()) {
    const file = displayPath(full)
    const rel = path.relative(root, full).split(path.sep)
    // A note for the folder's editors, and images (site.yaml logo:), are not content documents.
    if ((rel.length === 1 && rel[0] === 'README.md') || /\.(?:svg|png)$/.test(full)) continue
    // The pictures pages show (lib/content/images.ts); anything else in images/ is reported below.
    if (rel[0] === IMAGES_FOLDER && rel.length > 1 && IMAGE_FILE.test(full)) continue
    // The editors' word list for the search has its own check (search-words.ts).
    if (rel.join('/') === SEARCH_WORDS_FILE) continue
    // The translators' catalogues of interface words have their own check (messages.ts).
    if (rel[0] === MESSAGES_FOLDER) continue
    const place = placeOf(rel)
    if (!place) {
      problems.error(file, 1, '(file)', `is not where content lives: content files are ${wherePhrase()}`)
      continue
    }
    const { kind, slug, language } = place
    if (language !== undefined && !translations) continue
    if (kind.contentType === 'data' && !kind.singleton && slug.includes('.')) {
      problems.error(file, 1, '(file name)', `looks like a translation, but ${kind.folder}/ is in the default language only for now (docs/translating.md): delete it, or name it without a dot`)
      continue
    }
    if (!kind.singleton && !SLUG.test(slug)) {
      problems.error(file, 1, '(file name)', 'becomes the web address: use only lower-case letters, numbers and single hyphens, like dewsbury-road.md')
    }
    const source = fs.readFileSync(full, 'utf8')
    let yaml = source
    let body = ''
    let bodyLine = 1
    let firstLine = 1
    if (kind.contentType === 'markdown') {
      const parts = splitFrontMatter(source)
      if (!parts) {
        problems.error(file, 1, '(front matter)', 'is missing: start the file with a line of ---, the fields, then another ---')
        continue
      }
      ;({ yaml, body, bodyLine } = parts)
      firstLine = 2
      // A service may have no text: it then has no page, and its listing says who to ask (rules.ts).
      if (body.trim() === '' && kind.folder !== 'services' && language === undefined) problems.error(file, bodyLine, '(body)', `is empty: write the text of this ${kind.noun} below the front matter`)
    }
    const parsed = readYaml(file, yaml, firstLine, problems)
    if (language !== undefined) {
      // Its fields are compared with the default file's, not checked alone (every fact may be left out).
      translations?.push({ kind, file, slug, language, data: parsed?.data ?? {}, body, bodyLine, lineOf: parsed?.lineOf ?? (() => firstLine), valid: parsed !== undefined })
      continue
    }
    if (!parsed) {
      // Unreadable fields: still check the body, and still count the file as a page links can go to.
      documents.push({ kind, file, slug, data: {}, body, bodyLine, lineOf: () => firstLine, valid: false })
      continue
    }
    const result = kind.schema.safeParse(parsed.data)
    if (!result.success) reportIssues(file, result.error.issues, parsed, kind.schema, problems)
    documents.push({ kind, file, slug, data: parsed.data, body, bodyLine, lineOf: parsed.lineOf, valid: result.success })
  }
  return documents
}
