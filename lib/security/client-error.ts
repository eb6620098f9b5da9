import { CORS_HEADERS, JSON_TYPE, isOpenReferralPath } from '@/lib/openreferral/http'
import { FIXED_SECURITY_HEADERS, contentSecurityPolicy } from './headers'
import { originForm } from './request-target'

// The answer to a request Node itself cannot parse (server.ts's clientError): written to the
// socket by hand, since there is no request object. It carries the headers every answer carries,
// and a request for the Open Referral feed gets what the feed promises for every answer
// (docs/open-data.md): JSON with CORS. A raw "?page=١" (a character outside ASCII, not
// percent-encoded) is refused by Node's parser before the server sees a request, so the path is
// read from the bytes Node received.

/** The path of the request line Node received, if it got that far. */
export function rawRequestPath(rawPacket: unknown): string | undefined {
  if (!Buffer.isBuffer(rawPacket)) return undefined
  const line = rawPacket.subarray(0, 8192).toString('latin1').split('\r\n', 1)[0] ?? ''
  const target = line.split(' ')[1]
  if (!target) return undefined
  return originForm(target).split('?', 1)[0]
}

/** Why the request could not be read, in a sentence. */
function reason(code: string | undefined): string {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'The request took too long to arrive.'
  if (code === 'HPE_INVALID_URL') return 'Bad request: the web address is not valid. Characters outside ASCII must be percent-encoded as UTF-8 (like %C3%A9 for é).'
  return 'Bad request: the request could not be read.'
}

/** The whole HTTP answer, headers and body, to a request that could not be parsed. */
export function clientErrorAnswer(error: { code?: string; rawPacket?: unknown }): string {
  const timeout = error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
  const status = timeout ? '408 Request Timeout' : '400 Bad Request'
  const path = rawRequestPath(error.rawPacket)
  const feed = path !== undefined && isOpenReferralPath(path)
  const headers: Record<string, string> = { ...FIXED_SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(), 'Cache-Control': 'no-store', Connection: 'close' }
  let body: string
  if (feed) {
    Object.assign(headers, CORS_HEADERS, { 'Content-Type': JSON_TYPE })
    body = JSON.stringify({ status: timeout ? 408 : 400, message: reason(error.code) })
  } else {
    headers['Content-Type'] = 'text/plain; charset=utf-8'
    body = `${status}\n`
  }
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')
  return `HTTP/1.1 ${status}\r\n${head}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
}
