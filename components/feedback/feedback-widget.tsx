'use client'

import { useEffect, useId, useRef, useState } from 'react'
import { FEEDBACK_ENDPOINT, FEEDBACK_FORM_PAGE, MESSAGES, RETURN_FIELD, THANKS_ID } from '@/lib/feedback/limits'
import { FeedbackForm } from './feedback-form'
import { Honeypot } from './honeypot'
import { postFeedback } from './post-feedback'

type View = 'ask' | 'no' | 'report' | 'thanks'

const NO_ID = 'feedback-no'
const REPORT_ID = 'feedback-report'

/**
 * The server HTML is a working no-JavaScript widget: Yes posts to the endpoint, No and "Report a
 * problem" lead to the form page. Once hydrated, the same controls stay on the page instead.
 */
export function FeedbackWidget({ path, returnTo }: { path: string; returnTo?: string }) {
  const [view, setView] = useState<View>('ask')
  const [sending, setSending] = useState(false)
  const [problem, setProblem] = useState<string>()
  const thanksRef = useRef<HTMLDivElement>(null)
  const formHeadingRef = useRef<HTMLHeadingElement>(null)
  const returnFocusTo = useRef<string>(undefined)
  const honeypotId = useId()
  const reportHref = `${FEEDBACK_FORM_PAGE}?${new URLSearchParams({ page: path, ...(returnTo ? { [RETURN_FIELD]: returnTo } : {}) }).toString()}`
  // Without JavaScript, the answer comes back to this address: a list or a search keeps its query.
  const returnInput = returnTo ? <input type="hidden" name={RETURN_FIELD} value={returnTo} /> : null

  useEffect(() => {
    if (view === 'thanks') thanksRef.current?.focus()
    else if (view === 'no' || view === 'report') formHeadingRef.current?.focus()
    else if (returnFocusTo.current) {
      document.getElementById(returnFocusTo.current)?.focus()
      returnFocusTo.current = undefined
    }
  }, [view])

  async function sayYes(event: React.MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form
    if (!form) return
    event.preventDefault()
    if (sending) return
    setSending(true)
    const result = await postFeedback(form, { useful: 'yes' })
    setSending(false)
    if (result.ok) setView('thanks')
    else setProblem(result.message)
  }

  function open(event: React.MouseEvent, next: 'no' | 'report', from: string) {
    event.preventDefault()
    returnFocusTo.current = from
    setProblem(undefined)
    setView(next)
  }

  return (
    <>
      <div role="status">
        <div id={THANKS_ID} ref={thanksRef} tabIndex={-1} className="feedback-thanks panel" data-shown={view === 'thanks' ? '' : undefined}>
          <p className="text-lg font-bold">{MESSAGES.thanks}</p>
        </div>
      </div>

      {view === 'ask' ? (
        <div className="feedback-prompt flex flex-wrap items-center justify-between gap-x-8 gap-y-4 bg-panel px-4 py-4 sm:px-5">
          <form method="post" action={FEEDBACK_ENDPOINT} className="flex flex-wrap items-center gap-x-4 gap-y-3">
            <input type="hidden" name="page" value={path} />
            {returnInput}
            <Honeypot id={honeypotId} />
            <h2 className="text-lg">Is this page useful?</h2>
            <div className="flex gap-3">
              <button type="submit" name="useful" value="yes" className="button button-secondary min-w-16 bg-white" onClick={sayYes} aria-disabled={sending || undefined}>
                Yes<span className="sr-only"> this page is useful</span>
              </button>
              {/* Without JavaScript, No leads to the form page (a GET: nothing is stored until the form is sent). */}
              <button
                type="submit"
                id={NO_ID}
                name="answer"
                value="no"
                formAction={FEEDBACK_FORM_PAGE}
                formMethod="get"
                className="button button-secondary min-w-16 bg-white"
                onClick={(event) => open(event, 'no', NO_ID)}
              >
                No<span className="sr-only"> this page is not useful</span>
              </button>
            </div>
          </form>
          <a id={REPORT_ID} href={reportHref} className="feedback-link" onClick={(event) => open(event, 'report', REPORT_ID)}>
            Report a problem with this page
          </a>
          {problem ? (
            <p className="field-error w-full" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
      ) : null}

      {view === 'no' || view === 'report' ? (
        <div className="border-t-4 border-brand pt-4">
          <h2 ref={formHeadingRef} tabIndex={-1} className="text-2xl focus:outline-none">
            {view === 'no' ? 'Help us improve this page' : 'Report a problem with this page'}
          </h2>
          <FeedbackForm path={path} answer={view === 'no' ? 'no' : undefined} inline={{ onSent: () => setView('thanks'), onCancel: () => setView('ask') }} />
        </div>
      ) : null}
    </>
  )
}
