// proxy.ts (lib/places/rewrite.ts) serves a postcode answer and a filtered list from internal
// routes while the address bar keeps the public address. The client router reports the internal
// route, so the navigation maps it back to mark the right section. Client-safe: no imports.

const PUBLIC_PATHS: [prefix: string, publicPath: string][] = [
  ['/find/nearest-hub', '/family-hubs'],
  ['/find/services/', '/services'],
  ['/find/nearest-services', '/services'],
]

/** The address the reader sees for a path that may be one of the rewritten routes. */
export function publicPath(pathname: string): string {
  return PUBLIC_PATHS.find(([prefix]) => pathname === prefix || pathname.startsWith(prefix))?.[1] ?? pathname
}
