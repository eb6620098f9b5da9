import { html, SafeHtml } from './html'
import { FEEDBACK_ENDPOINT, FIELD_IDS, HONEYPOT_FIELD, MAX_TEXT_LENGTH, RETURN_FIELD, errorHref, type FieldError } from './limits'
import { formatCount } from '@/lib/number-format'

// The pages the feedback endpoint answers a plain HTML form with, when it cannot send the person
// back to a page (errors, busy, store down). A route handler cannot render React, so these are
// HTML text built with `html` (everything escaped). A family can land here too, so each page
// keeps the exit link, as a plain link like every page's.

/** What the pages need from the site settings. */
export type PageSettings = { exitPageUrl: string }

const STYLE = `body{font-family:system-ui,sans-serif;font-size:1.1875rem;line-height:1.5;max-width:40rem;margin:0 auto;padding:0 1rem;color:#0b0c0c}a{color:#1d4f91}a:focus-visible,button:focus-visible,textarea:focus-visible{outline:3px solid #fd0;outline-offset:0;box-shadow:0 0 0 2px #0b0c0c}.exit{display:block;margin:0 -1rem 2rem;padding:.5rem 1rem;background:#b0281a;color:#fff;font-weight:700;text-align:center}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.error-summary{border:5px solid #b0281a;padding:1rem;margin:1rem 0}.error-summary a{color:#b0281a;font-weight:700}label{display:block;font-weight:700;margin-top:1.25rem}.hint{color:#484949}.field-error{color:#b0281a;font-weight:700;margin:.25rem 0}.invalid{border-left:4px solid #b0281a;padding-left:.75rem}textarea{display:block;box-sizing:border-box;width:100%;font:inherit;border:2px solid #0b0c0c;padding:.25rem}textarea[aria-invalid=true]{border-color:#b0281a}button{margin-top:1.5rem;font:inherit;font-weight:700;background:#00703c;color:#fff;border:2px solid transparent;padding:.4rem 1rem;box-shadow:0 2px 0 #002d18;cursor:pointer}`

function page(settings: PageSettings, title: string, body: SafeHtml): string {
  const exit = html`<a href="${settings.exitPageUrl}" rel="nofollow noreferrer" class="exit" data-exit-this-page=""><span class="sr-only">Emergency</span> Exit this page</a>`
  return html`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><style>${new SafeHtml(STYLE)}</style></head><body>${exit}${body}</body></html>`.value
}

/** "Your feedback was not sent", with a way back. */
export function renderMessagePage(settings: PageSettings, message: string, backTo: string | undefined): string {
  const back = backTo ? html`<p><a href="${backTo}">Go back to the page you were on</a></p>` : html`<p><a href="/">Go to the home page</a></p>`
  return page(settings, 'Feedback not sent', html`<main><h1>Your feedback was not sent</h1><p>${message}</p>${back}</main>`)
}

/** `back`: where the person returns to, the page or the page with its query (a list, search results). */
export type FormState = { page: string; back: string; answer?: 'no'; trying: string; wrong: string; errors: FieldError[] }

// The line break after <textarea> is dropped by the HTML parser: it keeps a typed leading one.
function field(id: string, name: 'trying' | 'wrong', label: string, value: string, error: string | undefined): SafeHtml {
  const described = ['feedback-hint', `${id}-info`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return html`<div${error ? html` class="invalid"` : ''}><label for="${id}">${label}</label>${
    error ? html`<p class="field-error" id="${id}-error"><span class="sr-only">Error: </span>${error}</p>` : ''
  }<textarea id="${id}" name="${name}" rows="5" aria-describedby="${described}"${error ? html` aria-invalid="true"` : ''}>
${value}</textarea><p class="hint" id="${id}-info">You can enter up to ${formatCount(MAX_TEXT_LENGTH)} characters</p></div>`
}

/**
 * The no-JavaScript form again, with its errors and what the person typed: the answer to their
 * POST itself (422), so their words are never stored, nor put in a URL, nor given a key to.
 */
export function renderFormPage(settings: PageSettings, state: FormState): string {
  const heading = state.answer === 'no' ? 'Help us improve this page' : 'Report a problem with this page'
  const errorFor = (name: 'trying' | 'wrong') => state.errors.find((error) => error.field === name)?.message
  // Errors about the page or the answer belong to no field: the summary links to the first field.
  const summary = html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">There is a problem</h2><ul>${state.errors.map(
    (error) => html`<li><a href="${errorHref(error)}">${error.message}</a></li>`,
  )}</ul></div>`
  const body = html`<p><a href="${state.back}"><span aria-hidden="true">‹ </span>Back to the page</a></p><main id="main-content">${summary}<h1>${heading}</h1><p>Your feedback is about the page <a href="${state.page}">${state.page}</a>. We read all feedback but cannot reply to it.</p><form method="post" action="${FEEDBACK_ENDPOINT}" novalidate><input type="hidden" name="page" value="${state.page}">${
    state.back !== state.page ? html`<input type="hidden" name="${RETURN_FIELD}" value="${state.back}">` : ''
  }${
    state.answer === 'no' ? html`<input type="hidden" name="useful" value="no">` : ''
  }<div hidden><label for="feedback-website">Leave this empty</label><input type="text" id="feedback-website" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off" value=""></div><p class="hint" id="feedback-hint">Do not include personal information such as your name, address or phone number.</p>${field(
    FIELD_IDS.trying,
    'trying',
    'What were you trying to do?',
    state.trying,
    errorFor('trying'),
  )}${field(FIELD_IDS.wrong, 'wrong', 'What went wrong?', state.wrong, errorFor('wrong'))}<button type="submit">Send</button></form><p><a href="/privacy">How we use feedback</a></p></main>`
  return page(settings, `Error: ${heading}`, body)
}
