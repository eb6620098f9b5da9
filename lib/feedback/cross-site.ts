// A form on another website can post to the feedback endpoint: the visitor's browser sends it,
// with the visitor's address, so it would count against their rate limit and store text they
// never wrote. Browsers say where a request comes from: Sec-Fetch-Site (Fetch Metadata; every
// current browser) and Origin. A post is refused when either says another site. A post from the
// site's own pages (the no-JavaScript form) is "same-origin" and carries the site's origin, or
// "null": the site's Referrer-Policy is no-referrer, and then a browser sends "Origin: null"
// with a form post. Old browsers send neither header, and are let through, as before.

/** The site's own host names: the one this request was sent to, and the public one (SITE_URL). */
function ownHosts(host: string | null, siteUrl: string | undefined): Set<string> {
  const hosts = new Set<string>()
  for (const address of [host ? `http://${host}` : undefined, siteUrl]) {
    if (!address) continue
    try {
      hosts.add(new URL(address).hostname.toLowerCase())
    } catch {
      // A Host header that is not a host name matches no origin.
    }
  }
  return hosts
}

/** Whether the request was sent from a page of another website. */
export function isCrossSite(headers: Headers, siteUrl?: string): boolean {
  if (headers.get('sec-fetch-site')?.trim().toLowerCase() === 'cross-site') return true
  const origin = headers.get('origin')?.trim()
  if (!origin || origin === 'null') return false
  let originHost: string
  try {
    originHost = new URL(origin).hostname.toLowerCase()
  } catch {
    return true
  }
  return !ownHosts(headers.get('host'), siteUrl).has(originHost)
}
