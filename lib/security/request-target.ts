// What the server refuses before a request reaches Next, because Next would answer it badly or
// at a cost to everyone else:
// - "GET /% HTTP/1.1" or "/services/%ff": Next fails to decode it and answers 500. Every percent
//   sign must start a %XX escape, the path must decode to UTF-8, and neither may hide a NUL or
//   another control character.
// - "/api%2fhealth": Next decodes the escaped slash, matches a route, then loops on it ("Attempted
//   to handle request too many times", a 500 and a log line per request). No page of the site has
//   a slash or backslash inside one part of its path.
// - "/guid%65s": an escaped letter, digit or -._~ is the same address as the plain character
//   (RFC 3986, 6.2.2), but Next loops on it as on an escaped slash. normaliseTarget writes such
//   escapes plainly (and the rest in capitals) before anything else reads the address.
// - "*" or "guides": not an address on this site (only "/…", or a full http(s) address).
// - "GET http://evil.example/guides": a full address (absolute form, as a client talking to a
//   proxy sends). Next answered it with a 308 to that other host. This server answers for its own
//   site only: originForm keeps the path and query, so it is the same request as "GET /guides".
// - "/nope?a&a&a…": Next's page runtime reads repeated query keys in time that grows with the
//   square of their number (7,900 keys held the event loop for seconds). No page reads more than a
//   handful of parameters, so the query's length and its number of parameters are bounded.

const BROKEN_ESCAPE = /%(?![0-9A-Fa-f]{2})/
const CONTROL = /[\u0000-\u001f\u007f]/
const ESCAPED_SEPARATOR = /%(2f|5c)/i

/** The longest query string (after "?") the site answers; the search box takes 200 characters. */
export const MAX_QUERY_LENGTH = 2048
/** The most query parameters the site answers; the service finder uses five. */
export const MAX_QUERY_PARAMETERS = 30

export type TargetRefusal = { status: 400 | 414; message: string }

export function isWellFormedTarget(target: string): boolean {
  if (BROKEN_ESCAPE.test(target) || CONTROL.test(target)) return false
  const queryStart = target.indexOf('?')
  const pathname = queryStart === -1 ? target : target.slice(0, queryStart)
  if (ESCAPED_SEPARATOR.test(pathname)) return false
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return false
  }
  if (CONTROL.test(decoded)) return false
  if (queryStart === -1) return true
  // Query values: URLSearchParams forgives bad UTF-8, but a NUL must not reach the pages.
  return !/%00/.test(target.slice(queryStart + 1))
}

function countParameters(query: string): number {
  let count = 1
  for (let index = query.indexOf('&'); index !== -1; index = query.indexOf('&', index + 1)) count += 1
  return count
}

/** Why the server answers this request target itself with a 4xx, or undefined to pass it on. */
export function refuseTarget(target: string): TargetRefusal | undefined {
  const queryStart = target.indexOf('?')
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1)
  // Checked before anything that reads the whole target, so an oversized one costs no more.
  if (query.length > MAX_QUERY_LENGTH) return { status: 414, message: `The web address is too long: the part after the question mark has ${query.length} characters, and this site takes at most ${MAX_QUERY_LENGTH}.` }
  if (query && countParameters(query) > MAX_QUERY_PARAMETERS) return { status: 400, message: `The web address has too many parts after the question mark: this site takes at most ${MAX_QUERY_PARAMETERS}.` }
  if (!isWellFormedTarget(target) || !/^(\/|https?:\/\/)/i.test(target)) return { status: 400, message: 'Bad request: the web address is not valid.' }
  return undefined
}

const ABSOLUTE_FORM = /^https?:\/\/[^/?#]*/i

/** The target as this site's own path and query: a full address ("http://host/guides?x") loses its scheme and host. */
export function originForm(target: string): string {
  const authority = ABSOLUTE_FORM.exec(target)
  if (!authority) return target
  const rest = target.slice(authority[0].length)
  return rest.startsWith('/') ? rest : `/${rest}`
}

const UNRESERVED = /^[A-Za-z0-9\-._~]$/

/** The target with its path's escapes normalised: unreserved characters plain, the rest %XX in capitals. The query is left as sent. */
export function normaliseTarget(target: string): string {
  const queryStart = target.indexOf('?')
  const pathname = queryStart === -1 ? target : target.slice(0, queryStart)
  if (!pathname.includes('%')) return target
  const normalised = pathname.replace(/%([0-9A-Fa-f]{2})/g, (escape: string, hex: string) => {
    const character = String.fromCharCode(parseInt(hex, 16))
    return UNRESERVED.test(character) ? character : escape.toUpperCase()
  })
  return queryStart === -1 ? normalised : `${normalised}${target.slice(queryStart)}`
}
