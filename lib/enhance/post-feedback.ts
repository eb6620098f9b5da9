import { FEEDBACK_ENDPOINT, MESSAGES, type FeedbackField, type FieldError } from '@/lib/feedback/limits'

export type PostResult = { ok: true } | { ok: false; message: string; errors: FieldError[] }

const FIELDS: readonly FeedbackField[] = ['page', 'useful', 'trying', 'wrong']

function isField(value: unknown): value is FeedbackField {
  return FIELDS.some((field) => field === value)
}

function fieldErrors(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return []
  return body.errors.flatMap((error: unknown) =>
    typeof error === 'object' && error !== null && 'field' in error && 'message' in error && isField(error.field) && typeof error.message === 'string'
      ? [{ field: error.field, message: error.message }]
      : [],
  )
}

function message(body: unknown): string {
  return typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string' ? body.message : MESSAGES.unavailable
}

/** The same endpoint and fields as the no-JavaScript forms, asking for JSON instead of a redirect. */
export async function postFeedback(form: HTMLFormElement, extra: Record<string, string> = {}): Promise<PostResult> {
  const body = new URLSearchParams()
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') body.append(key, value)
  for (const [key, value] of Object.entries(extra)) body.set(key, value)
  try {
    const response = await fetch(FEEDBACK_ENDPOINT, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body,
    })
    if (response.ok) return { ok: true }
    const json: unknown = await response.json().catch(() => undefined)
    return { ok: false, message: message(json), errors: fieldErrors(json) }
  } catch {
    return { ok: false, message: MESSAGES.unavailable, errors: [] }
  }
}
