import { saveFlash } from './flash'
import { FEEDBACK_FORM_PAGE, MAX_BODY_BYTES, MESSAGES, THANKS_ID, type FeedbackResponseBody, type FieldError } from './limits'
import { clientKey } from './rate-limit'
import { randomBytes } from 'node:crypto'
import { html } from './html'
import { isSitePath, parseFeedback, parseFeedbackForm, type ParseResult } from './schema'
import { submitFeedback, type SubmitDeps } from './submit'

type Body = { kind: 'ok'; bytes: Uint8Array<ArrayBuffer> } | { kind: 'too-large' } | { kind: 'unreadable' }

/** Reads at most MAX_BODY_BYTES, whatever Content-Length claims (it can be absent or wrong). */
async function readBody(request: Request): Promise<Body> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > MAX_BODY_BYTES) return { kind: 'too-large' }
  if (!request.body) return { kind: 'ok', bytes: new Uint8Array() }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => undefined)
        return { kind: 'too-large' }
      }
      chunks.push(value)
    }
  } catch {
    return { kind: 'unreadable' }
  }
  const bytes = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { kind: 'ok', bytes }
}

type Decoded = { kind: 'json'; parsed: ParseResult } | { kind: 'form'; parsed: ParseResult; fields: URLSearchParams } | { kind: 'bad' }

async function decode(bytes: Uint8Array<ArrayBuffer>, contentType: string): Promise<Decoded> {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { kind: 'bad' }
  }
  if (type === 'application/json') {
    try {
      const value: unknown = JSON.parse(text)
      return { kind: 'json', parsed: parseFeedback(value) }
    } catch {
      return { kind: 'bad' }
    }
  }
  if (type === 'application/x-www-form-urlencoded') {
    const fields = new URLSearchParams(text)
    return { kind: 'form', parsed: parseFeedbackForm(fields), fields }
  }
  if (type === 'multipart/form-data') {
    try {
      const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData()
      const fields = new URLSearchParams()
      for (const [key, value] of form) if (typeof value === 'string') fields.append(key, value)
      return { kind: 'form', parsed: parseFeedbackForm(fields), fields }
    } catch {
      return { kind: 'bad' }
    }
  }
  return { kind: 'bad' }
}

const NO_STORE = { 'cache-control': 'no-store' }

// For callers that bring no secret of their own (tests): made at start, never leaves memory.
const PROCESS_SECRET = randomBytes(32)

function json(status: number, body: FeedbackResponseBody, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } })
}

/** What the bare answer page needs from the site settings. */
export type PageSettings = { exitPageUrl: string }

/**
 * A bare page for the few answers the form page cannot show (bad page, busy, store down). A
 * family can land here too, so it keeps the exit link, as a plain link like every page's.
 */
function htmlMessage(settings: PageSettings, status: number, message: string, page: string | undefined, headers: Record<string, string> = {}): Response {
  const exit = html`<a href="${settings.exitPageUrl}" rel="nofollow noreferrer" class="exit"><span class="sr-only">Emergency</span> Exit this page</a>`
  const back = page ? html`<p><a href="${page}">Go back to the page you were on</a></p>` : html`<p><a href="/">Go to the home page</a></p>`
  const body = html`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Feedback not sent</title><style>body{font-family:system-ui,sans-serif;font-size:1.1875rem;line-height:1.5;max-width:40rem;margin:0 auto;padding:0 1rem;color:#0b0c0c}a{color:#1d4f91}.exit{display:block;margin:0 -1rem 2rem;padding:.5rem 1rem;background:#b0281a;color:#fff;font-weight:700;text-align:center}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}</style></head><body>${exit}<main><h1>Your feedback was not sent</h1><p>${message}</p>${back}</main></body></html>`.value
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...NO_STORE, ...headers } })
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { location, ...NO_STORE } })
}

function wantsJson(request: Request, decoded: Decoded): boolean {
  if (decoded.kind === 'json' || (request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return true
  return (request.headers.get('accept') ?? '').includes('application/json')
}

/** The page the form said it came from, only if it is one of ours (for links and redirects). */
function safePage(fields: URLSearchParams | undefined): string | undefined {
  const page = fields?.get('page')
  return isSitePath(page) ? page : undefined
}

/**
 * The one feedback endpoint. Browsers without JavaScript post forms and get redirects (303) back
 * to the page (thank-you) or to the form page (errors, with what they typed); the widget's script
 * and other clients ask for JSON and get status codes: 201, 400, 429, 503.
 */
export async function handleFeedbackPost(request: Request, deps: SubmitDeps, settings: PageSettings): Promise<Response> {
  const body = await readBody(request)
  if (body.kind !== 'ok') {
    const message = body.kind === 'too-large' ? MESSAGES.tooLarge : MESSAGES.badRequest
    return json(400, { ok: false, code: 'bad-request', message })
  }
  const decoded = await decode(body.bytes, request.headers.get('content-type') ?? '')
  const asJson = wantsJson(request, decoded)
  if (decoded.kind === 'bad') {
    return asJson ? json(400, { ok: false, code: 'bad-request', message: MESSAGES.badRequest }) : htmlMessage(settings, 400, MESSAGES.badRequest, undefined)
  }

  const fields = decoded.kind === 'form' ? decoded.fields : undefined
  const page = safePage(fields)
  const outcome = await submitFeedback(decoded.parsed, clientKey(request.headers, deps.keySecret ?? PROCESS_SECRET), deps)

  switch (outcome.status) {
    case 'stored':
    case 'ignored':
      return asJson ? json(201, { ok: true }) : redirect(`${page ?? '/'}#${THANKS_ID}`)
    case 'invalid':
      if (asJson) return json(400, { ok: false, code: 'invalid', message: outcome.errors[0]?.message ?? MESSAGES.badRequest, errors: outcome.errors })
      return formAgain(settings, outcome.errors, page, fields)
    case 'rate-limited': {
      const retry = { 'retry-after': String(outcome.retryAfterSeconds) }
      return asJson ? json(429, { ok: false, code: 'rate-limited', message: MESSAGES.rateLimited }, retry) : htmlMessage(settings, 429, MESSAGES.rateLimited, page, retry)
    }
    case 'unavailable': {
      const retry = { 'retry-after': '60' }
      return asJson ? json(503, { ok: false, code: 'unavailable', message: MESSAGES.unavailable }, retry) : htmlMessage(settings, 503, MESSAGES.unavailable, page, retry)
    }
  }
}

function formAgain(settings: PageSettings, errors: FieldError[], page: string | undefined, fields: URLSearchParams | undefined): Response {
  // Without a page of ours there is no form to go back to.
  if (!page || !fields) return htmlMessage(settings, 400, errors[0]?.message ?? MESSAGES.invalidPage, undefined)
  const answer = fields.get('useful') === 'no' ? 'no' : undefined
  const token = saveFlash({ page, answer, trying: fields.get('trying') ?? '', wrong: fields.get('wrong') ?? '', errors })
  const query = new URLSearchParams({ page })
  if (answer) query.set('answer', answer)
  query.set('state', token)
  return redirect(`${FEEDBACK_FORM_PAGE}?${query.toString()}`)
}
