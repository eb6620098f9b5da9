// The security headers every response carries (pages, assets, API answers, 404, 500, admin).
// The custom server (server.ts) sets them; next.config.ts sets the same fixed ones for `next dev`.
// No `server-only`: the server bundle and next.config.ts import this file.

/** Families may be reading this in danger: send nothing about them anywhere else. */
export const FIXED_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // Geolocation only for this site itself: "Use my location" on the service finder.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(self), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

export type InlineHashes = { scripts: readonly string[]; styles: readonly string[] }

const quoted = (hashes: readonly string[]) => hashes.map((hash) => `'sha256-${hash}'`)

/**
 * The Content-Security-Policy of a response. Scripts: files from this site, plus the inline
 * scripts of this very response by their SHA-256 hash (never 'unsafe-inline' or 'unsafe-eval').
 * Styles: files from this site plus the response's own <style> elements by hash.
 */
export function contentSecurityPolicy({ scripts, styles }: InlineHashes = { scripts: [], styles: [] }): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...quoted(scripts)].join(' '),
    ['style-src', "'self'", ...quoted(styles)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ')
}

/** Fixed headers as Next's `headers()` config wants them (used in development only). */
export function fixedHeaderList(): { key: string; value: string }[] {
  return Object.entries(FIXED_SECURITY_HEADERS).map(([key, value]) => ({ key, value }))
}
