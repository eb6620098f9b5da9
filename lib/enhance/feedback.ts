import { FIELD_IDS, MESSAGES, THANKS_ID, errorHref, type FieldError } from '@/lib/feedback/limits'
import { postFeedback } from './post-feedback'

// "Is this page useful?" answered in the page (components/feedback/feedback-widget.tsx renders the
// no-JavaScript widget and, hidden, the form this opens). Focus goes where GOV.UK puts it:
// the thank-you, the opened form's heading, the error summary, back to the control that opened it.

/** The words the script writes, in the page's language: the widget's data- attributes (FeedbackWidget). */
type Said = { problemTitle: string; errorPrefix: string }

function showThanks(widget: HTMLElement, prompt: HTMLElement): void {
  prompt.hidden = true
  const thanks = document.getElementById(THANKS_ID)
  if (!thanks) return
  thanks.dataset.shown = ''
  thanks.focus()
}

function showProblem(prompt: HTMLElement, message: string): void {
  let alert = prompt.querySelector<HTMLElement>('[data-feedback-problem]')
  if (!alert) {
    alert = document.createElement('p')
    alert.className = 'field-error w-full'
    alert.setAttribute('role', 'alert')
    alert.dataset.feedbackProblem = ''
    prompt.append(alert)
  }
  alert.textContent = message
}

function errorSummary(said: Said, errors: FieldError[]): HTMLElement {
  const summary = document.createElement('div')
  summary.className = 'error-summary mt-6'
  summary.setAttribute('role', 'alert')
  summary.setAttribute('aria-labelledby', 'feedback-error-summary-title')
  summary.tabIndex = -1
  const title = document.createElement('h2')
  title.id = 'feedback-error-summary-title'
  title.className = 'text-xl'
  title.textContent = said.problemTitle
  const list = document.createElement('ul')
  list.className = 'mt-2'
  for (const error of errors) {
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = errorHref(error)
    link.textContent = error.message
    item.append(link)
    list.append(item)
  }
  summary.append(title, list)
  return summary
}

function problemPanel(message: string): HTMLElement {
  const panel = document.createElement('div')
  panel.className = 'panel panel-warning mt-4'
  panel.setAttribute('role', 'alert')
  panel.tabIndex = -1
  const text = document.createElement('p')
  text.className = 'font-bold'
  text.textContent = message
  panel.append(text)
  return panel
}

/** Each field shows its own error, as the form page does, and keeps what was typed. */
function markFields(said: Said, form: HTMLFormElement, errors: FieldError[]): void {
  for (const field of ['trying', 'wrong'] as const) {
    const id = FIELD_IDS[field]
    const textarea = form.querySelector<HTMLTextAreaElement>(`#${id}`)
    const wrapper = textarea?.closest<HTMLElement>('[data-character-count-field]')
    if (!textarea || !wrapper) continue
    const message = errors.find((error) => error.field === field)?.message
    wrapper.querySelector(`#${id}-error`)?.remove()
    wrapper.classList.toggle('border-l-4', Boolean(message))
    wrapper.classList.toggle('border-warning', Boolean(message))
    wrapper.classList.toggle('pl-3', Boolean(message))
    const described = (textarea.getAttribute('aria-describedby') ?? '').split(' ').filter((token) => token && token !== `${id}-error`)
    if (message) {
      const error = document.createElement('p')
      error.id = `${id}-error`
      error.className = 'field-error'
      const hidden = document.createElement('span')
      hidden.className = 'sr-only'
      hidden.textContent = said.errorPrefix
      error.append(hidden, message)
      textarea.before(error)
      described.push(error.id)
      textarea.setAttribute('aria-invalid', 'true')
    } else {
      textarea.removeAttribute('aria-invalid')
    }
    textarea.setAttribute('aria-describedby', described.join(' '))
    textarea.dispatchEvent(new Event('input'))
  }
}

function enhanceWidget(widget: HTMLElement): void {
  const said: Said = { problemTitle: widget.dataset.problemTitle ?? '', errorPrefix: widget.dataset.errorPrefix ?? '' }
  const prompt = widget.querySelector<HTMLElement>('[data-feedback-prompt]')
  const opened = widget.querySelector<HTMLElement>('[data-feedback-inline]')
  const heading = opened?.querySelector<HTMLElement>('[data-feedback-heading]')
  const form = opened?.querySelector<HTMLFormElement>('form')
  if (!prompt || !opened || !heading || !form) return
  const useful = form.querySelector<HTMLInputElement>('[data-feedback-useful]')
  const summary = form.querySelector<HTMLElement>('[data-feedback-summary]')
  let sending = false
  let opener: HTMLElement | undefined

  const yes = prompt.querySelector<HTMLButtonElement>('[data-feedback-yes]')
  yes?.addEventListener('click', async (event) => {
    const answer = yes.form
    if (!answer) return
    event.preventDefault()
    if (sending) return
    sending = true
    yes.setAttribute('aria-disabled', 'true')
    const result = await postFeedback(answer, { useful: 'yes' })
    sending = false
    yes.removeAttribute('aria-disabled')
    if (result.ok) showThanks(widget, prompt)
    else showProblem(prompt, result.message)
  })

  // Each opening starts empty, with no errors from the last time.
  const open = (from: HTMLElement, kind: 'no' | 'report') => {
    opener = from
    form.reset()
    markFields(said, form, [])
    summary?.replaceChildren()
    heading.textContent = (kind === 'no' ? opened.dataset.headingNo : opened.dataset.headingReport) ?? ''
    // The form records a No; "Report a problem" leaves the page's usefulness unsaid.
    if (useful) useful.disabled = kind === 'report'
    prompt.querySelector('[data-feedback-problem]')?.remove()
    prompt.hidden = true
    opened.hidden = false
    heading.focus()
  }

  opened.querySelector('[data-feedback-cancel]')?.addEventListener('click', () => {
    opened.hidden = true
    prompt.hidden = false
    opener?.focus()
  })

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (sending) return
    sending = true
    const send = form.querySelector<HTMLButtonElement>('button[type="submit"]')
    send?.setAttribute('aria-disabled', 'true')
    const result = await postFeedback(form)
    sending = false
    send?.removeAttribute('aria-disabled')
    if (result.ok) {
      opened.hidden = true
      showThanks(widget, prompt)
      return
    }
    markFields(said, form, result.errors)
    // GOV.UK: after a failed send, the summary takes focus so it is read out first.
    const shown = result.errors.length > 0 ? errorSummary(said, result.errors) : problemPanel(result.message || MESSAGES.unavailable)
    summary?.replaceChildren(shown)
    shown.focus()
  })

  for (const control of prompt.querySelectorAll<HTMLElement>('[data-feedback-open]')) {
    const kind = control.dataset.feedbackOpen === 'no' ? 'no' : 'report'
    control.addEventListener('click', (event) => {
      event.preventDefault()
      open(control, kind)
    })
  }
}

export function enhanceFeedback(root: ParentNode): void {
  for (const widget of root.querySelectorAll<HTMLElement>('[data-feedback-widget]')) enhanceWidget(widget)
}
