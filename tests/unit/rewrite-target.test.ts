import { describe, expect, it } from 'vitest'
import { NOT_FOUND_PATH, isInternalPath, renderedPageKey, rewriteTarget } from '@/lib/places/rewrite-target'
import { NEED_SLUGS } from '@/lib/content/finder-vocabulary'

const NEED = NEED_SLUGS[0] ?? ''

describe('which page answers a public address', () => {
  it('a filtered service list is its one canonical page, whatever the order or extra parameters', () => {
    const a = rewriteTarget('/services', new URLSearchParams(`need=${NEED}&age=5&utm_source=x`))
    const b = rewriteTarget('/services', new URLSearchParams(`age=5-10&need=${NEED}`))
    expect(a).toEqual({ pathname: `/find/services/age.5-10_need.${NEED}`, search: '' })
    expect(b).toEqual(a)
  })

  it('unknown finder values all become the one "invalid" page, not a page each', () => {
    const first = rewriteTarget('/services', new URLSearchParams('age=banana'))
    const second = rewriteTarget('/services', new URLSearchParams('age=apple'))
    expect(first?.pathname).toBe('/find/services/age.~')
    expect(second).toEqual(first)
  })

  it('a postcode search keeps its query; plain pages are not rewritten', () => {
    expect(rewriteTarget('/family-hubs', new URLSearchParams('postcode=SW1A 1AA'))).toEqual({ pathname: '/find/nearest-hub', search: '?postcode=SW1A+1AA' })
    expect(rewriteTarget('/family-hubs', new URLSearchParams(''))).toBeUndefined()
    expect(rewriteTarget('/services', new URLSearchParams('x=1'))).toBeUndefined()
    expect(rewriteTarget('/guides', new URLSearchParams('age=5'))).toBeUndefined()
  })

  it('services near a postcode are rendered per request with the canonical filters, and never kept', () => {
    const target = rewriteTarget('/services', new URLSearchParams(`age=5&postcode=+ls9 7bg+&need=${NEED}&utm_source=x`))
    expect(target).toEqual({ pathname: '/find/nearest-services', search: `?postcode=ls9+7bg&age=5-10&need=${NEED}` })
    expect(rewriteTarget('/services', new URLSearchParams('postcode=LS9&age=banana'))?.search).toBe('?postcode=LS9&age=~')
    // The form sends an empty postcode box with every search: that is the cached filtered list.
    expect(rewriteTarget('/services', new URLSearchParams('postcode=&age=5'))?.pathname).toBe('/find/services/age.5-10')
    expect(rewriteTarget('/services', new URLSearchParams('postcode='))).toBeUndefined()
    expect(renderedPageKey('/services?postcode=LS9%207BG')).toBeUndefined()
    expect(renderedPageKey('/services?postcode=LS9%207BG&age=5')).toBeUndefined()
  })

  it('the internal pages under /find are known as internal, and keyed as the not-found page', () => {
    for (const path of ['/find', '/find/services/anything', '/find/services/age.0-4', '/find/nearest-hub', '/find/nearest-services']) {
      expect(isInternalPath(path), path).toBe(true)
      expect(renderedPageKey(`${path}?postcode=SW1A%201AA`), path).toBe(NOT_FOUND_PATH)
    }
    for (const path of ['/finder', '/services', '/family-hubs', '/guides/find']) expect(isInternalPath(path), path).toBe(false)
  })
})

describe('the page cache key', () => {
  it('drops a query no kept page reads, so made-up query strings share one entry', () => {
    expect(renderedPageKey('/guides?x=1')).toBe('/guides')
    expect(renderedPageKey('/guides?x=2&y=3')).toBe('/guides')
    expect(renderedPageKey('/guides/early-help')).toBe('/guides/early-help')
  })

  it('never keys a list to take away: its query is the page, and must not be kept', () => {
    expect(renderedPageKey('/list?h=armley')).toBeUndefined()
    expect(renderedPageKey('/list')).toBeUndefined()
    expect(renderedPageKey('/x/../list?s=family-hubs')).toBeUndefined()
  })

  it('keys only "/…" addresses, as paths of this site, with dot segments resolved', () => {
    expect(renderedPageKey('/x/../guides')).toBe('/guides')
    expect(renderedPageKey('//evil.example/guides')).toBeUndefined()
    expect(renderedPageKey('http://evil.example/guides')).toBeUndefined()
  })

  it('keeps what the finder reads: each filtered list is its canonical page', () => {
    expect(renderedPageKey(`/services?need=${NEED}&age=5&x=9`)).toBe(`/find/services/age.5-10_need.${NEED}`)
    expect(renderedPageKey('/services?age=0-4')).not.toBe(renderedPageKey('/services?age=5-10'))
    expect(renderedPageKey('/family-hubs?postcode=SW1A%201AA')).not.toBe(renderedPageKey('/family-hubs?postcode=LS1%201AA'))
  })
})
