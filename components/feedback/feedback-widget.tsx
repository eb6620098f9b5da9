import { FEEDBACK_ENDPOINT, FEEDBACK_FORM_PAGE, MESSAGES, RETURN_FIELD, THANKS_ID } from '@/lib/feedback/limits'
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
export function FeedbackWidget({ path, returnTo }: { path: string; returnTo?: string }) {
  const reportHref = `${FEEDBACK_FORM_PAGE}?${new URLSearchParams({ page: path, ...(returnTo ? { [RETURN_FIELD]: returnTo } : {}) }).toString()}`
  return (
    <div data-feedback-widget="">
      <div role="status">
        <div id={THANKS_ID} tabIndex={-1} className="feedback-thanks panel">
          <p className="text-lg font-bold">{MESSAGES.thanks}</p>
        </div>
      </div>

      <div className="feedback-prompt flex flex-wrap items-center justify-between gap-x-8 gap-y-4 bg-panel px-4 py-4 sm:px-5" data-feedback-prompt="">
        <form method="post" action={FEEDBACK_ENDPOINT} className="flex flex-wrap items-center gap-x-4 gap-y-3">
          <input type="hidden" name="page" value={path} />
          {/* Without JavaScript, the answer comes back to this address: a list or a search keeps its query. */}
          {returnTo ? <input type="hidden" name={RETURN_FIELD} value={returnTo} /> : null}
          <Honeypot id="feedback-prompt-website" />
          <h2 className="text-lg">Is this page useful?</h2>
          <div className="flex gap-3">
            <button type="submit" name="useful" value="yes" className="button button-secondary min-w-16 bg-white" data-feedback-yes="">
              Yes<span className="sr-only"> this page is useful</span>
            </button>
            {/* Without JavaScript, No leads to the form page (a GET: nothing is stored until the form is sent). */}
            <button
              type="submit"
              id={FEEDBACK_NO_ID}
              name="answer"
              value="no"
              formAction={FEEDBACK_FORM_PAGE}
              formMethod="get"
              className="button button-secondary min-w-16 bg-white"
              data-feedback-open="no"
            >
              No<span className="sr-only"> this page is not useful</span>
            </button>
          </div>
        </form>
        <a id={FEEDBACK_REPORT_ID} href={reportHref} className="feedback-link" data-feedback-open="report">
          Report a problem with this page
        </a>
      </div>

      <div hidden className="border-t-4 border-brand pt-4" data-feedback-inline="" data-heading-no="Help us improve this page" data-heading-report="Report a problem with this page">
        <h2 tabIndex={-1} className="text-2xl focus:outline-none" data-feedback-heading="" />
        <FeedbackForm path={path} answer="no" inline />
      </div>
    </div>
  )
}
