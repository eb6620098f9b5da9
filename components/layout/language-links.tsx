import { languageAutonym, languageDirection } from '@/lib/content/languages'
import { pageInEveryLanguage } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'

/**
 * This page in each of the site's other languages, near the top of every page: each named in
 * its own language and script, marked with its own lang and dir, so a reader finds "Cymraeg" or
 * "اردو" without reading the page's language, and a screen reader says it in the right voice.
 * Nothing for a site in one language.
 */
export function LanguageLinks({ lang, path }: { lang: string; path: string }) {
  const others = pageInEveryLanguage(path).filter((page) => page.language !== lang)
  if (others.length === 0) return null
  return (
    <nav aria-label={getTranslator(lang).t('languages.label')} className="language-links print:hidden">
      <ul role="list" className="flex flex-wrap gap-x-4 gap-y-1">
        {others.map((page) => (
          <li key={page.language}>
            <a href={page.path} lang={page.language} hrefLang={page.language} dir={languageDirection(page.language)}>
              {languageAutonym(page.language)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
