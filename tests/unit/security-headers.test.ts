import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '@/lib/security/headers'
import { isRecognisedInlineScript, scanInline, sha256Base64 } from '@/lib/security/inline-scripts'
import { MAX_QUERY_LENGTH, MAX_QUERY_PARAMETERS, isWellFormedTarget, normaliseTarget, originForm, refuseTarget } from '@/lib/security/request-target'

const FLIGHT = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"x\\"]\\n"])'
const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
const TURBOPACK = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"],"runtimeModuleIds":[94553]});'

describe('the Content-Security-Policy', () => {
  it('has the directives GOV.UK-style sites need, with no unsafe sources', () => {
    const policy = contentSecurityPolicy({ scripts: ['abc='], styles: ['def='] })
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("script-src 'self' 'sha256-abc='")
    expect(policy).toContain("style-src 'self' 'sha256-def='")
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(directive)
    expect(policy).not.toMatch(/unsafe-(inline|eval)/)
  })
})

describe('inline scripts', () => {
  it('recognises the framework’s own scripts', () => {
    for (const script of [FLIGHT, BOOTSTRAP, TURBOPACK, 'self.__next_f.push([2,null])']) expect(isRecognisedInlineScript(script), script).toBe(true)
  })

  it('does not vouch for anything else, even dressed up as the framework', () => {
    for (const script of [
      'alert(1)',
      `${FLIGHT};alert(1)`,
      'self.__next_f.push([1,"x"]);alert(1)//"])',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["https://evil.example/x.js"]});',
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[],"onload":[1]});',
    ]) {
      expect(isRecognisedInlineScript(script), script).toBe(false)
    }
  })

  it('hashes recognised scripts and every style element, skips external scripts and data blocks', () => {
    const html = `<html><head><style>:root{--a:1}</style><script src="/_next/static/chunks/a.js" async=""></script>
<script type="application/ld+json">{"@type":"Thing"}</script><script>${BOOTSTRAP}</script><script>${FLIGHT}</script>
<script>alert("injected")</script></head></html>`
    const scan = scanInline(html)
    expect(scan.scripts).toEqual([sha256Base64(BOOTSTRAP), sha256Base64(FLIGHT)])
    expect(scan.styles).toEqual([sha256Base64(':root{--a:1}')])
    expect(scan.unrecognised).toEqual(['alert("injected")'])
  })

  it('hashes what the browser hashes (SHA-256, base64, line breaks as LF)', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(sha256Base64('alert(1)')).toBe('bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=')
    expect(sha256Base64('a\r\nb')).toBe(sha256Base64('a\nb'))
  })
})

describe('request targets', () => {
  it('refuses broken percent-encoding and control characters', () => {
    for (const target of ['/%', '/services/%ff', '/%zz', '/a%2', '/a%00b', '/?q=%00', '/a\u0001']) expect(isWellFormedTarget(target), target).toBe(false)
  })

  it('lets ordinary and encoded addresses through', () => {
    for (const target of ['/', '/services?age=3&audience=families', '/search?q=caf%C3%A9+opening', '/services/%E2%9C%93', '/services?age=%ff']) {
      expect(isWellFormedTarget(target), target).toBe(true)
    }
  })

  it('refuses an escaped slash or backslash inside the path, which Next would loop on', () => {
    for (const target of ['/api%2fhealth', '/api%2Ffeedback', '/admin%2ffeedback', '/guides%5cearly-help']) expect(refuseTarget(target), target).toEqual({ status: 400, message: 'Bad request: the web address is not valid.' })
    // In the query an escaped slash is ordinary text.
    expect(refuseTarget('/search?q=a%2Fb')).toBeUndefined()
  })

  it('writes an escaped letter, digit or -._~ plainly (Next loops on it), other escapes in capitals, and leaves the query alone', () => {
    expect(normaliseTarget('/guid%65s')).toBe('/guides')
    expect(normaliseTarget('/%68elp?q=%65')).toBe('/help?q=%65')
    expect(normaliseTarget('/services/%e2%9c%93')).toBe('/services/%E2%9C%93')
    expect(normaliseTarget('/guides%20x%3Fy')).toBe('/guides%20x%3Fy')
    expect(normaliseTarget('/guides')).toBe('/guides')
  })

  it('refuses a target that is not an address on this site', () => {
    for (const target of ['*', 'guides', 'ftp://example.org/x']) expect(refuseTarget(target)?.status, target).toBe(400)
    expect(refuseTarget('http://127.0.0.1/guides')).toBeUndefined()
  })

  it('answers a full address (absolute form) as this site’s own path, never as another host’s', () => {
    expect(originForm('http://evil.example/guides')).toBe('/guides')
    expect(originForm('HTTPS://EVIL.EXAMPLE:8443/search?q=a')).toBe('/search?q=a')
    expect(originForm('http://evil.example')).toBe('/')
    expect(originForm('http://evil.example?x=1')).toBe('/?x=1')
    expect(originForm('http://user@evil.example//other.example/x')).toBe('//other.example/x')
    expect(originForm('/guides')).toBe('/guides')
    expect(originForm('/http://evil.example/')).toBe('/http://evil.example/')
  })

  it('refuses a query too long to be the site’s own, with a 414 that says the limit', () => {
    const refusal = refuseTarget(`/nope?${'a&'.repeat(7900)}`)
    expect(refusal?.status).toBe(414)
    expect(refusal?.message).toContain(`at most ${MAX_QUERY_LENGTH}`)
    expect(refuseTarget(`/search?q=${'x'.repeat(MAX_QUERY_LENGTH - 2)}`)).toBeUndefined()
  })

  it('refuses more query parameters than any page reads, with a 400', () => {
    const many = Array.from({ length: MAX_QUERY_PARAMETERS + 1 }, (_, index) => `k${index}=1`).join('&')
    expect(refuseTarget(`/guides?${many}`)).toEqual({ status: 400, message: expect.stringContaining(`at most ${MAX_QUERY_PARAMETERS}`) })
    const enough = Array.from({ length: MAX_QUERY_PARAMETERS }, (_, index) => `k${index}=1`).join('&')
    expect(refuseTarget(`/guides?${enough}`)).toBeUndefined()
    expect(refuseTarget('/services?age=5-10&need=send&level=targeted&access=ask-directly&audience=families')).toBeUndefined()
  })
})

describe('the site’s own inline scripts', () => {
  it('the exit script is vouched for by its exact text, and only that', async () => {
    const { EXIT_SCRIPT } = await import('@/lib/exit-this-page/exit-script')
    expect(isRecognisedInlineScript(EXIT_SCRIPT)).toBe(true)
    expect(isRecognisedInlineScript(`${EXIT_SCRIPT};alert(1)`)).toBe(false)
  })
})
