import { z } from 'zod'
import { MAX_TEXT_LENGTH, MESSAGES, type FeedbackField, type FieldError } from './limits'

/**
 * A path on this site: "/" or slash-separated segments of URL-safe characters. Rejecting "//",
 * "\", "..", schemes, queries and fragments means the no-JavaScript redirect built from it can
 * never leave the site.
 */
export const PAGE_PATH = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*(?:\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*)?$/

/**
 * The page a submission is about, as the address bar had it: the query and fragment are not part
 * of which page it is ("/services?age=3" is /services), nor is a trailing slash.
 */
function stripToPath(value: string): string {
  const path = value.replace(/[?#].*$/s, '')
  return path.length > 1 ? path.replace(/\/+$/, '') : path
}

export const pagePath = z.string().max(300, MESSAGES.invalidPage).transform(stripToPath).pipe(z.string().regex(PAGE_PATH, MESSAGES.invalidPage))

/** The path for links and redirects built from a query or form field: only a path of this site's shape. */
export function normalisePagePath(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const parsed = pagePath.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

/** Browsers send textarea line breaks as CRLF but count them as one character: count the same way. */
function normaliseText(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim()
}

// NUL and the other control characters (not tab or line breaks): PostgreSQL cannot store a NUL,
// and none of them is something a person types.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

function text(tooLong: string, control: string) {
  return z
    .string()
    .refine((value) => !CONTROL_CHARACTER.test(value), control)
    .transform(normaliseText)
    .pipe(z.string().max(MAX_TEXT_LENGTH, tooLong))
    .optional()
}

/** The one definition of a valid submission, whichever way it arrived (JSON or an HTML form). */
export const feedbackInput = z
  .strictObject({
    page: pagePath,
    useful: z.boolean({ error: MESSAGES.useful }).optional(),
    trying: text(MESSAGES.tryingTooLong, MESSAGES.tryingControl),
    wrong: text(MESSAGES.wrongTooLong, MESSAGES.wrongControl),
    website: z.string().max(1000).optional(),
  })
  .superRefine((value, context) => {
    // "Report a problem" has no yes/no answer, so it only makes sense with something to report.
    if (value.useful === undefined && !value.trying && !value.wrong) {
      context.addIssue({ code: 'custom', path: ['trying'], message: MESSAGES.reportEmpty })
    }
  })

export type FeedbackInput = z.infer<typeof feedbackInput>

/** HTML forms send strings: "yes"/"no" become booleans here; anything else stays wrong. */
const formInput = z.object({
  page: z.string().default(''),
  useful: z
    .enum(['yes', 'no'], { error: MESSAGES.useful })
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'yes')),
  trying: z.string().optional(),
  wrong: z.string().optional(),
  website: z.string().optional(),
})

const FIELDS: readonly FeedbackField[] = ['page', 'useful', 'trying', 'wrong']

function isField(value: unknown): value is FeedbackField {
  return FIELDS.some((field) => field === value)
}

function toFieldErrors(error: z.ZodError): FieldError[] {
  const errors: FieldError[] = []
  for (const issue of error.issues) {
    const field = issue.path[0]
    // Unknown keys (strict JSON) are reported against the page: the request as a whole is wrong.
    const target: FeedbackField = isField(field) ? field : 'page'
    if (!errors.some((existing) => existing.field === target)) errors.push({ field: target, message: issue.message })
  }
  return errors
}

export type ParseResult = { ok: true; value: FeedbackInput } | { ok: false; errors: FieldError[] }

export function parseFeedback(input: unknown): ParseResult {
  const result = feedbackInput.safeParse(input)
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: toFieldErrors(result.error) }
}

/** Form fields as sent by the widget's forms (the same names with and without JavaScript). */
export function parseFeedbackForm(form: URLSearchParams): ParseResult {
  const entries: Record<string, string> = {}
  for (const key of ['page', 'useful', 'trying', 'wrong', 'website']) {
    const value = form.get(key)
    // An empty radio-like field means "not answered", as browsers send nothing for it.
    if (value !== null && !(key === 'useful' && value === '')) entries[key] = value
  }
  const decoded = formInput.safeParse(entries)
  if (!decoded.success) return { ok: false, errors: toFieldErrors(decoded.error) }
  const { useful, ...rest } = decoded.data
  return parseFeedback(useful === undefined ? rest : { ...rest, useful })
}

export function hasFieldError(errors: FieldError[], field: FeedbackField): boolean {
  return errors.some((error) => error.field === field)
}
