import type { FilterError, ServiceFilter } from '@/lib/content/filters'
import { getTranslator } from '@/lib/i18n/messages'

/** A language's name in itself, marked up so screen readers and fonts read it in its own language. */
export type OwnName = { text: string; lang: string; dir: 'ltr' | 'rtl' }
export type ChoiceOption = { value: string; label: string; own?: OwnName }
export type ChoiceField = {
  key: 'cost' | 'attending' | 'language' | 'when'
  legend: string
  hint?: string
  /** A box to tick (one option) or one of several, with "Any" first. */
  kind: 'checkbox' | 'radio'
  options: ChoiceOption[]
}

type Props = { lang: string; choices: ChoiceField[]; filter: ServiceFilter; errors: FilterError[] }

/** The finder's fieldsets of radio buttons and boxes: a legend each, "Any" as the first radio. */
export function FinderChoices({ lang, choices, filter, errors }: Props) {
  if (choices.length === 0) return null
  const { t } = getTranslator(lang)
  return (
    <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {choices.map((choice) => {
        const error = errors.find((candidate) => candidate.field === choice.key)
        const describedBy = [choice.hint ? `filter-${choice.key}-hint` : '', error ? `filter-${choice.key}-error` : ''].filter(Boolean).join(' ')
        const options = choice.kind === 'radio' ? [{ value: '', label: t('finder.any') }, ...choice.options] : choice.options
        return (
          <fieldset
            key={choice.key}
            id={`filter-${choice.key}`}
            tabIndex={-1}
            aria-describedby={describedBy || undefined}
            className={error ? 'border-s-4 border-warning ps-3' : undefined}
          >
            <legend className="field-label">{choice.legend}</legend>
            {choice.hint ? (
              <span id={`filter-${choice.key}-hint`} className="field-hint">
                {choice.hint}
              </span>
            ) : null}
            {error ? (
              <span id={`filter-${choice.key}-error`} className="field-error">
                <span className="sr-only">{t('feedback.errorPrefix')}</span>
                {t(`finderError.${choice.key}`)}
              </span>
            ) : null}
            <ul className="mt-1 space-y-1" role="list">
              {options.map((option) => {
                const id = `filter-${choice.key}-${option.value || 'any'}`
                return (
                  <li key={option.value} className="flex items-start gap-2">
                    <input
                      id={id}
                      type={choice.kind}
                      name={choice.key}
                      value={option.value}
                      defaultChecked={(filter[choice.key] ?? '') === option.value}
                      className="mt-0.5 h-6 w-6 shrink-0 accent-brand"
                    />
                    <label htmlFor={id}>
                      {option.label}
                      {option.own ? (
                        <>
                          {' '}
                          {'('}
                          <span lang={option.own.lang} dir={option.own.dir}>
                            {option.own.text}
                          </span>
                          {')'}
                        </>
                      ) : null}
                    </label>
                  </li>
                )
              })}
            </ul>
          </fieldset>
        )
      })}
    </div>
  )
}
