import { pathToRegexp, type Key } from 'next/dist/compiled/path-to-regexp'
import { describe, expect, it } from 'vitest'
import { defaultLanguageRewrites } from '@/lib/i18n/rewrites'
import { languageOfPathIn } from '@/lib/i18n/site-languages'

/** Where an address goes, as Next applies the rewrites: the first whose source matches. */
function destination(rewrites: ReturnType<typeof defaultLanguageRewrites>, path: string): string {
  for (const rewrite of rewrites) {
    const keys: Key[] = []
    const match = pathToRegexp(rewrite.source, keys).exec(path)
    if (!match) continue
    const values = Object.fromEntries(keys.map((key, index) => [String(key.name), match[index + 1] ?? '']))
    return rewrite.destination.replace(/\/:(\w+)\*?/g, (_, name: string) => (values[name] ? `/${values[name]}` : ''))
  }
  return path
}

describe('the default language at the addresses it always had', () => {
  const rewrites = defaultLanguageRewrites(['en-GB', 'cy', 'ar-XB'])

  it('puts every page of the default language under its segment, inside the app', () => {
    expect(destination(rewrites, '/')).toBe('/en-gb')
    expect(destination(rewrites, '/help')).toBe('/en-gb/help')
    expect(destination(rewrites, '/help/send')).toBe('/en-gb/help/send')
    expect(destination(rewrites, '/cymraeg')).toBe('/en-gb/cymraeg')
  })

  it('leaves the other languages, the API, the editors’ report and Next’s files alone', () => {
    for (const path of ['/cy', '/cy/help/send', '/ar-xb/services', '/api/openreferral/v3/services', '/api/feedback', '/admin/feedback', '/_next/static/x.js']) expect(destination(rewrites, path), path).toBe(path)
  })

  it('gives an address with the default segment no page: each page has one address', () => {
    expect(destination(rewrites, '/en-gb/help')).toBe('/en-gb/en-gb/help')
  })

  it('rewrites nothing else for a site in one language', () => {
    expect(destination(defaultLanguageRewrites(['en-GB']), '/help')).toBe('/en-gb/help')
    expect(destination(defaultLanguageRewrites(['en-GB']), '/api/health')).toBe('/api/health')
  })
})

describe('the language of an address', () => {
  const languages = ['en-GB', 'cy', 'ar-XB']

  it('is the language whose segment begins it, or the default language', () => {
    expect(languageOfPathIn(languages, '/cy/help')).toBe('cy')
    expect(languageOfPathIn(languages, '/cy')).toBe('cy')
    expect(languageOfPathIn(languages, '/ar-xb/services/stay-and-play')).toBe('ar-XB')
    expect(languageOfPathIn(languages, '/help')).toBe('en-GB')
    expect(languageOfPathIn(languages, '/')).toBe('en-GB')
    // A page whose own address starts like a language is still the default language's.
    expect(languageOfPathIn(languages, '/cymru')).toBe('en-GB')
    expect(languageOfPathIn(languages, '/en-gb/help')).toBe('en-GB')
  })

  it('is British English on a site that lists no languages', () => {
    expect(languageOfPathIn([], '/cy/help')).toBe('en-GB')
  })
})
