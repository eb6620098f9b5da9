import {
  allGuideTranslations,
  allHubTranslations,
  allNeedTranslations,
  allPageTranslations,
  allServiceTranslations,
  allSupportLevelTranslations,
  allVenueTranslations,
  type Markdown,
} from 'contentlayer/generated'
import { localiseLinks } from '../i18n/localise-links'
import { languageSegment } from '../i18n/site-languages'
import { DOCUMENT_KINDS } from './kinds'
import { mergeTranslation } from './translations'

// A document in one of the site's languages: the default file's facts with its translation's text
// and body (services/stay-and-play.cy.md), or, with no translation, the default file as it is.
// `textLanguage` says which language its text is really in, so a page can mark it (lang, dir)
// and say that it is not yet translated.

/** A document with the language its text is in. */
export type InLanguage<T> = T & { textLanguage: string }

type Translatable = { type: string; slug: string; body: Markdown }

const TRANSLATIONS = new Map(
  [...allHubTranslations, ...allVenueTranslations, ...allServiceTranslations, ...allSupportLevelTranslations, ...allGuideTranslations, ...allPageTranslations, ...allNeedTranslations].map(
    (translation) => [`${translation.type}\n${translation.slug}\n${translation.language}`, translation],
  ),
)

const TEXT_FIELDS = new Map(DOCUMENT_KINDS.map((kind) => [kind.type, kind.text ?? []]))

/**
 * `document` in `language`; its text stays the default language's when there is no translation.
 * Either way, on another language's page the links in its text lead to that language's pages.
 */
export function inLanguage<T extends Translatable>(document: T, language: string, defaultLanguage: string): InLanguage<T> {
  if (language === defaultLanguage) return { ...document, textLanguage: defaultLanguage }
  const local = (body: Markdown): Markdown => ({ ...body, html: localiseLinks(body.html, languageSegment(language)) })
  const translation = TRANSLATIONS.get(`${document.type}Translation\n${document.slug}\n${language}`)
  if (!translation) return { ...document, body: local(document.body), textLanguage: defaultLanguage }
  // Only text is taken, and only where it is text as the default's is (the content check has compared them).
  return Object.assign({}, document, mergeTranslation(TEXT_FIELDS.get(document.type) ?? [], document, translation), { body: local(translation.body), textLanguage: language })
}

/** Made once per language: the lists pages read are sorted and merged at most once each. */
export function perLanguage<T>(make: (language: string) => T): (language: string) => T {
  const made = new Map<string, T>()
  return (language) => {
    const known = made.get(language)
    if (known !== undefined) return known
    const value = make(language)
    made.set(language, value)
    return value
  }
}
