import 'server-only'
import { notFound } from 'next/navigation'
import { languageSegment } from './site-languages'
import { getDefaultLanguage, getLanguages, languageOfSegment } from './messages'

// A page's address in each language: the default language's has no segment (/help), every other
// language's starts with its own (/cy/help). Paths here are the default language's.

/** `path` (the default language's address) in `language`. */
export function localPath(language: string, path: string): string {
  if (language === getDefaultLanguage()) return path
  return `/${languageSegment(language)}${path === '/' ? '' : path}`
}

/** The same page in every language of the site, the default first: for the language links and hreflang. */
export function pageInEveryLanguage(path: string): { language: string; path: string }[] {
  return getLanguages().map((language) => ({ language, path: localPath(language, path) }))
}

/**
 * The language of a route's [lang] segment. Only the site's languages' segments reach a page
 * (lib/i18n/rewrites.ts), but the rewrite matches letters in either case: /en-XA/help is no page,
 * or the page would have two addresses.
 */
export function languageOfParam(segment: string): string {
  const language = languageOfSegment(segment)
  if (language === undefined) notFound()
  return language
}

/** The [lang] segment of every language, for generateStaticParams. */
export function languageParams(): { lang: string }[] {
  return getLanguages().map((language) => ({ lang: languageSegment(language) }))
}

/** What every page under app/[lang] is given. */
export type LanguageParams = { params: Promise<{ lang: string }> }

/** The page's language, from its route's [lang] segment. */
export async function pageLanguage(params: Promise<{ lang: string }>): Promise<string> {
  return languageOfParam((await params).lang)
}
