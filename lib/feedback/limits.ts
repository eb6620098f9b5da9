// Shared by the server and the browser island: nothing here may import server code.

import { formatCount } from '@/lib/number-format'

/** Longest answer to each question, counted as the browser counts (line breaks are one character). */
export const MAX_TEXT_LENGTH = 1200

/**
 * Largest request body the endpoint reads; anything bigger is refused unread. Limits are about
 * characters a person typed, so the body must fit both answers at their longest in any script:
 * one character can take 9 bytes form-encoded (3 UTF-8 bytes, each written as %XX) or 6 as a
 * JSON escape, plus room for the other fields.
 */
export const MAX_BODY_BYTES = 2 * MAX_TEXT_LENGTH * 9 + 2048

export const FEEDBACK_ENDPOINT = '/api/feedback'

/** The form field (and /feedback parameter) holding the address to come back to, query included. */
export const RETURN_FIELD = 'return'

/** The longest address to come back to: the server refuses longer request targets anyway. */
const MAX_RETURN_LENGTH = 2048

/**
 * The address a no-JavaScript answer comes back to, when the page is its query (a list, search
 * results): the page's own path and a query of plain printable characters, nothing else, so it
 * can never lead off the site or into a header. Anything else comes back to the page's path.
 */
export function returnAddress(page: string, value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_RETURN_LENGTH || !value.startsWith(`${page}?`)) return undefined
  return /^[\x21-\x7e]+$/.test(value) && !/[#\\]/.test(value) ? value : undefined
}

/** The no-JavaScript form page that "No" and "Report a problem" lead to. */
export const FEEDBACK_FORM_PAGE = '/feedback'

/** Fragment the no-JavaScript flow returns to: CSS :target reveals the thank-you on static pages. */
export const THANKS_ID = 'feedback-thanks'

/** The honeypot: hidden from people, so anything in it came from a bot. */
export const HONEYPOT_FIELD = 'website'

export const MESSAGES = {
  thanks: 'Thank you for your feedback',
  unavailable: 'Sorry, we could not save your feedback. Please try again later.',
  rateLimited: 'You have sent a lot of feedback in a short time. Wait a minute and try again.',
  invalidPage: 'The feedback was not about a page on this website.',
  reportEmpty: 'Enter what you were trying to do or what went wrong',
  tryingTooLong: `What you were trying to do must be ${formatCount(MAX_TEXT_LENGTH)} characters or less`,
  wrongTooLong: `What went wrong must be ${formatCount(MAX_TEXT_LENGTH)} characters or less`,
  useful: 'Answer yes or no',
  tooLarge: 'The feedback was too large to send.',
  tryingControl: 'What you were trying to do contains a character that cannot be saved: remove it and try again',
  wrongControl: 'What went wrong contains a character that cannot be saved: remove it and try again',
  badRequest: 'The feedback could not be read.',
  crossSite: 'The form was sent from another website, so we did not save it. To tell us about one of our pages, use the feedback form at the bottom of that page on this website.',
} as const

export type FeedbackField = 'page' | 'useful' | 'trying' | 'wrong'

export type FieldError = { field: FeedbackField; message: string }

/** What the endpoint answers to a request that asked for JSON. */
export type FeedbackResponseBody =
  | { ok: true }
  | { ok: false; code: 'invalid' | 'rate-limited' | 'unavailable' | 'bad-request' | 'cross-site'; message: string; errors?: FieldError[] }

export const FIELD_IDS = { trying: 'feedback-trying', wrong: 'feedback-wrong' } as const

/** Where an error summary link takes the person: the field the error is about. */
export function errorHref(error: FieldError): string {
  return `#${error.field === 'wrong' ? FIELD_IDS.wrong : FIELD_IDS.trying}`
}
