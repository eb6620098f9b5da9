import { randomBytes } from 'node:crypto'
import { renderFormPage, renderMessagePage, type PageSettings } from './answer-pages'
import { MAX_BODY_BYTES, MESSAGES, RETURN_FIELD, THANKS_ID, returnAddress, type FeedbackResponseBody, type FieldError } from './limits'
import { isCrossSite } from './cross-site'
import { clientKey } from './rate-limit'
import { normalisePagePath, parseFeedback, parseFeedbackForm, type ParseResult } from './schema'
import { submitFeedback, type SubmitDeps } from './submit'

export type { PageSettings }

/** The site settings the endpoint needs: the exit link, which pages the site has, and its public address (SITE_URL). */
export type EndpointSettings = PageSettings & { isKnownPage: (path: string) => boolean; siteUrl?: string }

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

function htmlResponse(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...NO_STORE, ...headers } })
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { location, ...NO_STORE } })
}

/**
 * JSON for the widget's script and other programs (they say so in Content-Type or Accept);
 * everything else is a browser's plain HTML form, which always gets an HTML page back. Decided
 * from the headers, before the body is read, so even a refused body gets the right kind.
 */
function wantsJson(request: Request): boolean {
  if ((request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return true
  return (request.headers.get('accept') ?? '').includes('application/json')
}

/**
 * The one feedback endpoint. Browsers without JavaScript post forms and get a redirect (303)
 * back to the page's thank-you, or the form again with its errors (422); the widget's script and
 * other clients ask for JSON and get status codes: 201, 400, 403, 413, 429, 503. A form sent from
 * another website is refused (403) before anything is read or stored (cross-site.ts).
 */
export async function handleFeedbackPost(request: Request, deps: SubmitDeps, settings: EndpointSettings): Promise<Response> {
  const asJson = wantsJson(request)
  // Before anything is read or counted: a post from another website is not the visitor's own.
  if (isCrossSite(request.headers, settings.siteUrl)) {
    return asJson ? json(403, { ok: false, code: 'cross-site', message: MESSAGES.crossSite }) : htmlResponse(403, renderMessagePage(settings, MESSAGES.crossSite, undefined))
  }
  const body = await readBody(request)
  if (body.kind !== 'ok') {
    const [status, message] = body.kind === 'too-large' ? [413, MESSAGES.tooLarge] : [400, MESSAGES.badRequest]
    return asJson ? json(status, { ok: false, code: 'bad-request', message }) : htmlResponse(status, renderMessagePage(settings, message, undefined))
  }
  const decoded = await decode(body.bytes, request.headers.get('content-type') ?? '')
  if (decoded.kind === 'bad') {
    return asJson ? json(400, { ok: false, code: 'bad-request', message: MESSAGES.badRequest }) : htmlResponse(400, renderMessagePage(settings, MESSAGES.badRequest, undefined))
  }

  // A page path of the right shape that is not one of the site's pages is refused too.
  let parsed = decoded.parsed
  if (parsed.ok && !settings.isKnownPage(parsed.value.page)) parsed = { ok: false, errors: [{ field: 'page', message: MESSAGES.invalidPage }] }

  const fields = decoded.kind === 'form' ? decoded.fields : undefined
  const formPage = normalisePagePath(fields?.get('page'))
  const page = formPage !== undefined && settings.isKnownPage(formPage) ? formPage : undefined
  // Where the person comes back to: the page, or the page with its query (a list, search results).
  const back = page === undefined ? undefined : (returnAddress(page, fields?.get(RETURN_FIELD)) ?? page)
  const outcome = await submitFeedback(parsed, clientKey(request.headers, deps.keySecret ?? PROCESS_SECRET), deps)

  switch (outcome.status) {
    case 'stored':
    case 'ignored':
      return asJson ? json(201, { ok: true }) : redirect(`${back ?? '/'}#${THANKS_ID}`)
    case 'invalid':
      if (asJson) return json(400, { ok: false, code: 'invalid', message: outcome.errors[0]?.message ?? MESSAGES.badRequest, errors: outcome.errors })
      return formAgain(settings, outcome.errors, page, back, fields)
    case 'rate-limited': {
      const retry = { 'retry-after': String(outcome.retryAfterSeconds) }
      return asJson ? json(429, { ok: false, code: 'rate-limited', message: MESSAGES.rateLimited }, retry) : htmlResponse(429, renderMessagePage(settings, MESSAGES.rateLimited, back), retry)
    }
    case 'unavailable': {
      const retry = { 'retry-after': '60' }
      return asJson ? json(503, { ok: false, code: 'unavailable', message: MESSAGES.unavailable }, retry) : htmlResponse(503, renderMessagePage(settings, MESSAGES.unavailable, back), retry)
    }
  }
}

function formAgain(settings: PageSettings, errors: FieldError[], page: string | undefined, back: string | undefined, fields: URLSearchParams | undefined): Response {
  // Without a page of ours there is no form to go back to.
  if (!page || !fields) return htmlResponse(400, renderMessagePage(settings, errors[0]?.message ?? MESSAGES.invalidPage, undefined))
  const answer = fields.get('useful') === 'no' ? 'no' : undefined
  // A NUL cannot be shown in a page (the parser turns it into U+FFFD): the rest is shown as typed.
  const typed = (name: string) => (fields.get(name) ?? '').replace(/\u0000/g, '')
  return htmlResponse(422, renderFormPage(settings, { page, back: back ?? page, answer, trying: typed('trying'), wrong: typed('wrong'), errors }))
}
