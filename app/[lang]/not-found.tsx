import { ByLanguage } from '@/components/layout/by-language'
import { NotFoundContent } from '@/components/layout/not-found-content'
import { getDefaultLanguage, getLanguages, getTranslator } from '@/lib/i18n/messages'
import { languageSegment } from '@/lib/i18n/site-languages'

export const metadata = { title: getTranslator().t('notFound.title'), robots: { index: false } }

/** A page of one of the languages that is not there (notFound()), in that language. */
export default function NotFound() {
  const versions = Object.fromEntries(getLanguages().map((language) => [languageSegment(language), <NotFoundContent key={language} lang={language} />]))
  return <ByLanguage versions={versions} fallback={languageSegment(getDefaultLanguage())} />
}
