import { describe, expect, it } from 'vitest'
import { adminCredentialsFromEnv, authorise, credentialsMatch, parseBasicAuth, retryInWords } from '@/lib/feedback/admin-auth'
import { getSite } from '@/lib/content'
import { renderAdminMessage, renderAdminPage } from '@/lib/feedback/admin-page'
import { memoryLimiter } from '@/lib/feedback/rate-limit'
import { formatLanguage, parseDateRange, toCsv } from '@/lib/feedback/report'

const expected = { username: 'editor', password: 'correct horse battery staple' }
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
const failures = (site = 100) => ({ client: memoryLimiter(5, 15 * 60_000), site: memoryLimiter(site, 15 * 60_000) })
const request = (authorization?: string) => new Request('http://x/admin/feedback', { headers: authorization ? { authorization } : {} })

describe('admin Basic auth', () => {
  it('is off (404) unless both variables are set', async () => {
    expect(adminCredentialsFromEnv({})).toBeUndefined()
    expect(adminCredentialsFromEnv({ ADMIN_USERNAME: 'editor' })).toBeUndefined()
    expect(adminCredentialsFromEnv({ ADMIN_USERNAME: 'editor', ADMIN_PASSWORD: '' })).toBeUndefined()
    expect(await authorise(request(), 'c', failures(), undefined)).toEqual({ outcome: 'not-configured' })
  })

  it('parses the header, passwords with colons included', () => {
    expect(parseBasicAuth(basic('editor', 'a:b:c'))).toEqual({ username: 'editor', password: 'a:b:c' })
    expect(parseBasicAuth('Bearer abc')).toBeUndefined()
    expect(parseBasicAuth(null)).toBeUndefined()
  })

  it('needs both parts right', () => {
    expect(credentialsMatch({ ...expected }, expected)).toBe(true)
    expect(credentialsMatch({ username: 'editor', password: 'wrong' }, expected)).toBe(false)
    expect(credentialsMatch({ username: 'Editor', password: expected.password }, expected)).toBe(false)
    expect(credentialsMatch(undefined, expected)).toBe(false)
  })

  it('locks a client out after 5 failures, even with the right password; others are unaffected', async () => {
    const limits = failures()
    expect(await authorise(request(), 'c', limits, expected)).toEqual({ outcome: 'challenge' })
    for (let i = 0; i < 5; i++) expect((await authorise(request(basic('editor', `guess ${i}`)), 'c', limits, expected)).outcome).toBe('challenge')
    expect(await authorise(request(basic('editor', expected.password)), 'c', limits, expected)).toMatchObject({ outcome: 'locked-out', scope: 'client' })
    expect((await authorise(request(basic('editor', expected.password)), 'other', limits, expected)).outcome).toBe('allowed')
  })

  it('counts failures from everyone together: a new address for each guess does not give unlimited guesses', async () => {
    const limits = failures(20)
    for (let i = 0; i < 20; i++) expect((await authorise(request(basic('editor', `guess ${i}`)), `address-${i}`, limits, expected)).outcome).toBe('challenge')
    const locked = await authorise(request(basic('editor', expected.password)), 'fresh-address', limits, expected)
    expect(locked).toMatchObject({ outcome: 'locked-out', scope: 'site' })
    expect(locked.outcome === 'locked-out' && locked.retryAfterSeconds).toBeGreaterThan(800)
  })

  it('says when to try again, in words', () => {
    const now = new Date('2026-11-23T10:30:00Z')
    expect(retryInWords(720, now)).toBe('Try again in 12 minutes (after 10:42 UTC).')
    expect(retryInWords(1, now)).toBe('Try again in 1 second (after 10:30 UTC).')
  })
})

