import { z } from 'zod'
import { isPseudoLocale, PSEUDO_DIRECTION_MARKS } from '../../i18n/pseudo'
import { siteLanguages } from '../../i18n/site-languages'
import { compareTranslation, looksLikeLanguage, type TranslationIssue, type TranslationMode } from '../translations'
import type { LoadedDocument, LoadedTranslation } from './load'
import type { Problems } from './problem'

// Translations (services/stay-and-play.cy.md) against their default language's files: each is for
// one of the site's other languages and has its default file; its facts, if it repeats them, are
// the default's; it translates every text the default has; and with translations: required in
// site.yaml, every document has one in every language.

export const TRANSLATION_RULES: readonly string[] = [
  'A translation is a file beside its default language\'s file, named with a language of site.yaml after a dot (services/stay-and-play.cy.md); a translation into a language the site does not list, into the default language, or of a file that does not exist is an error.',
  'A translation gives the text fields (the list is in docs/translating.md) and its text below the front matter; a fact (a phone number, a postcode, an age, a time, a key of another file, an address, a date) may be left out, and if it is given it must be the same as in the default file.',
  'A translation translates every text field its default file has, and has text below its front matter if, and only if, the default file has.',
  'With `translations: required` in site.yaml, every page (hubs, venues, services, support levels, guides, pages and needs) has a translation into every language of the site.',
]

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, segment) => (typeof segment === 'number' ? `${name}[${segment}]` : name ? `${name}.${String(segment)}` : String(segment)), '')
}

/** A fact as the editor wrote it, short enough for one line. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : value === undefined ? 'nothing' : JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

function explain(issue: TranslationIssue, defaultFile: string): string {
  switch (issue.type) {
    case 'fact-differs':
      return `differs from ${defaultFile} (${shown(issue.expected)}): facts come from the default language's file; remove it here`
    case 'not-in-default':
      return `is not in ${defaultFile}: a translation translates the default file's text; add it there first, or remove it here`
    case 'missing-text':
      return `is missing: translate ${defaultFile}'s ${fieldName(issue.path)} here`
    case 'not-text':
      return `must be text in this file's language, as ${defaultFile} has it (a list of lines where it has a list)`
  }
}

/**
 * The test-only right-to-left pseudo-locale (ar-XB, lib/i18n/pseudo.ts) makes each word read right
 * to left with direction overrides, which the check refuses in any real text; in its own files they
 * are what it is made of.
 */
function withoutPseudoMarks(language: string, value: unknown): unknown {
  if (!isPseudoLocale(language)) return value
  const strip = (text: unknown) => (typeof text === 'string' ? text.replace(PSEUDO_DIRECTION_MARKS, '') : text)
  return Array.isArray(value) ? value.map(strip) : strip(value)
}

export type TranslationSite = {
  languages: readonly string[] | undefined
  mode: TranslationMode | undefined
}

/** The sibling file that translates `file` (as the editor sees it) into `language`. */
export function translationFile(file: string, language: string): string {
  return file.replace(/\.md$/, `.${language}.md`)
}

export function checkTranslations(documents: readonly LoadedDocument[], translations: readonly LoadedTranslation[], site: TranslationSite, problems: Problems): void {
  const languages = siteLanguages({ languages: site.languages })
  const [defaultLanguage] = languages
  const others = languages.slice(1)
  const byKindAndSlug = new Map(documents.map((document) => [`${document.kind.folder}/${document.slug}`, document]))
  const translated = new Set<string>()

  for (const translation of translations) {
    const { kind, slug, language, file } = translation
    const original = byKindAndSlug.get(`${kind.folder}/${slug}`)
    const defaultFile = original?.file ?? file.replace(/\.[^./]+\.md$/, '.md')
    if (language === defaultLanguage) {
      problems.error(file, 1, '(file name)', `translates into ${language}, the site's default language, whose text is in ${defaultFile}: put any change there and delete this file`)
      continue
    }
    if (!others.includes(language)) {
      const listed = others.length > 0 ? `the site's other languages are ${others.join(', ')}` : `the site has no other language (site.yaml languages: ${languages.join(', ')})`
      const problem = looksLikeLanguage(language) ? `is a translation into ${language}, which is not one of the site's languages` : `has "${language}" after the dot, which is not a language: a translation is named like ${slug}.${others[0] ?? 'cy'}.md`
      problems.error(file, 1, '(file name)', `${problem} (${listed}): add ${language} to languages in site.yaml, or rename or delete this file`)
      continue
    }
    if (!original) {
      problems.error(file, 1, '(file name)', `translates ${defaultFile}, which does not exist: add the default language's file first, or correct this file's name`)
      continue
    }
    translated.add(`${original.file}\n${language}`)
    if (!translation.valid) continue
    const textPaths = kind.text ?? []
    const fields = Object.keys(kind.schema.shape)
    const known = Object.fromEntries(Object.entries(translation.data).filter(([name]) => fields.includes(name)))
    for (const name of Object.keys(translation.data).filter((name) => !fields.includes(name))) {
      problems.error(file, translation.lineOf([name]), name, `is not a field here: remove it or correct the spelling (the fields it may translate are: ${textPaths.join(', ')})`)
    }
    for (const issue of compareTranslation(textPaths, original.data, known)) {
      problems.error(file, translation.lineOf(issue.path), fieldName(issue.path), explain(issue, original.file))
    }
    // The field's own rules (no hidden characters, a need's opening at most 240 characters), on the text given.
    for (const name of textPaths.filter((path) => !path.includes('.') && known[path] !== undefined)) {
      const schema = kind.schema.shape[name]
      const result = schema ? z.safeParse(schema, withoutPseudoMarks(language, known[name])) : undefined
      for (const issue of result?.success === false ? result.error.issues : []) {
        problems.error(file, translation.lineOf([name, ...issue.path]), fieldName([name, ...issue.path]), issue.message)
      }
    }
    const hasText = (body: string) => body.trim() !== ''
    if (hasText(original.body) && !hasText(translation.body)) {
      problems.error(file, translation.bodyLine, '(body)', `is empty: translate the text of ${original.file} below the front matter`)
    } else if (!hasText(original.body) && hasText(translation.body)) {
      problems.error(file, translation.bodyLine, '(body)', `has text, but ${original.file} has none (so it has no page): add the text to the default file first, or delete it here`)
    }
  }

  if (site.mode !== 'required') return
  for (const document of documents) {
    if (document.kind.contentType !== 'markdown') continue
    for (const language of others) {
      if (!translated.has(`${document.file}\n${language}`)) {
        problems.error(document.file, 1, '(translation)', `has no translation into ${language}: add ${translationFile(document.file, language)}`)
      }
    }
  }
}
