import { adminCredentialsFromEnv, authorise, retryInWords } from '@/lib/feedback/admin-auth'
import { COMMENTS_PER_PAGE, renderAdminMessage, renderAdminPage } from '@/lib/feedback/admin-page'
import { clientKey } from '@/lib/feedback/rate-limit'
import { parseDateRange, toCsv } from '@/lib/feedback/report'
import { getFeedbackStore, rateLimits } from '@/lib/feedback/server'

export const dynamic = 'force-dynamic'

const PRIVATE = {
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex, nofollow',
  // Defence in depth behind the escaping: no script can run on this page at all.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
}

function page(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...PRIVATE, ...headers } })
}

export async function GET(request: Request): Promise<Response> {
  const limits = await rateLimits()
  const failures = { client: limits.adminFailures, site: limits.siteAdminFailures }
  const decision = await authorise(request, clientKey(request.headers, limits.secret), failures, adminCredentialsFromEnv())
  switch (decision.outcome) {
    case 'not-configured':
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', ...PRIVATE } })
    case 'locked-out':
      return page(429, renderAdminMessage('Too many attempts', `${decision.scope === 'client' ? 'Too many wrong user names or passwords have been tried from your connection.' : 'Too many wrong user names or passwords have been tried on this page, so it is locked for everyone for a while.'} ${retryInWords(decision.retryAfterSeconds)}`), {
        'retry-after': String(decision.retryAfterSeconds),
      })
    case 'challenge':
      return page(401, renderAdminMessage('Sign in to see feedback', 'You need the editors’ user name and password to see this page.'), {
        'www-authenticate': 'Basic realm="Feedback report", charset="UTF-8"',
      })
    case 'allowed':
      break
  }

  const url = new URL(request.url)
  const range = parseDateRange({ from: url.searchParams.get('from'), to: url.searchParams.get('to') })
  const wantsCsv = url.searchParams.get('format') === 'csv'
  if (range.errors.length > 0 && wantsCsv) return new Response(range.errors.map((error) => error.message).join('\n'), { status: 400, headers: PRIVATE })

  try {
    const store = await getFeedbackStore()
    if (wantsCsv) {
      const entries = await store.entries(range.range)
      const name = `feedback-${range.from || 'start'}-to-${range.to || new Date().toISOString().slice(0, 10)}.csv`
      return new Response(toCsv(entries), {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, ...PRIVATE },
      })
    }
    const filter = range.errors.length > 0 ? {} : range.range
    const [total, summary, totalComments] = await Promise.all([store.count(filter), store.summary(filter), store.count({ ...filter, withComments: true })])
    const pages = Math.max(1, Math.ceil(totalComments / COMMENTS_PER_PAGE))
    const requested = Number(url.searchParams.get('page') ?? '1')
    const current = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pages) : 1
    const comments = await store.entries({ ...filter, withComments: true, limit: COMMENTS_PER_PAGE, offset: (current - 1) * COMMENTS_PER_PAGE })
    const query = (extra: Record<string, string>) => {
      const params = new URLSearchParams()
      if (range.range.from) params.set('from', range.from)
      if (range.range.until) params.set('to', range.to)
      for (const [key, value] of Object.entries(extra)) params.set(key, value)
      return `/admin/feedback?${params.toString()}`
    }
    const paging = { page: current, pages, totalComments, href: (n: number) => query({ page: String(n) }) }
    return page(range.errors.length > 0 ? 400 : 200, renderAdminPage({ range, total, summary, comments, csvHref: query({ format: 'csv' }), paging }))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    return page(503, renderAdminMessage('Feedback is unavailable', 'The feedback database cannot be reached. Try again later.'), { 'retry-after': '60' })
  }
}