describe('editors’ report output', () => {
  it('names the site from content/site.yaml, not from code', () => {
    const page = renderAdminMessage('Sign in to see feedback', 'You need the editors’ user name and password.')
    expect(page).toContain(`<header><p>${getSite().siteName} – editors</p></header>`)
  })

  it('escapes stored text: a <script> prints as text', () => {
    const page = renderAdminPage({
      range: parseDateRange({}),
      total: 1,
      csvHref: '/admin/feedback?format=csv',
      summary: [{ page: '/a', yes: 1, no: 0, usefulShare: 1, comments: 1, latest: '2026-01-01T00:00:00.000Z' }],
      comments: [{ id: 1, page: '/a', useful: null, trying: '<script>alert("x")</script>', wrong: '"><img src=x onerror=alert(1)>', language: 'en-GB', createdAt: '2026-01-01T00:00:00.000Z' }],
      paging: { page: 1, pages: 1, totalComments: 1, href: (n) => `/admin/feedback?page=${n}` },
    })
    expect(page).not.toContain('<script>')
    expect(page).not.toContain('<img')
    expect(page).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;')
  })

  it('CSV: quoted where needed, formulas defused', () => {
    const csv = toCsv([{ id: 1, page: '/a', useful: false, trying: 'said "hi", then\nleft', wrong: '=HYPERLINK("http://x")', language: 'en-GB', createdAt: '2026-01-01T00:00:00.000Z' }])
    expect(csv).toBe('\uFEFFid,created_at,page,language,useful,trying_to_do,what_went_wrong\r\n1,2026-01-01T00:00:00.000Z,/a,en-GB,no,"said ""hi"", then\nleft","\'=HYPERLINK(""http://x"")"\r\n')
  })

  it('CSV starts with the UTF-8 byte order mark, so Excel reads Urdu and Chinese comments correctly', () => {
    const csv = toCsv([{ id: 1, page: '/a', useful: true, trying: 'اردو 中文', wrong: null, language: null, createdAt: '2026-01-01T00:00:00.000Z' }])
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(csv).toContain('اردو 中文')
  })

  it('names the language of each comment, and marks what was typed with it, right to left where it runs that way', () => {
    const page = renderAdminPage({
      range: parseDateRange({}),
      total: 2,
      csvHref: '/admin/feedback?format=csv',
      summary: [],
      comments: [
        { id: 2, page: '/ur/help', useful: false, trying: 'مدد', wrong: null, language: 'ur', createdAt: '2026-01-02T00:00:00.000Z' },
        { id: 1, page: '/help', useful: null, trying: 'help', wrong: null, language: null, createdAt: '2026-01-01T00:00:00.000Z' },
      ],
      paging: { page: 1, pages: 1, totalComments: 2, href: (n) => `/admin/feedback?page=${n}` },
    })
    expect(page).toContain(' · Urdu (ur)</p>')
    expect(page).toContain('<dd lang="ur" dir="auto">مدد</dd>')
    // An answer stored before languages were recorded says nothing about its language.
    expect(page).toContain('<dd dir="auto">help</dd>')
    expect(formatLanguage('cy')).toBe('Welsh (cy)')
    expect(formatLanguage(null)).toBe('')
  })

  it('comments come a page at a time, with links to newer and older pages', () => {
    const render = (page: number) =>
      renderAdminPage({
        range: parseDateRange({ from: '2026-01-01' }),
        total: 120,
        csvHref: '/admin/feedback?format=csv',
        summary: [],
        comments: [],
        paging: { page, pages: 3, totalComments: 120, href: (n) => `/admin/feedback?from=2026-01-01&page=${n}` },
      })
    expect(render(1)).toContain('Page 1 of 3 (120 comments).')
    expect(render(1)).not.toContain('Newer comments')
    expect(render(1)).toContain('<a href="/admin/feedback?from=2026-01-01&#38;page=2" rel="next">Older comments</a>')
    expect(render(2)).toContain('rel="prev">Newer comments</a>')
    expect(render(3)).not.toContain('Older comments')
  })

  it('date ranges include the whole last day and refuse nonsense', () => {
    expect(parseDateRange({ from: '2026-01-01', to: '2026-01-31' }).range).toEqual({ from: '2026-01-01T00:00:00.000Z', until: '2026-02-01T00:00:00.000Z' })
    expect(parseDateRange({ from: '2026-02-30' }).errors).toHaveLength(1)
    expect(parseDateRange({ from: '2026-13-45' }).errors).toHaveLength(1)
    expect(parseDateRange({ from: '2026-03-01', to: '2026-02-01' }).errors).toHaveLength(1)
    expect(parseDateRange({ from: "'; drop table feedback; --" }).errors).toHaveLength(1)
  })
})
