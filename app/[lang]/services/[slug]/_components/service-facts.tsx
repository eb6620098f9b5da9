import type { Attending } from '@/lib/content/enums'
import { getTranslator } from '@/lib/i18n/messages'
import { costLines, languageItems, type CostSpec } from '@/lib/services/cost-and-languages'

type Props = { lang: string; cost?: CostSpec; languages?: readonly string[]; britishSignLanguage?: boolean; interpreters?: boolean; attending?: readonly Attending[] }

/**
 * Rows of the service's summary list: how families take part, what it costs, the languages
 * besides English. A row only where the content says something: no guessing "free" or "English only".
 */
export function ServiceFacts({ lang, cost, languages = [], britishSignLanguage, interpreters, attending = [] }: Props) {
  const { t, words } = getTranslator(lang)
  const costs = cost ? costLines(words, cost) : []
  // The prices (or "Free") stand out; who pays less and any note follow in plain text.
  const prices = cost?.free ? 1 : (cost?.options?.length ?? 0)
  const spoken = languageItems(languages)
  return (
    <>
      {attending.length > 0 ? (
        <>
          <dt className="font-bold">{t('service.attending')}</dt>
          <dd>{attending.map((way) => t(`attending.${way}`)).join(t('list.separator'))}</dd>
        </>
      ) : null}
      {costs.length > 0 ? (
        <>
          <dt className="font-bold">{t('service.cost')}</dt>
          <dd>
            {costs.map((line, index) => (
              <span key={line} className={index < prices ? 'block font-bold' : 'block'}>
                {line}
              </span>
            ))}
          </dd>
        </>
      ) : null}
      {spoken.length > 0 || britishSignLanguage || interpreters ? (
        <>
          <dt className="font-bold">{t('service.languages')}</dt>
          <dd>
            {spoken.length > 0 || britishSignLanguage ? (
              <>
                <span className="block">{t('service.staffSpeak')}</span>
                <ul className="list-disc ps-6">
                  {spoken.map((language) => (
                    <li key={language.code}>
                      <span lang={language.code} dir={language.dir}>
                        {language.autonym}
                      </span>{' '}
                      {t('service.languageInEnglish', { name: language.english })}
                    </li>
                  ))}
                  {britishSignLanguage ? <li>{t('service.bsl')}</li> : null}
                </ul>
              </>
            ) : null}
            {interpreters ? <span className="block">{t('service.interpreters')}</span> : null}
          </dd>
        </>
      ) : null}
    </>
  )
}
