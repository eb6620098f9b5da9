import { describe, expect, it } from 'vitest'
import { MAX_TEXT_LENGTH, MESSAGES } from '@/lib/feedback/limits'
import { normalisePagePath, PAGE_PATH, parseFeedback, parseFeedbackForm } from '@/lib/feedback/schema'

const form = (fields: Record<string, string>) => parseFeedbackForm(new URLSearchParams(fields))

describe('normalisePagePath (links and redirects built from form and query fields)', () => {
  it('accepts a path of this site', () => expect(normalisePagePath('/family-hubs/armley')).toBe('/family-hubs/armley'))
  it('drops the query, the fragment and a trailing slash', () => {
    expect(normalisePagePath('/services?age=3&audience=families')).toBe('/services')
    expect(normalisePagePath('/contact#feedback')).toBe('/contact')
    expect(normalisePagePath('/family-hubs/armley/')).toBe('/family-hubs/armley')
    expect(normalisePagePath('/?x=1')).toBe('/')
  })
  it.each([['an external address', 'https://evil.example/'], ['a protocol-relative address', '//evil.example'], ['a missing field', null], ['nothing', undefined], ['an overlong path', `/${'a'.repeat(300)}`]])(
    'refuses %s',
    (_what, value) => expect(normalisePagePath(value)).toBeUndefined(),
  )
})

describe('page paths', () => {
  it.each(['/', '/404', '/family-hubs/armley', '/services/childrens-centres-early-start', '/guides/early-help'])('accepts %s', (path) => {
    expect(PAGE_PATH.test(path)).toBe(true)
  })

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    'family-hubs',
    '',
    '/a//b',
    '/../etc/passwd',
    '/a/./b',
    '/page with space',
    '/%0d%0aSet-Cookie',
  ])('rejects %j', (path) => {
    expect(parseFeedback({ page: path, useful: true }).ok).toBe(false)
  })

  it('takes the path from an address with a query or fragment (the page is the same page)', () => {
    for (const address of ['/page?x=1', '/page#frag', '/page/']) {
      const parsed = parseFeedback({ page: address, useful: true })
      expect(parsed.ok && parsed.value.page, address).toBe('/page')
    }
  })

  it('rejects very long paths', () => {
    expect(parseFeedback({ page: `/${'a'.repeat(400)}`, useful: true }).ok).toBe(false)
  })
})

describe('JSON input', () => {
  it('accepts a yes or a no', () => {
    expect(parseFeedback({ page: '/', useful: true })).toEqual({ ok: true, value: { page: '/', useful: true } })
    expect(parseFeedback({ page: '/', useful: false })).toEqual({ ok: true, value: { page: '/', useful: false } })
  })

  it.each(['yes', 'true', 1, 0, null, 'no'])('refuses %j as a boolean', (useful) => {
    const result = parseFeedback({ page: '/', useful })
    expect(result).toEqual({ ok: false, errors: [{ field: 'useful', message: MESSAGES.useful }] })
  })

  it('refuses unknown fields and non-objects', () => {
    expect(parseFeedback({ page: '/', useful: true, ip: '1.2.3.4' }).ok).toBe(false)
    expect(parseFeedback('hello').ok).toBe(false)
    expect(parseFeedback(null).ok).toBe(false)
    expect(parseFeedback([]).ok).toBe(false)
  })

  it('needs something to report when there is no yes/no answer', () => {
    expect(parseFeedback({ page: '/' })).toEqual({ ok: false, errors: [{ field: 'trying', message: MESSAGES.reportEmpty }] })
    expect(parseFeedback({ page: '/', trying: '   ', wrong: '\n' }).ok).toBe(false)
    expect(parseFeedback({ page: '/', wrong: 'The map is broken' })).toEqual({ ok: true, value: { page: '/', wrong: 'The map is broken' } })
  })

  it('allows a No without comments', () => {
    expect(parseFeedback({ page: '/x', useful: false, trying: '', wrong: '' }).ok).toBe(true)
  })

  it(`limits each text to ${MAX_TEXT_LENGTH} characters, counting CRLF as one`, () => {
    expect(parseFeedback({ page: '/', trying: 'a'.repeat(MAX_TEXT_LENGTH) }).ok).toBe(true)
    expect(parseFeedback({ page: '/', trying: 'a'.repeat(MAX_TEXT_LENGTH + 1) })).toEqual({
      ok: false,
      errors: [{ field: 'trying', message: MESSAGES.tryingTooLong }],
    })
    expect(parseFeedback({ page: '/', useful: false, wrong: 'a'.repeat(MAX_TEXT_LENGTH + 1) })).toEqual({
      ok: false,
      errors: [{ field: 'wrong', message: MESSAGES.wrongTooLong }],
    })
    // 600 lines of "a\r\n" is 1,800 bytes but 1,199 characters after trimming as the browser counts them.
    const lines = 'a\r\n'.repeat(600)
    const parsed = parseFeedback({ page: '/', trying: lines })
    expect(parsed.ok).toBe(true)
    if (parsed.ok) expect(parsed.value.trying).toBe('a\n'.repeat(600).trim())
  })

  it('reports every problem, one per field', () => {
    const result = parseFeedback({ page: 'http://x', useful: 'no', trying: 'a'.repeat(2000), wrong: 'b'.repeat(2000) })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.map((error) => error.field).sort()).toEqual(['page', 'trying', 'useful', 'wrong'])
  })
})

describe('HTML form input', () => {
  it('turns yes and no into booleans', () => {
    expect(form({ page: '/', useful: 'yes' })).toEqual({ ok: true, value: { page: '/', useful: true } })
    expect(form({ page: '/', useful: 'no', trying: 'find a hub' })).toEqual({ ok: true, value: { page: '/', useful: false, trying: 'find a hub' } })
  })

  it('treats an empty answer as none (report a problem)', () => {
    expect(form({ page: '/', useful: '', wrong: 'typo' })).toEqual({ ok: true, value: { page: '/', wrong: 'typo' } })
  })

  it('refuses anything else as an answer', () => {
    expect(form({ page: '/', useful: 'maybe' })).toEqual({ ok: false, errors: [{ field: 'useful', message: MESSAGES.useful }] })
    expect(form({ page: '/', useful: 'true' }).ok).toBe(false)
  })

  it('needs a page', () => {
    expect(form({ useful: 'yes' })).toEqual({ ok: false, errors: [{ field: 'page', message: MESSAGES.invalidPage }] })
  })

  it('keeps the honeypot for the pipeline to see', () => {
    expect(form({ page: '/', useful: 'yes', website: 'http://spam' })).toEqual({ ok: true, value: { page: '/', useful: true, website: 'http://spam' } })
  })

  it('ignores fields it does not know', () => {
    expect(form({ page: '/', useful: 'yes', answer: 'no', $ACTION: 'x' }).ok).toBe(true)
  })
})
