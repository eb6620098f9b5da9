import { FEEDBACK_ENDPOINT, FEEDBACK_FORM_PAGE, RETURN_FIELD, THANKS_ID } from '@/lib/feedback/limits'
import { localPath } from '@/lib/i18n/addresses'
import { getTranslator } from '@/lib/i18n/messages'
import { FeedbackForm } from './feedback-form'
import { Honeypot } from './honeypot'

export const FEEDBACK_NO_ID = 'feedback-no'
export const FEEDBACK_REPORT_ID = 'feedback-report'

/**
 * A working no-JavaScript widget: Yes posts to the endpoint, No and "Report a problem" lead to
 * the form page. With JavaScript (lib/enhance/feedback.ts) the same controls answer in the page:
 * Yes is sent by fetch, No and "Report a problem" show the form below in place of the question
 * (hidden, so never seen or read without JavaScript). Not a <template>: React cannot hydrate one in
 * `npm run dev`.
 */
export function FeedbackWidget({ path, returnTo, lang }: { path: string; returnTo?: string; lang: string }) {
  const { t } = getTranslator(lang)
  // The form page is in the page's language; the answer is about the page's own address.
  const formPage = localPath(lang, FEEDBACK_FORM_PAGE)
  const reportHref = `${formPage}?${new URLSearchParams({ page: path, ...(returnTo ? { [RETURN_FIELD]: returnTo } : {}) }).toString()}`
  return (
    <div data-feedback-widget="" data-problem-title={t('errorSummary.title')} data-error-prefix={t('feedback.errorPrefix')}>
      <div role="status">
        <div id={THANKS_ID} tabIndex={-1} className="feedback-thanks panel">
          <p className="text-lg font-bold">{t('feedback.thanks')}</p>
        </div>
      </div>

      <div className="feedback-prompt flex flex-wrap items-center justify-between gap-x-8 gap-y-4 bg-panel px-4 py-4 sm:px-5" data-feedback-prompt="">
        <form method="post" action={FEEDBACK_ENDPOINT} className="flex flex-wrap items-center gap-x-4 gap-y-3">
          <input type="hidden" name="page" value={path} />
          {/* Without JavaScript, the answer comes back to this address: a list or a search keeps its query. */}
          {returnTo ? <input type="hidden" name={RETURN_FIELD} value={returnTo} /> : null}
          <Honeypot id="feedback-prompt-website" lang={lang} />
          <h2 className="text-lg">{t('feedback.question')}</h2>
          <div className="flex gap-3">
            <button type="submit" name="useful" value="yes" className="button button-secondary min-w-16 bg-white" data-feedback-yes="">
              {t('feedback.yes')}
              <span className="sr-only">{t('feedback.yesHidden')}</span>
            </button>
            {/* Without JavaScript, No leads to the form page (a GET: nothing is stored until the form is sent). */}
            <button
              type="submit"
              id={FEEDBACK_NO_ID}
              name="answer"
              value="no"
              formAction={formPage}
              formMethod="get"
              className="button button-secondary min-w-16 bg-white"
              data-feedback-open="no"
            >
              {t('feedback.no')}
              <span className="sr-only">{t('feedback.noHidden')}</span>
            </button>
          </div>
        </form>
        <a id={FEEDBACK_REPORT_ID} href={reportHref} className="feedback-link" data-feedback-open="report">
          {t('feedback.report')}
        </a>
      </div>

      <div hidden className="border-t-4 border-brand pt-4" data-feedback-inline="" data-heading-no={t('feedback.headingNo')} data-heading-report={t('feedback.report')}>
        <h2 tabIndex={-1} className="text-2xl focus:outline-none" data-feedback-heading="" />
        <FeedbackForm path={path} answer="no" inline lang={lang} />
      </div>
    </div>
  )
}
