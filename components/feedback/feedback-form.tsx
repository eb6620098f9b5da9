'use client'

import { useEffect, useId, useRef, useState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { FEEDBACK_ENDPOINT, FIELD_IDS, RETURN_FIELD, errorHref, type FieldError } from '@/lib/feedback/limits'
import { CharacterCountField } from './character-count-field'
import { Honeypot } from './honeypot'
import { postFeedback } from './post-feedback'

type Props = {
  path: string
  /** The address to come back to when it is more than the path (a list's, with its query). */
  returnTo?: string
  /** "no" records a No with the comments; without it this is "report a problem". */
  answer?: 'no'
  initialTrying?: string
  initialWrong?: string
  initialErrors?: FieldError[]
  /** Inline in the widget (JavaScript on): sends without leaving the page, shows its own summary. */
  inline?: { onSent: () => void; onCancel: () => void }
}

// Posts to the endpoint as a plain form; when inline, the same fields go by fetch instead.
export function FeedbackForm({ path, returnTo, answer, initialTrying = '', initialWrong = '', initialErrors = [], inline }: Props) {
  const [errors, setErrors] = useState<FieldError[]>(initialErrors)
  const [problem, setProblem] = useState<string>()
  const [sending, setSending] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)
  const hintId = useId()
  const honeypotId = useId()
  const errorFor = (field: 'trying' | 'wrong') => errors.find((error) => error.field === field)?.message

  // GOV.UK: after a failed send, focus the error summary so it is read out first.
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.querySelector<HTMLElement>('.error-summary, [role="alert"]')?.focus()
  }, [attempt])

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (!inline) return
    event.preventDefault()
    if (sending) return
    setSending(true)
    const result = await postFeedback(event.currentTarget)
    setSending(false)
    if (result.ok) {
      inline.onSent()
      return
    }
    setErrors(result.errors)
    setProblem(result.errors.length > 0 ? undefined : result.message)
    setAttempt((count) => count + 1)
  }

  return (
    <form method="post" action={FEEDBACK_ENDPOINT} noValidate onSubmit={onSubmit} className="max-w-2xl">
      <div ref={summaryRef}>
        {inline ? <ErrorSummary id="feedback-error-summary" errors={errors.map((error) => ({ href: errorHref(error), message: error.message }))} /> : null}
        {problem ? (
          <div className="panel panel-warning mt-4" role="alert" tabIndex={-1}>
            <p className="font-bold">{problem}</p>
          </div>
        ) : null}
      </div>
      <input type="hidden" name="page" value={path} />
      {returnTo ? <input type="hidden" name={RETURN_FIELD} value={returnTo} /> : null}
      {answer === 'no' ? <input type="hidden" name="useful" value="no" /> : null}
      <Honeypot id={honeypotId} />
      <p id={hintId} className="field-hint mt-4">
        Do not include personal information such as your name, address or phone number.
      </p>
      <CharacterCountField id={FIELD_IDS.trying} name="trying" label="What were you trying to do?" defaultValue={initialTrying} error={errorFor('trying')} hintId={hintId} />
      <CharacterCountField id={FIELD_IDS.wrong} name="wrong" label="What went wrong?" defaultValue={initialWrong} error={errorFor('wrong')} hintId={hintId} />
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button type="submit" className="button" aria-disabled={sending || undefined}>
          Send
        </button>
        {inline ? (
          <button type="button" className="button button-secondary" onClick={inline.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  )
}
