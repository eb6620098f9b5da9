// A request line like "GET /% HTTP/1.1" or "/services/%ff" reaches Next, which fails to decode it
// and answers 500. The server answers 400 first: every percent sign must start a %XX escape, the
// path must decode to UTF-8, and neither may hide a NUL or another control character.

const BROKEN_ESCAPE = /%(?![0-9A-Fa-f]{2})/
const CONTROL = /[\u0000-\u001f\u007f]/

export function isWellFormedTarget(target: string): boolean {
  if (BROKEN_ESCAPE.test(target) || CONTROL.test(target)) return false
  const queryStart = target.indexOf('?')
  const pathname = queryStart === -1 ? target : target.slice(0, queryStart)
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
