import { ATTENDING_LABELS, type Attending } from '@/lib/content/enums'
import { costLines, languageItems, type CostSpec } from '@/lib/services/cost-and-languages'

type Props = { cost?: CostSpec; languages?: readonly string[]; britishSignLanguage?: boolean; interpreters?: boolean; attending?: readonly Attending[] }

/**
 * Rows of the service's summary list: how families take part, what it costs, the languages
 * besides English. A row only where the content says something: no guessing "free" or "English only".
 */
export function ServiceFacts({ cost, languages = [], britishSignLanguage, interpreters, attending = [] }: Props) {
  const costs = cost ? costLines(cost) : []
  // The prices (or "Free") stand out; who pays less and any note follow in plain text.
  const prices = cost?.free ? 1 : (cost?.options?.length ?? 0)
  const spoken = languageItems(languages)
  return (
    <>
      {attending.length > 0 ? (
        <>
          <dt className="font-bold">How you take part</dt>
          <dd>{attending.map((way) => ATTENDING_LABELS[way]).join(', ')}</dd>
        </>
      ) : null}
      {costs.length > 0 ? (
        <>
          <dt className="font-bold">Cost</dt>
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
          <dt className="font-bold">Languages</dt>
          <dd>
            {spoken.length > 0 || britishSignLanguage ? (
              <>
                <span className="block">Staff speak English and:</span>
                <ul className="list-disc ps-6">
                  {spoken.map((language) => (
                    <li key={language.code}>
                      <span lang={language.code} dir={language.dir}>
                        {language.autonym}
                      </span>{' '}
                      ({language.english})
                    </li>
                  ))}
                  {britishSignLanguage ? <li>British Sign Language (BSL)</li> : null}
                </ul>
              </>
            ) : null}
            {interpreters ? <span className="block">You can ask for an interpreter.</span> : null}
          </dd>
        </>
      ) : null}
    </>
  )
}
