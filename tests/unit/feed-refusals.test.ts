import { describe, expect, it } from 'vitest'
import { refuseFeedMethod } from '@/lib/openreferral/http'
import { clientErrorAnswer, rawRequestPath } from '@/lib/security/client-error'

// What the server itself answers for the Open Referral feed, before Next: JSON with CORS, as
// docs/open-data.md promises for every answer, refusals included. The built server is checked
// the same way on the wire in tests/e2e/feed-server.spec.ts.

function parse(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n')
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 2)]))
  return { statusLine, headers, body }
}

describe('a feed request Node cannot parse', () => {
  it('reads the path from the request line Node received, full address or not', () => {
    expect(rawRequestPath(Buffer.from('GET /api/openreferral/v3/services?page=\u0661 HTTP/1.1\r\nHost: x\r\n\r\n'))).toBe('/api/openreferral/v3/services')
    expect(rawRequestPath(Buffer.from('GET http://evil.example/api/openreferral/v3?x HTTP/1.1\r\n'))).toBe('/api/openreferral/v3')
    expect(rawRequestPath(undefined)).toBeUndefined()
    expect(rawRequestPath(Buffer.from('\r\n'))).toBeUndefined()
  })

  it('is answered in JSON with CORS and the security headers, in one sentence', () => {
    const answer = parse(clientErrorAnswer({ code: 'HPE_INVALID_URL', rawPacket: Buffer.from('GET /api/openreferral/v3/services?page=\u0661 HTTP/1.1\r\n\r\n') }))
    expect(answer.statusLine).toBe('HTTP/1.1 400 Bad Request')
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
    expect(answer.headers.get('access-control-allow-origin')).toBe('*')
    expect(answer.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Number(answer.headers.get('content-length'))).toBe(Buffer.byteLength(answer.body))
    expect(JSON.parse(answer.body)).toEqual({ status: 400, message: expect.stringMatching(/percent-encoded/) })
  })

  it('leaves other addresses with the plain answer, without CORS', () => {
    const answer = parse(clientErrorAnswer({ code: 'HPE_INVALID_URL', rawPacket: Buffer.from('GET /search?q=\u0661 HTTP/1.1\r\n\r\n') }))
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(answer.headers.has('access-control-allow-origin')).toBe(false)
    expect(answer.headers.get('cross-origin-resource-policy')).toBe('same-origin')
  })
})

describe('methods the feed does not take', () => {
  it('are refused for the feed only; GET, HEAD and OPTIONS pass', () => {
    for (const method of ['PROPFIND', 'TRACE', 'POST', 'DELETE', 'BREW']) expect(refuseFeedMethod(method, '/api/openreferral/v3/services'), method).toMatch(/read-only/)
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(refuseFeedMethod(method, '/api/openreferral/v3/services'), method).toBeUndefined()
    expect(refuseFeedMethod('PROPFIND', '/guides')).toBeUndefined()
  })
})
