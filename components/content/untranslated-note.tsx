import { getTranslator } from '@/lib/i18n/messages'
import { languageName } from '@/lib/i18n/text-language'

/**
 * On a page whose text is not yet in the reader's language (site.yaml translations: fallback), one
 * line in the reader's language saying so, above the council's text in the default language.
 */
export function UntranslatedNote({ lang, textLanguage }: { lang: string; textLanguage: string }) {
  if (textLanguage === lang) return null
  const { t } = getTranslator(lang)
  return (
    <p className="panel mb-4 max-w-3xl" data-untranslated>
      {t('content.notTranslated', { language: languageName(lang, lang), default: languageName(textLanguage, lang) })}
    </p>
  )
}
