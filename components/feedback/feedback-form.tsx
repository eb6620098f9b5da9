import { FEEDBACK_ENDPOINT, FIELD_IDS, RETURN_FIELD } from '@/lib/feedback/limits'
import { getTranslator } from '@/lib/i18n/messages'
import { CharacterCountField } from './character-count-field'
import { Honeypot } from './honeypot'

type Props = {
  path: string
  /** The address to come back to when it is more than the path (a list's, with its query). */
  returnTo?: string
  /** "no" records a No with the comments; without it this is "report a problem". */
  answer?: 'no'
  /**
   * The widget's copy (hidden until opened): lib/enhance/feedback.ts opens it in the page and sends
   * it by fetch, showing its own error summary. The ids differ from the form page's own.
   */
  inline?: boolean
  lang: string
}

// Posts to the endpoint as a plain form; when inline, the same fields go by fetch instead.
export function FeedbackForm({ path, returnTo, answer, inline = false, lang }: Props) {
  const { t } = getTranslator(lang)
  const prefix = inline ? 'feedback-inline' : 'feedback-page'
  const hintId = `${prefix}-hint`
  return (
    <form method="post" action={FEEDBACK_ENDPOINT} noValidate className="max-w-2xl" data-feedback-form={inline ? 'inline' : 'page'}>
      <div data-feedback-summary="" />
      <input type="hidden" name="page" value={path} />
      {returnTo ? <input type="hidden" name={RETURN_FIELD} value={returnTo} /> : null}
      {answer === 'no' ? <input type="hidden" name="useful" value="no" data-feedback-useful="" /> : null}
      <Honeypot id={`${prefix}-website`} lang={lang} />
      <p id={hintId} className="field-hint mt-4">
        {t('feedback.hint')}
      </p>
      <CharacterCountField id={FIELD_IDS.trying} name="trying" label={t('feedback.trying')} hintId={hintId} lang={lang} />
      <CharacterCountField id={FIELD_IDS.wrong} name="wrong" label={t('feedback.wrong')} hintId={hintId} lang={lang} />
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button type="submit" className="button">
          {t('feedback.send')}
        </button>
        {inline ? (
          <button type="button" className="button button-secondary" data-feedback-cancel="">
            {t('feedback.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  )
}
