import 'server-only'
import type { Metadata } from 'next'
import { localPath, pageInEveryLanguage } from '@/lib/i18n/addresses'
import { getDefaultLanguage, getLanguages } from '@/lib/i18n/messages'

/**
 * Title, description and canonical URL (made absolute by metadataBase in the root layout), in the
 * page's language. A site in more than one language names the page's address in each of them
 * (hreflang, the default as x-default) on every version alike, so the links are reciprocal.
 * `path` is the page's address in the default language.
 */
export function pageMetadata({ title, description, path, lang }: { title: string; description: string; path: string; lang: string }): Metadata {
  const own = localPath(lang, path)
  const languages =
    getLanguages().length > 1
      ? Object.fromEntries([...pageInEveryLanguage(path).map((page) => [page.language, page.path]), ['x-default', localPath(getDefaultLanguage(), path)]])
      : undefined
  return {
    title,
    description,
    alternates: { canonical: own, ...(languages ? { languages } : {}) },
    openGraph: { title, description, url: own, type: 'website', locale: lang.replace('-', '_') },
  }
}
