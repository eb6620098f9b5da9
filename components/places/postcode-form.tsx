import { getTerms } from '@/lib/content'
import { localPath } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import { getExamplePostcode } from '@/lib/places/server'
import { PostcodeInput } from './postcode-input'

type Props = {
  /** What the person typed, shown back to them after an error. */
  value?: string
  error?: string
  /** The heading level the form sits under; the label is the question itself. */
  label?: string
  /** The page's language: the answer is in it too. */
  lang: string
}

/** A plain GET form to /family-hubs?postcode=: works without JavaScript and can be bookmarked. */
export function PostcodeForm({ value = '', error, label, lang }: Props) {
  const example = getExamplePostcode()
  const { t, rich } = getTranslator(lang)
  return (
    <form method="get" action={localPath(lang, '/family-hubs')} className="mt-3" role="search" aria-label={t('postcode.landmark', { hub: getTerms().hub })}>
      <div className={error ? 'border-s-4 border-warning ps-3' : undefined}>
        <label htmlFor="postcode" className="field-label">
          {label ?? t('postcode.label')}
        </label>
        <span id="postcode-hint" className="field-hint">
          {rich('postcode.hint', {
            postcode: (
              <span dir="ltr" className="whitespace-nowrap">
                {example.postcode}
              </span>
            ),
            outcode: <span dir="ltr">{example.outcode}</span>,
          })}
        </span>
        {error ? (
          <span id="postcode-error" className="field-error">
            <span className="sr-only">{t('feedback.errorPrefix')}</span> {error}
          </span>
        ) : null}
        <div className="mt-1 flex flex-wrap items-end gap-3">
          <PostcodeInput id="postcode" value={value} error={error} />
          <button type="submit" className="button">
            {t('postcode.button')}
          </button>
        </div>
      </div>
    </form>
  )
}
