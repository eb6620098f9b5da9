import { MAX_TEXT_LENGTH } from '@/lib/feedback/limits'
import { getTranslator } from '@/lib/i18n/messages'

type Props = {
  id: string
  name: string
  label: string
  defaultValue?: string
  error?: string
  /** The shared "do not include personal information" hint, read with the field. */
  hintId: string
  lang: string
}

// Without JavaScript the limit is stated under the field. With it, lib/enhance/character-count.ts
// turns that statement into one read with the field only and shows the live count instead.
export function CharacterCountField({ id, name, label, defaultValue = '', error, hintId, lang }: Props) {
  const { t, plural, forms } = getTranslator(lang)
  const countWords = { language: lang, remaining: forms('feedback.remaining'), over: forms('feedback.tooMany') }
  return (
    <div className={`mt-5 ${error ? 'border-s-4 border-warning ps-3' : ''}`} data-character-count-field="" data-count-words={JSON.stringify(countWords)}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span className="sr-only">{t('feedback.errorPrefix')}</span>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={4}
        className={`field-input mt-1 block w-full ${error ? 'border-warning' : ''}`}
        defaultValue={defaultValue}
        data-max-length={MAX_TEXT_LENGTH}
        aria-describedby={[hintId, `${id}-info`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
      />
      <p id={`${id}-info`} className="field-hint mt-1">
        {plural('feedback.upTo', MAX_TEXT_LENGTH)}
      </p>
    </div>
  )
}
